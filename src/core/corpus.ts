/**
 * Everything answers need, built once from a list of articles: the passages, their index,
 * and what /who, /claims and /next find in each article. A Corpus is never mutated; a
 * reload builds a new one beside it.
 */
import { extractClaims, type Claim } from './claims.ts';
import { extractOutlook, type Outlook } from './outlook.ts';
import { extractOrganisations, type Organisation } from './organisations.ts';
import { idsArePositions } from './index-internals.ts';
import { NameIndex } from './name-index.ts';
import { extractPeople, type Person } from './people.ts';
import { createIndex, type PassageDoc, type PassageIndex } from './search.ts';
import { fold } from './text.ts';
import type { Article, Paragraph } from './types.ts';

export interface Passage {
  id: number;
  article: Article;
  paragraph: Paragraph;
}

/** What /who, /claims and /next find in one article, computed once when it is loaded. */
export interface Extracted {
  people: Person[];
  organisations: Organisation[];
  claims: Claim[];
  outlook: Outlook[];
}

/**
 * One immutable, indexed set of articles: a shelf, or one segment of a large shelf. Passage ids
 * are positions in `passages` and MiniSearch document ids of `index`, local to the part.
 */
export interface Part {
  articles: Article[];
  byId: Map<string, Article>;
  passages: Passage[];
  index: PassageIndex;
  extracted: Map<string, Extracted>;
  /**
   * Listings computed once, so /who, /claims and autocomplete cost a lookup, not a scan. Made
   * when first read: a start from the cache serves before every segment's are made.
   */
  readonly lists: Listings;
}

/** Read access by article id (a Map, or several parts looked up in turn). */
export interface Lookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

/**
 * What one reader may see: one or more parts, searched and listed as one (a server's own shelf
 * and the shared shelf's segments). Nothing is copied from the parts: combined lists are made
 * the first time they are read.
 */
export interface Corpus {
  readonly parts: readonly Part[];
  /** Every visible article, in id order. */
  readonly articles: readonly Article[];
  readonly passageCount: number;
  readonly byId: Lookup<Article>;
  readonly extracted: Lookup<Extracted>;
  readonly lists: CorpusLists;
  /** Whether the passage's article is visible here (a server's own article hides a shared one with its id). */
  visible(passage: Passage): boolean;
}

/** The listings of a Corpus: those of its parts, combined. */
export interface CorpusLists {
  readonly people: readonly PersonEntry[];
  readonly personNames: readonly Named[];
  readonly claimants: readonly Named[];
  readonly articleChoices: ReadonlyArray<Named & { id: string; title: string }>;
  readonly peopleOf: Lookup<PersonEntry[]>;
  readonly peopleByWord: Lookup<PersonEntry[]>;
  readonly peopleByName: { find(words: string[]): PersonEntry[] };
}

export interface Listings {
  /** Every person of every article, most mentioned first, with their names folded for lookup. */
  people: PersonEntry[];
  /** Distinct person names and claimants, with their folded form for matching. */
  personNames: Named[];
  claimants: Named[];
  /** Article choices (`Title (id)` → id); `folded` holds the folded title, id and id words. */
  articleChoices: Array<Named & { id: string; title: string }>;
  /** People by article id, most mentioned first. */
  peopleOf: Map<string, PersonEntry[]>;
  /** People by each folded word of their names and aliases (`lefevre` → Anaïs Lefèvre). */
  peopleByWord: Map<string, PersonEntry[]>;
  /** `people` by any part of their folded names, for `/who name:`. */
  peopleByName: NameIndex<PersonEntry>;
}

export interface PersonEntry {
  article: Article;
  /** The article's position in its part (parts keep id order, so across parts compare ids). */
  order: number;
  person: Person;
  /** Folded name and aliases, space-separated. */
  forms: string;
}

export interface Named {
  name: string;
  folded: string;
}

export function extract(article: Article): Extracted {
  const people = extractPeople(article);
  return { people, organisations: extractOrganisations(article, people), claims: extractClaims(article, people), outlook: extractOutlook(article) };
}

/** Articles in corpus order (by id): passage ids, and so index document ids, follow it. */
export function sortArticles(input: Article[]): Article[] {
  return [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the index holds for each passage, in corpus order. */
export function passageDocs(sorted: Article[]): PassageDoc[] {
  const docs: PassageDoc[] = [];
  for (const article of sorted) {
    for (const paragraph of article.paragraphs) {
      docs.push({ id: docs.length, text: paragraph.text, section: paragraph.section ?? '', title: article.title });
    }
  }
  return docs;
}

/** Build everything from articles: extraction, index and listings (tests, evaluation, small folders). */
export function buildCorpus(input: Article[]): Corpus {
  return corpusOf([buildPart(input)]);
}

/** One part from articles: extraction, index and listings. */
export function buildPart(input: Article[]): Part {
  const articles = sortArticles(input);
  const index = createIndex();
  index.addAll(passageDocs(articles));
  return assemblePart(articles, new Map(articles.map((a) => [a.id, extract(a)])), index);
}

/** Put together a Part from pieces computed elsewhere (a cache, a worker). `articles` must be sorted. */
export function assemblePart(articles: Article[], extracted: Map<string, Extracted>, index: PassageIndex): Part {
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) passages.push({ id: passages.length, article, paragraph });
  }
  if (index.documentCount !== passages.length) {
    throw new Error(`corpus: the index has ${index.documentCount} passages, the articles ${passages.length}`);
  }
  // Scoring reads postings by the index's own document numbers as passage ids.
  if (!idsArePositions(index)) throw new Error('corpus: the index does not number its passages 0 to n-1 in order');
  let lists: Listings | undefined;
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    passages,
    index,
    extracted,
    get lists() {
      lists ??= listings(articles, extracted);
      return lists;
    },
  };
}

function listings(articles: Article[], extracted: Map<string, Extracted>): Listings {
  const people = articles.flatMap((article, order) =>
    (extracted.get(article.id)?.people ?? []).map((person) => ({ article, order, person, forms: [person.name, ...person.aliases].map(fold).join(' ') })),
  );
  const peopleOf = new Map<string, PersonEntry[]>();
  const peopleByWord = new Map<string, PersonEntry[]>();
  // Appended in place: copying the list for each holder made a common name word quadratic.
  const add = <K>(map: Map<K, PersonEntry[]>, key: K, entry: PersonEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of people) {
    for (const word of new Set(entry.forms.split(/[\s.'-]+/))) {
      if (word.length > 2) add(peopleByWord, word, entry);
    }
  }
  for (const entry of people) add(peopleOf, entry.article.id, entry);
  people.sort((a, b) => b.person.mentions - a.person.mentions);
  const named = (names: Iterable<string>): Named[] => [...new Set(names)].map((name) => ({ name, folded: fold(name) }));
  return {
    people,
    personNames: named(people.map((p) => p.person.name)),
    claimants: named(claimantsOf(articles, extracted)),
    articleChoices: articles.map((a) => {
      const id = fold(a.id);
      return { name: `${a.title} (${a.id})`, id: a.id, title: fold(a.title), folded: `${fold(a.title)} ${id} ${id.replace(/[-_]/g, ' ')}` };
    }),
    peopleOf,
    peopleByWord,
    peopleByName: new NameIndex(people, (entry) => entry.forms),
  };
}

function* claimantsOf(articles: Article[], extracted: Map<string, Extracted>): Generator<string> {
  // A loop, not flatMap: a large shelf has hundreds of thousands of claims.
  for (const article of articles) for (const claim of extracted.get(article.id)?.claims ?? []) if (claim.by) yield claim.by;
}

/**
 * The corpus a reader sees. `own` parts (a server's shelf) come first and hide the articles of
 * `shared` parts with the same id; the parts of one group never share ids (segments of a shelf).
 */
export function corpusOf(own: readonly Part[], shared: readonly Part[] = []): Corpus {
  const parts = [...own, ...shared];
  const hidden = new Set<Article>();
  for (const part of own) {
    for (const article of part.articles) {
      for (const other of shared) {
        const twin = other.byId.get(article.id);
        if (twin) hidden.add(twin);
      }
    }
  }
  if (parts.length === 1 && hidden.size === 0) return single(parts[0]!);
  return new Combined(parts, hidden);
}

function single(part: Part): Corpus {
  return {
    parts: [part],
    articles: part.articles,
    passageCount: part.passages.length,
    byId: part.byId,
    extracted: part.extracted,
    lists: part.lists,
    visible: () => true,
  };
}

const byArticleId = (a: Article, b: Article) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * How a combined list of choices was made from its parts' lists: in part order without repeated
 * names, or merged in id order without hidden articles. A search (autocomplete) can then go
 * through each part's list, whose lookup structures every reader of that part shares, rather
 * than build its own over each reader's copy.
 */
export interface ListSources {
  lists: ReadonlyArray<readonly Named[]>;
  order: 'parts' | 'id';
  /** Whether a choice of part `part` is in the combined list (before repeats are dropped). */
  keep: (choice: Named, part: number) => boolean;
}

const sourcesOf = new WeakMap<object, ListSources>();

/** The parts' lists a combined list was made from, if it is one. */
export function listSources(list: readonly Named[]): ListSources | undefined {
  return sourcesOf.get(list);
}

function registered<T extends readonly Named[]>(list: T, sources: ListSources): T {
  sourcesOf.set(list, sources);
  return list;
}

/** Several parts as one; every combined list is made once, when first read. */
class Combined implements Corpus {
  readonly passageCount: number;
  readonly byId: Lookup<Article>;
  readonly extracted: Lookup<Extracted>;
  readonly lists: CorpusLists;
  #articles: Article[] | null = null;

  constructor(readonly parts: readonly Part[], private readonly hidden: ReadonlySet<Article>) {
    this.passageCount = parts.reduce((n, p) => n + p.passages.length, 0);
    const first = <T>(read: (part: Part) => T | undefined): T | undefined => {
      for (const part of parts) {
        const value = read(part);
        if (value !== undefined) return value;
      }
      return undefined;
    };
    const lookup = <T>(read: (part: Part, id: string) => T | undefined): Lookup<T> => ({
      get: (id) => first((part) => read(part, id)),
      has: (id) => first((part) => read(part, id)) !== undefined,
    });
    // A hidden article is not found by id: the server's own with that id is.
    this.byId = lookup((part, id) => part.byId.get(id));
    this.extracted = lookup((part, id) => (part.byId.has(id) ? part.extracted.get(id) : undefined));
    const visible = (entries: readonly PersonEntry[] | undefined) => (entries && hidden.size ? entries.filter((e) => !hidden.has(e.article)) : entries);
    const gather = (read: (part: Part) => readonly PersonEntry[] | undefined): PersonEntry[] | undefined => {
      const all = parts.flatMap((part) => visible(read(part)) ?? []);
      return all.length ? all : undefined;
    };
    const memo = new Map<string, unknown>();
    const once = <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    };
    const names = (read: (part: Part) => readonly Named[]) => {
      const seen = new Set<string>();
      const list = parts.flatMap(read).filter((n) => !seen.has(n.name) && seen.add(n.name));
      return registered(list, { lists: parts.map(read), order: 'parts', keep: () => true });
    };
    this.lists = {
      get people() {
        return once('people', () => parts.flatMap((part) => visible(part.lists.people) ?? []).sort((a, b) => b.person.mentions - a.person.mentions));
      },
      get personNames() {
        return once('personNames', () => names((part) => part.lists.personNames));
      },
      get claimants() {
        return once('claimants', () => names((part) => part.lists.claimants));
      },
      get articleChoices() {
        const shown = (choice: Named & { id: string }, part: Part) => !hidden.has(part.byId.get(choice.id)!);
        return once('articleChoices', () =>
          registered(
            parts.flatMap((part) => part.lists.articleChoices.filter((c) => shown(c, part))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
            { lists: parts.map((part) => part.lists.articleChoices), order: 'id', keep: (c, p) => shown(c as Named & { id: string }, parts[p]!) },
          ),
        );
      },
      peopleOf: { get: (id) => first((part) => (part.byId.has(id) ? part.lists.peopleOf.get(id) : undefined)), has: (id) => parts.some((p) => p.lists.peopleOf.has(id)) },
      peopleByWord: { get: (word) => gather((part) => part.lists.peopleByWord.get(word)), has: (word) => parts.some((p) => p.lists.peopleByWord.has(word)) },
      peopleByName: { find: (words) => gather((part) => part.lists.peopleByName.find(words)) ?? [] },
    };
  }

  get articles(): readonly Article[] {
    this.#articles ??= this.parts.flatMap((part) => part.articles.filter((a) => !this.hidden.has(a))).sort(byArticleId);
    return this.#articles;
  }

  visible(passage: Passage): boolean {
    return !this.hidden.has(passage.article);
  }
}

export type ArticleMatch = { ok: true; article: Article } | { ok: false; candidates: Article[] };

/**
 * Find the article a user means by `value`: its id, or part of its id or title, ignoring
 * case and accents. An exact id wins; several partial matches are returned as candidates.
 */
export function findArticle(corpus: Corpus, value: string): ArticleMatch {
  const wanted = fold(value.trim());
  const byId = corpus.byId.get(value.trim());
  if (byId) return { ok: true, article: byId };
  const choices = corpus.lists.articleChoices;
  const exact = choices.find((c) => c.id === wanted || c.title === wanted);
  if (exact) return { ok: true, article: corpus.byId.get(exact.id)! };
  const words = wanted.split(/\s+/).filter(Boolean);
  const partial = choices.filter((c) => words.every((w) => c.folded.includes(w))).map((c) => corpus.byId.get(c.id)!);
  if (partial.length === 1) return { ok: true, article: partial[0]! };
  return { ok: false, candidates: partial };
}
