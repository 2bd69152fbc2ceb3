import { readFileSync } from 'node:fs';
import { parseArticleText, type ArticleFormat } from '../../src/core/article.ts';
import { buildCorpus, type Corpus } from '../../src/core/corpus.ts';
import type { Article } from '../../src/core/types.ts';

/** Parse an inline fixture article; a fixture that does not parse is a broken test. */
export function article(id: string, text: string, format: ArticleFormat = 'txt'): Article {
  const r = parseArticleText(id, format, text);
  if (!r.ok) throw new Error(`fixture ${id}: ${r.error.message}`);
  return r.article;
}

export function fixture(path: string): Article {
  const file = new URL(`../fixtures/${path}`, import.meta.url);
  const id = path.split('/').pop()!.replace(/\.(md|txt)$/, '');
  return article(id, readFileSync(file, 'utf8'), path.endsWith('.md') ? 'md' : 'txt');
}

/** The shipped knowledge plus the practice articles. */
export function practiceCorpus(): Corpus {
  return buildCorpus([
    article('guette-nato-exit', readFileSync(new URL('../../knowledge/guette-nato-exit.txt', import.meta.url), 'utf8')),
    fixture('eval/articles/harbor-city-library.md'),
    fixture('eval/articles/lakeside-marathon.txt'),
  ]);
}

/** Parse inline text as an article; the id defaults to `fixture`. */
export function textArticle(text: string, format: ArticleFormat = 'txt', id = 'fixture'): Article {
  return article(id, text, format);
}

/** Parse a fixture file, given relative to a test folder (`../fixtures/…`). */
export function fileArticle(path: string): Article {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const id = path.split('/').pop()!.replace(/\.(md|txt)$/u, '');
  return article(id, text, path.endsWith('.md') ? 'md' : 'txt');
}
