/**
 * `/who name:` finds a person by any part of any word of their names, accents optional, and
 * autocomplete a choice by any part of its words. A scan of every person for that costs
 * milliseconds at tens of thousands of people, so the lookup goes through the distinct words
 * instead: a word's three-letter pieces lead to the few words that can contain it, and those
 * words to the items that bear them. Built from the listings, so nothing of it is cached on disk,
 * and built the first time it is searched: a start from the cache has each segment's people to
 * list, and most segments' indexes are not searched in the bot's first seconds.
 */
const GRAM = 3;

export class NameIndex<T> {
  /** Distinct words of the folded names and aliases. */
  private readonly words: string[] = [];
  /** For each word, the items (positions in `items`, ascending) whose text holds it. */
  private readonly holders: number[][] = [];
  /** Three-letter piece → the words (positions in `words`) that contain it. */
  private readonly grams = new Map<string, number[]>();
  /** Two-letter piece → the words that contain it: what a two-letter search matches. */
  private readonly pairs = new Map<string, number[]>();

  #built = false;

  /** `text` gives an item's folded words, space-separated. */
  constructor(
    private readonly items: readonly T[],
    private readonly text: (item: T) => string,
  ) {}

  /** Build now rather than on the first search. */
  build(): void {
    if (this.#built) return;
    this.#built = true;
    const { items, text } = this;
    const position = new Map<string, number>();
    items.forEach((item, p) => {
      for (const word of text(item).split(/\s+/)) {
        if (!word) continue;
        let w = position.get(word);
        if (w === undefined) {
          w = this.words.push(word) - 1;
          position.set(word, w);
          this.holders.push([]);
          for (const [map, size] of [[this.grams, GRAM], [this.pairs, 2]] as const) {
            for (const gram of new Set(pieces(word, size))) {
              const list = map.get(gram);
              if (list) list.push(w);
              else map.set(gram, [w]);
            }
          }
        }
        const list = this.holders[w]!;
        // An item whose text repeats a word is listed once for it.
        if (list[list.length - 1] !== p) list.push(p);
      }
    });
  }

  /**
   * The items whose folded text contains every one of `wanted` (folded, without spaces), in
   * the order of `items`: the same items, in the same order, as filtering `items` with
   * `text.includes(w)` for each word.
   */
  find(wanted: string[]): T[] {
    if (wanted.length === 0) return [...this.items];
    this.build();
    let found: Set<number> | null = null;
    // The longest word first: it has the rarest pieces, so the smallest set to narrow.
    for (const w of [...wanted].sort((a, b) => b.length - a.length)) {
      const here = new Set<number>();
      for (const word of this.wordsContaining(w)) {
        for (const p of this.holders[word]!) if (!found || found.has(p)) here.add(p);
      }
      found = here;
      if (found.size === 0) return [];
    }
    return [...found!].sort((a, b) => a - b).map((p) => this.items[p]!);
  }

  /**
   * At least as many items as hold a word containing `w`, cheaply: a caller can tell a rare
   * piece of text (look it up) from a common one (a pass over the list stops early).
   */
  bound(w: string): number {
    this.build();
    const words = this.candidates(w);
    if (!words) return this.items.length;
    let n = 0;
    for (const word of words) n += this.holders[word]!.length;
    return n;
  }

  /** Words that may contain `w` (all that do, and for three letters or more some that do not); null: any word may. */
  private candidates(w: string): number[] | null {
    if (w.length === 2) return this.pairs.get(w) ?? [];
    let candidates: number[] | null = null;
    if (w.length >= GRAM) {
      for (const gram of pieces(w, GRAM)) {
        const list = this.grams.get(gram);
        if (!list) return [];
        if (!candidates || list.length < candidates.length) candidates = list;
      }
    }
    return candidates;
  }

  private wordsContaining(w: string): number[] {
    const candidates = this.candidates(w);
    if (w.length === 2) return candidates!;
    const out: number[] = [];
    if (candidates) {
      for (const word of candidates) if (this.words[word]!.includes(w)) out.push(word);
    } else {
      // One letter: too short for a piece, and matching most names anyway.
      this.words.forEach((word, i) => word.includes(w) && out.push(i));
    }
    return out;
  }
}

function* pieces(word: string, size: number): Generator<string> {
  for (let i = 0; i + size <= word.length; i++) yield word.slice(i, i + size);
}
