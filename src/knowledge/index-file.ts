/**
 * A segment's MiniSearch index as its cache file keeps it: MiniSearch's own JSON, except that
 * the postings (term → field → document → frequency) are packed as variable-length numbers in
 * one base64 string. MiniSearch's form spells each posting as an object key that loading turns
 * back into a number, one at a time, and a JSON array of millions of numbers is itself slow to
 * parse and a lot of garbage; bytes are read in place. Read back, the index is exactly the one
 * MiniSearch would load (test/knowledge/index-file.test.ts).
 */
import MiniSearch from 'minisearch';
import { indexOptions, type PassageDoc, type PassageIndex } from '../core/search.ts';

type Serialised = ReturnType<PassageIndex['toJSON']>;

/** MiniSearch's serialised form without its postings, plus the packed postings. */
interface PackedIndex extends Omit<Serialised, 'index'> {
  terms: string[];
  /**
   * Base64 of unsigned LEB128 numbers: for each term in order, its field count, then for each
   * field the field id, the document count n, n document ids as gaps from the previous one, and
   * their n frequencies.
   */
  postings: string;
}

/** Unsigned LEB128: seven bits a byte, low bits first; most postings' numbers take one byte. */
class Varints {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  push(...values: number[]): void {
    for (let value of values) {
      if (this.length + 5 > this.bytes.length) {
        const bigger = new Uint8Array(this.bytes.length * 2);
        bigger.set(this.bytes);
        this.bytes = bigger;
      }
      while (value > 0x7f) {
        this.bytes[this.length++] = (value & 0x7f) | 0x80;
        value >>>= 7;
      }
      this.bytes[this.length++] = value;
    }
  }
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
  const terms: string[] = [];
  const postings = new Varints();
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
  const packed: PackedIndex = { ...rest, terms, postings: Buffer.from(postings.bytes.buffer, 0, postings.length).toString('base64') };
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
  if (!Array.isArray(packed.terms) || typeof packed.postings !== 'string') throw new Error('knowledge: the index has no packed postings');
  const { terms, postings, ...rest } = packed;
  const index = MiniSearch.loadJS<PassageDoc>({ ...rest, index: [] }, indexOptions);
  const tree = (index as unknown as TermTree)._index;
  const numbers = readVarints(Buffer.from(postings, 'base64'));
  let at = 0;
  for (let t = 0; t < terms.length; t++) {
    const start = at;
    const count = numbers[at++]!;
    for (let f = 0; f < count; f++) {
      at += 1;
      const n = numbers[at++]!;
      at += 2 * n;
      // Checked each time: a damaged count must not walk on past the end.
      if (!(at <= numbers.length)) throw new Error('knowledge: the packed postings end early');
    }
    if (!(at <= numbers.length)) throw new Error('knowledge: the packed postings end early');
    tree.set(terms[t]!, new PackedTermData(numbers, start));
    if (background && (t + 1) % TERMS_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
  }
  if (at !== numbers.length) throw new Error('knowledge: the packed postings do not match their terms');
  return index;
}

/**
 * One term's postings by field, unpacked into Maps the first time anything reads them. Most of
 * a corpus's terms are rare words no question ever uses: unpacking all of them made half of a
 * start from the cache (and most of its garbage), and their Maps most of the heap. To MiniSearch
 * and to the scoring it is the Map it expects; a loaded index is never added to.
 */
class PackedTermData extends Map<number, Map<number, number>> {
  #numbers: Uint32Array | null;
  readonly #at: number;

  constructor(numbers: Uint32Array, at: number) {
    super();
    this.#numbers = numbers;
    this.#at = at;
  }

  #unpack(): void {
    const numbers = this.#numbers;
    if (!numbers) return;
    this.#numbers = null;
    let at = this.#at;
    const count = numbers[at++]!;
    for (let f = 0; f < count; f++) {
      const field = numbers[at++]!;
      const n = numbers[at++]!;
      const frequencies = at + n;
      const docs = new Map<number, number>();
      let doc = 0;
      for (let k = 0; k < n; k++) {
        doc += numbers[at + k]!;
        docs.set(doc, numbers[frequencies + k]!);
      }
      at = frequencies + n;
      super.set(field, docs);
    }
  }

  override get size(): number {
    this.#unpack();
    return super.size;
  }
  override get(field: number): Map<number, number> | undefined {
    this.#unpack();
    return super.get(field);
  }
  override has(field: number): boolean {
    this.#unpack();
    return super.has(field);
  }
  override set(field: number, docs: Map<number, number>): this {
    this.#unpack();
    return super.set(field, docs);
  }
  override delete(field: number): boolean {
    this.#unpack();
    return super.delete(field);
  }
  override clear(): void {
    this.#numbers = null;
    super.clear();
  }
  override forEach(each: (docs: Map<number, number>, field: number, map: Map<number, Map<number, number>>) => void, self?: unknown): void {
    this.#unpack();
    super.forEach(each, self);
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#unpack();
    return super.entries();
  }
  override keys(): MapIterator<number> {
    this.#unpack();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.#unpack();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}

/** The numbers of `Varints`, decoded in one tight pass (a posting number is below 2^32). */
function readVarints(bytes: Uint8Array): Uint32Array {
  const numbers = new Uint32Array(bytes.length);
  let count = 0;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (value > 0xffffffff) throw new Error('knowledge: a packed posting number is out of range');
    if (byte < 0x80) {
      numbers[count++] = value;
      value = 0;
      shift = 0;
    } else shift += 7;
  }
  if (shift !== 0) throw new Error('knowledge: the packed postings end in the middle of a number');
  // A copy of the exact length: the numbers stay in memory while any term is still packed.
  return numbers.slice(0, count);
}
