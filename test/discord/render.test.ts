import { describe, expect, test } from 'vitest';
import { citedInFooter, commandLineFromFooter, cutQuote, renderPages, LIMITS } from '../../src/discord/render.ts';
import { formatLine } from '../../src/registry/command-line.ts';
import type { Answer } from '../../src/core/types.ts';

const info = { title: 'Port strike *ends*', source: 'https://example.org/port' };
const options = { article: () => info, title: 'Who spoke?', commandLine: '/who article:port' };
const quote = (text: string, paragraph = 1) => ({ text, article: 'port', section: 'Key Details', paragraph });

describe('renderPages', () => {
  test('a quote becomes a block quote with bold matches and a linked citation', () => {
    const answer: Answer = {
      input: '/ask question:strike',
      command: 'ask',
      items: [{ heading: 'Lena Halvorsen', detail: 'Union leader', quotes: [{ ...quote('The strike ended on Monday.'), highlight: [[4, 10]] }] }],
    };
    const [page] = renderPages(answer, options);
    expect(page!.embeds[0]!.description).toMatchInlineSnapshot(`
      "**Lena Halvorsen** — Union leader
      > The **strike** ended on Monday.
      -# [Port strike \\*ends\\*](<https://example.org/port>) · Key Details · ¶ 1"
    `);
    expect(page!.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(page!.components).toEqual([]);
  });

  test('article text cannot break the formatting or mention anyone', () => {
    const [page] = renderPages(
      { input: '', command: 'ask', items: [{ heading: null, detail: null, quotes: [quote('> *bold* _it_ `code` # head <@123> @everyone')] }] },
      options,
    );
    const text = page!.embeds[0]!.description!;
    expect(text).toContain('> \\> \\*bold\\* \\_it\\_ \\`code\\` # head <\u200B@123> @everyone');
  });

  test('article text cannot show command mentions, server links or subtext', () => {
    const [page] = renderPages(
      { input: '', command: 'ask', items: [{ heading: null, detail: null, quotes: [quote('-# small print: run </reload:123456789012345678> or open <id:customize>')] }] },
      options,
    );
    const text = page!.embeds[0]!.description!;
    expect(text).toContain('> \\-# small print: run <\u200B/reload:123456789012345678> or open <\u200Bid:customize>');
    expect(text).not.toMatch(/<\/|<id:|^(> )?-# small/m);
  });

  test('a title cannot close its citation link and add a link of its own', () => {
    const [page] = renderPages(
      { input: '', command: 'ask', items: [{ heading: null, detail: null, quotes: [quote('The harbor reopened.')] }] },
      { ...options, article: () => ({ title: 'Harbor news](https://evil.example/phish) [more](https://evil.example)', source: 'https://ok.example/a' }) },
    );
    const citation = page!.embeds[0]!.description!.split('\n')[1]!;
    expect(citation).toBe('-# [Harbor news\\](https://evil.example/phish) \\[more\\](https://evil.example)](<https://ok.example/a>) · Key Details · ¶ 1');
    // Only one link: every bracket of the title is escaped.
    expect(citation.match(/(?<!\\)\]\(/g)).toHaveLength(1);
  });

  test('the question shown as the title is escaped: bold, spoilers and code show as typed', () => {
    const [page] = renderPages({ input: '', command: 'ask', items: [] }, { ...options, title: '**loud** ||hidden|| ```code``` [x](https://e.example)' });
    expect(page!.embeds[0]!.title).toBe('\\*\\*loud\\*\\* \\|\\|hidden\\|\\| \\`\\`\\`code\\`\\`\\` \\[x\\](https://e.example)');
  });

  test('a long answer is split into pages within every limit, with Previous/More buttons', () => {
    const long = 'A sentence about the harbour strike and its many consequences for the city. '.repeat(12).trim();
    const answer: Answer = { input: '', command: 'who', items: Array.from({ length: 30 }, (_, i) => ({ heading: `Person ${i}`, detail: 'role', quotes: [quote(long, i + 1)] })) };
    const pages = renderPages(answer, options);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      const embed = page.embeds[0]!;
      expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(embed.title!.length + embed.description!.length + embed.footer!.text.length).toBeLessThanOrEqual(LIMITS.embedTotal);
      // After the command line, the articles quoted, which a reply to the answer asks about.
      expect(embed.footer!.text).toBe(`Page ${i + 1}/${pages.length} · /who article:port · from: port`);
      expect(commandLineFromFooter(embed.footer!.text)).toBe('/who article:port');
      expect(citedInFooter(embed.footer!.text)).toEqual(['port']);
      const [prev, next] = (page.components[0] as { components: Array<{ custom_id: string; disabled: boolean }> }).components;
      expect(prev!.disabled).toBe(i === 0);
      expect(next!.disabled).toBe(i === pages.length - 1);
      expect(prev!.custom_id).not.toBe(next!.custom_id);
    });
    expect(pages.flatMap((p) => p.embeds[0]!.description!.match(/\*\*Person \d+\*\*/g)).length).toBe(30);
  });

  test('a weak /ask match says these are the closest passages, above the quotes', () => {
    const item = (confidence: number) => ({ heading: null, detail: null, quotes: [quote('The strike ended on Monday.')], confidence });
    const weak = renderPages({ input: '', command: 'ask', items: [item(0.2)] }, options)[0]!.embeds[0]!.description!;
    expect(weak.split('\n')[0]).toBe('*No passage clearly answers this; these are the closest:*');
    const sure = renderPages({ input: '', command: 'ask', items: [item(0.9)] }, options)[0]!.embeds[0]!.description!;
    expect(sure).not.toContain('closest');
  });

  test('an error is a short message with no embed', () => {
    const [page] = renderPages({ input: '', command: 'ask', items: [], error: 'No article matches "x".' }, options);
    expect(page).toMatchObject({ content: '⚠️ No article matches "x".', embeds: [] });
  });

  test('an error with items (a failed reload) shows the error and every item', () => {
    const [page] = renderPages(
      { input: '/reload', command: 'reload', items: [{ heading: 'Failed: a.md line 2', detail: 'bad date', quotes: [] }], error: 'no article could be loaded' },
      options,
    );
    expect(page!.content).toBe('⚠️ no article could be loaded');
    expect(page!.embeds[0]!.description).toContain('**Failed: a.md line 2** — bad date');
  });

  test('the footer gives back the command line for page buttons', () => {
    expect(commandLineFromFooter('Page 2/3 · /ask question:Why? article:port')).toBe('/ask question:Why? article:port');
    expect(commandLineFromFooter('something else')).toBeNull();
  });

  test('a question that itself says "· from: x" is read back whole, and cites nothing it did not quote', () => {
    const line = formatLine('ask', null, { question: 'Who wrote it · from: harbor?' });
    const [page] = renderPages({ input: line, command: 'ask', items: [] , note: 'Nothing matches.' }, { ...options, commandLine: line });
    const footer = page!.embeds[0]!.footer!.text;
    expect(commandLineFromFooter(footer)).toBe(line);
    expect(citedInFooter(footer)).toEqual([]);
  });

  test.each(['a b', 'one, two', 'left|right', '50% more', 'plain-id', 'café'])('a cited id read back from the footer is the id quoted (%s)', (id) => {
    const answer: Answer = { input: '', command: 'ask', items: [{ heading: null, detail: null, quotes: [{ ...quote('The strike ended.'), article: id }, quote('It began in May.')] }] };
    const footer = renderPages(answer, options)[0]!.embeds[0]!.footer!.text;
    expect(commandLineFromFooter(footer)).toBe(options.commandLine);
    expect(citedInFooter(footer)).toEqual([id, 'port']);
  });
});

describe('cutQuote', () => {
  test('cuts at a sentence end when one is near, else at a word', () => {
    expect(cutQuote('First sentence here. Second sentence is longer than the limit.', 36)).toBe('First sentence here. …');
    expect(cutQuote('averyveryverylongword and then some more words', 30)).toBe('averyveryverylongword and …');
  });
});
