import { describe, expect, test } from 'vitest';
import { MentionMatcher, type MentionTarget } from '../../src/core/nlp-mentions.ts';
import { lexTokens } from '../../src/core/nlp-tokens.ts';

/** The surface text and target id of each mention, sentence by sentence, in article order. */
function mentionsIn(targets: MentionTarget[], sentences: string[], ordinary: string[] = []): string[][] {
  const matcher = new MentionMatcher(targets, (norm) => ordinary.includes(norm));
  return sentences.map((text) => {
    const tokens = lexTokens(text);
    return matcher.find(tokens).map((m) => `${text.slice(tokens[m.first]!.start, tokens[m.last]!.end)}=${m.id}`);
  });
}

const people: MentionTarget[] = [
  { id: 0, forms: ['Hélène Moreau', 'Moreau', 'Dr. Moreau'] },
  { id: 1, forms: ['Ola Lind', 'Lind'] },
];

describe('MentionMatcher', () => {
  test.each([
    ['Hélène Moreau spoke first.', ['Hélène Moreau=0']],
    ['Helene Moreau spoke first.', ['Helene Moreau=0']],
    ['Moreau and Lind disagreed.', ['Moreau=0', 'Lind=1']],
    ['Dr. Moreau replied.', ['Moreau=0']],
    ['Moreau’s plan failed.', ['Moreau=0']],
    ['Mayor Lind said no.', ['Lind=1']],
    ['They met at Lind Tower.', []],
    ['The Moreau Lind report came out.', []],
    ['moreau is not a name here.', []],
  ])('in %j finds %j', (sentence, expected) => {
    expect(mentionsIn(people, [sentence])).toEqual([expected]);
  });

  test('prefers the longest form that matches', () => {
    const targets = [
      { id: 0, forms: ['Peter van der Berg', 'van der Berg'] },
      { id: 1, forms: ['Berg'] },
    ];
    expect(mentionsIn(targets, ['Peter van der Berg spoke.', 'Berg answered.'])).toEqual([['Peter van der Berg=0'], ['Berg=1']]);
  });

  test('gives a surname shared by two people to the one mentioned last', () => {
    const adamses = [
      { id: 0, forms: ['John Adams', 'Adams'] },
      { id: 1, forms: ['Abigail Adams', 'Adams'] },
    ];
    expect(mentionsIn(adamses, ['John Adams arrived.', 'Abigail Adams followed.', 'Adams said yes.'])).toEqual([
      ['John Adams=0'],
      ['Abigail Adams=1'],
      ['Adams=1'],
    ]);
  });

  test('does not read an ordinary word opening a sentence as a surname', () => {
    const targets = [{ id: 0, forms: ['Tom Young', 'Young'] }];
    expect(mentionsIn(targets, ['Young voters stayed home.', 'Then Young spoke.'], ['young'])).toEqual([[], ['Young=0']]);
  });
});
