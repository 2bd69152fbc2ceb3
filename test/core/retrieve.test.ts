/**
 * Candidate retrieval over several parts: the same articles rank the same whether they are one
 * part, segments split by hash, or a small shelf beside a large one, because every score uses
 * the statistics of the whole corpus. Questions are made from the articles' own sentences, with
 * misspelled and cut words among them, so the checks hold for text nobody chose for them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ask } from '../../src/core/answers.ts';
import { buildPart, corpusOf, type Corpus } from '../../src/core/corpus.ts';
import { planQuery, queryTerms, searchPassages, type Hit } from '../../src/core/search.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/articles.ts';

const root = new URL('../fixtures/', import.meta.url);
function articlesUnder(folder: string): Article[] {
  return readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|txt)$/.test(f) && !f.endsWith('README.md'))
    .map((f) => article(f.split('/').pop()!.replace(/\.(md|txt)$/, ''), readFileSync(new URL(`${folder}/${f}`, root), 'utf8'), f.endsWith('.md') ? 'md' : 'txt'));
}
const articles = [...articlesUnder('extraction'), ...articlesUnder('eval')];
const segment = (a: Article, count: number) => createHash('md5').update(a.id).digest().readUInt32BE(0) % count;
function split(count: number): Corpus {
  const groups = Array.from({ length: count }, () => [] as Article[]);
  for (const a of articles) groups[segment(a, count)]!.push(a);
  return corpusOf(groups.filter((g) => g.length).map(buildPart));
}
const whole = corpusOf([buildPart(articles)]);
const splits = [2, 5, 16].map(split);

/** A seeded choice of questions: words of a passage, now and then one misspelled or cut short. */
function questions(count: number): string[] {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const passages = whole.parts[0]!.passages;
  const out: string[] = [];
  while (out.length < count) {
    const words = passages[Math.floor(random() * passages.length)]!.paragraph.text.match(/\p{L}{4,}/gu) ?? [];
    if (words.length < 3) continue;
    const picked = [0, 1, 2].map(() => words[Math.floor(random() * words.length)]!);
    const odd = picked[0]!;
    if (out.length % 4 === 1 && odd.length >= 6) picked[0] = odd.slice(0, 2) + odd[3] + odd[2] + odd.slice(4);
    if (out.length % 4 === 2) picked[0] = odd.slice(0, Math.max(4, odd.length - 3));
    out.push(picked.join(' '));
  }
  return out;
}
const asked = questions(150);

const key = (hits: Hit[]) => hits.map((h) => `${h.passage.article.id}#${h.passage.paragraph.index}`);
const search = (corpus: Corpus, q: string, options = {}) => searchPassages(corpus, planQuery(corpus, queryTerms(q)), options);

describe('one part or several', () => {
  test.each(splits.map((c) => [c.parts.length, c] as const))('split into %i parts, every question finds the same passages with the same scores', (_, corpus) => {
    for (const q of asked) {
      const one = search(whole, q);
      const many = search(corpus, q);
      expect(key(many), q).toEqual(key(one));
      many.forEach((h, i) => expect(h.score).toBeCloseTo(one[i]!.score, 9));
    }
  });

  test('and /ask gives the same answers', () => {
    for (const q of asked.slice(0, 60)) expect(ask(splits[2]!, q), q).toEqual(ask(whole, q));
  });

  test('a small shelf beside a large one ranks as if they were one shelf', () => {
    const small = articles.filter((a) => segment(a, 10) === 0);
    const large = articles.filter((a) => segment(a, 10) !== 0);
    const beside = corpusOf([buildPart(small)], [buildPart(large)]);
    for (const q of asked) expect(key(search(beside, q)), q).toEqual(key(search(whole, q)));
  });
});

describe('only the best are scored in full', () => {
  test.each([1, 5, 20])('the best %i are the first of the full ranking', (limit) => {
    for (const q of asked) {
      for (const corpus of [whole, splits[1]!]) expect(key(search(corpus, q, { limit })), q).toEqual(key(search(corpus, q)).slice(0, limit));
    }
  });

  test('asked about one article, only its passages, ranked as in the full ranking', () => {
    for (const [i, q] of asked.entries()) {
      const target = articles[i % articles.length]!;
      for (const corpus of [whole, splits[2]!]) {
        const within = search(corpus, q, { within: [corpus.byId.get(target.id)!], limit: 5 });
        expect(key(within), q).toEqual(key(search(corpus, q).filter((h) => h.passage.article.id === target.id)).slice(0, 5));
      }
    }
  });

  test("a server's own article hides the shared one with its id, in the search too", () => {
    const own = article('tram-strike', 'Tram drivers ended their strike after the depot talks on Friday.');
    const view = corpusOf([buildPart([own])], [buildPart(articles)]);
    const hits = search(view, 'tram strike drivers depot');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.passage.article.id === 'tram-strike').map((h) => h.passage.article)).toEqual([own]);
  });
});
