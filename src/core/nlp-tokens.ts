/**
 * Word tokens of one sentence with offsets, for the extractors (people, claims, outlook).
 * A token knows whether it is capitalised, possessive (`Moreau's` -> `Moreau` + possessive)
 * and inside a quotation, so callers never re-scan the sentence text.
 */
import { fold } from './text.ts';
import type { Sentence } from './types.ts';

export type TokenKind = 'word' | 'acronym' | 'number' | 'punct';

export interface Token {
  /** Surface form without a possessive ending. */
  text: string;
  /** Folded form: lower case, accents removed. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter and is not an all-capitals acronym. */
  cap: boolean;
  /** Followed by `'s` or a plural possessive apostrophe. */
  poss: boolean;
  /** Inside a double-quoted quotation. */
  quoted: boolean;
  /** Only whitespace separates this token from the previous one. */
  spaced: boolean;
}

const TOKEN = /(\p{Lu}\.(?:\p{L}\.)+)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019\-][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:]\p{N}+)*)|(\S)/gu;
const OPEN_QUOTES = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_QUOTES = new Set(['\u201D', '\u00BB']);

/** Tokens of a text, in order, each with its offsets and what the extractors ask of it. */
export function lexTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let quoted = opensInsideQuotation(text);
  let prevEnd = -1;
  let detachedPossessive = false;
  for (const m of text.matchAll(TOKEN)) {
    let surface = m[0];
    const start = m.index;
    // The `s` of a possessive written apart, as tokenised newswire does: `Varga 's aide`.
    if (detachedPossessive) {
      detachedPossessive = false;
      if (surface === 's' && start === prevEnd) {
        prevEnd = start + 1;
        continue;
      }
    }
    const spaced = prevEnd >= 0 && start > prevEnd && onlySpaces(text, prevEnd, start);
    prevEnd = start + surface.length;
    if (m[4] !== undefined) {
      if (surface === '"') {
        quoted = !quoted;
      } else if (OPEN_QUOTES.has(surface)) {
        quoted = true;
      } else if (CLOSE_QUOTES.has(surface)) {
        quoted = false;
      } else if ((surface === "'" || surface === '\u2019') && tokens.length > 0) {
        // Plural possessive: `States' foreign policy`.
        const prev = tokens[tokens.length - 1]!;
        if (prev.kind === 'word' && /s$/iu.test(prev.text) && prev.end === start && /^(\s|$)/u.test(text.slice(start + 1, start + 2))) {
          prev.poss = true;
          continue;
        }
        if (prev.kind === 'word' && prev.end < start && /^s(?![\p{L}\p{N}])/u.test(text.slice(start + 1)) && onlySpaces(text, prev.end, start)) {
          prev.poss = true;
          detachedPossessive = true;
          continue;
        }
      }
      tokens.push({ text: surface, norm: surface, start, end: prevEnd, kind: 'punct', cap: false, poss: false, quoted, spaced });
      continue;
    }
    let poss = false;
    if (m[2] !== undefined) {
      const possessive = /['\u2019]s$/iu.exec(surface);
      if (possessive && surface.length > 2) {
        surface = surface.slice(0, -2);
        poss = true;
      }
    }
    const kind: TokenKind = m[1] !== undefined ? 'acronym' : m[3] !== undefined ? 'number' : isAcronym(surface) ? 'acronym' : 'word';
    tokens.push({
      text: surface,
      norm: ASCII.test(surface) ? surface.toLowerCase() : fold(surface),
      start,
      end: start + surface.length,
      kind,
      cap: kind === 'word' && isCapitalised(surface),
      poss,
      quoted,
      spaced,
    });
  }
  return tokens;
}

const ASCII = /^[\x00-\x7F]*$/u;

/**
 * A sentence that continues a quotation split by the sentence splitter
 * (`Nobody said it would be easy," Lind added.`) starts inside quotation marks: its first
 * quote mark closes (a curly closing mark, or an odd straight one right after punctuation).
 */
function opensInsideQuotation(text: string): boolean {
  const m = /["\u201C\u201D\u201E\u00AB\u00BB]/u.exec(text);
  if (!m || m.index === 0) return false;
  if (m[0] === '\u201D' || m[0] === '\u00BB') return true;
  if (m[0] !== '"') return false;
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 && /[,.!?]$/u.test(text.slice(0, m.index));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && !/\s/u.test(text[i]!)) return false;
  }
  return true;
}

/** `UN`, `CEO`, `EU`: two or more letters, all capitals. */
function isAcronym(word: string): boolean {
  return word.length > 1 && /^[\p{Lu}\p{N}\-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** `Hélène`, `McDonald`, `O'Brien`, `al-Rashid`. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !word.includes('-') && !word.includes("'") && !word.includes('\u2019')) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  // A lower-case particle joined to a capitalised name: `al-Assad`, `d'Estaing`.
  return /^(al|el|ad|as|ash|at|az|bin|ibn|d|l)['\u2019\-]\p{Lu}/u.test(word);
}

const cache = new WeakMap<Sentence, Token[]>();

/** Tokens of a sentence, computed once per Sentence object. */
export function sentenceTokens(sentence: Sentence): Token[] {
  let tokens = cache.get(sentence);
  if (!tokens) {
    tokens = lexTokens(sentence.text);
    cache.set(sentence, tokens);
  }
  return tokens;
}

/** Folded word forms of a phrase, for matching against tokens. */
export function phraseNorms(phrase: string): string[] {
  return lexTokens(phrase).filter((t) => t.kind !== 'punct').map((t) => t.norm);
}
