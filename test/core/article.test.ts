import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle, parseArticleText } from '../../src/core/article.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseArticleText for plain text', () => {
  const seed = parseArticle('guette-nato-exit', 'txt', readFileSync(new URL('../fixtures/guette-nato-exit.raw.txt', import.meta.url)));

  test('the seed reads as paragraphs under its short heading lines', () => {
    expect(seed.ok).toBe(true);
    if (!seed.ok) return;
    expect(seed.article.sections).toEqual(['Key Details', 'Background', "What's Next"]);
    expect(seed.article.paragraphs).toHaveLength(10);
    expect(seed.article.paragraphs[0]!.section).toBeNull();
    expect(seed.article.paragraphs[1]).toMatchObject({ index: 2, section: 'Key Details' });
    expect(seed.article.title).toBe('Guette nato exit');
  });

  test('no damaged apostrophe survives anywhere in the seed', () => {
    if (!seed.ok) throw new Error('seed must parse');
    const all = seed.article.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/\p{L}"\p{L}|States" /u);
    expect(all).toContain("France's exit");
    expect(all).toContain('"kidnapping a head of state"');
    expect(all).toContain('"genocide."');
  });

  test('wrapped lines separated by blank lines join into one paragraph', () => {
    const r = parseArticleText('wrapped', 'txt', 'The council met on\nTuesday to vote.\n\nIt passed the budget\nwith a large majority.\n');
    expect(r.ok && r.article.paragraphs.map((p) => p.text)).toEqual(['The council met on Tuesday to vote.', 'It passed the budget with a large majority.']);
  });
});

describe('parseArticleText for Markdown', () => {
  const md = `---\ntitle: Council votes\npublished: 2026-03-02\nsource: https://example.org/a\n---\n\n# Council votes\n\nThe **council** voted on [the plan](https://x.y).\n\n## Next steps\n\nA second vote *will* follow.\n`;

  test('front matter gives title, date and source; headings give sections; markup is stripped', () => {
    const r = parseArticleText('council', 'md', md);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ title: 'Council votes', published: '2026-03-02', source: 'https://example.org/a', language: 'en' });
    expect(r.article.paragraphs.map((p) => [p.section, p.text])).toEqual([
      [null, 'The council voted on the plan.'],
      ['Next steps', 'A second vote will follow.'],
    ]);
  });

  test('without front matter the first # heading is the title', () => {
    const r = parseArticleText('x', 'md', '# Strike ends\n\nWorkers returned.\n');
    expect(r.ok && r.article.title).toBe('Strike ends');
  });
});

describe('front matter errors name the line and the field', () => {
  test.each([
    ['---\ntitle: ok\npublished: 2026-13-45\n---\nText.', 3, /published/],
    ['---\ntitle: ok\nsource: not a url\n---\nText.', 3, /source/],
    ['---\ntitle: [unclosed\n---\nText.', 2, /YAML/],
    ['---\nlanguage: english please\n---\nText.', 2, /language/],
    ['---\npublished: 2026-01-02\ntitle: *nope\n---\nText.', 3, /YAML.*alias/i],
    [`---\n${aliasBomb(9)}---\nText.`, 3, /YAML.*alias/i],
    ['---\nsource: "https://ok.example/x>)**[pwn](https://evil.example)"\n---\nText.', 2, /source.*<, >, \(/],
    ['---\nsource: https://ok.example/a b\n---\nText.', 2, /source/],
    ['---\nsource: "javascript:alert(1)"\n---\nText.', 2, /source.*http/],
  ])('%j', (text, line, message) => {
    const r = parseArticleText('x', 'md', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.line).toBe(line);
    expect(r.error.message).toMatch(message);
  });
});

/** Each level doubles the one before: `toJS` would expand 2^levels nodes. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [x, x]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

describe('files that are not articles', () => {
  test.each([
    ['empty', bytes(''), /empty/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary/],
    ['not UTF-8', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]), /UTF-8/],
    ['too large', bytes('a'.repeat(1024 * 1024 + 1)), /larger than 1 MiB/],
    ['only front matter', bytes('---\ntitle: x\n---\n'), /no paragraph/],
  ])('%s is refused with a reason', (_, content, reason) => {
    const r = parseArticle('x', 'txt', content);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(reason);
  });
});
