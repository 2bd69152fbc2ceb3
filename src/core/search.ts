/**
 * The one place that configures MiniSearch: how text becomes terms, which fields count and
 * how much, and the default search options. Every option carries its reason.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { stemmer } from 'stemmer';
import type { Corpus, Passage } from './corpus.ts';
import { termData } from './index-internals.ts';
import { retrieve, type RetrieveOptions, type SearchWeights } from './retrieve.ts';
import { fold } from './text.ts';

/** What is indexed for one paragraph. `id` is the passage's position in the corpus. */
export interface PassageDoc {
  id: number;
  text: string;
  section: string;
  title: string;
}

// Acronyms with dots (U.S., a.m.), numbers with separators (1,200 and 3.5), then words
// with an optional possessive. Hyphens split words: `Vice-President` is two terms.
const TOKEN = /\p{L}(?:\.\p{L})+\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['\u2019]\p{L}{0,2})?/gu;

// Multi-word names that people also write as one short form; indexed as both.
const PHRASES: Array<[string[], string]> = [
  [['united', 'states'], 'us'],
  [['united', 'kingdom'], 'uk'],
  [['european', 'union'], 'eu'],
  [['united', 'nations'], 'un'],
];

/** Split text into raw tokens, adding the short form of known phrases. */
export function tokenize(text: string): string[] {
  const tokens: string[] = text.match(TOKEN) ?? [];
  const extra: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = fold(tokens[i]!);
    for (const [phrase, short] of PHRASES) {
      if (phrase[0] === a && phrase[1] === fold(tokens[i + 1]!)) extra.push(short.toUpperCase());
    }
  }
  return extra.length ? tokens.concat(extra) : tokens;
}

// Common English function words: they match everywhere, so they only add noise and cost
// (their posting lists are the longest in the index).
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves also according said says may might must shall within upon amid per via
  s t us don should've let's it's`.split(/\s+/),
);

// Stemming dominates indexing time, and news prose repeats its words: remember each
// token's term. Bounded, because a long-running bot sees new words forever.
const TERM_CACHE = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

/** Turn one raw token into an index term, or null to skip it. Used for documents and queries alike. */
export function processTerm(raw: string): string | null {
  const known = TERM_CACHE.get(raw);
  if (known !== undefined) return known;
  const term = computeTerm(raw);
  if (TERM_CACHE.size >= TERM_CACHE_LIMIT) TERM_CACHE.clear();
  TERM_CACHE.set(raw, term);
  return term;
}

function computeTerm(raw: string): string | null {
  // `U.S.` and `US` are acronyms, not the pronoun `us`: keep them, lower-cased and undotted.
  if (/^\p{L}(\.\p{L})+\.?$/u.test(raw) || (/^\p{Lu}{2,5}$/u.test(raw))) {
    return fold(raw.replace(/\./g, ''));
  }
  let term = fold(raw).replace(/['\u2019](s)?$/u, '');
  if (/^\p{N}/u.test(term)) return term.replace(/,/g, '');
  if (term.length < 2 || STOP_WORDS.has(term)) return null;
  term = term.replace(/['\u2019]/g, '');
  term = IRREGULAR.get(term) ?? term;
  if (term.length <= 3) return term;
  const stem = stemmer(term);
  // `used` and `uses` stem to `us`, which is the acronym's term (U.S.): keep them apart.
  return stem === 'us' ? 'use' : stem;
}

// Past forms a stemmer cannot relate to their verb (`led` -> `lead`). Forms that are also
// common words of their own (`found`, `left`, `saw`) are left alone.
const IRREGULAR = new Map(
  `led:lead paid:pay spent:spend made:make took:take taken:take held:hold met:meet won:win lost:lose told:tell
  began:begin begun:begin came:come went:go gone:go built:build sold:sell bought:buy brought:bring fell:fall fallen:fall
  rose:rise risen:rise kept:keep thought:think gave:give given:give wrote:write written:write chose:choose chosen:choose
  drove:drive driven:drive ran:run sent:send struck:strike fought:fight taught:teach caught:catch stood:stand meant:mean
  felt:feel heard:hear grew:grow grown:grow knew:know known:know drew:draw drawn:draw threw:throw thrown:throw shown:show
  spoke:speak spoken:speak broke:break broken:break froze:freeze frozen:freeze hid:hide hidden:hide sought:seek
  became:become forbade:forbid forbidden:forbid flew:fly flown:fly ate:eat eaten:eat children:child women:woman men:man
  people:person`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

// A few general equivalences people use interchangeably in questions about news.
const SYNONYM_GROUPS = [
  ['found', 'establish', 'create', 'form', 'launch', 'start'],
  ['leave', 'exit', 'withdraw', 'withdrawal', 'quit', 'pull'],
  ['us', 'usa', 'america', 'american'],
  ['cancel', 'scrap', 'postpone'],
  ['cost', 'spend', 'price', 'fund', 'budget', 'pay'],
  ['country', 'nation'],
  ['weather', 'storm', 'rain', 'flood', 'forecast', 'wind', 'snow'],
  ['lead', 'head', 'chair', 'run'],
  ['member', 'membership'],
  ['support', 'back', 'favour', 'favor', 'advocate', 'endorse'],
  ['oppose', 'object', 'criticize', 'criticise', 'against'],
  ['strike', 'walkout', 'stoppage'],
  ['consequence', 'impact', 'implication', 'effect'],
  ['spread', 'extend', 'expand', 'widen'],
  ['home', 'house', 'housing', 'flat', 'apartment'],
  ['kill', 'die', 'death', 'dead'],
  ['begin', 'start', 'open'],
  ['end', 'finish', 'close'],
  ['criticize', 'criticise', 'accuse', 'condemn', 'blame'],
  ['refund', 'reimburse', 'repay'],
  ['describe', 'characterize', 'characterise', 'portray', 'label', 'dub'],
  ['war', 'conflict', 'fighting', 'hostilities'],
].map((group) => group.map((word) => processTerm(word) ?? word));

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const term of group) SYNONYMS.set(term, [...new Set([...(SYNONYMS.get(term) ?? []), ...group.filter((t) => t !== term)])]);
}

/** Query terms of a question: its own (weight 1) and general synonyms (weight below 1). */
export function queryTerms(question: string): Map<string, number> {
  return conceptTerms(question).weights;
}

/**
 * Query terms with the word each stands for: a synonym belongs to the reader's word, so a
 * passage matching two synonyms of one word has matched one idea, not two.
 */
export function conceptTerms(question: string): { weights: Map<string, number>; concept: Map<string, string> } {
  const weights = new Map<string, number>();
  const concept = new Map<string, string>();
  for (const token of tokenize(question)) {
    const term = processTerm(token);
    if (term && !FRAME_WORDS.has(term)) {
      weights.set(term, 1);
      concept.set(term, term);
    }
  }
  for (const term of [...weights.keys()]) {
    for (const synonym of SYNONYMS.get(term) ?? []) {
      if (weights.has(synonym)) continue;
      weights.set(synonym, SYNONYM_WEIGHT);
      concept.set(synonym, term);
    }
  }
  return { weights, concept };
}

/**
 * Two asked words the articles write as one (`Sky Drive` for `SkyDrive`, `data base`): the joined
 * word becomes a query term of its own. Only joins the index knows are added.
 */
export function addCompounds(corpus: Corpus, question: string, weights: Map<string, number>, concept: Map<string, string>): void {
  const tokens = tokenize(question);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const joined = processTerm(`${tokens[i]}${tokens[i + 1]}`);
    if (!joined || weights.has(joined) || documentFrequency(corpus, joined) === 0) continue;
    weights.set(joined, 1);
    concept.set(joined, joined);
  }
}

// Words that frame a question rather than name its topic ("what did X say about Y").
const FRAME_WORDS = new Set(['say', 'tell', 'mention', 'talk', 'know', 'happen'].map((w) => processTerm(w) ?? w));

/** A synonym is evidence, but weaker than the word the reader chose. */
const SYNONYM_WEIGHT = 0.6;

/** Every MiniSearch option, with its reason. */
export const indexOptions: Options<PassageDoc> = {
  fields: ['text', 'section', 'title'],
  // Passages live in the corpus; storing them again in the index would double the memory.
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: searchDefaults(),
};

function searchDefaults(): SearchOptions {
  return {
    // A word in the title or section heading says more about the passage than one in its body,
    // but the body still decides: headings repeat across many passages.
    boost: { text: 1, section: 1.5, title: 1.2 },
    // Typo tolerance only for longer words: short words have too many neighbours.
    // Two edits turn `traction` into `action`: only very long words get them.
    fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
    maxFuzzy: 2,
    // Prefixes let `negotiat` find `negotiations`; short prefixes match too much to help.
    prefix: (term) => term.length >= 4,
    weights: { fuzzy: 0.25, prefix: 0.4 },
    combineWith: 'OR',
  };
}

export type PassageIndex = MiniSearch<PassageDoc>;

export function createIndex(): PassageIndex {
  return new MiniSearch<PassageDoc>(indexOptions);
}

/**
 * Passages of the corpus containing `term` in their most frequent field (see `indexFrequency`):
 * each field's count is summed over the parts first, so a split corpus counts as one.
 */
export function documentFrequency(corpus: Corpus, term: string): number {
  if (corpus.parts.length === 1) return indexFrequency(corpus.parts[0]!.index, term);
  const perField: number[] = [];
  for (const part of corpus.parts) {
    for (const [field, docs] of termData(part.index, term) ?? []) perField[field] = (perField[field] ?? 0) + docs.size;
  }
  let most = 0;
  for (const n of perField) if (n !== undefined && n > most) most = n;
  return most;
}

/** Passages containing `term` in their most frequent field: the length of its posting list. */
export function indexFrequency(index: PassageIndex, term: string): number {
  let most = 0;
  for (const docs of termData(index, term)?.values() ?? []) most = Math.max(most, docs.size);
  return most;
}

/** A term in more than this share of passages says little and costs most (its posting list is the longest)… */
const COMMON_SHARE = 0.08;
/** Synonyms found in more than this share of passages are not searched. */
const SYNONYM_SHARE = 0.02;
/** …but in a small collection every term is "common", so below this many passages nothing is dropped. */
const COMMON_MIN_PASSAGES = 400;

export interface QueryPlan {
  /** Terms sent to MiniSearch, with their weight. */
  search: Map<string, number>;
  /** Terms left out of the search because they are everywhere; still worth something in an excerpt. */
  common: Set<string>;
  /** Terms the index does not have as such: only these get typo tolerance and prefix matching. */
  unknown: Set<string>;
}

/**
 * Decide how each query term is searched. A term the index knows is matched exactly (its
 * fuzzy and prefix neighbours would only add noise and long posting lists); an unknown one
 * gets typo tolerance and prefix matching. Synonyms the index lacks are dropped, and
 * terms found in a large share of passages are left out when rarer terms remain.
 */
export function planQuery(corpus: Corpus, terms: Map<string, number>): QueryPlan {
  const passages = corpus.passageCount;
  const search = new Map<string, number>();
  const unknown = new Set<string>();
  const frequency = new Map<string, number>();
  for (const [term, weight] of terms) {
    const df = documentFrequency(corpus, term);
    frequency.set(term, df);
    // A synonym is worth its cost only when it is rare: a common one floods the results.
    if (weight < 1 && (df === 0 || df > Math.max(COMMON_MIN_PASSAGES, passages * SYNONYM_SHARE))) continue;
    if (df === 0) unknown.add(term);
    search.set(term, weight);
  }
  const common = new Set<string>();
  const limit = Math.max(COMMON_MIN_PASSAGES, passages * COMMON_SHARE);
  const rare = [...search.keys()].filter((t) => (frequency.get(t) ?? 0) <= limit && (search.get(t) ?? 0) >= 1);
  if (rare.length > 0) {
    for (const t of [...search.keys()]) {
      if ((frequency.get(t) ?? 0) > limit) {
        search.delete(t);
        common.add(t);
      }
    }
  }
  return { search, common, unknown };
}

/** A passage MiniSearch found, with its score and the index terms it matched. */
export interface Hit {
  passage: Passage;
  score: number;
  terms: string[];
}

/**
 * The passages of the corpus that match a query plan, best first: the visible ones, of the
 * `within` articles when given, at most `limit` of them (see retrieve.ts).
 */
export function searchPassages(corpus: Corpus, plan: QueryPlan, options: RetrieveOptions = {}): Hit[] {
  return retrieve(corpus, plan, SEARCH_WEIGHTS, options);
}

const SEARCH_WEIGHTS: SearchWeights = (() => {
  const defaults = searchDefaults();
  return {
    boost: defaults.boost!,
    fuzzyWeight: defaults.weights!.fuzzy!,
    prefixWeight: defaults.weights!.prefix!,
    fuzzy: defaults.fuzzy as (term: string) => number | false,
    prefix: defaults.prefix as (term: string) => boolean,
  };
})();

/** Index terms within `edits` of `term` (typo tolerance), over every part. */
export function nearTerms(corpus: Corpus, term: string, edits: number): string[] {
  const found = new Set<string>();
  for (const part of corpus.parts) {
    const hits = part.index.search(term, { tokenize: (q) => [q], processTerm: (t) => t, fuzzy: edits, maxFuzzy: edits, prefix: false });
    for (const h of hits.slice(0, 20)) for (const t of h.terms) found.add(t);
  }
  return [...found];
}

/** A passage holding the index term exactly, if any. */
export function passageWith(corpus: Corpus, term: string): Passage | null {
  for (const part of corpus.parts) {
    const hit = part.index.search(term, { tokenize: (q) => [q], processTerm: (t) => t, fuzzy: false, prefix: false })[0];
    if (hit) return part.passages[hit.id as number]!;
  }
  return null;
}

/** The options of `searchPassages`, exposed so benchmarks can time the bare MiniSearch call. */
export function rawSearchOptions(plan: QueryPlan, filter?: (id: number) => boolean): SearchOptions {
  const defaults = searchDefaults();
  const fuzzy = defaults.fuzzy as (term: string) => number | false;
  const prefix = defaults.prefix as (term: string) => boolean;
  return {
    // Terms are processed already; processing them again would stem stems.
    tokenize: (q) => q.split(' '),
    processTerm: (t) => t,
    fuzzy: (term) => (plan.unknown.has(term) ? fuzzy(term) : false),
    prefix: (term) => plan.unknown.has(term) && prefix(term),
    boostTerm: (term) => plan.search.get(term) ?? 1,
    ...(filter ? { filter: (r) => filter(r.id as number) } : {}),
  };
}

/**
 * The spans of `text` whose term is one of `terms` (highlighting): `termSpans` filtered, but a
 * token is stemmed only when its first letter can begin one of them. A term begins with its
 * token's folded first letter, but for the irregular forms (`went` → `go`), whose letters are added.
 */
export function spansOf(text: string, terms: ReadonlySet<string>): Array<{ term: string; start: number; end: number }> {
  const initials = new Set<string>();
  for (const term of terms) {
    initials.add(term[0]!);
    for (const form of FORMS_OF.get(term) ?? []) initials.add(form[0]!);
  }
  const spans: Array<{ term: string; start: number; end: number }> = [];
  for (const match of text.matchAll(TOKEN)) {
    const code = match[0].charCodeAt(0);
    // ASCII letters and digits fold by lower-casing alone; anything else goes through fold.
    const first = code < 128 ? String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) : (fold(String.fromCodePoint(match[0].codePointAt(0)!))[0] ?? '');
    if (!initials.has(first)) continue;
    const term = processTerm(match[0]);
    if (term && terms.has(term)) spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Irregular forms by the term they stand for. */
const FORMS_OF = new Map<string, string[]>();
for (const form of IRREGULAR.keys()) {
  const term = processTerm(form);
  if (term) FORMS_OF.set(term, [...(FORMS_OF.get(term) ?? []), form]);
}

/** Terms of a piece of text, with where each raw token sits, for excerpt scoring and highlighting. */
export function termSpans(text: string): Array<{ term: string; start: number; end: number }> {
  const spans: Array<{ term: string; start: number; end: number }> = [];
  for (const match of text.matchAll(TOKEN)) {
    const term = processTerm(match[0]);
    if (term) spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
