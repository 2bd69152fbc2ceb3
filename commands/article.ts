import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { findArticle } from '../src/core/corpus.ts';
import { failed, type Answer } from '../src/core/types.ts';
import { articleChoices, stringOption } from '../src/registry/command-kit.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

/** Cheap, and changes by moderators only: not counted against the question bucket. */
export const rateLimited = false;
export const moderatorSubcommands = ['set', 'clear'];

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription("This channel's article, which questions here are about unless they say otherwise")
  .setDescriptionLocalizations({ fr: 'L’article de ce salon, sujet des questions posées ici sauf mention contraire' })
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s.setName('set')
      .setDescription('Moderators: questions in this channel are about this article')
      .setDescriptionLocalizations({ fr: 'Modérateurs : les questions de ce salon portent sur cet article' })
      .addStringOption((o) =>
        o.setName('article').setDescription('The article (id or part of its title)').setDescriptionLocalizations({ fr: 'L’article (identifiant ou partie du titre)' }).setRequired(true).setAutocomplete(true).setMaxLength(100),
      ),
  )
  .addSubcommand((s) =>
    s.setName('clear').setDescription("Moderators: this channel's questions search every article again").setDescriptionLocalizations({ fr: 'Modérateurs : les questions de ce salon portent de nouveau sur tous les articles' }),
  )
  .addSubcommand((s) => s.setName('show').setDescription("This channel's article, if it has one").setDescriptionLocalizations({ fr: 'L’article de ce salon, s’il en a un' }));

export async function run(input: CommandInput, ctx: CommandContext): Promise<Answer> {
  const { pins } = ctx.knowledge;
  const { guildId, channelId } = ctx.place;
  const text = input.text;
  if (!pins || !guildId || !channelId) return failed(text, 'article', 'Channels have a current article only in servers.');
  switch (input.subcommand) {
    case 'set': {
      const match = findArticle(ctx.corpus, stringOption(input, 'article') ?? '');
      if (!match.ok) {
        const error = match.candidates.length
          ? `That matches several articles: ${match.candidates.slice(0, 5).map((a) => a.id).join(', ')}. Give one of these ids.`
          : 'No article here matches that. /sources lists them.';
        return failed(text, 'article', error);
      }
      await pins.set(guildId, channelId, match.article.id);
      return answer(text, `This channel's article is now: ${match.article.title}`, `/ask, /who, /claims, /next and mentions here are about it unless they give article: (article:all searches everything). id ${match.article.id}`);
    }
    case 'clear':
      return (await pins.clear(guildId, channelId))
        ? answer(text, 'This channel has no current article any more', 'Questions here search every article again.')
        : answer(text, 'This channel has no current article', 'Nothing to clear.');
    default: {
      const id = ctx.channelArticle;
      if (!id) return answer(text, 'This channel has no current article', 'Questions here search every article. A moderator can choose one with /article set.');
      const pinned = ctx.corpus.byId.get(id);
      if (!pinned) return answer(text, "This channel's article is no longer available", 'Questions here search every article until a moderator chooses another with /article set.');
      return answer(text, `This channel's article: ${pinned.title}`, `id ${pinned.id}${pinned.published ? ` · published ${pinned.published}` : ''} · questions here are about it unless they give article: (article:all searches everything).`);
    }
  }
}

function answer(input: string, heading: string, detail: string): Answer {
  return { input, command: 'article', items: [{ heading, detail, quotes: [] }] };
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  return option === 'article' ? articleChoices(ctx.corpus, value) : [];
}
