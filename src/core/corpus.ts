/**
 * Everything answers need, built once from a list of articles: the passages, their index,
 * and what /who, /claims and /next find in each article. A Corpus is never mutated; a
 * reload builds a new one beside it.
 */
import { extractClaims, type Claim } from './claims.ts';
import { extractOutlook, type Outlook } from './outlook.ts';
import { extractPeople, type Person } from './people.ts';
import { createIndex, type PassageIndex } from './search.ts';
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
  claims: Claim[];
  outlook: Outlook[];
}

export interface Corpus {
  articles: Article[];
  byId: Map<string, Article>;
  passages: Passage[];
  index: PassageIndex;
  extracted: Map<string, Extracted>;
}

export function extract(article: Article): Extracted {
  const people = extractPeople(article);
  return { people, claims: extractClaims(article, people), outlook: extractOutlook(article) };
}

/** `known` supplies extraction results computed earlier (e.g. from a cache) by article id. */
export function buildCorpus(input: Article[], known?: (article: Article) => Extracted | undefined): Corpus {
  const articles = [...input].sort((a, b) => a.id.localeCompare(b.id));
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) passages.push({ id: passages.length, article, paragraph });
  }
  const index = createIndex();
  index.addAll(
    passages.map((p) => ({ id: p.id, text: p.paragraph.text, section: p.paragraph.section ?? '', title: p.article.title })),
  );
  const extracted = new Map(articles.map((a) => [a.id, known?.(a) ?? extract(a)]));
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), passages, index, extracted };
}

export type ArticleMatch = { ok: true; article: Article } | { ok: false; candidates: Article[] };

/**
 * Find the article a user means by `value`: its id, or part of its id or title, ignoring
 * case and accents. An exact id wins; several partial matches are returned as candidates.
 */
export function findArticle(corpus: Corpus, value: string): ArticleMatch {
  const wanted = fold(value.trim());
  const exact = corpus.articles.find((a) => fold(a.id) === wanted || fold(a.title) === wanted);
  if (exact) return { ok: true, article: exact };
  const words = wanted.split(/\s+/).filter(Boolean);
  const partial = corpus.articles.filter((a) => {
    const hay = `${fold(a.id).replace(/[-_]/g, ' ')} ${fold(a.id)} ${fold(a.title)}`;
    return words.every((w) => hay.includes(w));
  });
  if (partial.length === 1) return { ok: true, article: partial[0]! };
  return { ok: false, candidates: partial };
}
