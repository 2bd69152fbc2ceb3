/**
 * Answer -> Discord message payloads: quotes as block quotes with the matched words in bold
 * and a citation under each, split into pages within every Discord limit, with
 * Previous/Next buttons. Article text is escaped so it can never break the formatting,
 * and no payload can ping anyone.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  escapeMarkdown,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';
import { isWeakAnswer } from '../core/answers.ts';
import type { Corpus } from '../core/corpus.ts';
import type { Answer, Quote } from '../core/types.ts';
import { decodeId, encodeId } from '../registry/scope.ts';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  footer: 2048,
  embedTotal: 6000,
} as const;

/** The one allowed-mentions value every payload carries: nothing is ever pinged. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

/** Room left in a description for a page's blocks (the note and continuation marks need a little). */
const PAGE_BUDGET = 3800;
/** A single quote never takes more than this; longer ones are cut at a sentence or word. */
const MAX_QUOTE = 1500;
const COLOR = 0x3b6ea5;

export interface ArticleInfo {
  title: string;
  source: string | null;
}

export interface RenderOptions {
  article: (id: string) => ArticleInfo | undefined;
  /** Shown as the embed title. */
  title: string;
  /** The command line that produced the answer; kept in the footer so page buttons can re-run it. */
  commandLine: string;
}

export interface Payload {
  content?: string;
  embeds: APIEmbed[];
  components: ReturnType<ActionRowBuilder<ButtonBuilder>['toJSON']>[];
  allowedMentions: MessageMentionOptions;
}

/** Prefix of page-button custom ids: `page:<index>:<prev|next>`. */
export const PAGE_PREFIX = 'page:';
const FOOTER_SEPARATOR = ' · ';
/**
 * After the command line in the footer, the ids of the articles the answer quotes: a reply to
 * the answer asks about them, also after a restart. A command line never holds ` from:`
 * unescaped (formatLine writes `from\:`), and the ids are written with `encodeId`, so none
 * holds a space or comma.
 */
const CITED_MARK = ' · from: ';
const CITED = /\s·\sfrom:\s([^\s,]+(?:,\s[^\s,]+)*)$/u;
/** Enough for a follow-up to find what an answer was about, short enough to stay readable. */
const MAX_CITED = 5;

/** Every page of an answer (at least one). */
export function renderPages(answer: Answer, options: RenderOptions): Payload[] {
  const warning = answer.error ? clipAtWord(`⚠️ ${escape(answer.error)}`, LIMITS.content) : undefined;
  // An error alone is one short line; with items (a failed reload's per-file reasons) both show.
  if (warning && answer.items.length === 0) return [{ content: warning, embeds: [], components: [], allowedMentions: NO_PINGS }];
  // A heading travels with its first quote, so no page ends on a heading.
  const blocks = answer.items.flatMap((item) => {
    const head = [item.heading ? `**${escape(item.heading)}**` : null, item.detail ? escape(item.detail) : null].filter(Boolean).join(' — ');
    const quotes = item.quotes.map((q) => quoteBlock(q, options));
    if (!head) return quotes;
    return [[head, quotes[0]].filter(Boolean).join('\n'), ...quotes.slice(1)];
  });
  // A weak best match is offered as the closest passages, not as the answer.
  if (isWeakAnswer(answer)) blocks.unshift('*No passage clearly answers this; these are the closest:*');
  const note = answer.note ? escape(answer.note) : '';
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const block of blocks) {
    if (page.length && size + block.length + 2 > PAGE_BUDGET) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(block);
    size += block.length + 2;
  }
  if (page.length || pages.length === 0) pages.push(page);
  if (note && size + note.length + 2 > PAGE_BUDGET) pages.push([]);
  const cited = [...new Set(answer.items.flatMap((item) => item.quotes.map((q) => q.article)))].slice(0, MAX_CITED);

  return pages.map((blocksOfPage, index) => {
    const body = [...blocksOfPage];
    if (index === pages.length - 1 && note) body.push(note);
    const line = cited.length ? `${options.commandLine}${CITED_MARK}${cited.map(encodeId).join(', ')}` : options.commandLine;
    const footer = [pages.length > 1 ? `Page ${index + 1}/${pages.length}` : null, line].filter(Boolean).join(FOOTER_SEPARATOR);
    const embed = new EmbedBuilder()
      .setColor(COLOR)
      // The title is a member's question: Markdown in it must show as typed, not render.
      .setTitle(clipAtWord(escape(options.title), LIMITS.title))
      .setDescription(clipAtWord(body.join('\n\n') || 'Nothing found.', LIMITS.description))
      .setFooter({ text: clipAtWord(footer, LIMITS.footer) });
    const components = pages.length > 1 ? [pageButtons(index, pages.length).toJSON()] : [];
    return { ...(warning && index === 0 ? { content: warning } : {}), embeds: [embed.toJSON()], components, allowedMentions: NO_PINGS };
  });
}

/** The command line a page button must re-run, read back from the message's footer. */
export function commandLineFromFooter(footer: string | undefined): string | null {
  if (!footer) return null;
  const line = footer.replace(/^Page \d+\/\d+ · /, '').replace(CITED, '');
  return line.startsWith('/') ? line : null;
}

/** The ids of the articles an answer quotes, read back from its footer (none for an answer without quotes). */
export function citedInFooter(footer: string | undefined): string[] {
  const ids = footer && commandLineFromFooter(footer) ? CITED.exec(footer)?.[1] : undefined;
  return ids ? ids.split(', ').map(decodeId) : [];
}

function pageButtons(index: number, count: number): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`${PAGE_PREFIX}${Math.max(0, index - 1)}:prev`)
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(index === 0),
    new ButtonBuilder()
      .setCustomId(`${PAGE_PREFIX}${Math.min(count - 1, index + 1)}:next`)
      .setLabel('More')
      .setStyle(ButtonStyle.Primary)
      .setDisabled(index === count - 1),
  );
}

/** `> quote` with matched words in bold, then a small citation line linking the source. */
function quoteBlock(quote: Quote, options: RenderOptions): string {
  const info = options.article(quote.article);
  const text = cutQuote(quote.text);
  const marked = markHighlights(text, (quote.highlight ?? []).filter(([, end]) => end <= text.length));
  const title = escape(info?.title ?? quote.article);
  const cited = info?.source ? `[${title}](<${info.source}>)` : title;
  const citation = [cited, quote.section ? escape(quote.section) : null, `¶ ${quote.paragraph}`].filter(Boolean).join(' · ');
  return `> ${marked}\n-# ${citation}`;
}

function markHighlights(text: string, marks: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += escape(text.slice(at, start)) + `**${escape(text.slice(start, end))}**`;
    at = end;
  }
  return out + escape(text.slice(at));
}

/** Cut a long quote at a sentence end, else a word boundary, and say so with `…`. */
export function cutQuote(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentence > max / 2) return `${head.slice(0, sentence + 1)} …`;
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : head.length)} …`;
}

/**
 * Escape every Markdown construct, including a line-leading `>`, `#`, `-#` (subtext) or list
 * marker, and every square bracket: a lone `]` in a title would otherwise close the
 * citation's link text and let the rest of the title become a link of its own. Every
 * `<…>` Discord turns into something live (mentions, emoji, timestamps, `</cmd:id>` command
 * mentions, `<id:customize>` server links) is broken with a zero-width space.
 */
export function escape(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    .replace(/[[\]]/g, '\\$&')
    .replace(/^>/gm, '\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#')
    .replace(/<(?=[@#:/a]|t:|id:)/g, '<\u200B');
}

/** `text` within `max` characters, cut at a word boundary when one is near, marked with `…`. */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}

/** Every page of an answer, its citations titled from the same knowledge it was computed on. */
export function answerPages(answer: Answer, corpus: Corpus, commandLine: string): Payload[] {
  return renderPages(answer, { article: (id) => corpus.byId.get(id), title: answer.title ?? answer.input, commandLine });
}
