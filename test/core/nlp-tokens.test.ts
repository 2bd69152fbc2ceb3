import { describe, expect, test } from 'vitest';
import { lexTokens, phraseNorms } from '../../src/core/nlp-tokens.ts';

/** One line per token: `text:kind`, with `+cap`, `+poss`, `+quoted` when set. */
function describeTokens(text: string): string[] {
  return lexTokens(text).map((t) => `${t.text}:${t.kind}${t.cap ? '+cap' : ''}${t.poss ? '+poss' : ''}${t.quoted ? '+quoted' : ''}`);
}

describe('lexTokens', () => {
  test.each([
    ['Moreau’s plan', ['Moreau:word+cap+poss', 'plan:word']],
    ["the States' policy", ['the:word', 'States:word+cap+poss', 'policy:word']],
    ["Varga 's aide", ['Varga:word+cap+poss', 'aide:word']],
    ['the UN and EU', ['the:word', 'UN:acronym', 'and:word', 'EU:acronym']],
    ['O.J. Simpson', ['O.J.:acronym', 'Simpson:word+cap']],
    ['al-Assad and d’Estaing', ['al-Assad:word+cap', 'and:word', 'd’Estaing:word+cap']],
    ['up 3,5 or 12.75', ['up:word', '3,5:number', 'or:word', '12.75:number']],
    ['He said "we will win" today', ['He:word+cap', 'said:word', '":punct+quoted', 'we:word+quoted', 'will:word+quoted', 'win:word+quoted', '":punct', 'today:word']],
    ['Nobody said it," Lind added.', ['Nobody:word+cap+quoted', 'said:word+quoted', 'it:word+quoted', ',:punct+quoted', '":punct', 'Lind:word+cap', 'added:word', '.:punct']],
  ])('reads %j as %j', (text, expected) => {
    expect(describeTokens(text)).toEqual(expected);
  });

  test('keeps offsets into the text and folds the norm', () => {
    const text = 'Dr. Hélène Moreau spoke';
    const tokens = lexTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Dr', '.', 'Hélène', 'Moreau', 'spoke']);
    expect(tokens.map((t) => t.norm)).toEqual(['dr', '.', 'helene', 'moreau', 'spoke']);
  });

  test('marks a token spaced only when whitespace alone separates it from the one before', () => {
    expect(lexTokens('Mr. Lind, then Ola').map((t) => `${t.text}${t.spaced ? '+' : ''}`)).toEqual(['Mr', '.', 'Lind+', ',', 'then+', 'Ola+']);
  });
});

describe('phraseNorms', () => {
  test.each([
    ['Hélène Moreau', ['helene', 'moreau']],
    ['Dr. Moreau', ['dr', 'moreau']],
    ['Moreau’s', ['moreau']],
    ['van der Berg', ['van', 'der', 'berg']],
  ])('folds the words of %j, dropping punctuation and possessives', (phrase, expected) => {
    expect(phraseNorms(phrase)).toEqual(expected);
  });
});
