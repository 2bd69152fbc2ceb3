/**
 * The data every layer shares. Plain objects only, so an Answer is exactly the JSON the
 * console prints and the Discord renderer reads.
 */

/** One sentence of a paragraph, located by character offsets into the paragraph's repaired text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A paragraph is the unit of search and citation. */
export interface Paragraph {
  /** 1-based position among the article's body paragraphs (headings excluded), stable for citations. */
  index: number;
  /** Heading of the section the paragraph sits in; null before the first heading. */
  section: string | null;
  /** Repaired text: damaged apostrophes fixed, whitespace folded, no Markdown markup. */
  text: string;
  sentences: Sentence[];
}

/** A moderator's optional correction of people detection, from front matter. */
export interface PersonHint {
  name: string;
  role?: string | undefined;
  aliases: string[];
}

export interface Article {
  /** File name without extension. */
  id: string;
  title: string;
  source: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  language: string;
  sections: string[];
  paragraphs: Paragraph[];
  hints: { people: PersonHint[] };
}

/** A verbatim span of an article, with where it comes from. */
export interface Quote {
  /** The article's own words; skipped sentences show as " … ". Never contains markup. */
  text: string;
  article: string;
  section: string | null;
  paragraph: number;
  /** Character ranges of `text` that matched the question, for renderers that bold them. */
  highlight?: Array<[number, number]>;
}

export interface AnswerItem {
  heading: string | null;
  detail: string | null;
  quotes: Quote[];
  /** /ask only: how surely the quotes answer the question, from 0 to 1 (see `confidence` in rank.ts). */
  confidence?: number;
}

/** What every command returns, platform-neutral. */
export interface Answer {
  input: string;
  /** What heads the answer when it is shown; `input` when absent. */
  title?: string;
  command: string;
  items: AnswerItem[];
  /** The request could not be served as asked (bad option, empty question, unknown article…). */
  error?: string;
  /** Something the reader should know besides the items (no match and suggestions, a narrowed scope…). */
  note?: string;
}

/** The Answer of a request that could not be served as asked: no items, and why. */
export function failed(input: string, command: string, error: string): Answer {
  return { input, command, items: [], error };
}
