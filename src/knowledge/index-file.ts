/**
 * A segment's MiniSearch index as its cache file keeps it: MiniSearch's own JSON, except that
 * the postings (term → field → document → frequency) are packed into one array of numbers.
 * MiniSearch's form spells each posting as an object key that loading turns back into a number,
 * one at a time; at 10,000 articles that was most of a start from the cache. Read back, the
 * index is exactly the one MiniSearch would load (test/knowledge/index-file.test.ts).
 */
import MiniSearch from 'minisearch';
import { indexOptions, type PassageDoc, type PassageIndex } from '../core/search.ts';

type Serialised = ReturnType<PassageIndex['toJSON']>;

/** MiniSearch's serialised form without its postings, plus the packed postings. */
interface PackedIndex extends Omit<Serialised, 'index'> {
  terms: string[];
  /**
   * For each term in order: its field count, then for each field: the field id, the document
   * count n, n document ids as gaps from the previous one, and their n frequencies.
   */
  postings: number[];
}

/** The index as one line of JSON. */
export function packIndex(index: PassageIndex): string {
  // The postings come from the term tree itself: MiniSearch's toJSON would spell out an object
  // per posting first. It gives the rest, with an empty tree in place for the moment.
  const internals = index as unknown as { _index: TermTree['_index'] };
  const tree = internals._index;
  internals._index = [] as unknown as TermTree['_index'];
  let serialised: Serialised;
  try {
    serialised = index.toJSON();
  } finally {
    internals._index = tree;
  }
  const { index: _, ...rest } = serialised;
  const packed: PackedIndex = { ...rest, terms: [], postings: [] };
  const { terms, postings } = packed;
  for (const [term, fields] of tree) {
    terms.push(term);
    postings.push(fields.size);
    for (const [field, docs] of fields) {
      const docIds = [...docs.keys()].sort((a, b) => a - b);
      postings.push(field, docIds.length);
      let previous = 0;
      for (const doc of docIds) {
        postings.push(doc - previous);
        previous = doc;
      }
      for (const doc of docIds) postings.push(docs.get(doc)!);
    }
  }
  return JSON.stringify(packed);
}

/** The part of MiniSearch's internals read and filled here: its term tree (term → field → document → frequency). */
interface TermTree {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & { set(term: string, fields: Map<number, Map<number, number>>): unknown };
}

/** Terms set between two yields when loading in the background. */
const TERMS_PER_SLICE = 2000;

/**
 * Load a packed index. `background` yields to the event loop now and then (a reload while the
 * bot serves). Throws on a malformed file: the caller rebuilds it.
 */
export async function unpackIndex(json: string, background: boolean): Promise<PassageIndex> {
  const packed = JSON.parse(json) as PackedIndex;
  if (!Array.isArray(packed.terms) || !Array.isArray(packed.postings)) throw new Error('knowledge: the index has no packed postings');
  const index = MiniSearch.loadJS<PassageDoc>({ ...packed, index: [] }, indexOptions);
  const tree = (index as unknown as TermTree)._index;
  const { terms, postings } = packed;
  let at = 0;
  for (let t = 0; t < terms.length; t++) {
    const count = postings[at++]!;
    const fields = new Map<number, Map<number, number>>();
    for (let f = 0; f < count; f++) {
      const field = postings[at++]!;
      const n = postings[at++]!;
      const frequencies = at + n;
      const docs = new Map<number, number>();
      let doc = 0;
      for (let k = 0; k < n; k++) {
        doc += postings[at + k]!;
        docs.set(doc, postings[frequencies + k]!);
      }
      at = frequencies + n;
      fields.set(field, docs);
    }
    tree.set(terms[t]!, fields);
    if (background && (t + 1) % TERMS_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
  }
  if (at !== postings.length) throw new Error('knowledge: the packed postings do not match their terms');
  return index;
}
