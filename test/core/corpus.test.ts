import { describe, expect, test } from 'vitest';
import { assemblePart, buildCorpus, buildPart, corpusOf, findArticle, passageDocs, sortArticles } from '../../src/core/corpus.ts';
import { ask } from '../../src/core/answers.ts';
import { createIndex } from '../../src/core/search.ts';
import { textArticle } from '../helpers/articles.ts';

const harbour = textArticle('---\ntitle: Harbour ferry returns after repairs\n---\nThe ferry sailed again on Monday.\n\nIts captain, Mira Olsen, thanked the crew.', 'txt', 'harbour-ferry');
const council = textArticle('---\ntitle: Council approves the école budget\n---\nThe council approved the budget on Tuesday.', 'txt', 'council-budget');
const ferryStrike = textArticle('---\ntitle: Ferry crews vote to strike\n---\nCrews voted to strike over pay.', 'txt', 'ferry-strike');

describe('buildCorpus', () => {
  test('every paragraph is one passage, numbered in corpus order, and articles are found by id', () => {
    const corpus = buildCorpus([harbour, council]);
    const expected = sortArticles([harbour, council]).flatMap((a) => a.paragraphs.map((p) => [a.id, p.index]));
    const [part] = corpus.parts;
    expect(part!.passages.map((p) => [p.article.id, p.paragraph.index])).toEqual(expected);
    expect(part!.passages.map((p) => p.id)).toEqual([0, 1, 2]);
    expect(corpus.byId.get('council-budget')?.title).toBe('Council approves the école budget');
    expect(part!.index.documentCount).toBe(3);
  });

  test('the order of the input does not change the corpus', () => {
    const a = buildCorpus([harbour, council]);
    const b = buildCorpus([council, harbour]);
    expect(b.articles.map((x) => x.id)).toEqual(a.articles.map((x) => x.id));
  });

  test('the lists autocomplete reads are precomputed, folded for accents', () => {
    const corpus = buildCorpus([harbour, council]);
    expect(corpus.lists.articleChoices.find((c) => c.id === 'council-budget')?.folded).toContain('ecole');
    expect(corpus.lists.personNames.map((n) => n.name)).toContain('Mira Olsen');
  });
});

describe('assemblePart', () => {
  test('an index that does not hold exactly the articles\' passages is refused, naming both counts', () => {
    const articles = sortArticles([harbour, council]);
    const index = createIndex();
    index.addAll(passageDocs(articles).slice(1));
    expect(() => assemblePart(articles, new Map(), index)).toThrow(/index has 2 passages, the articles 3/);
  });
});

describe('findArticle', () => {
  const corpus = buildCorpus([harbour, council, ferryStrike]);

  test.each([
    ['harbour-ferry', 'harbour-ferry'],
    ['Council approves the ecole budget', 'council-budget'],
    ['  COUNCIL budget ', 'council-budget'],
    ['repairs', 'harbour-ferry'],
  ])('%j finds %s', (value, id) => {
    expect(findArticle(corpus, value)).toMatchObject({ ok: true, article: { id } });
  });

  test('a value several articles match returns them as candidates, and none matches none', () => {
    const several = findArticle(corpus, 'ferry');
    expect(several.ok).toBe(false);
    expect(!several.ok && several.candidates.map((a) => a.id).sort()).toEqual(['ferry-strike', 'harbour-ferry']);
    expect(findArticle(corpus, 'volcano')).toEqual({ ok: false, candidates: [] });
  });
});

describe('corpusOf', () => {
  const own = textArticle('---\ntitle: Ferry crews end their strike\n---\nCrews ended the strike on Friday, said union leader Tomas Berg.', 'txt', 'ferry-strike');
  const view = corpusOf([buildPart([own])], [buildPart([harbour, ferryStrike]), buildPart([council])]);

  test('parts are read as one, and an own article hides the shared one with its id', () => {
    expect(view.articles.map((a) => a.id)).toEqual(['council-budget', 'ferry-strike', 'harbour-ferry']);
    expect(view.byId.get('ferry-strike')?.title).toBe('Ferry crews end their strike');
    expect(view.lists.articleChoices.map((c) => c.name)).toContain('Ferry crews end their strike (ferry-strike)');
    expect(view.lists.articleChoices.map((c) => c.name)).not.toContain('Ferry crews vote to strike (ferry-strike)');
    expect(view.lists.personNames.map((n) => n.name)).toEqual(expect.arrayContaining(['Mira Olsen', 'Tomas Berg']));
  });

  test('a search covers every part but never a hidden passage', () => {
    const found = (q: string) => ask(view, q).items.flatMap((i) => i.quotes.map((quote) => quote.text));
    expect(found('strike')).toEqual(['Crews ended the strike on Friday, said union leader Tomas Berg.']);
    expect(found('budget approved')[0]).toBe('The council approved the budget on Tuesday.');
  });
});

describe('assemblePart and the index numbering', () => {
  test('an index whose passages are not numbered by position is refused', () => {
    const articles = sortArticles([harbour, council]);
    const index = createIndex();
    index.addAll(passageDocs(articles).reverse().map((doc, i) => ({ ...doc, id: 2 - i + (i === 0 ? 10 : 0) })));
    expect(() => assemblePart(articles, new Map(), index)).toThrow(/does not number its passages/);
  });
});
