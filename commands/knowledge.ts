import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandContext, CommandInput } from '../src/registry.ts';
import { adminOrError, articleChoices, booleanOption, stringOption } from '../src/command-kit.ts';

export const moderatorOnly = true;

export const data = new SlashCommandBuilder()
  .setName('knowledge')
  .setDescription('Moderators: add, remove or list the articles')
  .setDescriptionLocalizations({ fr: 'Modérateurs : ajouter, retirer ou lister les articles' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s.setName('add')
      .setDescription('Add an article from a .md or .txt file (up to 512 KiB) or from its link')
      .setDescriptionLocalizations({ fr: 'Ajouter un article depuis un fichier .md ou .txt (512 Kio max.) ou depuis son lien' })
      .addAttachmentOption((o) => o.setName('file').setDescription('The article file').setDescriptionLocalizations({ fr: 'Le fichier de l’article' }))
      .addStringOption((o) =>
        o.setName('url').setDescription('Or the article’s link (https://…)').setDescriptionLocalizations({ fr: 'Ou le lien de l’article (https://…)' }).setMaxLength(2000),
      )
      .addBooleanOption((o) => o.setName('replace').setDescription('Replace an article with the same id').setDescriptionLocalizations({ fr: 'Remplacer un article de même identifiant' })),
  )
  .addSubcommand((s) =>
    s.setName('remove')
      .setDescription('Remove an article')
      .setDescriptionLocalizations({ fr: 'Retirer un article' })
      .addStringOption((o) =>
        o.setName('article').setDescription('The article id').setDescriptionLocalizations({ fr: 'L’identifiant de l’article' }).setRequired(true).setAutocomplete(true).setMaxLength(100),
      ),
  )
  .addSubcommand((s) =>
    s.setName('list').setDescription('The article files, with sizes').setDescriptionLocalizations({ fr: 'Les fichiers d’articles et leur taille' }),
  );

export async function run(input: CommandInput, ctx: CommandContext) {
  const admin = adminOrError(ctx, input);
  if ('items' in admin) return admin;
  switch (input.subcommand) {
    case 'add': {
      const file = input.options.file;
      const url = stringOption(input, 'url')?.trim();
      if (typeof file === 'object' && url) return { input: input.text, command: 'knowledge', items: [], error: 'Give either a file or a url, not both.' };
      if (url) return admin.addUrl(url, booleanOption(input, 'replace'), ctx.invoker);
      if (typeof file !== 'object') return { input: input.text, command: 'knowledge', items: [], error: 'Attach a .md or .txt file, or give the article’s link as url:.' };
      return admin.add(file, booleanOption(input, 'replace'), ctx.invoker);
    }
    case 'remove':
      return admin.remove(stringOption(input, 'article') ?? '', ctx.invoker);
    default:
      return admin.list();
  }
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  return option === 'article' ? articleChoices(ctx.knowledge.corpus(), value) : [];
}
