import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims, type Claim } from '../../src/core/claims.ts';
import { extractPeople } from '../../src/core/people.ts';
import { fold } from '../../src/core/text.ts';
import type { Article } from '../../src/core/types.ts';
import { fileArticle, textArticle as article } from '../helpers/articles.ts';



function claimsOf(a: Article): Claim[] {
  return extractClaims(a, extractPeople(a));
}

/** Each claim as `by: quoted sentences`. */
function readable(a: Article): string[] {
  return claimsOf(a).map((c) => {
    const p = a.paragraphs.find((x) => x.index === c.paragraph)!;
    return `${c.by}: ${c.sentences.map((i) => p.sentences[i]!.text).join(' ')}`;
  });
}

const one = (text: string) => readable(article(text));

describe('extractClaims: who made the claim', () => {
  test.each([
    ['person subject', 'Union leader Marta Ruiz said the offer was an insult.', 'Marta Ruiz: Union leader Marta Ruiz said the offer was an insult.'],
    ['surname after an opening adverb', 'Jan Kowal opened the bridge. Furthermore, Kowal criticized the contractor for the delays.', 'Jan Kowal: Furthermore, Kowal criticized the contractor for the delays.'],
    ['apposition between subject and verb', 'Ian Moss, who chairs the transport committee, argued that the fares were too high.', 'Ian Moss: Ian Moss, who chairs the transport committee, argued that the fares were too high.'],
    ['apposition before the name', "The port authority's director, Lena Halvorsen, warned that dredging would take a year.", "Lena Halvorsen: The port authority's director, Lena Halvorsen, warned that dredging would take a year."],
    ['quote then attribution', '"We will not back down," Kowal said.', 'Kowal: "We will not back down," Kowal said.'],
    ['inverted attribution to a person', '"The numbers do not add up," said Ana Silva.', 'Ana Silva: "The numbers do not add up," said Ana Silva.'],
    ['inverted attribution to a group', '"The line will reopen on Monday," said the operator.', 'operator: "The line will reopen on Monday," said the operator.'],
    ['group noun phrase', 'Organisers said refunds would not be offered.', 'Organisers: Organisers said refunds would not be offered.'],
    ['collective noun', 'The company blamed rising costs for the closure.', 'company: The company blamed rising costs for the closure.'],
    ['according to', 'According to police, the driver fled the scene.', 'police: According to police, the driver fled the scene.'],
    ['auxiliary between subject and verb', 'Opponents have said they will appeal.', 'Opponents: Opponents have said they will appeal.'],
    ['described … as', 'Mayor Jan Kowal described the budget as "a fair compromise."', 'Jan Kowal: Mayor Jan Kowal described the budget as "a fair compromise."'],
    ['pointed to', 'Critics pointed to the rising cost of rents.', 'Critics: Critics pointed to the rising cost of rents.'],
  ])('%s', (_rule, text, expected) => {
    expect(one(text)).toEqual([expected]);
  });

  test('she is the subject of the previous sentence, not the last name it mentions', () => {
    const text = 'Governor Ruth Ames met the family of Tom Hale on Monday. She accused the police of hiding evidence.';
    expect(one(text)).toEqual(['Ruth Ames: She accused the police of hiding evidence.']);
  });

  test('a pronoun inside the sentence follows its subject', () => {
    const text = 'Councillor Jan Kowal criticized the plan, which she characterized as "reckless."';
    expect(claimsOf(article(text))).toEqual([{ by: 'Jan Kowal', paragraph: 1, sentences: [0], kind: 'accusation' }]);
  });

  test('a relative clause after a group names the group as it is written', () => {
    const text = 'The idea is popular among younger voters in rural districts, who argue that buses are too rare.';
    expect(one(text)).toEqual(['younger voters in rural districts: ' + text]);
  });

  test('a second verb keeps the subject and the strongest kind', () => {
    const text = 'Local runner Aisha Bello, who had trained for months, criticized the organisers and claimed that the forecast had been clear.';
    expect(claimsOf(article(text))).toEqual([{ by: 'Aisha Bello', paragraph: 1, sentences: [0], kind: 'accusation' }]);
  });

  test('an -ing form continues the claim of the verb before it', () => {
    const text = 'Kowal also pointed to the empty shops, suggesting that the rent rise had driven tenants away.';
    expect(one(text)).toEqual([`Kowal: ${text}`]);
  });

  test('a quotation-only sentence after a claim belongs to it', () => {
    const a = article('Jan Kowal said the budget was balanced. "Nobody will pay more tax." The vote is on Friday.');
    expect(claimsOf(a)).toEqual([{ by: 'Jan Kowal', paragraph: 1, sentences: [0, 1], kind: 'statement' }]);
  });

  test('two claimants in one sentence are two claims', () => {
    const a = article('Ana Silva said the plan was fair, but Tom Hale argued that it was rushed.');
    expect(claimsOf(a).map((c) => [c.by, c.kind])).toEqual([
      ['Ana Silva', 'statement'],
      ['Tom Hale', 'argument'],
    ]);
  });

  test('a pronoun skips a person already known to be of the other gender', () => {
    const text = [
      'Mayor Helen Okafor proposed the plan.',
      "Councillor James O'Neill opposed it. He accused the council of rushing.",
      'Mrs Okafor disagreed. She said the study was complete.',
    ].join('\n');
    expect(one(text)).toEqual([
      "James O'Neill: He accused the council of rushing.",
      'Helen Okafor: Mrs Okafor disagreed.',
      'Helen Okafor: She said the study was complete.',
    ]);
  });

  test('a role held by exactly one person is that person', () => {
    expect(one('Judge Ann Moore heard the case on Monday. The judge wrote that the law was unclear.')).toEqual([
      'Ann Moore: The judge wrote that the law was unclear.',
    ]);
  });

  test('an inverted subject may carry a title', () => {
    expect(one('"This is a scandal," said opposition leader Maria Reyes.')).toEqual(['Maria Reyes: "This is a scandal," said opposition leader Maria Reyes.']);
  });

  test('a name after the verb that starts a new clause is not the subject', () => {
    expect(one('Ana Silva met Tom Hale. Silva, speaking on Monday, said Hale had lied.')).toEqual([
      'Ana Silva: Silva, speaking on Monday, said Hale had lied.',
    ]);
  });

  test.each([
    ['Democrat Walter Mondale said the tax cut would fail.', 'Walter Mondale: Democrat Walter Mondale said the tax cut would fail.'],
    ['"We need calm," said Belgian Filip De Wilde.', 'Filip De Wilde: "We need calm," said Belgian Filip De Wilde.'],
    ['Chancellor of the Exchequer Kenneth Clarke argued that taxes must stay low.', 'Kenneth Clarke: Chancellor of the Exchequer Kenneth Clarke argued that taxes must stay low.'],
  ])('a descriptor or long title before the name is not the claimant: %j', (text, expected) => {
    expect(one(text)).toEqual([expected]);
  });

  test('a parenthesis between subject and verb is skipped', () => {
    expect(one('Senator Bob Jones (D-Ohio) said the bill would pass.')).toEqual(['Bob Jones: Senator Bob Jones (D-Ohio) said the bill would pass.']);
  });

  test('"they" and "it" refer to the latest group that made a claim', () => {
    expect(one('The ministry said the figures were accurate. It added that more staff would be hired.')).toEqual([
      'ministry: The ministry said the figures were accurate.',
      'ministry: It added that more staff would be hired.',
    ]);
  });

  test('an unknown "they" still reports a claim, without a claimant', () => {
    expect(claimsOf(article('They argue that the tax is unfair.'))).toEqual([{ by: null, paragraph: 1, sentences: [0], kind: 'argument' }]);
  });
});

describe('extractClaims: what is not a claim', () => {
  test.each([
    ['a background fact', 'The alliance was established in 1949 by twelve countries.'],
    ["the article's own analysis", 'This statement reflects the tensions in the region.'],
    ['a claim as a noun', 'The claims were investigated by the committee.'],
    ['a passive without an agent', 'The contractor was accused of cutting corners.'],
    ['a verb inside a quotation', 'The sign read "They said no" in large letters.'],
    ['an infinitive', 'The mayor declined to say when the bridge would open.'],
    ['a plain description', 'The library opened three reading rooms on Monday.'],
    ['a described thing with no "as"', 'The report described the crash in detail.'],
    ['a call that is an action', 'The union called a strike for Monday.'],
    ['a modal before the verb', 'Other factors could explain the results.'],
    ['a denial of speech', 'Officials did not say how many people would be affected.'],
    ['a verb inside a quotation split across sentences', 'Nobody said it would be easy," read the sign.'],
  ])('%s', (_rule, text) => {
    expect(claimsOf(article(text))).toEqual([]);
  });

  test('a quotation split across sentences is one claim, its own verbs ignored', () => {
    const text = 'Mayor Ana Braun spoke first. "The city cannot wait. Nobody said this would be easy," Braun added.';
    expect(claimsOf(article(text))).toEqual([{ by: 'Ana Braun', paragraph: 1, sentences: [1, 2], kind: 'statement' }]);
  });

  test('a passive with an agent is the agent\u2019s claim', () => {
    expect(one('The contractor was accused by residents of cutting corners.')).toEqual([
      'residents: The contractor was accused by residents of cutting corners.',
    ]);
  });
});

// ---- Checks shared with the evaluation: the seed, the practice articles, and unseen-style fixtures.

interface ClaimCheck {
  article: string;
  include: Array<{ quote_contains: string; by: string }>;
}

const practice = JSON.parse(readFileSync(new URL('../fixtures/eval/questions.json', import.meta.url), 'utf8')) as { claims: ClaimCheck[] };
const extraction = JSON.parse(readFileSync(new URL('../fixtures/extraction/expectations.json', import.meta.url), 'utf8')) as { claims: ClaimCheck[] };

const practicePaths: Record<string, string> = {
  'guette-nato-exit': '../../knowledge/guette-nato-exit.txt',
  'harbor-city-library': '../fixtures/eval/articles/harbor-city-library.md',
  'lakeside-marathon': '../fixtures/eval/articles/lakeside-marathon.txt',
};

/** The seed's claims the brief lists beyond the practice checks. */
const seedExtra: ClaimCheck = {
  article: 'guette-nato-exit',
  include: [
    { quote_contains: 'Greenland', by: 'Guetté' },
    { quote_contains: 'direct conflict with international law', by: 'Guetté' },
    { quote_contains: 'sovereignty', by: 'leftist and anti-imperialist factions' },
  ],
};

const cases = [
  ...[...practice.claims, seedExtra].map((c) => ({ ...c, path: practicePaths[c.article]! })),
  ...extraction.claims.map((c) => ({ ...c, path: `../fixtures/extraction/${c.article}` })),
];

describe.each(cases)('extractClaims on $article', (check) => {
  const a = fileArticle(check.path);
  const claims = claimsOf(a);
  const quoted = claims.map((c) => {
    const p = a.paragraphs.find((x) => x.index === c.paragraph)!;
    return { by: c.by, text: c.sentences.map((i) => p.sentences[i]!.text).join(' ') };
  });

  test.each(check.include)('finds $quote_contains by $by', (want) => {
    const matching = quoted.filter((q) => fold(q.text).includes(fold(want.quote_contains)));
    expect(matching.length, `claims: ${JSON.stringify(quoted.map((q) => q.by))}`).toBeGreaterThan(0);
    expect(matching.map((q) => fold(q.by ?? ''))).toContainEqual(expect.stringContaining(fold(want.by)));
  });
});

describe('extractClaims on the seed', () => {
  const a = fileArticle('../../knowledge/guette-nato-exit.txt');
  const claims = claimsOf(a);

  test('background and analysis paragraphs hold no claim', () => {
    const background = a.paragraphs.filter((p) => p.section === 'Background').map((p) => p.index);
    const analysis = claims.filter((c) => background.includes(c.paragraph));
    expect(analysis).toEqual([]);
  });

  test('claims come in article order', () => {
    const order = claims.map((c) => c.paragraph * 100 + c.sentences[0]!);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});
