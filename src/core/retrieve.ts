/**
 * Candidate passages for a question, scored as MiniSearch scores them (BM25 per field, the same
 * field boosts, k, b and d, fuzzy and prefix weights, times the number of query terms matched)
 * but with the statistics of the whole corpus: passages, passages per term and average field
 * lengths summed over its parts. MiniSearch's own scores use each index's statistics, so a
 * 10-article server shelf beside 10,000 shared articles, or one shelf split into segments,
 * would rank differently from the same articles in one index.
 *
 * Only the best `limit` passages are wanted, so not every posting is scored: terms are taken
 * rarest (highest possible contribution) first; a passage first seen under a term is dropped
 * at once if, even with the most every remaining term could add, it cannot reach the
 * `limit`-th best score so far; and once no passage outside the candidates could, the remaining
 * (common) terms only add to the candidates, read by lookup instead of walking their long
 * posting lists. The best `limit` are exactly those a full scoring would give. Passages a
 * reader does not see (a server's own article hides the shared one with its id) and, for a
 * question about some articles, passages of other articles are never candidates.
 */
import type { Corpus, Part } from './corpus.ts';
import { best, candidatesOf, REJECTED, scratch, threshold, type Scratch } from './candidates.ts';
import { fieldIds, fieldLengths, termData, termTree, type TermData } from './index-internals.ts';
import type { Hit, QueryPlan } from './search.ts';
import type { Article } from './types.ts';

/** MiniSearch's defaults (7.2.0), which the index has always been searched with. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** The largest share of a term's idf one posting can bring: d + (k + 1), reached as tf grows in a short field. */
const MAX_TF_FACTOR = BM25.d + BM25.k + 1;

export interface SearchWeights {
  /** Field name → boost. */
  boost: Record<string, number>;
  /** Weight of a typo-tolerant and of a prefix match of an unknown word. */
  fuzzyWeight: number;
  prefixWeight: number;
  /** Edits allowed for an unknown word (false: none), and whether its prefix matches. */
  fuzzy: (term: string) => number | false;
  prefix: (term: string) => boolean;
}

export interface RetrieveOptions {
  /** Only passages of these articles (a question asked about one article). */
  within?: readonly Article[] | null | undefined;
  /** How many of the best passages are wanted; without it, every matching passage. */
  limit?: number | undefined;
}

/** One index term a query term stands for (itself, or a prefix or typo match), in every part. */
interface Derived {
  term: string;
  weight: number;
  data: Array<TermData | undefined>;
}

/** One query term with what it matches and the most it can add to a passage's score. */
interface Unit {
  /** Position in the plan: matched terms are reported in the plan's order. */
  order: number;
  derived: Derived[];
  /** Per derived term, per field: weight × boost × idf over the whole corpus. */
  factor: number[][];
  bound: number;
}

interface Stats {
  passages: number;
  /** Per part, its passages hidden from this reader (1), or null when none is. */
  hidden: Array<Uint8Array | null>;
  /** Average length of each field over the corpus, by field id. */
  average: number[];
  /** Field ids in the order fields are scored, with their boost. */
  fields: Array<{ id: number; boost: number }>;
}

const statsOf = new WeakMap<Corpus, Stats>();

function corpusStats(corpus: Corpus, weights: SearchWeights): Stats {
  let stats = statsOf.get(corpus);
  if (stats) return stats;
  const ids = corpus.parts.length ? fieldIds(corpus.parts[0]!.index) : {};
  let passages = 0;
  const totals: number[] = [];
  for (const part of corpus.parts) {
    passages += part.index.documentCount;
    fieldLengths(part.index).totals.forEach((t, f) => (totals[f] = (totals[f] ?? 0) + t));
  }
  const hidden = corpus.parts.map((part) => {
    let mask: Uint8Array | null = null;
    for (const [article, start] of articleStarts(part)) {
      if (corpus.visible(part.passages[start]!)) continue;
      mask ??= new Uint8Array(part.passages.length);
      mask.fill(1, start, start + article.paragraphs.length);
    }
    return mask;
  });
  stats = {
    passages,
    hidden,
    average: totals.map((t) => (passages ? t / passages : 0)),
    fields: Object.entries(ids).map(([name, id]) => ({ id, boost: weights.boost[name] ?? 1 })),
  };
  statsOf.set(corpus, stats);
  return stats;
}

/** The index terms an unknown query term matches by prefix or typo, with MiniSearch's weights. */
function expand(parts: readonly Part[], term: string, weights: SearchWeights): Derived[] {
  const found = new Map<string, Derived>();
  const take = (index: number, derived: string, weight: number, data: TermData) => {
    let entry = found.get(derived);
    if (!entry) found.set(derived, (entry = { term: derived, weight, data: new Array(parts.length) }));
    entry.data[index] = data;
  };
  const edits = weights.fuzzy(term);
  const prefixed = weights.prefix(term);
  parts.forEach((part, i) => {
    const tree = termTree(part.index);
    if (prefixed) {
      for (const [derived, data] of tree.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (distance) take(i, derived, (weights.prefixWeight * derived.length) / (derived.length + 0.3 * distance), data);
      }
    }
    if (edits) {
      for (const [derived, [data, distance]] of tree.fuzzyGet(term, edits)) {
        // A prefix match is scored as one, never also as a typo.
        if (distance && !(prefixed && derived.startsWith(term))) take(i, derived, (weights.fuzzyWeight * derived.length) / (derived.length + distance), data);
      }
    }
  });
  return [...found.values()];
}

const startsOf = new WeakMap<Part, Map<Article, number>>();

/** Each article's first passage id in its part: an article's passages are consecutive. */
function articleStarts(part: Part): Map<Article, number> {
  let starts = startsOf.get(part);
  if (!starts) {
    starts = new Map();
    for (const passage of part.passages) if (!starts.has(passage.article)) starts.set(passage.article, passage.id);
    startsOf.set(part, starts);
  }
  return starts;
}

/** The passages of a part, best first, that match the plan; see the module comment. */
export function retrieve(corpus: Corpus, plan: QueryPlan, weights: SearchWeights, options: RetrieveOptions = {}): Hit[] {
  const parts = corpus.parts;
  const stats = corpusStats(corpus, weights);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  // Asked about some articles: only their passages, as id ranges of the parts holding them.
  const ranges: Array<Array<[number, number]> | null> = parts.map((part) => {
    if (!options.within) return null;
    const starts = articleStarts(part);
    return options.within.flatMap((a): Array<[number, number]> => {
      const start = starts.get(a);
      return start === undefined ? [] : [[start, start + a.paragraphs.length]];
    });
  });

  const units: Unit[] = [];
  let order = 0;
  for (const [term, weight] of plan.search) {
    const derived = plan.unknown.has(term)
      ? expand(parts, term, weights)
      : [{ term, weight: 1, data: parts.map((part) => termData(part.index, term)) }];
    const factor = derived.map((d) =>
      stats.fields.map(({ id, boost }) => {
        let df = 0;
        for (const data of d.data) df += data?.get(id)?.size ?? 0;
        return df ? weight * d.weight * boost * Math.log(1 + (stats.passages - df + 0.5) / (df + 0.5)) : 0;
      }),
    );
    const bound = factor.reduce((s, f) => s + f.reduce((a, b) => a + b, 0), 0) * MAX_TF_FACTOR;
    if (bound > 0) units.push({ order: order++, derived, factor, bound });
  }
  if (units.length === 0) return [];
  units.sort((a, b) => b.bound - a.bound || a.order - b.order);

  const scratches = parts.map(scratch);
  try {
    let least = 0;
    let open = true;
    let remaining = units.reduce((s, u) => s + u.bound, 0);
    units.forEach((unit, u) => {
      remaining -= unit.bound;
      // A passage first seen now scores at most its share of this term plus all the later ones',
      // times the terms it could match: below the limit-th best so far, it is never a candidate.
      const admit = open ? { least, rest: remaining, terms: units.length - u } : null;
      parts.forEach((part, p) => {
        if (ranges[p]?.length === 0) return;
        addUnit(part, scratches[p]!, unit, u + 1, p, stats, admit, ranges[p]!);
      });
      if (open && u + 1 < units.length && Number.isFinite(limit)) {
        least = threshold(corpus, scratches, limit);
        // No passage outside the candidates can now reach the limit-th best: the rest only re-score them.
        open = least <= remaining * (units.length - u - 1);
      }
    });
    const inPlanOrder = [...units].sort((a, b) => a.order - b.order);
    return best(corpus, scratches, limit).map(({ passage, score, part }) => ({ passage, score, terms: matchedTerms(inPlanOrder, part, passage.id) }));
  } finally {
    for (const s of scratches) {
      for (let i = 0; i < s.count; i++) {
        const doc = s.touched[i]!;
        s.sum[doc] = 0;
        s.matched[doc] = 0;
        s.stamp[doc] = 0;
      }
      s.count = 0;
    }
  }
}

const K1 = BM25.k + 1;
const KB1 = BM25.k * (1 - BM25.b);

/**
 * Add one query term's contributions in one part. While `admit` is given, a passage holding it
 * becomes a candidate if it could still reach the best; after, only candidates gain, each
 * looked up in the postings when there are fewer candidates than postings (and so are the
 * passages of the articles asked about).
 */
function addUnit(
  part: Part,
  s: Scratch,
  unit: Unit,
  stamp: number,
  p: number,
  stats: Stats,
  admit: { least: number; rest: number; terms: number } | null,
  ranges: Array<[number, number]> | null,
): void {
  const lengths = fieldLengths(part.index).byField;
  const { sum, matched, stamp: stamps } = s;
  const candidates = admit ? null : candidatesOf(s);
  if (candidates?.length === 0) return;
  const rangeSize = ranges ? ranges.reduce((n, [a, b]) => n + b - a, 0) : Number.POSITIVE_INFINITY;
  // What this term can still add after the field being read: fields are read text last, so
  // most passages are first seen when nothing of the term is left to come.
  let unitLeft = unit.bound;
  for (let d = 0; d < unit.derived.length; d++) {
    const data = unit.derived[d]!.data[p];
    for (let f = stats.fields.length - 1; f >= 0; f--) {
      const factor = unit.factor[d]![f]!;
      unitLeft -= factor * MAX_TF_FACTOR;
      const postings = data?.get(stats.fields[f]!.id);
      if (!postings || factor === 0) continue;
      const length = lengths[stats.fields[f]!.id]!;
      const hidden = stats.hidden[p];
      const kb2 = (BM25.k * BM25.b) / stats.average[stats.fields[f]!.id]!;
      const floor = admit ? admit.least / admit.terms - unitLeft - admit.rest : 0;
      const add = (doc: number, tf: number) => {
        const seen = stamps[doc]!;
        if (seen === REJECTED) return;
        const value = factor * (BM25.d + (tf * K1) / (tf + KB1 + kb2 * length[doc]!));
        if (matched[doc] === 0) {
          if (!admit) return;
          s.touched[s.count++] = doc;
          if (value < floor || hidden?.[doc]) {
            stamps[doc] = REJECTED;
            return;
          }
        }
        sum[doc] = sum[doc]! + value;
        if (seen !== stamp) {
          stamps[doc] = stamp;
          matched[doc] = matched[doc]! + 1;
        }
      };
      if (Math.min(candidates?.length ?? Number.POSITIVE_INFINITY, rangeSize) < postings.size) {
        if (candidates) {
          for (let i = 0; i < candidates.length; i++) {
            const doc = candidates[i]!;
            const tf = postings.get(doc);
            if (tf !== undefined) add(doc, tf);
          }
        } else {
          for (const [a, b] of ranges!) {
            for (let doc = a; doc < b; doc++) {
              const tf = postings.get(doc);
              if (tf !== undefined) add(doc, tf);
            }
          }
        }
      } else if (ranges) {
        postings.forEach((tf, doc) => ranges.some(([a, b]) => doc >= a && doc < b) && add(doc, tf));
      } else {
        // forEach, not for…of: entries would allocate a pair per posting.
        postings.forEach((tf, doc) => add(doc, tf));
      }
    }
  }
}

/** The index terms a passage matched, in the plan's order (prefix and typo matches as the terms found). */
function matchedTerms(units: Unit[], p: number, doc: number): string[] {
  const terms: string[] = [];
  for (const unit of units) {
    for (const derived of unit.derived) {
      const data = derived.data[p];
      if (!data || terms.includes(derived.term)) continue;
      for (const postings of data.values()) {
        if (postings.has(doc)) {
          terms.push(derived.term);
          break;
        }
      }
    }
  }
  return terms;
}
