import { describe, expect, test } from 'vitest';
import { renderText } from '../../src/console/render.ts';
import type { Answer } from '../../src/core/types.ts';

const item = (confidence: number) => ({
  heading: null,
  detail: null,
  quotes: [{ text: 'The pier was rebuilt in 1790.', article: 'harbour', section: null, paragraph: 2 }],
  confidence,
});
const titleOf = () => 'Kestrel Bay harbour';

describe('renderText', () => {
  test('a weak best match is introduced as the closest passages', () => {
    const answer: Answer = { input: '/ask question:x', command: 'ask', items: [item(0.2), item(0.1)] };
    expect(renderText(answer, titleOf)).toMatchInlineSnapshot(`
      "No passage clearly answers this; these are the closest:
      > The pier was rebuilt in 1790.
        — Kestrel Bay harbour · paragraph 2
      > The pier was rebuilt in 1790.
        — Kestrel Bay harbour · paragraph 2"
    `);
  });

  test('a confident answer is shown as the answer', () => {
    const answer: Answer = { input: '/ask question:x', command: 'ask', items: [item(0.9), item(0.2)] };
    expect(renderText(answer, titleOf)).not.toContain('closest');
  });
});
