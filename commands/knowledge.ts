import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { failed } from '../src/core/types.ts';
import { articleChoices, booleanOption, shelfOption, stringOption } from '../src/registry/command-kit.ts';
import { addAnswer, listAnswer, onShelf, reloadAnswer } from '../src/registry/knowledge-answers.ts';
import type { CommandContext, CommandInput, ModeratorContext } from '../src/registry/registry.ts';

export const moderatorOnly = true;
/** An article comes from a file or from its link, never both. */
export const alternatives = { add: ['file', 'url'] };

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
      .addBooleanOption((o) => o.setName('replace').setDescription('Replace an article with the same id').setDescriptionLocalizations({ fr: 'Remplacer un article de même identifiant' }))
      .addStringOption(shelfOption),
  )
  .addSubcommand((s) =>
    s.setName('remove')
      .setDescription('Remove an article')
      .setDescriptionLocalizations({ fr: 'Retirer un article' })
      .addStringOption((o) =>
        o.setName('article').setDescription('The article id').setDescriptionLocalizations({ fr: 'L’identifiant de l’article' }).setRequired(true).setAutocomplete(true).setMaxLength(100),
      )
      .addStringOption(shelfOption),
  )
  .addSubcommand((s) =>
    s.setName('list').setDescription('The article files, with sizes').setDescriptionLocalizations({ fr: 'Les fichiers d’articles et leur taille' }).addStringOption(shelfOption),
  );

export async function run(input: CommandInput, ctx: ModeratorContext) {
  return onShelf(await change(input, ctx), ctx.shelf);
}

async function change(input: CommandInput, ctx: ModeratorContext) {
  const { admin, invoker } = ctx;
  switch (input.subcommand) {
    case 'add': {
      const file = input.options.file;
      const url = stringOption(input, 'url')?.trim();
      const replace = booleanOption(input, 'replace');
      if (typeof file === 'object' && url) return failed(input.text, 'knowledge', 'Give either a file or a url, not both.');
      if (url) return addAnswer(input.text, await admin.addUrl(url, replace, invoker));
      if (typeof file !== 'object') return failed(input.text, 'knowledge', 'Attach a .md or .txt file, or give the article’s link as url:.');
      return addAnswer(input.text, await admin.add(file, replace, invoker));
    }
    case 'remove': {
      const removed = await admin.remove(stringOption(input, 'article') ?? '', invoker);
      return reloadAnswer(input.text, 'knowledge', removed.ok ? { ok: true, report: removed.report } : removed);
    }
    default:
      return listAnswer(input.text, await admin.list());
  }
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  return option === 'article' ? articleChoices(ctx.corpus, value) : [];
}
