/**
 * Autocomplete: the first choices of a list whose folded text contains every typed word, those
 * starting with the first word first, each group in the list's order. A keystroke must not
 * pass over tens of thousands of names, so each list gets two lookup structures, made on first
 * use: its positions sorted by text (the choices starting with a word are one run of them) and
 * a word index (the choices containing a rare piece of text). A common piece needs neither: a
 * pass over the list finds enough of it within a few hundred choices. A combined list (several
 * parts) is searched part by part, through structures every reader of a part shares, and the
 * parts' finds are put in the combined list's own order.
 */
import { listSources, type Named } from './corpus.ts';
import { NameIndex } from './name-index.ts';

export type Choosable = Named & { id?: string };

/** A piece of text held by more choices than this is common: a pass finds enough of it early. */
const COMMON = 1000;

interface Lookup {
  /** Positions in the list, sorted by folded text. */
  sorted: Int32Array;
  words: NameIndex<number>;
}

const lookups = new WeakMap<object, Lookup>();

function lookupOf(list: readonly Choosable[]): Lookup {
  let lookup = lookups.get(list);
  if (!lookup) {
    const sorted = Int32Array.from(list.keys()).sort((a, b) => (list[a]!.folded < list[b]!.folded ? -1 : list[a]!.folded > list[b]!.folded ? 1 : a - b));
    lookup = { sorted, words: new NameIndex([...list.keys()], (i) => list[i]!.folded) };
    lookups.set(list, lookup);
  }
  return lookup;
}

type Wanted = (choice: Choosable) => boolean;

/** Up to `limit` choices of `list` containing every word, starting-with-the-first-word ones first. */
export function chooseFrom<T extends Choosable>(list: readonly T[], words: string[], limit: number): T[] {
  const sources = listSources(list);
  const lists = (sources?.lists ?? [list]) as ReadonlyArray<readonly T[]>;
  const keep = sources?.keep ?? (() => true);
  const contains = (c: Choosable) => words.every((w) => c.folded.includes(w));
  const starts = (c: Choosable) => words.length > 0 && c.folded.startsWith(words[0]!);
  const order = sources?.order ?? 'plain';
  const first = collect(lists, order, keep, limit, (l, wanted, need) => startingWith(l, words, (c) => contains(c) && wanted(c), need));
  if (first.length >= limit) return first.slice(0, limit);
  const rest = collect(lists, order, keep, limit - first.length, (l, wanted, need) => containing(l, words, (c) => !starts(c) && contains(c) && wanted(c), need));
  return [...first, ...rest];
}

/**
 * The first `need` choices over the parts' lists, in the combined list's order: part after part
 * without repeated names, or merged by id (one list: as it is). `find` gives a list's first
 * `need` wanted choices.
 */
function collect<T extends Choosable>(
  lists: ReadonlyArray<readonly T[]>,
  order: 'plain' | 'parts' | 'id',
  keep: (choice: Named, part: number) => boolean,
  need: number,
  find: (list: readonly T[], wanted: Wanted, need: number) => T[],
): T[] {
  if (order === 'plain') return find(lists[0]!, () => true, need);
  if (order === 'id') {
    const all = lists.flatMap((list, p) => find(list, (c) => keep(c, p), need));
    return all.sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0)).slice(0, need);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [p, list] of lists.entries()) {
    if (out.length >= need) break;
    for (const c of find(list, (c) => keep(c, p) && !seen.has(c.name), need - out.length)) {
      seen.add(c.name);
      out.push(c);
    }
  }
  return out;
}

/** The first `need` wanted choices (in list order) whose text starts with the first word. */
function startingWith<T extends Choosable>(list: readonly T[], words: string[], wanted: Wanted, need: number): T[] {
  if (words.length === 0) return [];
  const { sorted } = lookupOf(list);
  const prefix = words[0]!;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[sorted[mid]!]!.folded < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && list[sorted[end]!]!.folded.startsWith(prefix)) end++;
  if (end - lo > COMMON) return scan(list, (c) => c.folded.startsWith(prefix) && wanted(c), need);
  const positions = Array.from(sorted.subarray(lo, end)).sort((a, b) => a - b);
  const out: T[] = [];
  for (const i of positions) {
    if (out.length === need) break;
    if (wanted(list[i]!)) out.push(list[i]!);
  }
  return out;
}

/** The first `need` wanted choices (in list order) among those containing every word. */
function containing<T extends Choosable>(list: readonly T[], words: string[], wanted: Wanted, need: number): T[] {
  const { words: index } = lookupOf(list);
  const rarest = Math.min(...words.map((w) => index.bound(w)));
  if (rarest > COMMON) return scan(list, wanted, need);
  const out: T[] = [];
  for (const i of index.find(words)) {
    if (out.length === need) break;
    if (wanted(list[i]!)) out.push(list[i]!);
  }
  return out;
}

/** A pass in list order, stopped once `need` are found: quick when what is wanted is common. */
function scan<T extends Choosable>(list: readonly T[], wanted: Wanted, need: number): T[] {
  const out: T[] = [];
  for (const c of list) {
    if (out.length === need) break;
    if (wanted(c)) out.push(c);
  }
  return out;
}
