/**
 * `documentFrequency` reads MiniSearch's term tree, which MiniSearch does not offer publicly:
 * the version is pinned, and this fails if an upgrade changes what the tree holds.
 */
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { documentFrequency, termSpans } from '../../src/core/search.ts';
import { textArticle } from '../helpers/articles.ts';

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
