/**
 * The one place that configures MiniSearch: how text becomes terms, which fields count and
 * how much, and the default search options. Every option carries its reason.
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
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

/** Turn one raw token into an index term, or null to skip it. Used for documents and queries alike. */
export function processTerm(raw: string): string | null {
  // `U.S.` and `US` are acronyms, not the pronoun `us`: keep them, lower-cased and undotted.
  if (/^\p{L}(\.\p{L})+\.?$/u.test(raw) || (/^\p{Lu}{2,5}$/u.test(raw))) {
    return fold(raw.replace(/\./g, ''));
  }
  let term = fold(raw).replace(/['\u2019](s)?$/u, '');
  if (/^\p{N}/u.test(term)) return term.replace(/,/g, '');
  if (term.length < 2 || STOP_WORDS.has(term)) return null;
  term = term.replace(/['\u2019]/g, '');
  term = IRREGULAR.get(term) ?? term;
  return term.length > 3 ? stemmer(term) : term;
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
  ['cancel', 'call off', 'scrap'],
  ['cost', 'spend', 'price', 'fund', 'budget', 'pay'],
  ['country', 'nation'],
  ['weather', 'storm', 'rain', 'flood', 'forecast', 'wind', 'snow'],
  ['lead', 'head', 'chair', 'run'],
  ['member', 'membership'],
  ['support', 'back', 'favour', 'favor', 'advocate', 'endorse'],
  ['oppose', 'object', 'criticize', 'criticise', 'against'],
  ['say', 'announce', 'declare'],
  ['kill', 'die', 'death', 'dead'],
  ['begin', 'start', 'open'],
  ['end', 'finish', 'close'],
  ['criticize', 'criticise', 'accuse', 'condemn', 'blame'],
  ['refund', 'reimburse', 'money back'],
].map((group) => group.flatMap((word) => word.split(' ')).map((word) => processTerm(word) ?? word));

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const term of group) SYNONYMS.set(term, [...new Set([...(SYNONYMS.get(term) ?? []), ...group.filter((t) => t !== term)])]);
}

/** Query terms of a question: its own (weight 1) and general synonyms (weight below 1). */
export function queryTerms(question: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const token of tokenize(question)) {
    const term = processTerm(token);
    if (term) terms.set(term, 1);
  }
  for (const term of [...terms.keys()]) {
    for (const synonym of SYNONYMS.get(term) ?? []) if (!terms.has(synonym)) terms.set(synonym, SYNONYM_WEIGHT);
  }
  return terms;
}

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

/** Search with the weighted query terms of `queryTerms`. */
export function searchPassages(
  index: PassageIndex,
  terms: Map<string, number>,
  filter?: (id: number) => boolean,
): SearchResult[] {
  const list = [...terms.keys()];
  if (list.length === 0) return [];
  return index.search(list.join(' '), {
    // Terms are processed already; processing them again would stem stems.
    tokenize: (q) => q.split(' '),
    processTerm: (t) => t,
    boostTerm: (term) => terms.get(term) ?? 1,
    ...(filter ? { filter: (r) => filter(r.id as number) } : {}),
  });
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
