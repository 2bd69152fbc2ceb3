/**
 * Evidence for and against a person (rules 3 and 4 of `people.ts`): what around a name shows a
 * person (an age, a country, a pronoun that follows, a known first name) and what shows an
 * organisation, a place, a date or a product instead.
 */
import { GIVEN_NAMES } from './given-names.ts';
import { FOREIGN_ARTICLES, ORG_WORDS, PRODUCT_SUFFIXES } from './nlp-lexicon-orgs.ts';
import { CALENDAR_FIRST_NAMES, COMPANY_AFTER, COMPANY_BEFORE, PARTY_WORDS, PLACE_FIRST_NAMES, SURNAME_ENDING, SURNAME_PLACE_WORDS } from './nlp-lexicon-people.ts';
import { DEMONYMS, PLACE_PHRASES, PLACE_PREFIXES, PLACES } from './nlp-lexicon-places.ts';
import { CALENDAR, FUNCTION_WORDS, PERSON_PRONOUNS } from './nlp-lexicon.ts';
import { phraseNorms, type Token } from './nlp-tokens.ts';
import type { Candidate, Context, SentenceRef } from './people-candidates.ts';
import { isTitleNorm } from './people-roles.ts';

export function isPlaceWord(norm: string): boolean {
  return norm.split('-').some((p) => PLACES.has(p) || DEMONYMS.has(p));
}

export function isGivenName(norm: string): boolean {
  return GIVEN_NAMES.has(norm) || (norm.includes('-') && GIVEN_NAMES.has(norm.split('-')[0]!));
}

/** `X, 45,` / `X (45)`: an age right after the name. */
export function ageAfter(tokens: readonly Token[], last: number): boolean {
  const open = tokens[last + 1];
  const n = tokens[last + 2];
  const close = tokens[last + 3];
  if (!open || !n || !close || n.kind !== 'number' || !/^\d{2,3}$/u.test(n.text)) return false;
  return (open.text === ',' && (close.text === ',' || close.text === '.')) || (open.text === '(' && close.text === ')');
}

/** `Ana Duarte of Chile`: a person is often placed by country. */
export function ofPlaceAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 2];
  return tokens[last + 1]?.norm === 'of' && !tokens[last]!.poss && next?.cap === true && (isPlaceWord(next.norm) || PLACE_PHRASES.some((p) => p.startsWith(`${next.norm} `)));
}

/** `Sweden's Lars Ekdahl`: a country's possessive before a name. */
export function placeBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && prev.poss && prev.cap && isPlaceWord(prev.norm);
}

/** `he`/`she` later in the sentence (outside quotations, before any other name) or opening the next one. */
export function pronounAfter(tokens: readonly Token[], last: number, next: SentenceRef | undefined): boolean {
  for (let k = last + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.quoted && PERSON_PRONOUNS.has(t.norm)) return true;
    // Another name in between may be the one the pronoun refers to.
    if (t.kind === 'word' && t.cap && !t.quoted) return false;
  }
  if (!next) return false;
  let words = 0;
  for (const t of next.tokens) {
    if (t.kind !== 'word') continue;
    if (PERSON_PRONOUNS.has(t.norm) && !t.quoted) return true;
    if (++words >= 4) break;
  }
  return false;
}

/** Said of a company rather than a person: `X shares rose`, `a stake in X`, `X reported higher sales`. */
export function companyContext(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after?.kind === 'word' && COMPANY_AFTER.has(after.norm)) return true;
  const before = `${tokens[first - 2]?.norm ?? ''} ${tokens[first - 1]?.norm ?? ''}`;
  if (COMPANY_BEFORE.test(before)) return true;
  // `X reported higher sales`, `X said its profit rose`.
  let reported = false;
  for (let k = last + 1; k <= last + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (/^(?:reported|posted|its)$/u.test(t.norm)) reported = true;
    else if (reported && COMPANY_AFTER.has(t.norm)) return true;
  }
  return false;
}

/** Rule 3 for one group of candidates with the same first and last word. */
export function isPersonGroup(list: readonly Candidate[], context: Context): boolean {
  const c = list[0]!;
  const norms = c.norms;
  const lastNorm = norms[norms.length - 1]!;
  // A place word that is also a common surname (`Ana Hill`, `Grace Park`) needs some sign of a person.
  const vouched = list.some((x) => x.titled || x.role !== null || x.speaks) || context.singles.has(lastNorm);
  // A first name that is also an organisation word or a nationality (`Bill`, `Christian`) opens a name.
  const givenFirst = norms.length > 1 && isGivenName(norms[0]!);
  if (norms.some((n, i) => ORG_WORDS.has(n) && !(i === norms.length - 1 && i > 0 && SURNAME_PLACE_WORDS.has(n) && vouched) && !(i === 0 && givenFirst))) return false;
  // `High Commissioner`, `Prime Minister`: a title on its own.
  if (norms.length > 1 && isTitleNorm(lastNorm) && !givenFirst) return false;
  if (CALENDAR.has(lastNorm) && !CALENDAR_FIRST_NAMES.has(lastNorm)) return false;
  if (norms.every((n) => CALENDAR.has(n))) return false;
  const phrase = norms.join(' ');
  if (context.headings.has(phrase)) return false;
  // A title before the name vouches for a person; an apposition (`, a pundit,`) only against
  // the place tests, since one can describe a product too (`the Zeta Mini, a home robot`).
  const titled = list.some((x) => x.titled);
  const described = titled || list.some((x) => x.role !== null);
  if (!described) {
    if (PLACE_PHRASES.some((p) => phrase.includes(p))) return false;
    if (norms.some((n, i) => n.split('-').some((p) => DEMONYMS.has(p)) && !(i === 0 && givenFirst))) return false;
    // Any place word, except a place that is also a common name opening the run (`Jordan Peterson`)
    // or ending it after a first name (`Michael Jordan`).
    if (norms.some((n, i) => isPlaceWord(n) && !(norms.length > 1 && PLACE_FIRST_NAMES.has(n) && (i === 0 || (i === norms.length - 1 && givenFirst))))) return false;
  }
  if (!titled) {
    if (list.some((x) => x.before === 'the')) return false;
    if (list.every((x) => x.affiliation || x.before === 'org')) return false;
    if (norms.length > 1 && PLACE_PREFIXES.has(norms[0]!)) return false;
    if (norms.length > 2 && PRODUCT_SUFFIXES.has(lastNorm)) return false;
    if (list.every((x) => x.before === 'place' && !x.ref.tokens[x.last]!.poss)) return false;
    // `Die Abendpost`, `La Voce`: a foreign article opens a title or an organisation.
    if (FOREIGN_ARTICLES.has(norms[0]!)) return false;
    // `Social Democrats`, `Young Republicans`: a party's members.
    if (PARTY_WORDS.has(lastNorm) && lastNorm.endsWith('s')) return false;
  }
  // Capitals alone do not make a person (`Rotor Kazmin`, `Human Rights`): it takes a title or
  // role, speech, an age, a country, a pronoun that follows, a known first name, or the
  // surname used alone elsewhere.
  if (norms.length < 2) return true;
  // An apposition is evidence only when it holds a title (`, the consumer electronics arm of` is not).
  if (list.some((x) => x.company) && !list.some((x) => x.titled && !x.companyTitle)) return false;
  const evident = list.some((x) => (x.titled && !x.companyTitle) || (x.role !== null && !x.titled && phraseNorms(x.role).some(isTitleNorm)));
  return evident || givenFirst || SURNAME_ENDING.test(lastNorm) || /^(?:\p{L}\.){2,3}$/u.test(norms[0]!) || context.singles.has(lastNorm) || list.some((x) => x.speaks || x.personal);
}

export function singleIsNotName(norm: string, c: Candidate, context: Context): boolean {
  return ORG_WORDS.has(norm) || CALENDAR.has(norm) || isPlaceWord(norm) || FUNCTION_WORDS.has(norm) || PARTY_WORDS.has(norm) || isTitleNorm(norm) || context.headings.has(norm) || c.before === 'the' || c.before === 'org';
}
