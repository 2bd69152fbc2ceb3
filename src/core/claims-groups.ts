/**
 * Groups as claimants (rules 5 and 7 of `claims.ts`): the noun phrase before a verb or after
 * `according to`, kept only when it names a group or a role (`Organisers`, `the city council`,
 * `Smith's lawyer`), never the article's own analysis (`This statement`).
 */
import { ANALYSIS_OPENERS, CLAIM_VERBS, DETERMINERS, FUNCTION_WORDS, GROUP_NOUNS, GROUP_PARTICIPLES, HARD_PREPOSITIONS, PASSIVE_AUX, SOFT_WORDS } from './nlp-lexicon.ts';
import { TITLE_NOUNS } from './nlp-lexicon-people.ts';
import type { Token } from './nlp-tokens.ts';

/** `of`/`for` before a capitalised name stays inside a group: `Chamber of Commerce`, `spokesperson for Greenpeace`. */
export function ofName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return (t.norm === 'of' || t.norm === 'for') && j > 0 && next !== undefined && next.kind === 'word' && next.cap;
}

/** The noun phrase ending at token `end`, walking left; null unless it names a group. */
export function groupPhrase(tokens: readonly Token[], text: string, end: number): string | null {
  let start = end + 1;
  for (let j = end; j >= 0 && end - j < 10; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.quoted) break;
    if (t.kind === 'word' && !t.cap) {
      if (DETERMINERS.has(t.norm)) {
        start = j;
        break;
      }
      if (ofName(tokens, j)) {
        start = j;
        continue;
      }
      if (HARD_PREPOSITIONS.has(t.norm) || CLAIM_VERBS.has(t.norm) || PASSIVE_AUX.has(t.norm) || /ly$/u.test(t.norm)) break;
      // A verb in the past ends the phrase (`The result stunned pollsters`), an adjective does not (`registered voters`).
      if (/ed$/u.test(t.norm) && !GROUP_PARTICIPLES.has(t.norm)) break;
      if (FUNCTION_WORDS.has(t.norm) && !SOFT_WORDS.has(t.norm)) break;
      if (/^(has|have|had|will|would|could|should|may|might|must|can|do|does|did)$/u.test(t.norm)) break;
    }
    start = j;
  }
  if (start > end) return null;
  return cleanGroup(tokens, text, start, end);
}

export function cleanGroup(tokens: readonly Token[], text: string, start: number, end: number): string | null {
  let s = start;
  while (s <= end && tokens[s]!.kind === 'word' && SOFT_WORDS.has(tokens[s]!.norm)) s++;
  if (s > end) return null;
  const opener = tokens[s]!;
  if (ANALYSIS_OPENERS.has(opener.norm)) return null;
  if (opener.kind === 'word' && /^(the|a|an)$/u.test(opener.norm)) s++;
  if (s > end) return null;
  const head = tokens[end]!;
  if (head.kind === 'word' && SOFT_WORDS.has(head.norm)) return null;
  const plural = head.kind === 'word' && /[^s]s$/u.test(head.norm) && !head.cap;
  const named = head.cap || head.kind === 'acronym';
  if (!plural && !named && !GROUP_NOUNS.has(head.norm) && !TITLE_NOUNS.has(head.norm)) return null;
  const phrase = tokenSpan(tokens, text, s, end);
  return phrase || null;
}

/** The article's own words from token `start` to `end`, with a final possessive if any. */
function tokenSpan(tokens: readonly Token[], text: string, start: number, end: number): string {
  const last = tokens[end]!;
  const stop = last.poss ? (/^['\u2019]s/u.test(text.slice(last.end)) ? last.end + 2 : last.end + 1) : last.end;
  return text.slice(tokens[start]!.start, stop);
}
