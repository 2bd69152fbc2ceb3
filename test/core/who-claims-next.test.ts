import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { who } from '../../src/core/who-claims-next.ts';
import { extractOrganisations } from '../../src/core/organisations.ts';
import { extractPeople } from '../../src/core/people.ts';
import { fileArticle, textArticle } from '../helpers/articles.ts';

const banks = fileArticle('../fixtures/extraction/newswire/business-banks.txt');
const corpus = buildCorpus([banks, fileArticle('../fixtures/extraction/newswire/britain-budget.txt')]);

describe('who: organisations apart from people', () => {
  test('the people come first, then one line naming the organisations', () => {
    const answer = who(corpus, { article: 'business-banks' });
    const headings = answer.items.map((i) => i.heading);
    expect(headings).toEqual(['John McCoy', 'Thomas Hanley', 'Charles Cobb', 'Organisations']);
    const organisations = answer.items.at(-1)!;
    expect(organisations.quotes).toEqual([]);
    for (const name of ['Banc One Corp', 'New York Stock Exchange', 'Salomon Brothers', 'Chicago Board Options Exchange', 'Pan Am Corp']) {
      expect(organisations.detail).toContain(name);
    }
  });

  test('across every article the organisations are pooled into the same last line', () => {
    const answer = who(corpus);
    expect(answer.items.filter((i) => i.heading === 'Organisations')).toHaveLength(1);
    expect(answer.items.at(-1)?.detail).toContain('Bank of England');
    expect(answer.items.at(-1)?.detail).toContain('Banc One Corp');
  });

  test('asking for a name lists only that person', () => {
    expect(who(corpus, { name: 'mccoy' }).items.map((i) => i.heading)).toEqual(['John McCoy']);
  });
});

describe('extractOrganisations', () => {
  const orgs = (text: string) => {
    const a = textArticle(text);
    return extractOrganisations(a, extractPeople(a)).map((o) => o.name);
  };

  test.each([
    ['Johnson Controls Inc said it would buy Douglas & Lomason Co for cash.', ['Johnson Controls Inc', 'Douglas & Lomason Co']],
    ['Clarke told the Institute of Directors that growth was steady.', ['Institute of Directors']],
    ['The Union for Democracy and Social Progress called a boycott.', ['Union for Democracy and Social Progress']],
    ['The news magazine Der Spiegel said the adviser resigned.', ['Der Spiegel']],
    ['Newcastle United beat Wimbledon 3-1.', ['Newcastle United']],
  ])('%j names %j', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test('people and places are not organisations', () => {
    expect(orgs('Chief executive John McCoy flew to New York on Monday.')).toEqual([]);
  });
});

describe('who name: a name nobody has', () => {
  test('a mistyped name is answered with the closest names, nearest first, whole or in part', () => {
    const answer = who(corpus, { name: 'McCoi' });
    expect(answer.items).toEqual([]);
    expect(answer.note).toMatch(/^No one called "McCoi" in the articles\. Closest: John McCoy/);
  });

  test('a name far from every name gets no suggestion', () => {
    expect(who(corpus, { name: 'Xzqwvbnmkj' }).note).toBe('No one called "Xzqwvbnmkj" in the articles.');
  });
});

describe('who name: many namesakes', () => {
  const surnames = ['Brandt', 'Keller', 'Novak', 'Lund', 'Moreau', 'Ferreira', 'Haas'];
  const story = (i: number) =>
    textArticle(
      `---\ntitle: Harbour story ${i}\n---\nHarbour master Ola ${surnames[i]} opened the new quay on Monday.\n\nThe quay cost two million euros, ${surnames[i]} said.\n\nLater that week, ${surnames[i]} closed the old quay for repairs.`,
      'txt',
      `harbour-${i}`,
    );
  test('one person: every paragraph that mentions them', () => {
    const answer = who(buildCorpus([story(1)]), { name: 'Ola' });
    expect(answer.items).toHaveLength(1);
    expect(answer.items[0]!.quotes.map((q) => q.paragraph)).toEqual([1, 2, 3]);
    expect(answer.note).toBeUndefined();
  });

  test('more than five people with the name: each quoted where introduced, and the reader told how to narrow', () => {
    const answer = who(buildCorpus(Array.from({ length: 7 }, (_, i) => story(i))), { name: 'Ola' });
    expect(answer.items).toHaveLength(7);
    for (const item of answer.items) expect(item.quotes.map((q) => q.paragraph)).toEqual([1]);
    expect(answer.note).toMatch(/^7 people match "Ola": each is shown where first mentioned\. Add article: or more of the name/);
    for (const item of answer.items) expect(item.quotes[0]!.text).toMatch(/^Harbour master Ola \w+ opened the new quay on Monday\.$/);
  });

  test('with many namesakes, a person named only in a front-matter hint is quoted by the sentence that names them', () => {
    const hinted = textArticle(
      '---\ntitle: Dawn gallery\npeople:\n  - name: Ola Ortiz\n    role: Photographer\n---\nThe photos were taken at dawn. Later the gallery opened. Photographer ola ortiz was thanked.',
      'txt',
      'dawn-gallery',
    );
    const answer = who(buildCorpus([hinted, ...Array.from({ length: 6 }, (_, i) => story(i))]), { name: 'Ola' });
    expect(answer.items).toHaveLength(7);
    const ortiz = answer.items.find((i) => i.heading === 'Ola Ortiz')!;
    expect(ortiz.quotes.map((q) => q.text)).toEqual(['Photographer ola ortiz was thanked.']);
  });
});
