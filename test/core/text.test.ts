import { describe, expect, test } from 'vitest';
import { fold, repairQuotes, splitSentences } from '../../src/core/text.ts';

describe('repairQuotes', () => {
  test.each([
    ['France"s exit', "France's exit"],
    ['Guetté"s resolution', "Guetté's resolution"],
    ['NATO"s role', "NATO's role"],
    ['the United States" foreign policy', "the United States' foreign policy"],
    ['What"s Next', "What's Next"],
    ['they don"t agree', "they don't agree"],
    ['France\u201Ds exit', "France's exit"],
    ['France\u2019s exit', "France's exit"],
  ])('turns the damaged apostrophe in %j into an apostrophe', (input, expected) => {
    expect(repairQuotes(input)).toBe(expected);
  });

  test.each([
    'she describes as "kidnapping a head of state" in Venezuela',
    'which she characterized as a "genocide." This statement',
    'He said: "the states" and left.',
    'the rooms were built for \u201Cstudents and night-shift workers\u201D who',
  ])('keeps the real quotation in %j', (input) => {
    expect(repairQuotes(input)).toBe(input);
  });

  test('repairs apostrophes and keeps quotations in the same paragraph', () => {
    expect(repairQuotes('Guetté"s claim of "genocide" and the States" role, in France"s words'))
      .toBe(`Guetté's claim of "genocide" and the States' role, in France's words`);
  });

  test('a plural possessive inside an open quotation closes it instead', () => {
    expect(repairQuotes('He called it "a matter for the states" yesterday.')).toBe('He called it "a matter for the states" yesterday.');
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);

  test.each([
    ['She accused the U.S. of engaging in it. Then she left.', ['She accused the U.S. of engaging in it.', 'Then she left.']],
    ['Dr. Maya Fernández spoke. Everyone listened.', ['Dr. Maya Fernández spoke.', 'Everyone listened.']],
    ['The rooms stay open until 2 a.m. on weekdays. They opened in May.', ['The rooms stay open until 2 a.m. on weekdays.', 'They opened in May.']],
    ['Growth was 3.5 percent. It fell.', ['Growth was 3.5 percent.', 'It fell.']],
    ['she characterized as a "genocide." This statement reflects it.', ['she characterized as a "genocide."', 'This statement reflects it.']],
    ['The hall opens at 9 a.m. The mayor will speak.', ['The hall opens at 9 a.m.', 'The mayor will speak.']],
    ['Is it over? Nobody knows! Wait.', ['Is it over?', 'Nobody knows!', 'Wait.']],
    ['Mr. J. Smith met Sen. Ortiz on Jan. 5 in the U.S. Senate.', ['Mr. J. Smith met Sen. Ortiz on Jan. 5 in the U.S. Senate.']],
  ])('splits %j at sentence ends only', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point at each sentence inside the paragraph', () => {
    const text = 'One here.  Two there.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('fold', () => {
  test('ignores accents and case', () => {
    expect(fold('Clémence GUETTÉ Nicolás')).toBe('clemence guette nicolas');
  });
});
