/**
 * Answer -> terminal text: quotes as `> …` lines with their citation under them.
 */
import { isWeakAnswer } from '../core/answers.ts';
import type { Answer, Quote } from '../core/types.ts';

export type TitleOf = (articleId: string) => string;

/** How a terminal shows an answer; pipes get none of it, so scripts read plain lines. */
export interface Terminal {
  /** Columns to wrap quotes at. */
  width: number;
  /** Bold matched words with ANSI; without colour (NO_COLOR) they show as `*word*`. */
  color: boolean;
  /** The article's link, shown with the citation. */
  sourceOf(articleId: string): string | null;
}

export function renderText(answer: Answer, titleOf: TitleOf, terminal?: Terminal): string {
  const lines: string[] = [];
  if (answer.error) lines.push(`error: ${answer.error}`);
  if (isWeakAnswer(answer)) lines.push(CLOSEST);
  for (const item of answer.items) {
    const head = [item.heading, item.detail].filter(Boolean).join(' — ');
    if (head) lines.push(item.heading ? `• ${head}` : head);
    for (const quote of item.quotes) {
      if (terminal) lines.push(...terminalQuote(quote, titleOf, terminal));
      else lines.push(`> ${quote.text}`, `  — ${citation(quote, titleOf)}`);
    }
  }
  if (answer.note) lines.push(answer.note);
  if (lines.length === 0) lines.push('(nothing found)');
  return lines.join('\n');
}

/** Said before an answer whose best match is weak, so the quotes are not taken for the answer. */
const CLOSEST = 'No passage clearly answers this; these are the closest:';

export function citation(quote: Quote, titleOf: TitleOf): string {
  return [titleOf(quote.article), quote.section, `paragraph ${quote.paragraph}`].filter(Boolean).join(' · ');
}

const BOLD = '\x1b[1m';
const NORMAL = '\x1b[22m';
/** Narrower than this, wrapping would leave a word or two a line. */
const MIN_WIDTH = 20;

/** A quote wrapped at word boundaries to the terminal, matches marked, then its citation and link. */
function terminalQuote(quote: Quote, titleOf: TitleOf, terminal: Terminal): string[] {
  const marks: Array<[number, number]> = [];
  for (const [start, end] of [...(quote.highlight ?? [])].sort((a, b) => a[0] - b[0])) {
    if (start >= (marks.at(-1)?.[1] ?? 0) && end <= quote.text.length) marks.push([start, end]);
  }
  // Stars take columns, so they go into the text before it is wrapped; bold takes none.
  const text = terminal.color ? quote.text : starred(quote.text, marks);
  const bold = terminal.color ? marks : [];
  const lines = wrap(text, Math.max(MIN_WIDTH, terminal.width) - 2).map(([start, end]) => `> ${styled(text, start, end, bold)}`);
  const cited = `  — ${citation(quote, titleOf)}`;
  const source = terminal.sourceOf(quote.article);
  if (!source) return [...lines, cited];
  return cited.length + 3 + source.length <= terminal.width ? [...lines, `${cited} · ${source}`] : [...lines, cited, `    ${source}`];
}

/** Line ranges of `text` at most `width` long, broken at spaces; a longer word keeps a line to itself. */
function wrap(text: string, width: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > width) {
    let cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) cut = text.indexOf(' ', start + width);
    if (cut < 0) break;
    lines.push([start, cut]);
    start = cut + 1;
  }
  lines.push([start, text.length]);
  return lines;
}

function styled(text: string, start: number, end: number, bold: Array<[number, number]>): string {
  let out = '';
  let at = start;
  for (const [from, to] of bold) {
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b <= a) continue;
    out += `${text.slice(at, a)}${BOLD}${text.slice(a, b)}${NORMAL}`;
    at = b;
  }
  return out + text.slice(at, end);
}

function starred(text: string, marks: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += `${text.slice(at, start)}*${text.slice(start, end)}*`;
    at = end;
  }
  return out + text.slice(at);
}

/** The JSON line of an Answer: the contract other tools read, so rendering aids (highlights, the title) stay out. */
export function renderJson(answer: Answer): string {
  return JSON.stringify(answer, (key, value) => (key === 'highlight' || key === 'title' ? undefined : value));
}
