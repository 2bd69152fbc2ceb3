import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/core/article.ts';
import { extractArticle, MIN_ARTICLE_WORDS } from '../../src/core/extract-page.ts';
import { slugFor } from '../../src/knowledge/admin.ts';
import { decode } from '../../src/knowledge/fetch-page.ts';

const PAGES = new URL('../fixtures/pages/', import.meta.url).pathname;

interface Expected {
  url: string;
  title: string;
  source: string;
  published: string | null;
  author: string | null;
  language: string | null;
  id: string;
  sections: string[];
  /** A page's standfirst (summary under the headline) may be kept as the first paragraph. */
  standfirst?: string;
  paragraphs: string[];
  /** Navigation, captions, ads, banners, related links: none of it may reach the file. */
  absent: string[];
}

const layouts = readdirSync(PAGES).filter((f) => f.endsWith('.expect.json')).map((f) => f.replace('.expect.json', ''));

function extract(name: string, url: string) {
  const html = decode(readFileSync(`${PAGES}${name}.html`), undefined, true);
  return extractArticle({ url, contentType: 'text/html', text: html });
}

describe('extractArticle on saved pages of different layouts', () => {
  test('there are at least 8 layouts', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(layouts)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${PAGES}${name}.expect.json`, 'utf8')) as Expected;
    const result = extract(name, expected.url);
    const parsed = result.ok ? parseArticle('x', 'md', new TextEncoder().encode(result.text)) : null;
    const article = parsed?.ok ? parsed.article : null;
    const body = (article?.paragraphs ?? []).map((p) => p.text);
    if (expected.standfirst && body[0] === expected.standfirst) body.shift();

    test('becomes a knowledge file that loads like any other', () => {
      expect(result.ok).toBe(true);
      expect(parsed?.ok).toBe(true);
    });

    test('takes title, canonical source, date, author and language from the metadata', () => {
      expect(article).toMatchObject({ title: expected.title, source: expected.source, published: expected.published, language: expected.language ?? 'en' });
      expect(result.ok && result.meta.author).toBe(expected.author);
      expect(result.ok && slugFor(result.name)).toMatchObject({ ok: true, id: expected.id });
    });

    test.each(expected.paragraphs.map((text, i) => [i + 1, text] as const))('keeps body paragraph %i', (n, text) => {
      expect(body[n - 1]).toBe(text);
    });

    test('keeps nothing else, and its section headings', () => {
      expect(body).toHaveLength(expected.paragraphs.length);
      expect(article?.sections).toEqual(expected.sections);
      expect(result.ok && result.words).toBe([...(article?.paragraphs[0]?.text === expected.standfirst ? [expected.standfirst] : []), ...expected.paragraphs].join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    });

    test.each(expected.absent)('leaves out %j', (text) => {
      expect(result.ok && result.text).not.toContain(text);
    });
  });
});

describe('pages with no article body are refused with the reason', () => {
  test.each([
    ['refuse-paywall-stub', /^the article is behind a paywall: only \d+ words of it are on the page$/],
    ['refuse-video-page', /^it is a video page, with only \d+ words of text$/],
    ['refuse-home-page', /^it is a home or section page \(a list of links to articles\), not one article$/],
  ])('%s', (name, reason) => {
    const result = extract(name, 'https://news.example.com/');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  test('an empty shell of a page (content drawn by scripts) says no body was found', () => {
    const result = extractArticle({ url: 'https://app.example.com/story/1', contentType: 'text/html', text: '<html><head><title>News</title><script src="app.js"></script></head><body><div id="root"></div></body></html>' });
    expect(result).toEqual({ ok: false, reason: 'no article body was found on it (only 0 words of text)' });
  });
});

describe('page furniture named in class names', () => {
  const sentence = (topic: string) => `The ${topic} committee met on Tuesday and agreed, after a long discussion about costs, staffing and the timetable for the coming year, to publish its full findings in the spring.`;
  test('parts of the story whose class names sound like furniture are kept, the real furniture is not', () => {
    const part = (topics: string[]) => `<div class="story-part share-enabled">${topics.map((t) => `<p>${sentence(t)}</p>`).join('')}</div>`;
    const html = `<html><head><title>Committee findings</title></head><body><article><h1>Committee findings</h1>
      ${part(['budget', 'housing', 'transport'])}
      <div class="share-bar"><p>Share this story with a friend today.</p></div>
      ${part(['schools', 'parks', 'health'])}
      ${part(['water', 'energy', 'waste'])}
      ${part(['libraries', 'sport', 'culture'])}
      <div class="newsletter-promo"><p>Get the morning briefing in your inbox every day.</p></div>
      </article></body></html>`;
    const result = extractArticle({ url: 'https://news.example.com/findings', contentType: 'text/html', text: html });
    expect(result.ok && result.paragraphs).toBe(12);
    expect(result.ok && result.text).not.toMatch(/Share this story|morning briefing/);
  });
});

describe('text repair and escaping', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  test('apostrophes that arrived as quotes are repaired, and a paragraph starting like Markdown stays text', () => {
    const html = `<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>
      <p>The council"s budget passes by 5-4, said the mayor. ${words(60)}.</p>
      <p># 1 priority is roads and [schools], she said. ${words(60)}.</p>
      <p>- not a list, but a dash. ${words(20)}.</p></article></body></html>`;
    const result = extractArticle({ url: 'https://news.example.com/budget', contentType: 'text/html', text: html });
    const parsed = result.ok ? parseArticle('x', 'md', new TextEncoder().encode(result.text)) : null;
    const texts = parsed?.ok ? parsed.article.paragraphs.map((p) => p.text) : [];
    expect(texts[0]).toMatch(/^The council's budget passes by 5-4, said the mayor\./);
    expect(texts[1]).toMatch(/^# 1 priority is roads and \[schools\], she said\./);
    expect(texts[2]).toMatch(/^- not a list, but a dash\./);
  });

  test('a text/plain page keeps its lines and gets the link as its source', () => {
    const text = `Harbour tolls to rise\n\n${words(MIN_ARTICLE_WORDS)}.\n\nSecond paragraph of the notice.\n`;
    const result = extractArticle({ url: 'https://port.example.org/notices/harbour-tolls-rise-2027.txt', contentType: 'text/plain', text });
    expect(result).toMatchObject({ ok: true, name: 'harbour-tolls-rise-2027.txt' });
    const parsed = result.ok ? parseArticle('x', 'txt', new TextEncoder().encode(result.text)) : null;
    expect(parsed?.ok && parsed.article).toMatchObject({ title: 'Harbour tolls to rise', source: 'https://port.example.org/notices/harbour-tolls-rise-2027.txt' });
  });
});

describe('a link holding parentheses', () => {
  test('is kept as the source, percent-encoded, so the file passes front-matter validation', () => {
    const name = readdirSync(PAGES).find((f) => f.endsWith('.expect.json'))!.replace('.expect.json', '');
    const html = decode(readFileSync(`${PAGES}${name}.html`), undefined, true).replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="https://news.example.com/story_(politics)">');
    const result = extractArticle({ url: 'https://news.example.com/story_(politics)', contentType: 'text/html', text: html });
    expect(result.ok).toBe(true);
    const parsed = result.ok ? parseArticle('x', 'md', new TextEncoder().encode(result.text)) : null;
    expect(parsed?.ok && parsed.article.source).toBe('https://news.example.com/story_%28politics%29');
  });

  test('on a text/plain page is percent-encoded too, so the file passes front-matter validation', () => {
    const body = Array.from({ length: MIN_ARTICLE_WORDS }, (_, i) => `word${i}`).join(' ');
    const result = extractArticle({ url: 'https://port.example.org/notices/harbour_tolls_(2027).txt', contentType: 'text/plain', text: `Harbour tolls to rise\n\n${body}.\n` });
    const parsed = result.ok ? parseArticle('x', 'txt', new TextEncoder().encode(result.text)) : null;
    expect(parsed?.ok ? parsed.article.source : parsed?.error.message).toBe('https://port.example.org/notices/harbour_tolls_%282027%29.txt');
  });
});

describe('a page whose link has only a number for a slug', () => {
  const page = (title: string, sentence: string) =>
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${Array.from({ length: 8 }, () => `<p>${sentence.repeat(4)}</p>`).join('')}</article></body></html>`;

  test.each([
    ['Cyrillic', 'https://gazeta.example.ru/news/2027/04/381245', 'Городской совет утвердил новые автобусные полосы', 'Совет проголосовал за новые полосы для автобусов на главной улице. ', 'городской-совет-утвердил-новые-автобусные-полосы'],
    ['CJK', 'https://news.example.jp/articles/20270412', '市議会、新しいバス専用レーンを承認', '市議会は中心部の大通りにバス専用レーンを設けることを賛成多数で可決した。', '市議会-新しいバス専用レーンを承認'],
  ])('a %s title gives a readable id that an upload accepts', (_, url, title, sentence, id) => {
    const result = extractArticle({ url, contentType: 'text/html', text: page(title, sentence) });
    expect(result.ok ? result.name : result.reason).toBe(`${title.replace(/\s+/g, '-')}.md`);
    const slug = result.ok ? slugFor(result.name) : null;
    expect(slug).toEqual({ ok: true, id, format: 'md' });
    const parsed = result.ok ? parseArticle(id, 'md', new TextEncoder().encode(result.text)) : null;
    expect(parsed?.ok && parsed.article.title).toBe(title);
  });
});
