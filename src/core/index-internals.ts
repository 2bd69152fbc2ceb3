/**
 * MiniSearch's private structures, read in this one module. Candidate passages are scored here
 * rather than by `MiniSearch.search`, because a search must weigh every part of a corpus with
 * the statistics of all of them, which MiniSearch cannot do across indexes. minisearch is
 * pinned at 7.2.0 exactly, and test/core/minisearch-contract.test.ts fails if an upgrade changes
 * what these structures hold.
 */
import type { PassageIndex } from './search.ts';

/** Passage id → how often the term occurs in one field of it. */
export type Postings = Map<number, number>;
/** Field id → postings, for one term. */
export type TermData = Map<number, Postings>;

/** The term tree (a radix tree): exact, prefix and typo-tolerant lookups. */
export interface TermTree {
  get(term: string): TermData | undefined;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
}

interface Private {
  _index: TermTree;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

const open = (index: PassageIndex) => index as unknown as Private;

export function termTree(index: PassageIndex): TermTree {
  return open(index)._index;
}

/** Field name → field id, as the postings are keyed. */
export function fieldIds(index: PassageIndex): Readonly<Record<string, number>> {
  return open(index)._fieldIds;
}

/**
 * Each field's length (distinct tokens) per passage, as flat arrays, and each field's total.
 * MiniSearch keeps one small array per passage in a Map; scoring reads a length per posting,
 * so the arrays are made once per index (an index never changes once its part is assembled).
 */
export interface FieldLengths {
  byField: Uint32Array[];
  totals: number[];
}

const lengthsOf = new WeakMap<PassageIndex, FieldLengths>();

export function fieldLengths(index: PassageIndex): FieldLengths {
  let known = lengthsOf.get(index);
  if (known) return known;
  const { _fieldLength: lengths, _documentCount: count, _fieldIds: ids } = open(index);
  const fields = Object.keys(ids).length;
  const byField = Array.from({ length: fields }, () => new Uint32Array(count));
  const totals = new Array<number>(fields).fill(0);
  for (const [doc, perField] of lengths) {
    for (let f = 0; f < fields; f++) {
      const length = perField[f] ?? 0;
      byField[f]![doc] = length;
      totals[f] = totals[f]! + length;
    }
  }
  known = { byField, totals };
  lengthsOf.set(index, known);
  return known;
}

/**
 * Whether MiniSearch's internal document ids are the passage ids (0…n-1, nothing discarded):
 * the scoring reads postings by internal id and takes it as the passage's position.
 */
export function idsArePositions(index: PassageIndex): boolean {
  const { _documentIds: ids, _documentCount: count } = open(index);
  if (ids.size !== count) return false;
  for (const [short, id] of ids) if (short !== id || short >= count) return false;
  return true;
}

/** Recently looked-up terms of each index: a question looks each of its terms up in every part several times. */
const recent = new WeakMap<PassageIndex, Map<string, TermData | null>>();
const RECENT_TERMS = 5_000;

/** A term's postings by field, or undefined when the index lacks it. */
export function termData(index: PassageIndex, term: string): TermData | undefined {
  let known = recent.get(index);
  if (!known) recent.set(index, (known = new Map()));
  let data = known.get(term);
  if (data === undefined) {
    data = open(index)._index.get(term) ?? null;
    if (known.size >= RECENT_TERMS) known.delete(known.keys().next().value!);
    known.set(term, data);
  }
  return data ?? undefined;
}
