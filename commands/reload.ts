import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';
import { adminOrError } from '../src/registry/command-kit.ts';

export const moderatorOnly = true;

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: re-read the knowledge folder without restarting')
  .setDescriptionLocalizations({ fr: 'Modérateurs : relire le dossier des articles sans redémarrer' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function run(input: CommandInput, ctx: CommandContext) {
  const admin = adminOrError(ctx, input);
  return 'items' in admin ? admin : admin.reload(ctx.invoker);
}
