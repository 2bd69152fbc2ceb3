import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { planQuery, processTerm, queryTerms, searchPassages, spansOf, termSpans } from '../../src/core/search.ts';
import { article, practiceCorpus } from '../helpers/articles.ts';

const corpus = buildCorpus([
  article('council', [
    'Mayor Anaïs Lefèvre opened the session on Monday.',
    'NATO\'s summit was discussed, and the United States" delegation attended.',
    'The negotiations about the harbour budget lasted until midnight.',
    'Residents said the city was founded in 1820 by fishermen.',
    'Budget',
    'The council approved 3.5 million euros for the harbour.',
  ].join('\n')),
]);
const top = (q: string) => {
  const r = searchPassages(corpus, planQuery(corpus, queryTerms(q)))[0];
  return r ? r.passage.paragraph.text : null;
};

describe('index options', () => {
  test.each([
    ['accents and case fold: anais lefevre', 'anais lefevre', 'Mayor Anaïs'],
    ['possessives: nato', 'nato', "NATO's summit"],
    ['stemming: negotiate', 'negotiate', 'negotiations'],
    ['typo tolerance on longer words: negotations', 'negotations', 'negotiations'],
    ['prefix matching: negot', 'negot', 'negotiations'],
    ['synonyms: established finds founded', 'when was the city established', 'founded in 1820'],
    ['US finds the United States', 'US delegation', 'United States'],
    ['numbers with decimals', '3.5', '3.5 million'],
  ])('%s', (_, query, expected) => {
    expect(top(query)).toContain(expected);
  });

  test('stop words are not index terms', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('would')).toBeNull();
  });

  test('U.S. and US are the acronym, not the pronoun us', () => {
    expect(processTerm('U.S.')).toBe('us');
    expect(processTerm('US')).toBe('us');
    expect(processTerm('us')).toBeNull();
  });

  test('used and uses are not the acronym US once stemmed', () => {
    expect(processTerm('used')).not.toBe(processTerm('U.S.'));
    expect(processTerm('uses')).toBe(processTerm('used'));
  });

  test('the section heading counts for the passages under it', () => {
    expect(top('budget approved')).toContain('3.5 million');
  });

  test('a word the articles never use finds nothing', () => {
    expect(top('xylophone')).toBeNull();
  });
});

describe('spansOf, for highlighting', () => {
  const texts = [
    ...practiceCorpus().articles.flatMap((a) => a.paragraphs.map((p) => p.text)),
    'They went home and ate early; the children were given what the people had bought. Élodie Øster went to the U.S. in 1999.',
  ];
  test('finds exactly the spans termSpans finds for the wanted terms, irregular forms and accents included', () => {
    for (const text of texts) {
      const all = termSpans(text);
      for (let i = 0; i < all.length; i += 3) {
        const wanted = new Set([all[i]!.term, all[(i * 7) % all.length]!.term, 'go', 'eat', 'child', 'person', 'elodi']);
        expect(spansOf(text, wanted)).toEqual(all.filter((s) => wanted.has(s.term)));
      }
    }
  });
});
