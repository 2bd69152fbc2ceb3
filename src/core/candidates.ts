/**
 * The candidates of one search: per-part score accumulators, reused by every search (searches
 * never overlap), and the choice of the best of them. Ties go in corpus order (article id,
 * then paragraph), so the same articles split into parts rank the same.
 */
import type { Corpus, Part, Passage } from './corpus.ts';

/** One part's accumulators. */
export interface Scratch {
  sum: Float64Array;
  /** How many query terms the passage matched; above 0, it is a candidate. */
  matched: Uint16Array;
  /** The last query term (its position + 1) counted in `matched`, or REJECTED. */
  stamp: Uint16Array;
  /** The passages written to (candidates and rejected), in the order found: `count` of them. */
  touched: Int32Array;
  count: number;
}

/** A passage seen once and found unable to reach the best: never a candidate in this search. */
export const REJECTED = 0xffff;

const scratchOf = new WeakMap<Part, Scratch>();

export function scratch(part: Part): Scratch {
  let s = scratchOf.get(part);
  if (!s) {
    const n = part.passages.length;
    s = { sum: new Float64Array(n), matched: new Uint16Array(n), stamp: new Uint16Array(n), touched: new Int32Array(n), count: 0 };
    scratchOf.set(part, s);
  }
  return s;
}


/** The part's candidates: passages that matched a query term and were not rejected. */
export function candidatesOf(s: Scratch): Int32Array {
  let n = 0;
  const out = new Int32Array(s.count);
  for (let i = 0; i < s.count; i++) if (s.matched[s.touched[i]!]! > 0) out[n++] = s.touched[i]!;
  return out.subarray(0, n);
}

export interface Ranked {
  passage: Passage;
  /** Position of the passage's part in the corpus. */
  part: number;
  score: number;
}

/** Scores of the candidates, reused between searches. */
let finals = new Float64Array(1024);

/** The score the `limit`-th best candidate has reached (0 while there are fewer). */
export function threshold(corpus: Corpus, scratches: Scratch[], limit: number): number {
  let n = 0;
  corpus.parts.forEach((part, p) => {
    const { touched, count, sum, matched } = scratches[p]!;
    if (n + count > finals.length) {
      const grown = new Float64Array(Math.max(finals.length * 2, n + count));
      grown.set(finals.subarray(0, n));
      finals = grown;
    }
    for (let i = 0; i < count; i++) {
      const doc = touched[i]!;
      if (matched[doc]! > 0) finals[n++] = sum[doc]! * matched[doc]!;
    }
  });
  return n >= limit ? kthLargest(finals, n, limit) : 0;
}

/** The best `limit` candidates, best first; ties in corpus order, so a split corpus ranks as one. */
export function best(corpus: Corpus, scratches: Scratch[], limit: number): Ranked[] {
  const least = Number.isFinite(limit) ? threshold(corpus, scratches, limit) : 0;
  const kept: Ranked[] = [];
  corpus.parts.forEach((part, p) => {
    const { touched, count, sum, matched } = scratches[p]!;
    for (let i = 0; i < count; i++) {
      const doc = touched[i]!;
      const score = sum[doc]! * matched[doc]!;
      if (score > 0 && score >= least) kept.push({ passage: part.passages[doc]!, part: p, score });
    }
  });
  kept.sort((a, b) => b.score - a.score || corpusOrder(a.passage, b.passage));
  return kept.length > limit ? kept.slice(0, limit) : kept;
}

/** The k-th largest value (quickselect: candidates can be tens of thousands, the limit a few dozen). */
function kthLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

function corpusOrder(a: Passage, b: Passage): number {
  if (a.article !== b.article) return a.article.id < b.article.id ? -1 : 1;
  return a.paragraph.index - b.paragraph.index;
}

