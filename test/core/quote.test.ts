import { describe, expect, test } from 'vitest';
import { quoteSentences } from '../../src/core/quote.ts';
import { textArticle } from '../helpers/articles.ts';

const article = textArticle(
  '# Harbour vote\n\n## Results\n\nThe vote passed on Monday.  Forty members agreed. Ten were against. The mayor said it was “a good day.”',
  'md',
);
const paragraph = article.paragraphs[0]!;

describe('quoteSentences', () => {
  test('adjacent sentences are one verbatim span, with the article\'s own spacing', () => {
    const quote = quoteSentences(article, paragraph, [1, 0]);
    expect(quote.text).toBe(paragraph.text.slice(paragraph.sentences[0]!.start, paragraph.sentences[1]!.end));
    expect(paragraph.text).toContain(quote.text);
  });

  test('a skipped sentence becomes " … " and the quote is cited by article, section and paragraph', () => {
    const quote = quoteSentences(article, paragraph, [0, 3, 3]);
    expect(quote).toMatchObject({ article: 'fixture', section: 'Results', paragraph: 1 });
    const [first, last] = quote.text.split(' … ');
    expect(first).toBe(paragraph.sentences[0]!.text);
    expect(last).toBe(paragraph.sentences[3]!.text);
    expect(quote.highlight).toBeUndefined();
  });

  test('asking for sentences the paragraph lacks is a programmer error that names the paragraph', () => {
    expect(() => quoteSentences(article, paragraph, [9])).toThrow(/no sentence 9 in fixture paragraph 1/);
  });
});
