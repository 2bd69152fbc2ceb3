/**
 * Candidates for people, one per capitalised run of a sentence (rules 1 and 2 of `people.ts`):
 * the run trimmed of function words, dates, titles and descriptors, with what surrounds it
 * (title, apposition, speech, age, company context) for the later tests.
 */
import { ORG_CLASSIFIERS, ORG_WORDS, WORK_CLASSIFIERS } from './nlp-lexicon-orgs.ts';
import { CALENDAR_FIRST_NAMES, COMPANY_NOUNS, NAME_PARTICLES, NAME_SUFFIX, SPEECH_BEFORE, TITLE_MODIFIERS } from './nlp-lexicon-people.ts';
import { PLACE_PREPOSITIONS } from './nlp-lexicon-places.ts';
import { CALENDAR, CLAIM_VERBS, FUNCTION_WORDS } from './nlp-lexicon.ts';
import { phraseNorms, sentenceTokens, type Token } from './nlp-tokens.ts';
import { ageAfter, companyContext, isGivenName, isPlaceWord, ofPlaceAfter, placeBefore, pronounAfter } from './people-evidence.ts';
import { appositionAfter, appositionBefore, combineRoles, descriptorKind, isAgentNoun, isTitleToken, longTitle, ofTitleBefore, titleBefore } from './people-roles.ts';
import type { Article, Paragraph } from './types.ts';

export interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
  tokens: Token[];
}

export interface Context {
  /** Words the article writes in lower case: a sentence-initial capital of one is ordinary English. */
  lower: Set<string>;
  headings: Set<string>;
  /** Capitalised words the article also writes alone (`Hill said`), filled once candidates are known. */
  singles: Set<string>;
}

export interface Candidate {
  ref: SentenceRef;
  first: number;
  last: number;
  norms: string[];
  surface: string;
  titled: boolean;
  /** A title that names people only (`Mayor`, `Dr.`), enough to make a lone word a person. */
  strongTitle: boolean;
  /** The title is a noun that names companies more often (`rival bidder X`, `carmaker X`). */
  companyTitle: boolean;
  honorific: string | null;
  role: string | null;
  /** `the` or a place preposition right before the name. */
  before: 'the' | 'place' | 'org' | null;
  /** A title noun right after the name: `Red Party leader`, `Vila Nova coach` name a party or a team. */
  affiliation: boolean;
  /** A reporting verb right after the name (`Hill said`) or before it (`said Ortega`). */
  speaks: boolean;
  /** An age, a country (`Duarte of Chile`) or a `he`/`she` that follows. */
  personal: boolean;
  /** An age right after the name: `X, 45,`. */
  aged: boolean;
  /** Said of a company: `X shares rose`, `a stake in X`. */
  company: boolean;
}

export function articleSentences(paragraphs: readonly Paragraph[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const p of paragraphs) {
    p.sentences.forEach((s, i) => out.push({ paragraph: p.index, sentence: i, text: s.text, tokens: sentenceTokens(s) }));
  }
  return out;
}

export function buildContext(article: Article, sentences: readonly SentenceRef[]): Context {
  const lower = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) if (t.kind === 'word' && !t.cap) lower.add(t.norm);
  }
  const headings = new Set(article.sections.map((h) => phraseNorms(h).join(' ')));
  return { lower, headings, singles: new Set() };
}

function isNameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && t.cap && !/\p{N}/u.test(t.text);
}

/** Initials written together: `O.J. Simpson`, `J.R. Ewing`. */
function isInitials(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'acronym' && /^(?:\p{Lu}\.){2,3}$/u.test(t.text) && isNameToken(tokens, i + 1) && tokens[i + 1]!.spaced;
}

/** A regnal or generational numeral after a name: `Henry VIII`, `John Paul II`. */
function isNumeralSuffix(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'acronym' && /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/u.test(t.text) && isNameToken(tokens, i - 1);
}

/** Rule 1: maximal runs of capitalised words, as inclusive token ranges. */
export function capitalisedRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i) && !isInitials(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      if (cur.poss) break;
      let k = j + 1;
      // An initial's dot: `John Q. Adams`.
      if (cur.text.length === 1 && tokens[k]?.text === '.' && tokens[k]!.start === cur.end) k++;
      const next = tokens[k];
      if (!next || !next.spaced || next.quoted !== cur.quoted) break;
      if (next.kind === 'word' && !next.cap && NAME_PARTICLES.has(next.norm)) {
        // One or more particles, then a capitalised word: `van der Berg`.
        let p = k;
        while (tokens[p + 1]?.spaced && tokens[p + 1]!.kind === 'word' && !tokens[p + 1]!.cap && NAME_PARTICLES.has(tokens[p + 1]!.norm)) p++;
        if (p - k < 2 && isNameToken(tokens, p + 1) && tokens[p + 1]!.spaced) {
          j = p + 1;
          continue;
        }
        break;
      }
      if (isNameToken(tokens, k) || (isNumeralSuffix(tokens, k) && k === j + 1)) {
        j = k;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/**
 * `Afterwards Nunez thanked …`: a sentence-opening word before a known surname is not a
 * first name when the article names that person otherwise and the word looks like ordinary
 * English (the article writes it in lower case, or it ends like an adverb).
 */
export function demoteSentenceOpeners(candidates: Candidate[], lower: ReadonlySet<string>): void {
  const full = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.norms.length >= 2 && !isOpener(c)) {
      const last = c.norms[c.norms.length - 1]!;
      const firsts = full.get(last) ?? new Set<string>();
      firsts.add(c.norms[0]!);
      full.set(last, firsts);
    }
  }
  for (const c of candidates) {
    if (c.norms.length !== 2 || !isOpener(c)) continue;
    const opener = c.norms[0]!;
    const firsts = full.get(c.norms[1]!);
    if (!firsts || firsts.has(opener) || !(lower.has(opener) || /(ly|wards?)$/u.test(opener))) continue;
    const tokens = c.ref.tokens;
    const k = tokens.findIndex((t, i) => i > c.first && t.kind === 'word');
    c.first = k;
    c.norms = [c.norms[1]!];
    c.surface = c.ref.text.slice(tokens[k]!.start, tokens[c.last]!.end);
  }
}

function isOpener(c: Candidate): boolean {
  return c.first === firstWordIndex(c.ref.tokens);
}

/** Rules 2 and 5 for every run of one sentence. */
export function candidatesIn(ref: SentenceRef, context: Context, nextRef: SentenceRef | undefined): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ref;
  for (const [start, end] of capitalisedRuns(tokens)) {
    let words: number[] = [];
    for (let k = start; k <= end; k++) if (tokens[k]!.kind === 'word' || isNumeralSuffix(tokens, k) || isInitials(tokens, k)) words.push(k);
    // Rule 2: drop leading function words and dates.
    while (words.length > 0) {
      const t = tokens[words[0]!]!;
      if (FUNCTION_WORDS.has(t.norm) || (CALENDAR.has(t.norm) && !CALENDAR_FIRST_NAMES.has(t.norm))) words.shift();
      else if (words.length > 1 && words[0] === start && start === firstWordIndex(tokens) && context.lower.has(t.norm) && !isTitleToken(t)) words.shift();
      else break;
    }
    // `Sometimes I`: a pronoun or function word does not end a name.
    while (words.length > 0 && FUNCTION_WORDS.has(tokens[words[words.length - 1]!]!.norm)) words.pop();
    // Split after the last title or descriptor word: `Eastport City Mayor Jane Doe` -> `Jane Doe`,
    // `Democrat Ruth Ames` -> `Ruth Ames`. A nationality that is also a first name
    // (`Christian Holm`) splits only when a full name is left.
    for (let w = words.length - 2; w >= 0; w--) {
      const t = tokens[words[w]!];
      const kind = descriptorKind(t);
      // `Tom King Jr`: a title word before a suffix is the surname.
      if (words.slice(w + 1).every((k) => NAME_SUFFIX.test(tokens[k]!.text))) continue;
      // `Opener Saeed Anwar`: a sentence-opening agent noun is a title in capitals.
      const openingAgent = w === 0 && words[0] === firstWordIndex(tokens) && isAgentNoun(t!.norm) && !COMPANY_NOUNS.has(t!.norm) && !isGivenName(t!.norm);
      // `Former Olympian Tom Hale`: a noun after `former`/`acting` is what the person was.
      const modified = w === 1 && words.length - 1 - w >= 2 && TITLE_MODIFIERS.has(tokens[words[0]!]!.norm) && !isGivenName(t!.norm);
      if (isTitleToken(t) || openingAgent || modified || kind === 'strong' || (kind === 'weak' && (words.length - 1 - w >= 2 || !isGivenName(t!.norm)))) {
        words = words.slice(w + 1);
        break;
      }
    }
    // The rest of a long title: `Secretary of State Ruth Ames`.
    let titleOf = -1;
    let titleOfEnd = -1;
    const ofHead = words.length > 1 ? ofTitleBefore(tokens, words[0]!) : -1;
    if (ofHead >= 0) {
      while (words.length > 2 && !isGivenName(tokens[words[0]!]!.norm)) titleOfEnd = words.shift()!;
      const rest = tokens[words[0]!]!.norm;
      if (words.length === 2 && (ORG_WORDS.has(rest) || isPlaceWord(rest))) titleOfEnd = words.shift()!;
      if (titleOfEnd >= 0) titleOf = ofHead;
    }
    // Leading organisation or place words before a name: `State Antony Blinken`.
    while (words.length > 2 && (ORG_WORDS.has(tokens[words[0]!]!.norm) || isPlaceWord(tokens[words[0]!]!.norm))) words.shift();
    if (words.length === 0) continue;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const norms = words.map((k) => tokens[k]!.norm);
    if (words.length === 1 && isTitleToken(tokens[first])) continue;
    const before = titleOf >= 0 ? null : beforeOf(tokens, first);
    const aged = ageAfter(tokens, last);
    const title = titleOf >= 0 ? longTitle(tokens, titleOf, titleOfEnd, ref.text) : titleBefore(tokens, first, ref.text);
    const apposition = appositionAfter(tokens, last, ref.text) ?? appositionBefore(tokens, first, last, ref.text);
    out.push({
      ref,
      first,
      last,
      norms,
      surface: ref.text.slice(tokens[first]!.start, tokens[last]!.end),
      titled: title.role !== null || title.honorific !== null,
      companyTitle: title.company,
      strongTitle: title.strong,
      honorific: title.honorific,
      role: combineRoles(title.role, apposition),
      before,
      affiliation:
        (!tokens[last]!.poss && tokens[last + 1]?.spaced === true && isTitleToken(tokens[last + 1]) && !tokens[last + 1]!.cap) ||
        // `Dock Workers' Union`: a possessive before an organisation word names it.
        (tokens[last]!.poss && tokens[last + 1]?.cap === true && ORG_WORDS.has(tokens[last + 1]!.norm)),
      speaks: (!tokens[last]!.poss && CLAIM_VERBS.has(tokens[last + 1]?.norm ?? '')) || SPEECH_BEFORE.has(tokens[first - 1]?.norm ?? ''),
      personal: aged || ofPlaceAfter(tokens, last) || placeBefore(tokens, first) || pronounAfter(tokens, last, nextRef),
      aged,
      company: companyContext(tokens, first, last),
    });
  }
  return out;
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind !== 'punct');
}

function beforeOf(tokens: readonly Token[], first: number): Candidate['before'] {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || !tokens[first]!.spaced) return null;
  if (prev.norm === 'the') return 'the';
  if (PLACE_PREPOSITIONS.has(prev.norm)) return 'place';
  // `National Union of Dock Workers`, `Journal of Marine Science`.
  const owner = tokens[first - 2];
  if (prev.norm === 'of' && owner?.kind === 'word' && owner.cap && ORG_WORDS.has(owner.norm)) return 'org';
  // `welfare group Safe Harbour`, `the film Silver Road`.
  if (!prev.cap && (ORG_CLASSIFIERS.has(prev.norm) || WORK_CLASSIFIERS.has(prev.norm))) return 'org';
  // `Union for Reform and Social Justice`: the tail of an organisation's name.
  if (/^(?:and|for|&)$/u.test(prev.norm)) {
    for (let k = first - 2, n = 0; k >= 0 && n < 8; k--, n++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !(t.cap || /^(?:of|for|and|the)$/u.test(t.norm))) break;
      if (t.cap && ORG_WORDS.has(t.norm)) return 'org';
    }
  }
  return null;
}
