/**
 * `/who name:` finds a person by any part of any word of their names, accents optional. A
 * scan of every person for that costs milliseconds at tens of thousands of people, so the
 * lookup goes through the distinct name words instead: a word's three-letter pieces lead to
 * the few words that can contain it, and those words to the people who bear them. Built
 * from the listings when a corpus is assembled, so nothing of it is written to the cache.
 */
import type { PersonEntry } from './corpus.ts';

const GRAM = 3;

export class NameIndex {
  /** Distinct words of the folded names and aliases. */
  private readonly words: string[] = [];
  /** For each word, the people (positions in `people`, ascending) whose forms hold it. */
  private readonly holders: number[][] = [];
  /** Three-letter piece → the words (positions in `words`) that contain it. */
  private readonly grams = new Map<string, number[]>();

  constructor(private readonly people: PersonEntry[]) {
    const position = new Map<string, number>();
    people.forEach((entry, p) => {
      for (const word of entry.forms.split(/\s+/)) {
        if (!word) continue;
        let w = position.get(word);
        if (w === undefined) {
          w = this.words.push(word) - 1;
          position.set(word, w);
          this.holders.push([]);
          for (const gram of new Set(pieces(word))) {
            const list = this.grams.get(gram);
            if (list) list.push(w);
            else this.grams.set(gram, [w]);
          }
        }
        const list = this.holders[w]!;
        // A person whose name repeats a word is listed once for it.
        if (list[list.length - 1] !== p) list.push(p);
      }
    });
  }

  /**
   * The people whose folded forms contain every one of `wanted` (folded, without spaces),
   * in the order of `people`: the same people, in the same order, as filtering `people`
   * with `forms.includes(w)` for each word.
   */
  find(wanted: string[]): PersonEntry[] {
    if (wanted.length === 0) return [...this.people];
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
    return [...found!].sort((a, b) => a - b).map((p) => this.people[p]!);
  }

  private wordsContaining(w: string): number[] {
    let candidates: number[] | null = null;
    if (w.length >= GRAM) {
      for (const gram of pieces(w)) {
        const list = this.grams.get(gram);
        if (!list) return [];
        if (!candidates || list.length < candidates.length) candidates = list;
      }
    }
    const out: number[] = [];
    if (candidates) {
      for (const word of candidates) if (this.words[word]!.includes(w)) out.push(word);
    } else {
      // One or two letters: too short for a piece, and matching most names anyway.
      this.words.forEach((word, i) => word.includes(w) && out.push(i));
    }
    return out;
  }
}

function* pieces(word: string): Generator<string> {
  for (let i = 0; i + GRAM <= word.length; i++) yield word.slice(i, i + GRAM);
}
