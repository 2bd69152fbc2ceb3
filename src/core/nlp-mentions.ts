/**
 * Find the people of an article in a sentence's tokens: full names, surnames, first names and
 * aliases, longest form first. Shared by people (mention counts) and claims (who said it), so
 * both see exactly the same mentions.
 */
import { FUNCTION_WORDS } from './nlp-lexicon.ts';
import { HONORIFICS, TITLE_NOUNS } from './nlp-lexicon-people.ts';
import { phraseNorms, type Token } from './nlp-tokens.ts';

export interface MentionTarget {
  /** Caller's id for the person (an index into its list). */
  id: number;
  /** Surface forms (`Hélène Moreau`, `Moreau`, `Dr. Moreau`); honorifics are ignored. */
  forms: string[];
}

export interface Mention {
  id: number;
  /** First and last token index of the mention (inclusive). */
  first: number;
  last: number;
}

interface Form {
  id: number;
  norms: string[];
}

/**
 * A reusable matcher over a fixed set of people. Matching is linear in the number of tokens:
 * forms are indexed by their first word. A one-word form shared by several people (two
 * Adamses) goes to the one mentioned most recently; `ordinaryWord` tells which folded words
 * are ordinary English in this article, so `Young` opening a sentence is not a surname.
 */
export class MentionMatcher {
  private readonly byFirst = new Map<string, Form[]>();
  private lastSeen = new Map<number, number>();
  private clock = 0;

  constructor(targets: readonly MentionTarget[], private readonly ordinaryWord: (norm: string) => boolean = () => false) {
    const seen = new Set<string>();
    for (const target of targets) {
      for (const form of target.forms) {
        const norms = phraseNorms(form).filter((n, i, all) => !(i < all.length - 1 && HONORIFICS.has(n)));
        if (norms.length === 0) continue;
        const key = `${target.id}\u0000${norms.join(' ')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = this.byFirst.get(norms[0]!) ?? [];
        list.push({ id: target.id, norms });
        this.byFirst.set(norms[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  }

  /** Mentions in one sentence, left to right; call sentences in article order. */
  find(tokens: readonly Token[]): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Initials written together open a name too: `O.J. Simpson`.
      if ((t.kind !== 'word' || !t.cap) && !(t.kind === 'acronym' && t.text.endsWith('.'))) continue;
      const forms = this.byFirst.get(t.norm);
      if (!forms) continue;
      let best: { form: Form; last: number } | null = null;
      const singles: Form[] = [];
      for (const form of forms) {
        if (best && form.norms.length < best.form.norms.length) break;
        const last = this.matchAt(tokens, i, form.norms);
        if (last < 0) continue;
        if (form.norms.length === 1) singles.push(form);
        else if (!best) best = { form, last };
      }
      let id: number | null = null;
      let last = i;
      if (best) {
        id = best.form.id;
        last = best.last;
      } else if (singles.length > 0 && this.singleAllowed(tokens, i)) {
        id = this.mostRecent(singles.map((f) => f.id));
      }
      if (id === null) continue;
      this.lastSeen.set(id, ++this.clock);
      out.push({ id, first: i, last });
      i = last;
    }
    return out;
  }

  private matchAt(tokens: readonly Token[], i: number, norms: readonly string[]): number {
    let k = i;
    for (let w = 0; w < norms.length; w++) {
      // Skip the dot of an initial: `John Q. Adams`.
      if (w > 0 && tokens[k + 1]?.text === '.' && tokens[k]!.text.length === 1) k++;
      const t = w === 0 ? tokens[k] : tokens[++k];
      // Acronyms only as initials or numerals: `O.J. Simpson`, `Henry VIII`.
      if (!t || (t.kind !== 'word' && t.kind !== 'acronym') || t.norm !== norms[w]) return -1;
      if (w > 0 && !t.spaced && tokens[k - 1]?.text !== '.') return -1;
      if (w < norms.length - 1 && t.poss) return -1;
    }
    return k;
  }

  /** A lone surname is not a mention inside a longer capitalised run (`Adams Tower`). */
  private singleAllowed(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!t.poss && next && next.spaced && next.kind === 'word' && next.cap) return false;
    const prev = tokens[i - 1];
    if (prev && t.spaced && prev.kind === 'word' && prev.cap && !prev.poss) {
      if (!TITLE_NOUNS.has(prev.norm) && !HONORIFICS.has(prev.norm) && !FUNCTION_WORDS.has(prev.norm)) return false;
    }
    let atStart = true;
    for (let k = 0; k < i && atStart; k++) atStart = tokens[k]!.kind === 'punct';
    if (atStart && this.ordinaryWord(t.norm)) return false;
    return true;
  }

  private mostRecent(ids: number[]): number {
    let best = ids[0]!;
    let when = this.lastSeen.get(best) ?? 0;
    for (const id of ids.slice(1)) {
      const w = this.lastSeen.get(id) ?? 0;
      if (w > when) {
        best = id;
        when = w;
      }
    }
    return best;
  }
}
