/**
 * Which articles a reading command covers, settled in one place for every command and
 * platform: a channel's current article fills in a missing `article:`, `article:all` searches
 * everything, and ids joined by `|` (a follow-up to an answer that cited several articles)
 * run the command on each of them and keep the best items. An answer scoped for the member
 * says so in its note, so they always know where it comes from.
 */
import type { APIApplicationCommandOption } from 'discord.js';
import { findArticle, type Corpus } from '../core/corpus.ts';
import type { Answer, AnswerItem } from '../core/types.ts';
import { formatLine } from './command-line.ts';
import type { CommandContext, CommandInput, CommandModule } from './registry.ts';

/** `article:all`: every article, whatever the channel's current one. */
export const ALL_ARTICLES = 'all';
/** Joins the ids of several articles in one `article:` value, each written with `encodeId`. */
export const ID_SEPARATOR = '|';
/** A merged answer shows at least this many items (an /ask answer's own most), however few each article gave. */
const MERGED_ITEMS = 3;
/** Discord's limit on an `article:` value, which a page button's command line must respect. */
const MAX_ARTICLE_VALUE = 100;

type Run = (input: CommandInput) => Answer | Promise<Answer>;

/**
 * An article id as the bot writes it into a command line or a footer list. An id is its file's
 * name, which may hold spaces, commas or `|`: those (and `%`, so it decodes back) are
 * percent-encoded, so a list of ids splits where it should; other characters stay readable.
 */
export function encodeId(id: string): string {
  return id.replace(/[%\s,|]/gu, (c) => encodeURIComponent(c));
}

/** The id `encodeId` wrote; text that is not percent-encoding comes back as it is. */
export function decodeId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The id a value names as typed, or as the bot wrote it (`encodeId`). */
function idIn(corpus: Corpus, value: string): string | undefined {
  if (corpus.byId.has(value)) return value;
  const decoded = decodeId(value);
  return corpus.byId.has(decoded) ? decoded : undefined;
}

export interface Scoped {
  /** What runs: the footer keeps it, so a page button re-runs exactly this. */
  input: CommandInput;
  run(exec: Run): Promise<Answer>;
}

const takesArticle = new WeakMap<CommandModule, boolean>();

/** A reading command with an `article:` option of its own (not one of a subcommand's). */
function scopedCommand(command: CommandModule): boolean {
  let known = takesArticle.get(command);
  if (known === undefined) {
    const options = (command.data.toJSON().options ?? []) as APIApplicationCommandOption[];
    known = options.some((o) => o.name === 'article');
    takesArticle.set(command, known);
  }
  return known;
}

export function scopeInput(command: CommandModule, input: CommandInput, ctx: CommandContext): Scoped {
  const plain = (i: CommandInput, note?: string): Scoped => ({ input: i, run: async (exec) => withNote(await exec(i), note) });
  if (!scopedCommand(command)) return plain(input);
  const given = typeof input.options.article === 'string' ? input.options.article.trim() : '';
  const without = (): CommandInput => {
    const { article: _, ...options } = input.options;
    return { ...input, options };
  };
  // The command line keeps `article:all`, so a page button searches everything again.
  if (given.toLowerCase() === ALL_ARTICLES) return plain(without());
  if (given.includes(ID_SEPARATOR)) return several(given, input, ctx, without);
  // The article runs as its id and the command line keeps that id, not the part of a title
  // that was typed: a page button or a follow-up then finds the same article.
  const about = (id: string): CommandInput => ({
    ...input,
    options: { ...input.options, article: id },
    text: formatLine(command.data.name, input.subcommand, { ...input.options, article: encodeId(id) }),
  });
  if (given) {
    const found = idIn(ctx.corpus, given) ?? ((match) => (match.ok ? match.article.id : undefined))(findArticle(ctx.corpus, given));
    // No match, or several: the command says so.
    return plain(found ? about(found) : input);
  }
  if (!ctx.channelArticle) return plain(input);

  const pinned = ctx.corpus.byId.get(ctx.channelArticle);
  if (!pinned) return plain(input, "This channel's article is no longer available, so every article was searched (/article show).");
  return plain(about(pinned.id), `From this channel's article: ${pinned.title} (/article show).`);
}

/** Several articles by id: each searched alone, the best items kept, as many as one run shows. */
function several(given: string, input: CommandInput, ctx: CommandContext, without: () => CommandInput): Scoped {
  const ids = [...new Set(given.split(ID_SEPARATOR).map((id) => idIn(ctx.corpus, id.trim())))].filter((id) => id !== undefined);
  const titles = ids.map((id) => ctx.corpus.byId.get(id)!.title).join('; ');
  if (ids.length === 0) {
    const everything = without();
    return { input: everything, run: async (exec) => withNote(await exec(everything), 'Those articles are no longer available, so every article was searched.') };
  }
  const only = (id: string): CommandInput => ({ ...input, options: { ...input.options, article: id } });
  if (ids.length === 1) return { input: only(ids[0]!), run: async (exec) => exec(only(ids[0]!)) };
  return {
    input,
    run: async (exec) => withNote(merge(await Promise.all(ids.map((id) => exec(only(id))))), `From the articles: ${titles}.`),
  };
}

/** The articles' answers as one: their items best first when they carry a confidence. */
function merge(answers: Answer[]): Answer {
  const served = answers.filter((a) => !a.error);
  if (!served.length) return answers[0]!;
  const limit = Math.max(MERGED_ITEMS, ...served.map((a) => a.items.length));
  const items: AnswerItem[] = served.flatMap((a) => a.items);
  if (items.every((i) => typeof i.confidence === 'number')) items.sort((a, b) => b.confidence! - a.confidence!);
  const { note: _, ...first } = served[0]!;
  const note = items.length ? undefined : served[0]!.note;
  return { ...first, items: items.slice(0, limit), ...(note ? { note } : {}) };
}

function withNote(answer: Answer, note: string | undefined): Answer {
  if (!note) return answer;
  return { ...answer, note: [note, answer.note].filter(Boolean).join(' ') };
}

/**
 * The `article:` value that asks about these articles again (a follow-up): one id, or several
 * joined, each encoded, as many as fit Discord's limit on the option.
 */
export function articleValue(ids: readonly string[]): string | null {
  let value = '';
  for (const id of ids.map(encodeId)) {
    const next = value ? `${value}${ID_SEPARATOR}${id}` : id;
    if (next.length > MAX_ARTICLE_VALUE) break;
    value = next;
  }
  return value || null;
}
