import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractOutlook, isOutlookHeading } from '../../src/core/outlook.ts';
import { fold } from '../../src/core/text.ts';
import type { Article } from '../../src/core/types.ts';
import { fileArticle, textArticle as article } from '../helpers/articles.ts';



/** The kept sentences' text, in order. */
function kept(a: Article): string[] {
  return extractOutlook(a).flatMap((o) => {
    const p = a.paragraphs.find((x) => x.index === o.paragraph)!;
    return o.sentences.map((i) => p.sentences[i]!.text);
  });
}

const keptFrom = (text: string, published?: string) =>
  kept(article(published ? `---\npublished: ${published}\n---\n${text}` : text));

describe('isOutlookHeading', () => {
  test.each(["What's Next", 'What"s next', 'What\u2019s next', 'WHAT COMES NEXT', 'What happens next', 'Next steps', 'Looking ahead', 'Outlook', 'The road ahead', 'What to expect'])(
    '%j announces the future',
    (heading) => expect(isOutlookHeading(heading)).toBe(true),
  );

  test.each(['Background', 'Key Details', 'Reaction', 'The vote', 'History of the plant', 'Next-generation batteries'])('%j does not', (heading) => {
    expect(isOutlookHeading(heading)).toBe(false);
  });
});

describe("extractOutlook: a what's-next section", () => {
  const a = article(
    [
      'Council approves harbour plan',
      'The council approved the plan on Monday.',
      "What's Next",
      'Work starts in spring. The contract requires a final safety review.',
      'The harbour was last dredged in 1998.',
      'In conclusion, the plan marks a new era for the town.',
      'For more details on the plan, see our earlier coverage.',
    ].join('\n'),
  );

  test('keeps forward and present sentences, drops past ones, summaries and pointers', () => {
    expect(kept(a)).toEqual(['Work starts in spring.', 'The contract requires a final safety review.']);
  });

  test('groups the kept sentences by paragraph with their indexes', () => {
    expect(extractOutlook(a)).toEqual([{ paragraph: 2, sentences: [0, 1] }]);
  });

  test('a summary that still looks forward is kept', () => {
    const b = article(['Title here', 'The plan passed.', 'Looking ahead', 'Overall, the new rules will change how the port works.'].join('\n'));
    expect(kept(b)).toEqual(['Overall, the new rules will change how the port works.']);
  });

  test('a reaction reported in the past is dropped', () => {
    const b = article(['Title here', 'The plan passed.', "What's next", 'Work begins in May. "We were ignored," the councillor said.'].join('\n'));
    expect(kept(b)).toEqual(['Work begins in May.']);
  });

  test('a reported "would" is kept in the section', () => {
    const b = article(['Title here', 'The ruling came on Monday.', 'Next steps', 'Campaigners said they would appeal.'].join('\n'));
    expect(kept(b)).toEqual(['Campaigners said they would appeal.']);
  });

  test('a past-tense report of a prospect is kept', () => {
    const b = article(['Title here', 'The ruling came on Monday.', 'Next steps', 'The mayor said an appeal was likely.'].join('\n'));
    expect(kept(b)).toEqual(['The mayor said an appeal was likely.']);
  });
});

describe('extractOutlook: forward-looking sentences anywhere', () => {
  test.each([
    ['will', 'The bridge will reopen after repairs.'],
    ['may', 'The board may close the rooms on Fridays.'],
    ['could', 'The strike could spread to other lines.'],
    ['is expected to', 'The council is expected to vote on the plan.'],
    ['is scheduled to', 'The trial is scheduled to begin in the autumn.'],
    ['is set to', 'The minister is set to resign.'],
    ['plans to', 'The company plans to hire 200 people.'],
    ['prepares to', 'As the union prepares to vote, tension is rising.'],
    ['intends to', 'She intends to run for mayor.'],
    ['due to + verb', 'The report is due to be published in May.'],
    ['next week', 'Talks resume next week.'],
    ['in the coming months', 'Prices should fall in the coming months.'],
    ['a deadline', 'The city has 30 days to appeal.'],
    ['would in a condition', 'If the vote fails, the mayor would resign.'],
    ['would reported with a date', 'The company said it would publish a timetable in October.'],
    ['by the end of', 'The councillor said she would go to court before the end of the year.'],
  ])('%s', (_marker, text) => {
    expect(keptFrom(text)).toEqual([text]);
  });

  test('a date after publication is in the future', () => {
    expect(keptFrom('A smaller race takes place on May 24 on a new route.', '2026-04-20')).toEqual(['A smaller race takes place on May 24 on a new route.']);
  });

  test('a date before publication is not', () => {
    expect(keptFrom('The race took place on April 19 on the old route.', '2026-04-20')).toEqual([]);
  });

  test.each([
    ['history', 'The alliance was established in 1949 as a defence pact.'],
    ['a past perfect', 'About 8,000 runners had registered.'],
    ['a past event', 'The library opened three reading rooms on Monday.'],
    ['a cost', 'The city spent $1.2 million on the project.'],
    ['could in a past sentence', 'The club had not wanted to sell but could not refuse the offer.'],
    ['would in reported speech', 'She argued that the late hours would double security costs.'],
    ['due to a cause', 'The match was cancelled due to rain.'],
    ['the noun "will"', 'The political will of the council is clear.'],
    ['a month name', 'The vote took place in May.'],
    ['will inside a quotation', 'He shouted "We will win" and left the stage.'],
    ['the next day', 'The next day, police arrested two men.'],
    ['a plan as a noun in a past report', 'The council approved a plan to pedestrianise the square on Monday.'],
    ['could as inability', 'The owner could not be reached for comment.'],
    ['could as perception', 'Residents could see the smoke from miles away.'],
    ['will as a noun after a preposition', 'The hostages were held against their will.'],
  ])('not %s', (_rule, text) => {
    expect(keptFrom(text)).toEqual([]);
  });
});

// ---- Checks shared with the evaluation: the seed, the practice articles, and unseen-style fixtures.

interface NextCheck {
  article: string;
  quotes_contain: string[];
  not: string[];
}

const practice = JSON.parse(readFileSync(new URL('../fixtures/eval/questions.json', import.meta.url), 'utf8')) as { next: NextCheck[] };
const extraction = JSON.parse(readFileSync(new URL('../fixtures/extraction/expectations.json', import.meta.url), 'utf8')) as { next: NextCheck[] };

const practicePaths: Record<string, string> = {
  'guette-nato-exit': '../../knowledge/guette-nato-exit.txt',
  'harbor-city-library': '../fixtures/eval/articles/harbor-city-library.md',
  'lakeside-marathon': '../fixtures/eval/articles/lakeside-marathon.txt',
};

/** The seed's outlook sentences the brief lists beyond the practice checks. */
const seedExtra: NextCheck = {
  article: 'guette-nato-exit',
  quotes_contain: ['may initiate a formal debate', 'could also embolden other nations'],
  not: ['For more details', 'Cold War'],
};

const cases = [
  ...[...practice.next, seedExtra].map((c) => ({ ...c, path: practicePaths[c.article]! })),
  ...extraction.next.map((c) => ({ ...c, path: `../fixtures/extraction/${c.article}` })),
];

describe.each(cases)('extractOutlook on $article', (check) => {
  const sentences = kept(fileArticle(check.path)).map(fold);

  test.each(check.quotes_contain)('includes %j', (want) => {
    expect(sentences.some((s) => s.includes(fold(want))), sentences.join('\n')).toBe(true);
  });

  test.each(check.not)('never includes %j', (unwanted) => {
    expect(sentences.filter((s) => s.includes(fold(unwanted)))).toEqual([]);
  });
});
