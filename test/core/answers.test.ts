import { describe, expect, test } from 'vitest';
import { ask, isWeakAnswer, sources } from '../../src/core/answers.ts';
import { buildCorpus } from '../../src/core/corpus.ts';
import { article, practiceCorpus } from '../helpers/articles.ts';

const corpus = practiceCorpus();
const firstQuote = (q: string, article?: string) => ask(corpus, q, { article }).items[0]?.quotes[0];

describe('ask', () => {
  test.each([
    ['When was the North Atlantic Treaty Organization established?', '1949'],
    ['What about Greenland?', 'Greenland'],
    ['How late are the reading rooms open?', '2 a.m.'],
    ['How much did the library project cost?', '$1.2 million'],
    ['Why was the marathon cancelled?', 'storms flooded'],
  ])('%s -> a quote containing %j', (q, expected) => {
    expect(firstQuote(q)?.text).toContain(expected);
  });

  test('a quote is a verbatim span of the repaired paragraph and carries its citation', () => {
    const quote = firstQuote('When was the North Atlantic Treaty Organization established?')!;
    const paragraph = corpus.byId.get(quote.article)!.paragraphs[quote.paragraph - 1]!;
    expect(quote).toMatchObject({ article: 'guette-nato-exit', section: 'Background', paragraph: 6 });
    for (const part of quote.text.split(' … ')) expect(paragraph.text).toContain(part);
  });

  test('an excerpt is one to three sentences, not the whole paragraph', () => {
    for (const item of ask(corpus, 'Guetté accused the U.S.').items) {
      const q = item.quotes[0]!;
      const paragraph = corpus.byId.get(q.article)!.paragraphs[q.paragraph - 1]!;
      const sentences = paragraph.sentences.filter((s) => q.text.includes(s.text)).length;
      expect(sentences).toBeGreaterThanOrEqual(1);
      expect(sentences).toBeLessThanOrEqual(3);
    }
  });

  test('skipped sentences show as an ellipsis', () => {
    const c = buildCorpus([article('gap', 'The tram strike began on Monday. Nobody expected it. Buses ran late. The tram union wants higher pay.')]);
    expect(ask(c, 'tram strike union').items[0]!.quotes[0]!.text).toBe('The tram strike began on Monday. … The tram union wants higher pay.');
  });

  test('article: restricts the answer to one article', () => {
    const answer = ask(corpus, 'what happens next', { article: 'marathon' });
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.quotes[0]!.article === 'lakeside-marathon')).toBe(true);
  });

  test.each([
    ['', /Ask a question/],
    ['   ', /Ask a question/],
    ['x'.repeat(501), /under 500/],
  ])('%j gets a short error and no items', (q, message) => {
    const answer = ask(corpus, q);
    expect(answer.items).toEqual([]);
    expect(answer.error).toMatch(message);
  });

  test('misspelled words still find the passage that holds the words meant; gibberish finds nothing', () => {
    const answer = ask(corpus, 'Greenlnd annexaton xyzzy');
    expect(answer.items[0]?.quotes.map((q) => q.text).join(' ')).toMatch(/Greenland/);
    const none = ask(corpus, 'qwxzv');
    expect(none.items).toEqual([]);
    expect(none.note).toMatch(/Nothing in the articles matches "qwxzv"/);
  });

  test.each([
    ['Frnce', 'France'],
    ['Trmp', 'Trump'],
  ])('"Did you mean" offers the close spelling of an asked word: %s -> %s', (q, suggestion) => {
    const answer = ask(corpus, q);
    expect(answer.items).toEqual([]);
    expect(answer.note).toBe(`Nothing in the articles matches "${q}". Did you mean: ${suggestion}?`);
  });

  test.each(['walrus colony', 'Zanzibar cloves'])('"Did you mean" never offers unrelated words: %s', (q) => {
    const answer = ask(corpus, q);
    expect(answer.note ?? '').not.toMatch(/Did you mean/);
    // A typo-neighbour may still turn up a passage: it is offered as the closest, never as the answer.
    if (answer.items.length) expect(isWeakAnswer(answer)).toBe(true);
    else expect(answer.note).toMatch(/\/sources lists the articles/);
  });

  test('an unknown or ambiguous article is said so', () => {
    expect(ask(corpus, 'who', { article: 'nonexistent' }).error).toMatch(/No article matches "nonexistent"/);
    const c = buildCorpus([article('strike-one', 'A strike.'), article('strike-two', 'Another strike.')]);
    expect(ask(c, 'strike', { article: 'strike' }).error).toMatch(/strike-one.*strike-two/);
  });
});

describe('sources', () => {
  test('lists every article with its id, date and passage count', () => {
    const answer = sources(corpus);
    expect(answer.items.map((i) => i.detail)).toEqual([
      'id: guette-nato-exit · published 2026-01-09 · 10 passages',
      'id: harbor-city-library · published 2026-05-04 · 4 passages · https://news.example.org/harbor-city-library',
      'id: lakeside-marathon · 4 passages',
    ]);
  });
});
