/**
 * Candidates are scored by reading MiniSearch's private structures (src/core/index-internals.ts),
 * which MiniSearch does not offer publicly: the version is pinned, and these tests fail if an
 * upgrade changes what the structures hold or how MiniSearch scores, so our scores would drift
 * from the ones the ranking was tuned on.
 */
import { describe, expect, test } from 'vitest';
import { assemblePart, buildCorpus, corpusOf, passageDocs, sortArticles } from '../../src/core/corpus.ts';
import { fieldIds, fieldLengths, idsArePositions, termTree } from '../../src/core/index-internals.ts';
import { createIndex, documentFrequency, indexOptions, planQuery, queryTerms, rawSearchOptions, searchPassages, termSpans } from '../../src/core/search.ts';
import MiniSearch from 'minisearch';
import { fixture, textArticle } from '../helpers/articles.ts';

const corpus = buildCorpus([
  textArticle('The ferry sailed at dawn.\n\nThe harbour was calm.\n\nA second ferry waited, and the ferry crew slept.', 'txt', 'ferries'),
  textArticle('The council met on Monday.\n\nNo ferry was mentioned.', 'txt', 'council'),
]);
const term = (word: string) => termSpans(word)[0]!.term;

describe('documentFrequency over MiniSearch\'s term tree', () => {
  test.each([
    ['ferry', 3],
    ['harbour', 1],
    ['monday', 1],
    ['volcano', 0],
  ])('%j is in %i passages, however often each passage says it', (word, passages) => {
    expect(documentFrequency(corpus, term(word))).toBe(passages);
  });
});

describe('the private structures scoring reads', () => {
  const index = corpus.parts[0]!.index;

  test('fields are numbered in the order they are declared, postings keyed by field then passage', () => {
    expect(fieldIds(index)).toEqual({ text: 0, section: 1, title: 2 });
    const ferry = termTree(index).get(term('ferry'))!;
    // Articles in id order: council (passages 0–1), then ferries (2–4).
    expect([...ferry.get(0)!]).toEqual([[1, 1], [2, 1], [4, 2]]);
  });

  test('field lengths count distinct tokens per passage and field', () => {
    const { byField, totals } = fieldLengths(index);
    expect([...byField[0]!]).toEqual([5, 4, 5, 4, 8]);
    expect(totals[0]).toBe(26);
  });

  test('prefix and typo lookups in the term tree', () => {
    expect([...termTree(index).atPrefix('harb')].map(([t]) => t)).toEqual(['harbour']);
    expect([...termTree(index).fuzzyGet('feri', 1)].map(([t, [, distance]]) => [t, distance])).toEqual([['ferri', 1]]);
  });

  test('an index read back from its JSON still numbers passages by position', () => {
    const loaded = MiniSearch.loadJSON(JSON.stringify(index), indexOptions);
    expect(idsArePositions(loaded)).toBe(true);
    expect(fieldLengths(loaded).totals).toEqual(fieldLengths(index).totals);
  });
});

describe('scores are MiniSearch\'s own', () => {
  // Enough prose that terms differ in rarity, headings and titles match, and unknown words
  // are matched by prefix and typo.
  const articles = sortArticles(['eval/articles/harbor-city-library.md', 'eval/articles/lakeside-marathon.txt', 'extraction/rail-strike.txt', 'extraction/westbrook-council-vote.md', 'extraction/court-ruling.md'].map(fixture));
  const index = createIndex();
  index.addAll(passageDocs(articles));
  const one = corpusOf([assemblePart(articles, new Map(), index)]);

  test.each([
    'library reading rooms open late',
    'marathon cancelled storm',
    'council vote housing plan',
    'strike drivers pay',
    'court ruling appeal judge',
    'librar marathn',
    'negotations councillors',
  ])('%j: the same passages, scores and matched terms as MiniSearch.search', (question) => {
    const plan = planQuery(one, queryTerms(question));
    const expected = index.search([...plan.search.keys()].join(' '), rawSearchOptions(plan));
    const ours = searchPassages(one, plan);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map((h) => h.passage.id).sort((a, b) => a - b)).toEqual(expected.map((r) => r.id).sort((a, b) => a - b));
    const byId = new Map(expected.map((r) => [r.id as number, r]));
    for (const hit of ours) {
      expect(hit.score).toBeCloseTo(byId.get(hit.passage.id)!.score, 9);
      expect(hit.terms).toEqual(byId.get(hit.passage.id)!.terms);
    }
  });
});
