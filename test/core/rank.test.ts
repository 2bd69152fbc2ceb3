import { describe, expect, test } from 'vitest';
import { ask, isLowConfidence, isWeakAnswer, LOW_CONFIDENCE } from '../../src/core/answers.ts';
import { buildCorpus } from '../../src/core/corpus.ts';
import { answerTypeOf, holdsAnswer, questionWordsOf } from '../../src/core/rank.ts';
import { article, fixture } from '../helpers/articles.ts';

// Prose of the encyclopedic kind: long paragraphs, the answer in one sentence of several.
const corpus = buildCorpus([
  article('harbour', [
    'The old harbour of Kestrel Bay grew around a fishing village. Merchants from the south built warehouses along the quay, and the village became a town. Its fleet of herring boats was the largest on the coast. The harbour wall was finished in 1788 after a storm destroyed the wooden pier.',
    'Admiral Hester Vane commanded the coastal squadron during the blockade. She appointed Tomas Reyes harbour master and gave him the keys of the customs house. He later rebuilt the lighthouse with stone from the quarry.',
    'The town council approved a plan for 240 new moorings on the north quay. The harbour trust will pay for the dredging, which costs 3 million pounds.',
  ].join('\n')),
]);
const first = (q: string) => ask(corpus, q).items[0];
const firstText = (q: string) => first(q)?.quotes[0]?.text ?? '';

describe('ask ranks sentences', () => {
  test('the answering sentence of a long paragraph comes first, not the paragraph', () => {
    const text = firstText('When was the harbour wall finished?');
    expect(text).toContain('1788');
    expect(text).not.toContain('herring boats');
  });

  test('a sentence opening on a pronoun is quoted with the sentence that names who it is', () => {
    const text = firstText('Who rebuilt the lighthouse?');
    expect(text).toContain('He later rebuilt the lighthouse');
    expect(text).toContain('Tomas Reyes');
  });

  test('"how many" prefers the number next to the counted thing', () => {
    expect(firstText('How many moorings will be built?')).toContain('240 new moorings');
  });

  test('quotes stay verbatim spans of the paragraph, with its citation', () => {
    const quote = first('Who appointed the harbour master?')!.quotes[0]!;
    const paragraph = corpus.byId.get('harbour')!.paragraphs[quote.paragraph - 1]!;
    for (const part of quote.text.split(' … ')) expect(paragraph.text).toContain(part);
    expect(quote).toMatchObject({ article: 'harbour', paragraph: 2 });
  });
});

describe('a question asking for a date', () => {
  // The sentence with the date names the change in other words than the question; the one that
  // repeats the question's words has no date.
  const ferry = buildCorpus([
    article('ferry', [
      '---\ntitle: Island ferry to stop on weekdays\n---',
      'The operator will no longer run boats to Gull Island between Monday and Friday from March 3, the county said. About 900 passengers a day make the crossing on weekdays.',
      'Councillor Ada Brook said the suspension of the ferry would cut islanders off from the mainland hospital. "We depend on this boat," she said.',
      'Fishermen said the suspension of the ferry also hurts the island market.',
      'Suspension notices for the ferry were posted at the quay and the suspension was debated at the island hall.',
    ].join('\n')),
  ]);

  test('keeps the sentence holding a date in the top three when the best match has none', () => {
    const answer = ask(ferry, 'When will the ferry suspension start?');
    expect(answer.items[0]!.quotes[0]!.text).not.toContain('March 3');
    expect(answer.items.slice(0, 3).some((item) => item.quotes.some((q) => q.text.includes('from March 3')))).toBe(true);
  });
});

describe('a question naming the kind of place it asks for', () => {
  const abbey = buildCorpus([
    article('abbey', [
      'The abbey of Saint Aubert stands on a rock above the river in northern France. Pilgrims climb to the abbey each summer.',
      'The abbey library lends its manuscripts to scholars from many countries, and the abbey choir tours other countries each spring.',
    ].join('\n')),
  ]);

  test('"In which country" is answered by the sentence naming one, not by the word "countries"', () => {
    expect(ask(abbey, 'In which country is the abbey located?').items[0]!.quotes[0]!.text).toContain('France');
  });
});

describe('a short sentence going on about the quoted one', () => {
  const dialect = buildCorpus([
    article('dialect', [
      'The hill dialect of the valley was slowly absorbed into the speech of the lowland market towns, and it lost much of its old grammar in the process. It ended as the Lowland Common tongue.',
      'Farmers of the valley kept sheep and grew barley on the terraces above the river.',
    ].join('\n')),
  ]);

  test('is quoted with it: the answer is often said right after', () => {
    const text = ask(dialect, "What was the hill dialect's final form?").items[0]!.quotes[0]!.text;
    expect(text).toContain('absorbed into the speech');
    expect(text).toContain('Lowland Common tongue');
  });
});

describe('"how many"', () => {
  test('does not look for the word "many" ("many workers felt betrayed" is no count)', () => {
    const plant = buildCorpus([fixture('extraction/factory-closure.txt')]);
    expect(ask(plant, 'How many jobs will be lost at the steel plant?').items[0]!.quotes[0]!.text).toContain('600 workers');
  });
});

describe('confidence', () => {
  test('every /ask item carries a confidence between 0 and 1', () => {
    for (const item of ask(corpus, 'Who commanded the coastal squadron?').items) {
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('a question the article answers in its own words is not weak', () => {
    const answer = ask(corpus, 'Who commanded the coastal squadron during the blockade?');
    expect(answer.items[0]!.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(isWeakAnswer(answer)).toBe(false);
  });

  test('a question whose main words the article lacks gets its closest passages, marked weak', () => {
    const answer = ask(corpus, 'What did the squadron eat during the famine winter?');
    expect(answer.items.length).toBeGreaterThan(0);
    expect(isLowConfidence(answer)).toBe(true);
    expect(isWeakAnswer(answer)).toBe(true);
  });

  test('an answer with no item is low confidence but not shown as closest passages', () => {
    const answer = ask(corpus, 'qwxzv');
    expect(isLowConfidence(answer)).toBe(true);
    expect(isWeakAnswer(answer)).toBe(false);
  });
});

describe('answer types', () => {
  test.each([
    ['When did the war end?', 'date'],
    ['In what year was it built?', 'date'],
    ['How many ships sailed?', 'number'],
    ['Who founded the town?', 'person'],
    ['Where did the fleet winter?', 'place'],
    ['In which country is the port?', 'place'],
    ['What did the council approve?', null],
  ])('%s asks for %s', (q, type) => {
    expect(answerTypeOf(q)).toBe(type);
  });

  test('a thing of the asked type counts only when the question does not already name it', () => {
    const words = questionWordsOf('What happened in 1788?');
    expect(holdsAnswer('The wall was finished in 1788.', 'date', words)).toBe(false);
    expect(holdsAnswer('The wall was finished in 1790.', 'date', words)).toBe(true);
    expect(holdsAnswer('The pier was rebuilt by Hester Vane.', 'person', questionWordsOf('Who rebuilt the pier?'))).toBe(true);
    expect(holdsAnswer('The pier was rebuilt by Hester Vane.', 'person', questionWordsOf('Did Hester Vane rebuild the pier?'))).toBe(false);
  });
});
