import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandInput, ModeratorContext } from '../src/registry/registry.ts';
import { onShelf, reloadAnswer } from '../src/registry/knowledge-answers.ts';
import { shelfOption } from '../src/registry/command-kit.ts';

export const moderatorOnly = true;

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: re-read the knowledge folder without restarting')
  .setDescriptionLocalizations({ fr: 'Modérateurs : relire le dossier des articles sans redémarrer' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addStringOption(shelfOption);

export async function run(input: CommandInput, ctx: ModeratorContext) {
  return onShelf(reloadAnswer(input.text, 'reload', await ctx.admin.reload(ctx.invoker)), ctx.shelf);
}
