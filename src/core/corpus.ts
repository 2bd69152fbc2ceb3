/**
 * Everything answers need, built once from a list of articles: the passages, their index,
 * and what /who, /claims and /next find in each article. A Corpus is never mutated; a
 * reload builds a new one beside it.
 */
import { extractClaims, type Claim } from './claims.ts';
import { extractOutlook, type Outlook } from './outlook.ts';
import { extractOrganisations, type Organisation } from './organisations.ts';
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

export interface Corpus {
  articles: Article[];
  byId: Map<string, Article>;
  passages: Passage[];
  index: PassageIndex;
  extracted: Map<string, Extracted>;
  /** Listings computed once, so /who, /claims and autocomplete cost a lookup, not a scan. */
  lists: Listings;
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
  peopleByName: NameIndex;
}

export interface PersonEntry {
  article: Article;
  /** The article's position in the corpus, for article order. */
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
  const articles = sortArticles(input);
  const index = createIndex();
  index.addAll(passageDocs(articles));
  return assembleCorpus(articles, new Map(articles.map((a) => [a.id, extract(a)])), index);
}

/** Put together a Corpus from parts computed elsewhere (a cache, a worker). `articles` must be sorted. */
export function assembleCorpus(articles: Article[], extracted: Map<string, Extracted>, index: PassageIndex): Corpus {
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) passages.push({ id: passages.length, article, paragraph });
  }
  if (index.documentCount !== passages.length) {
    throw new Error(`corpus: the index has ${index.documentCount} passages, the articles ${passages.length}`);
  }
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), passages, index, extracted, lists: listings(articles, extracted) };
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
    claimants: named(articles.flatMap((a) => (extracted.get(a.id)?.claims ?? []).flatMap((c) => (c.by ? [c.by] : [])))),
    articleChoices: articles.map((a) => {
      const id = fold(a.id);
      return { name: `${a.title} (${a.id})`, id: a.id, title: fold(a.title), folded: `${fold(a.title)} ${id} ${id.replace(/[-_]/g, ' ')}` };
    }),
    peopleOf,
    peopleByWord,
    peopleByName: new NameIndex(people),
  };
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
