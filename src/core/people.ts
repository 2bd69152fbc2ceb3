/**
 * Who an article is about: the people it names, with the role it gives them, how often and
 * where it mentions them. Pure and general: rules and word lists of English news prose, no
 * knowledge of any particular article.
 *
 * Rules, in order:
 * 1. Candidates are runs of capitalised words (accents, hyphens, initials and particles such as
 *    `de`/`van`/`al-` allowed). A possessive ends a run (`Moreau's`).
 * 2. Leading function words and dates are dropped (`Yesterday`, `On January`); a title inside
 *    the run splits it (`Deputy Mayor Ines Varga` -> `Ines Varga`).
 * 3. A run of two or more words is a person unless it holds an organisation, place or event
 *    word (`Foundation`, `City`, `Stadium`, `War`), a country, region or nationality
 *    (`United States`, `French`), equals a heading, or the article writes it after `the`
 *    (`the Orwin Foundation`), only after place prepositions (`in South America`), only
 *    after `Organisation-word of` (`Union of Dock Workers`), or only before a title noun
 *    (`Red Party leader X`, `Vila Nova coach X`), or opens with a place prefix (`Fort`, `Little`).
 *    A title before the name overrides the place test (`striker Michael Jordan`).
 * 4. A single capitalised word is a person only as the surname or first name of a person
 *    found by 3, or right after a title or honorific (`Mayor Smith`, `Dr. Fernández`).
 * 5. Role: the title words right before the name (`Chief engineer`, `former Governor`),
 *    and an apposition after it (`, the First Vice-President of …,` or `, who chairs …,`)
 *    or before it (`The port authority's director, X,`). When both exist the apposition is
 *    kept and the title is put in front of it unless the apposition already contains it
 *    (`Professor who chairs the city's budget committee`); courtesy titles (`Dr.`) are
 *    aliases, not roles. The first mention that carries a role gives the person's role.
 * 6. Front-matter hints always appear, with their role, and their aliases merge.
 */
import {
  CALENDAR,
  CLAIM_PARTICIPLES,
  CLAIM_VERBS,
  DEMONYMS,
  DETERMINERS,
  FOREIGN_ARTICLES,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_CLASSIFIERS,
  ORG_WORDS,
  PLACE_PHRASES,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PARTY_WORDS,
  PERSON_PRONOUNS,
  PLACES,
  PRODUCT_SUFFIXES,
  ROLE_PARTICIPLES,
  ROLE_VERBS,
  STOP_WORDS,
  TITLE_MODIFIERS,
  TITLE_NOUNS,
  WORK_CLASSIFIERS,
} from './nlp-lexicon.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { MentionMatcher } from './nlp-mentions.ts';
import { phraseNorms, sentenceTokens, type Token } from './nlp-tokens.ts';
import { fold } from './text.ts';
import type { Article, Paragraph } from './types.ts';

export interface Person {
  /** Full name as the article writes it, title stripped: `Hélène Moreau`. */
  name: string;
  /** Role as the article states it (`former Governor`, `Chief engineer`), or null. */
  role: string | null;
  /** Other surface forms seen: `Moreau`, `Dr. Moreau`. */
  aliases: string[];
  /** Mentions by full name, surname, first name or alias (pronouns are not counted). */
  mentions: number;
  /** The sentence that first mentions the person (paragraph = Paragraph.index). */
  intro: { paragraph: number; sentence: number };
  /** Every paragraph index that mentions the person, ascending. */
  paragraphs: number[];
}

/** People named in the article, most mentioned first; ties keep the order of first mention. */
export function extractPeople(article: Article): Person[] {
  const sentences = articleSentences(article.paragraphs);
  const context = buildContext(article, sentences);
  const candidates = sentences.flatMap((s, i) => candidatesIn(s, context, sentences[i + 1]));

  demoteSentenceOpeners(candidates, context.lower);
  for (const c of candidates) if (c.norms.length === 1 && !c.ref.tokens[c.first]!.poss) context.singles.add(c.norms[0]!);

  // Rule 3: multi-word candidates grouped by first and last word.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.norms.length < 2) continue;
    const key = `${c.norms[0]}|${c.norms[c.norms.length - 1]}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  // A shorter form that ends a longer name is the same person: `Van der Berg`, `Peter van der Berg`.
  const keys = [...groups.keys()];
  for (const key of keys) {
    const list = groups.get(key)!;
    const norms = list[0]!.norms;
    const longer = [...groups.values()].find((other) => other !== list && endsWith(other[0]!.norms, norms));
    if (longer) {
      longer.push(...list);
      groups.delete(key);
    }
  }
  const drafts: Draft[] = [];
  for (const list of groups.values()) {
    if (!isPersonGroup(list, context)) continue;
    drafts.push(newDraft(list[0]!, list));
  }

  // Rule 4: single words as surnames or first names of those people, or after a title.
  const titledSingles = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.norms.length !== 1) continue;
    const norm = c.norms[0]!;
    const owner = drafts.filter((d) => d.last === norm).concat(drafts.filter((d) => d.first === norm && d.last !== norm));
    if (owner.length > 0) {
      owner[0]!.occurrences.push(c);
      continue;
    }
    // `"Both sides need calm," said Ortega. He …`: speech and a pronoun make a lone word a person.
    // `Varga, 65, …`: so does an age.
    if (!(c.strongTitle || c.aged || (c.speaks && c.personal && !context.lower.has(norm))) || singleIsNotName(norm, c, context)) continue;
    const list = titledSingles.get(norm) ?? [];
    list.push(c);
    titledSingles.set(norm, list);
  }
  for (const list of titledSingles.values()) {
    if (!isPersonGroup(list, context)) continue;
    drafts.push(newDraft(list[0]!, list));
  }

  // Rule 6: hints.
  for (const hint of article.hints.people) {
    const forms = [hint.name, ...hint.aliases].map((f) => phraseNorms(f).filter((n) => !HONORIFICS.has(n)).join(' '));
    const draft = drafts.find((d) => forms.includes(d.norms.join(' ')) || d.forms.some((f) => forms.includes(fold(f))));
    if (draft) {
      draft.name = hint.name;
      draft.hinted = true;
      if (hint.role) draft.hintRole = hint.role;
      draft.forms.push(hint.name, ...hint.aliases);
      draft.extraAliases.push(...hint.aliases);
    } else {
      const norms = phraseNorms(hint.name);
      drafts.push({
        name: hint.name,
        norms,
        first: norms[0] ?? '',
        last: norms[norms.length - 1] ?? '',
        forms: [hint.name, ...hint.aliases],
        occurrences: [],
        extraAliases: [...hint.aliases],
        hinted: true,
        hintRole: hint.role ?? null,
      });
    }
  }

  return finish(drafts, sentences, context);
}

// ---------------------------------------------------------------------------------------------

interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
  tokens: Token[];
}

interface Context {
  /** Words the article writes in lower case: a sentence-initial capital of one is ordinary English. */
  lower: Set<string>;
  headings: Set<string>;
  /** Capitalised words the article also writes alone (`Hill said`), filled once candidates are known. */
  singles: Set<string>;
}

interface Candidate {
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

interface Draft {
  name: string;
  norms: string[];
  first: string;
  last: string;
  /** Surface forms to match mentions with. */
  forms: string[];
  occurrences: Candidate[];
  extraAliases: string[];
  hinted: boolean;
  hintRole: string | null;
}

function articleSentences(paragraphs: readonly Paragraph[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const p of paragraphs) {
    p.sentences.forEach((s, i) => out.push({ paragraph: p.index, sentence: i, text: s.text, tokens: sentenceTokens(s) }));
  }
  return out;
}

function buildContext(article: Article, sentences: readonly SentenceRef[]): Context {
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

/**
 * Endings that mark a family name in many languages (`Ivanov`, `Kowalski`, `Popescu`,
 * `Petrovic`, `Gonzalez`, `Papadopoulos`, `Shevchenko`): a sign of a person when the first name
 * is not a known one.
 */
const SURNAME_ENDING = /\p{L}{3}(?:ov|ova|ev|eva|sky|ski|ska|vic|vich|escu|sson|ez|ini|elli|etti|opoulos|idis|oglu|yan|ashvili|adze|enko|chuk)$/u;

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
function demoteSentenceOpeners(candidates: Candidate[], lower: ReadonlySet<string>): void {
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

function isTitleToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'acronym') return TITLE_NOUNS.has(t.norm);
  if (t.kind !== 'word') return false;
  return isTitleNorm(t.norm) || (!t.cap && isAgentNoun(t.norm));
}

function isTitleNorm(norm: string): boolean {
  if (TITLE_NOUNS.has(norm) || HONORIFICS.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length > 1 && TITLE_NOUNS.has(parts[parts.length - 1]!);
}

/** Nouns of people by their ending, lower case only: `baker`, `cyclist`, `electrician`, `dog walker`. */
function isAgentNoun(norm: string): boolean {
  if (norm.length < 5 || STOP_WORDS.has(norm) || CALENDAR.has(norm) || NOT_AGENT_NOUNS.has(norm)) return false;
  return /(?:[^e]er|or|ist|ian)$/u.test(norm);
}

/** Nouns that name companies as often as people: `rail operator Trenline`, `carmaker Autova`. */
const ORG_AGENT_NOUNS = new Set([
  'operator', 'provider', 'carrier', 'retailer', 'manufacturer', 'supplier', 'distributor', 'broadcaster', 'publisher',
  'insurer', 'lender', 'developer', 'producer', 'regulator', 'contractor', 'employer', 'sponsor', 'competitor', 'rival',
  'partner', 'investor', 'shareholder', 'owner', 'co-owner', 'builder', 'exporter', 'importer', 'processor', 'shipper',
  'streamer', 'member', 'founder', 'donor', 'benefactor', 'patron', 'challenger', 'incumbent', 'champion', 'leader',
]);

/** Of those, the ones that name companies far more often than people: no evidence of a person. */
const COMPANY_NOUNS = new Set([
  'operator', 'provider', 'carrier', 'retailer', 'manufacturer', 'supplier', 'distributor', 'broadcaster', 'publisher',
  'insurer', 'lender', 'developer', 'producer', 'contractor', 'employer', 'sponsor', 'competitor', 'exporter', 'importer',
  'processor', 'shipper', 'streamer', 'bidder', 'buyer', 'seller', 'suitor', 'acquirer', 'underwriter', 'consumer',
]);

/** Words with an agent-noun ending that do not name people. */
const NOT_AGENT_NOUNS = new Set([
  'other', 'never', 'over', 'under', 'after', 'water', 'power', 'order', 'number', 'paper', 'letter', 'matter',
  'corner', 'dinner', 'border', 'winter', 'summer', 'later', 'earlier', 'rather', 'together', 'whether', 'either',
  'neither', 'however', 'further', 'former', 'latter', 'error', 'floor', 'door', 'color', 'colour', 'favour', 'favor',
  'labour', 'labor', 'minor', 'mirror', 'interior', 'exterior', 'sector', 'factor', 'motor', 'tractor', 'terror',
  'horror', 'honor', 'honour', 'rumor', 'rumour', 'humor', 'humour', 'flavor', 'flavour', 'behavior', 'behaviour',
  'harbor', 'harbour', 'vapor', 'liquor', 'corridor', 'monitor', 'indicator', 'elevator', 'calculator', 'generator',
  'ancestor', 'weather', 'feather', 'leather', 'shelter', 'theater', 'center', 'filter', 'layer', 'prayer',
  'quarter', 'chapter', 'character', 'master', 'disaster', 'register', 'cluster', 'poster', 'computer', 'counter',
  'remainder', 'reminder', 'answer', 'shoulder', 'finger', 'danger', 'anger', 'hunger', 'tower', 'flower', 'shower',
  'cancer', 'fever', 'silver', 'river', 'lever', 'liver', 'cover', 'offer', 'proper', 'upper', 'lower', 'inner',
  'outer', 'bigger', 'larger', 'smaller', 'longer', 'stronger', 'higher', 'older', 'younger', 'greater', 'better',
  'faster', 'slower', 'closer', 'wider', 'deeper', 'cheaper', 'harder', 'easier', 'another', 'whatever',
  'wherever', 'whenever', 'forever', 'clever', 'sober', 'tender', 'gender', 'calendar', 'timber', 'rubber',
  'amber', 'chamber', 'member', 'meanwhile', 'christian', 'asian', 'indian', 'italian', 'canadian', 'russian',
  'australian', 'brazilian', 'egyptian', 'syrian', 'iranian', 'nigerian', 'norwegian', 'hungarian', 'civilian',
  'median', 'meridian',
]);

function isPlaceWord(norm: string): boolean {
  return norm.split('-').some((p) => PLACES.has(p) || DEMONYMS.has(p));
}

/**
 * A capitalised word before a name that says what the person is rather than naming them:
 * a party or a former team (`Democrat`, `Ex-Yankee`) names a person on its own; a nationality
 * or a `-based` compound (`Belgian`, `Bergamo-based`) also describes teams and companies.
 */
function descriptorKind(t: Token | undefined): 'strong' | 'weak' | null {
  if (!t || t.kind !== 'word' || !t.cap) return null;
  if (PARTY_WORDS.has(t.norm) || /^ex-\p{L}/u.test(t.norm)) return 'strong';
  if (DEMONYMS.has(t.norm) || /-(?:based|controlled|owned|born|led|backed|run|made|listed|registered|funded|linked|held|dominated)$/u.test(t.norm)) return 'weak';
  return null;
}

function isGivenName(norm: string): boolean {
  return GIVEN_NAMES.has(norm) || (norm.includes('-') && GIVEN_NAMES.has(norm.split('-')[0]!));
}

/** `Chancellor of the Exchequer X`, `Secretary of State X`: the title noun before `of (the)`, or -1. */
function ofTitleBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.norm === 'the') k--;
  const of = tokens[k];
  const head = tokens[k - 1];
  if (of?.norm !== 'of' || !head || !head.cap || head.poss || !isTitleNorm(head.norm)) return -1;
  return k - 1;
}

/** `X, 45,` / `X (45)`: an age right after the name. */
function ageAfter(tokens: readonly Token[], last: number): boolean {
  const open = tokens[last + 1];
  const n = tokens[last + 2];
  const close = tokens[last + 3];
  if (!open || !n || !close || n.kind !== 'number' || !/^\d{2,3}$/u.test(n.text)) return false;
  return (open.text === ',' && (close.text === ',' || close.text === '.')) || (open.text === '(' && close.text === ')');
}

/** `Ana Duarte of Chile`: a person is often placed by country. */
function ofPlaceAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 2];
  return tokens[last + 1]?.norm === 'of' && !tokens[last]!.poss && next?.cap === true && (isPlaceWord(next.norm) || PLACE_PHRASES.some((p) => p.startsWith(`${next.norm} `)));
}

/** `Sweden's Lars Ekdahl`: a country's possessive before a name. */
function placeBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && prev.poss && prev.cap && isPlaceWord(prev.norm);
}

/** `he`/`she` later in the sentence (outside quotations, before any other name) or opening the next one. */
function pronounAfter(tokens: readonly Token[], last: number, next: SentenceRef | undefined): boolean {
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

/** Verbs of an inverted attribution, `said Ortega`; not `told`/`asked`, whose next name is the listener. */
/** Nouns after a company's name: `X shares rose`, `X's profit`. */
const COMPANY_AFTER = new Set(['shares', 'stock', 'stocks', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'shareholders', 'stockholders', 'subsidiary', 'bonds', 'plc', 'stake']);
/** Phrases before a company's name: `shares of X`, `a stake in X`, `a unit of X`. */
const COMPANY_BEFORE = /^(?:shares of|stake in|unit of|subsidiary of|takeover of|merger with|bid for|owned by|acquired by|acquisition of)$/u;

function companyContext(tokens: readonly Token[], first: number, last: number): boolean {
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

const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'replied', 'wrote', 'insisted', 'explained']);

/** Rules 2 and 5 for every run of one sentence. */
function candidatesIn(ref: SentenceRef, context: Context, nextRef: SentenceRef | undefined): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ref;
  for (const [start, end] of capitalisedRuns(tokens)) {
    let words: number[] = [];
    for (let k = start; k <= end; k++) if (tokens[k]!.kind === 'word' || isNumeralSuffix(tokens, k) || isInitials(tokens, k)) words.push(k);
    // Rule 2: drop leading function words and dates.
    while (words.length > 0) {
      const t = tokens[words[0]!]!;
      if (STOP_WORDS.has(t.norm) || (CALENDAR.has(t.norm) && !CALENDAR_FIRST_NAMES.has(t.norm))) words.shift();
      else if (words.length > 1 && words[0] === start && start === firstWordIndex(tokens) && context.lower.has(t.norm) && !isTitleToken(t)) words.shift();
      else break;
    }
    // `Sometimes I`: a pronoun or function word does not end a name.
    while (words.length > 0 && STOP_WORDS.has(tokens[words[words.length - 1]!]!.norm)) words.pop();
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

/**
 * Rule 5, title before: honorifics right before the name (`Dr.`), then a title noun and up to
 * four words of its noun phrase (`Chief engineer`, `former Governor`, `water board director`).
 */
interface TitleFound {
  role: string | null;
  honorific: string | null;
  strong: boolean;
  company: boolean;
}

function titleBefore(tokens: readonly Token[], first: number, text: string): TitleFound {
  let k = first - 1;
  let honorific: string | null = null;
  let spacedAfter = tokens[first]!.spaced;
  while (k >= 0 && spacedAfter) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.text === '.' && prev && HONORIFICS.has(prev.norm) && prev.end === t.start) {
      honorific = text.slice(prev.start, t.end);
      spacedAfter = prev.spaced;
      k -= 2;
      continue;
    }
    if (t.kind === 'word' && HONORIFICS.has(t.norm)) {
      honorific = t.text;
      spacedAfter = t.spaced;
      k--;
      continue;
    }
    break;
  }
  if (k < 0 || !spacedAfter) return { role: null, honorific, strong: honorific !== null, company: false };
  let headEnd = tokens[k]!.end;
  // An abbreviated title: `Gov. Smith`, `Sen. Jones`.
  if (tokens[k]!.text === '.' && isTitleToken(tokens[k - 1]) && tokens[k - 1]!.end === tokens[k]!.start) k--;
  const head = tokens[k]!;
  const descriptor = descriptorKind(head) ?? (head.cap && TITLE_MODIFIERS.has(tokens[k - 1]?.norm ?? '') && tokens[k - 1]!.cap ? 'strong' : null);
  if ((!isTitleToken(head) && !descriptor) || HONORIFICS.has(head.norm) || head.poss) return { role: null, honorific, strong: honorific !== null, company: false };
  if (head.text === '.') headEnd = head.end;
  // Walk left over the role's noun phrase: capitalised words, acronyms, title words and
  // possessives anywhere; plain lower-case nouns only as a compound right before the title
  // (`port authority's director`, `union leader`), at most two of them.
  let start = k;
  let extra = 0;
  let compound = 0;
  let inCompound = true;
  let boundary: Token | undefined;
  for (let j = k - 1; j >= 0 && extra < 5; j--) {
    const t = tokens[j]!;
    boundary = t;
    if (!tokens[j + 1]!.spaced || t.quoted !== head.quoted) break;
    if (t.kind === 'acronym') {
      start = j;
      extra++;
      inCompound = false;
      continue;
    }
    if (t.kind !== 'word' || !mayModifyTitle(t)) break;
    const listed = t.cap || TITLE_MODIFIERS.has(t.norm) || isTitleToken(t);
    if (!listed && !t.poss) {
      if (!inCompound || compound >= 2) break;
      compound++;
    } else if (!t.poss) {
      inCompound = false;
    }
    start = j;
    extra++;
    boundary = undefined;
  }
  // `told reporters union leader X`: a compound after a verb loses its first word.
  if (boundary && compound > 0 && boundary.kind === 'word' && !STOP_WORDS.has(boundary.norm) && !DETERMINERS.has(boundary.norm)) {
    const first = tokens[start]!;
    if (!first.cap && !TITLE_MODIFIERS.has(first.norm) && !isTitleToken(first) && start < k) start++;
  }
  const strong = honorific !== null || descriptor === 'strong' || (isTitleNorm(head.norm) && !ORG_AGENT_NOUNS.has(head.norm) && !/maker$/u.test(head.norm));
  return { role: text.slice(tokens[start]!.start, headEnd), honorific, strong, company: COMPANY_NOUNS.has(head.norm) || /maker$/u.test(head.norm) };
}

/** `Secretary of State`: the title before `of`, with its own modifiers, up to the last title word. */
function longTitle(tokens: readonly Token[], head: number, end: number, text: string): TitleFound {
  const before = titleBefore(tokens, head + 1, text);
  const start = before.role !== null ? text.lastIndexOf(before.role, tokens[head]!.end) : tokens[head]!.start;
  return { role: text.slice(start >= 0 ? start : tokens[head]!.start, tokens[end]!.end), honorific: null, strong: true, company: false };
}

/** Month and season names that are also names: `April Ryan`, `Theresa May`, `Jan Kowal`. */
const CALENDAR_FIRST_NAMES = new Set(['may', 'june', 'april', 'august', 'jan', 'jun', 'summer', 'autumn', 'winter']);

/** Organisation and place words that are also common surnames: `Ana Hill`, `Grace Park`, `Tom Hall`. */
const SURNAME_PLACE_WORDS = new Set([
  'hill', 'park', 'hall', 'lane', 'church', 'wood', 'woods', 'field', 'fields', 'ford', 'brook', 'rivers', 'marsh',
  'bridge', 'bridges', 'house', 'mill', 'mills', 'cross', 'gates', 'banks', 'grove', 'castle', 'king',
]);

/** Places that are also common first names: `Jordan Peterson`, `Georgia Brown`. */
const PLACE_FIRST_NAMES = new Set(['milan', 'jordan', 'chad', 'georgia', 'india', 'virginia', 'florence', 'israel', 'kenya', 'dakota', 'carolina', 'sydney', 'austin', 'victoria']);

const NOT_ADVERBS = new Set(['family', 'italy', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'assembly']);

function mayModifyTitle(t: Token): boolean {
  const n = t.norm;
  if (TITLE_MODIFIERS.has(n) || TITLE_NOUNS.has(n)) return true;
  if (DETERMINERS.has(n) || STOP_WORDS.has(n)) return false;
  if (CLAIM_VERBS.has(n) || CLAIM_PARTICIPLES.has(n)) return false;
  if (/(ed|ing)$/u.test(n) && !ROLE_PARTICIPLES.has(n)) return false;
  if (/ly$/u.test(n) && !NOT_ADVERBS.has(n)) return false;
  return true;
}

/** Rule 5, apposition after: `X, the director of …,` / `X, who chairs …,` / `X, 45, a nurse,`. */
function appositionAfter(tokens: readonly Token[], last: number, text: string): Apposition | null {
  const lastTok = tokens[last]!;
  const comma = tokens[last + 1];
  if (lastTok.poss || !comma || comma.text !== ',') return null;
  // `"… for Eastport," Mayor Lind said`: a quotation closing after the comma ends the clause.
  const next = tokens[last + 2];
  if (!next || next.kind === 'punct' || next.quoted !== lastTok.quoted) return null;
  const rest = text.slice(comma.end).trimStart().replace(/^\d{1,3},\s*/u, '');
  const segment = (/^[^,;:()\u2014\u2013]*/u.exec(rest)?.[0] ?? '').replace(/[\s.!?"\u201D]+$/u, '').trim();
  if (!segment) return null;
  let m = /^who\s+(?:is|was|has been|had been|is now|was then|serves as|served as|works as|worked as|acts as)\s+(.+)$/iu.exec(segment);
  if (m) return roleNounPhrase(m[1]!, true);
  m = /^who\s+(\S+)\s+(.+)$/iu.exec(segment);
  if (m) return ROLE_VERBS.has(fold(m[1]!)) ? { text: `${m[1]} ${m[2]}`, relative: true } : null;
  return roleNounPhrase(segment, false);
}

interface Apposition {
  text: string;
  /** A `who …` clause: joined to a title as `Professor who chairs …`. */
  relative: boolean;
}

/** A noun phrase that names a role: it opens with a determiner, a title word or a possessive and holds a title noun. */
function roleNounPhrase(phrase: string, afterWho: boolean): Apposition | null {
  const words = phrase.split(/\s+/u);
  if (words.length > 16) return null;
  const tokens = phraseNorms(phrase);
  const opener = tokens[0] ?? '';
  const opensWell =
    afterWho ||
    /^(the|a|an|his|her|their|its)$/u.test(opener) ||
    TITLE_MODIFIERS.has(opener) ||
    isTitleNorm(opener) ||
    /^\p{Lu}[\p{L}\p{M}.\-]*(\s+\p{Lu}[\p{L}\p{M}.\-]*)*['\u2019]s\s/u.test(phrase);
  if (!opensWell) return null;
  // A role holds a title noun early and no reporting verb: `the board, which voted …` and
  // `Mayor Lind told reporters` are not roles.
  if (tokens.some((n) => CLAIM_VERBS.has(n) && /(ed|^said|^says|^told|^tells|^wrote|^writes)$/u.test(n))) return null;
  let hasTitle = false;
  for (const n of tokens.slice(0, 8)) {
    if (isTitleNorm(n) || isAgentNoun(n)) {
      hasTitle = true;
      break;
    }
    if (/^(is|are|was|were|has|have|had|will|would)$/u.test(n)) return null;
  }
  if (!hasTitle) return null;
  return { text: phrase.replace(/^(?:the|a|an)\s+/iu, ''), relative: false };
}

/**
 * Rule 5, apposition before: a noun phrase naming a role, then a comma, then the name
 * (`The water board's director, Ola Lind, said`, `the chair of the residents'
 * association, Piotr Byrne, said`). The phrase opens with a determiner or a possessive and
 * holds a title noun within its first words.
 */
function appositionBefore(tokens: readonly Token[], nameStart: number, last: number, text: string): Apposition | null {
  // A courtesy title before the name belongs to it: `Its chief executive, Dr. Samuel Whitfield,`.
  let first = nameStart;
  for (;;) {
    const prev = tokens[first - 1];
    if (prev?.text === '.' && HONORIFICS.has(tokens[first - 2]?.norm ?? '')) first -= 2;
    else if (prev?.kind === 'word' && HONORIFICS.has(prev.norm)) first -= 1;
    else break;
  }
  const comma = tokens[first - 1];
  if (!comma || comma.text !== ',' || first < 2) return null;
  const after = tokens[last + 1];
  if (after && after.kind !== 'punct' && !CLAIM_VERBS.has(after.norm)) return null;
  let start = first - 1;
  for (let j = first - 2; j >= 0 && first - 2 - j < 14; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.quoted !== tokens[nameStart]!.quoted) break;
    if (CLAIM_VERBS.has(t.norm) && !t.cap) return null;
    start = j;
  }
  if (start > first - 2) return null;
  const opener = tokens[start]!;
  const determiner = /^(the|a|an|its|their|his|her|our)$/u.test(opener.norm);
  if (!determiner && !opener.cap && !isTitleToken(opener)) return null;
  // The title noun comes early, before any function word other than `of`/`for`.
  let hasTitle = false;
  for (let j = determiner ? start + 1 : start; j <= first - 2 && j <= start + 5; j++) {
    const t = tokens[j]!;
    if (isTitleToken(t) && !t.poss) {
      hasTitle = true;
      break;
    }
    if (t.kind === 'word' && STOP_WORDS.has(t.norm)) break;
  }
  if (!hasTitle) return null;
  const phrase = text.slice(opener.start, tokens[first - 2]!.end + possessiveLength(tokens[first - 2]!, text)).replace(/^(?:the|a|an|their|his|her|its|our)\s+/iu, '');
  return phrase ? { text: phrase, relative: false } : null;
}

function possessiveLength(t: Token, text: string): number {
  if (!t.poss) return 0;
  return /^['\u2019]s/u.test(text.slice(t.end)) ? 2 : 1;
}

/** Rule 5: how a title before the name and an apposition combine. */
function combineRoles(title: string | null, apposition: Apposition | null): string | null {
  if (!apposition) return title;
  if (!title) return apposition.text;
  if (fold(apposition.text).includes(fold(title))) return apposition.text;
  return apposition.relative ? `${title} who ${apposition.text}` : `${title}, ${apposition.text}`;
}

/** Rule 3 for one group of candidates with the same first and last word. */
function isPersonGroup(list: readonly Candidate[], context: Context): boolean {
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

function singleIsNotName(norm: string, c: Candidate, context: Context): boolean {
  return ORG_WORDS.has(norm) || CALENDAR.has(norm) || isPlaceWord(norm) || STOP_WORDS.has(norm) || PARTY_WORDS.has(norm) || isTitleNorm(norm) || context.headings.has(norm) || c.before === 'the' || c.before === 'org';
}

function newDraft(first: Candidate, occurrences: Candidate[]): Draft {
  return {
    name: first.surface,
    norms: first.norms,
    first: first.norms[0]!,
    last: fold(lastWord(first.surface)),
    forms: [...new Set(occurrences.map((o) => o.surface))],
    occurrences: [...occurrences],
    extraAliases: [],
    hinted: false,
    hintRole: null,
  };
}

/** Count mentions with one matcher pass, pick roles and aliases, sort. */
function finish(drafts: Draft[], sentences: readonly SentenceRef[], context: Context): Person[] {
  // One-word forms: every surname, and a first name nobody else shares.
  const firstCount = new Map<string, number>();
  for (const d of drafts) {
    if (d.norms.length > 1) firstCount.set(d.first, (firstCount.get(d.first) ?? 0) + 1);
  }
  const surnames = new Set(drafts.map((d) => d.last));
  const targets = drafts.map((d, id) => {
    const forms = [...d.forms];
    if (d.norms.length > 1) {
      forms.push(lastWord(d.name));
      const particled = particleSurname(d.name);
      if (particled) forms.push(particled);
      const firstName = d.first;
      const usable =
        firstCount.get(firstName) === 1 &&
        !surnames.has(firstName) &&
        firstName.length > 1 &&
        !STOP_WORDS.has(firstName) &&
        !CALENDAR.has(firstName) &&
        !ORG_WORDS.has(firstName) &&
        !isTitleNorm(firstName) &&
        !context.lower.has(firstName);
      if (usable) forms.push(firstWord(d.name));
    }
    return { id, forms };
  });
  const matcher = new MentionMatcher(targets, (norm) => context.lower.has(norm) || STOP_WORDS.has(norm));
  const stats = drafts.map(() => ({
    mentions: 0,
    paragraphs: new Set<number>(),
    intro: null as { paragraph: number; sentence: number; order: number } | null,
    surfaces: new Set<string>(),
  }));
  let order = 0;
  for (const s of sentences) {
    for (const m of matcher.find(s.tokens)) {
      const st = stats[m.id]!;
      st.mentions++;
      st.paragraphs.add(s.paragraph);
      st.intro ??= { paragraph: s.paragraph, sentence: s.sentence, order: order + m.first / 1000 };
      st.surfaces.add(s.text.slice(s.tokens[m.first]!.start, s.tokens[m.last]!.end));
    }
    order++;
  }

  const people = drafts.map((d, id) => {
    const st = stats[id]!;
    const occurrences = [...d.occurrences].sort((a, b) => a.ref.paragraph - b.ref.paragraph || a.ref.sentence - b.ref.sentence || a.first - b.first);
    const role = d.hintRole ?? occurrences.find((o) => o.role !== null)?.role ?? null;
    const aliases = new Set<string>();
    for (const surface of st.surfaces) aliases.add(surface);
    for (const o of occurrences) if (o.honorific) aliases.add(`${o.honorific} ${o.surface}`);
    for (const a of d.extraAliases) aliases.add(a);
    const person: Person = {
      name: d.name,
      role,
      aliases: [...aliases].filter((a) => a !== d.name),
      mentions: st.mentions,
      intro: st.intro ? { paragraph: st.intro.paragraph, sentence: st.intro.sentence } : { paragraph: sentences[0]?.paragraph ?? 1, sentence: 0 },
      paragraphs: [...st.paragraphs].sort((a, b) => a - b),
    };
    return { person, keep: st.mentions > 0 || d.hinted, order: st.intro?.order ?? Number.MAX_SAFE_INTEGER };
  });
  return people
    .filter((p) => p.keep)
    .sort((a, b) => b.person.mentions - a.person.mentions || a.order - b.order)
    .map((p) => p.person);
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length >= longer.length) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((n, i) => longer[offset + i] === n);
}

/** The surname with its particles, when it has any: `van der Berg`. */
function particleSurname(name: string): string | null {
  const words = name.split(/\s+/u);
  let i = words.length - 1;
  while (i > 1 && NAME_PARTICLES.has(fold(words[i - 1]!))) i--;
  return i < words.length - 1 ? words.slice(i).join(' ') : null;
}

/** The surname: the last word, before a numeral or generational suffix (`Henry VIII`, `Tom King Jr`). */
function lastWord(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) return words[words.length - 2]!;
  return words[words.length - 1]!;
}

const NAME_SUFFIX = /^(?:[IVX]{2,4}|Jr\.?|Sr\.?)$/u;

function firstWord(name: string): string {
  return name.split(/\s+/u)[0]!;
}
