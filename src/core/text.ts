/**
 * Text clean-up shared by every layer: repairing the damage articles arrive with,
 * splitting paragraphs into sentences, and folding text for matching.
 */
import type { Sentence } from './types.ts';

const LETTER = /\p{L}/u;
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);

/** Fold accents and case: `Élodie` and `ELODIE` both become `elodie`. */
export function fold(text: string): string {
  // Most text is plain ASCII, which has nothing to decompose or strip: lowercasing is the
  // whole fold, at a fraction of the cost (it runs on every sentence a name is looked for in).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
const ASCII = /^[\x00-\x7F]*$/;

/** Collapse runs of whitespace (including non-breaking spaces) and trim. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/gu, ' ').trim();
}

/**
 * Repair apostrophes that arrived as double quotes (`France"s`, `States" foreign`) while
 * keeping real quotations (`"a disgrace."`). Works per paragraph by balancing quotes:
 * a double quote between two letters is always an apostrophe; a double quote after a
 * word ending in `s` is a plural possessive only when no quotation is open, because
 * then it cannot be closing one. Curly apostrophes are straightened so the article's
 * text is searched and shown the same way whatever the source used.
 */
export function repairQuotes(paragraph: string): string {
  const chars = [...paragraph.replace(/[\u2018\u2019\u02BC]/g, "'")];
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!DOUBLE_QUOTES.has(ch)) continue;
    const before = chars[i - 1] ?? ' ';
    const after = chars[i + 1] ?? ' ';
    const letterBefore = LETTER.test(before);
    const letterAfter = LETTER.test(after);
    if (letterBefore && letterAfter) {
      chars[i] = "'";
      continue;
    }
    if (ch === '\u201C' || ch === '\u201E') {
      open = true;
      continue;
    }
    if (ch === '\u201D') {
      if (open) open = false;
      else if ((before === 's' || before === 'S') && /[\s,;:.!?)]/u.test(after)) chars[i] = "'";
      continue;
    }
    if (!open) {
      // Plural possessive: `States" foreign`. Not a quotation opening, which would be
      // followed by a word rather than a space.
      if ((before === 's' || before === 'S') && /[\s,;:.!?)]/u.test(after) && !/\s/u.test(chars[i - 2] ?? ' ')) {
        chars[i] = "'";
        continue;
      }
      open = true;
    } else {
      open = false;
    }
  }
  return chars.join('');
}

/** Everything done to a paragraph's text before it is stored, shown and indexed. */
export function repairParagraph(text: string): string {
  return repairQuotes(foldWhitespace(text));
}

// Abbreviations after which a period does not end a sentence (compared folded, without the dot).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'fr', 'messrs', 'mme', 'mlle',
  'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vol', 'fig', 'dept', 'est', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Words that start sentences often and proper names rarely: after `U.S.` or `a.m.` they
// mean the dotted abbreviation also ended the sentence.
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'in', 'on',
  'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'a', 'an', 'there', 'his', 'her', 'their', 'our', 'as',
  'after', 'before', 'when', 'while', 'if', 'for', 'by', 'with', 'meanwhile', 'also', 'officials', 'critics',
]);

/**
 * Split a paragraph into sentences, keeping offsets so a quote stays a verbatim span.
 * Survives abbreviations (`Dr.`, `U.S.`, `a.m.`), decimals (`3.5`), initials (`J. K.`)
 * and a sentence that ends inside quotes (`"a disgrace." This …`).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?\u2026]+["'\u201D\u2019)\]]*(?=\s+|$)/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    const next = /^\s+(\S+)/u.exec(rest);
    if (next && !endsSentence(text.slice(start, end), m[0], next[1]!)) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

function endsSentence(candidate: string, punct: string, nextWord: string): boolean {
  const first = nextWord.replace(/^["'\u201C\u2018(\[]+/u, '');
  // A new sentence starts with a capital, a digit or an opening quote; anything else continues.
  if (!/^[\p{Lu}\p{N}]/u.test(first) && !/^["\u201C]/u.test(nextWord)) return false;
  if (!punct.startsWith('.') || punct.length > 1 && !/^\.["'\u201D\u2019)\]]/u.test(punct)) return true;
  if (punct !== '.') return true;
  const word = /(\S+)\.$/u.exec(candidate)?.[1] ?? '';
  const bare = fold(word.replace(/^["'\u201C\u2018(\[]+/u, ''));
  if (ABBREVIATIONS.has(bare)) return false;
  // Dotted abbreviations and initials: `U.S.`, `a.m.`, `J.`
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(word)) {
    return SENTENCE_STARTERS.has(fold(first.replace(/[^\p{L}]+$/u, '')));
  }
  return true;
}

/** A sentence that points elsewhere (`For more details…, see our…`, `Read more`) rather than telling anything. */
export function isPointer(sentence: string): boolean {
  return (
    /^(for (more|further) (details|information|coverage)|read more|see (our|also|the full)|click|subscribe|sign up|follow (us|our)|related\b|more on this)/iu.test(sentence) ||
    /\bsee our\b/iu.test(sentence)
  );
}
