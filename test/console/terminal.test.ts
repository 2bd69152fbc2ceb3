import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runConsole } from '../../src/console/run.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import { loadRegistry } from '../../src/registry/registry.ts';

const SOURCE = 'https://news.example.org/2026/04/02/bridge-reopening';
const ARTICLE = `---
title: The old bridge reopens
source: ${SOURCE}
---
The old river bridge will reopen to traffic in May after two years of repairs that replaced its deck, its railings and most of the steel underneath, the council said on Tuesday in a statement read out at the start of the monthly meeting.

Shops on both banks expect more customers once the crossing is open again.
`;

const ANSI = /\x1b\[[0-9;]*m/g;

/** The real console over a real knowledge folder, writing to a stream that says it is (or is not) a terminal. */
async function consoleOutput(lines: string[], terminal: { isTTY: boolean; columns?: number }, article = ARTICLE): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'terminal-knowledge-'));
  writeFileSync(join(dir, 'bridge.md'), article);
  const store = await KnowledgeStore.open({ dir, stateDir: mkdtempSync(join(tmpdir(), 'terminal-state-')) });
  const registry = await loadRegistry();
  const output = Object.assign(new PassThrough(), terminal);
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  await runConsole(registry, {
    json: false,
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    context: { knowledge: { read: () => ({ corpus: store.corpus() }) }, invoker: { id: 'console', tag: 'console', moderator: true } },
    log: createLogger('silent'),
  });
  return text;
}

const quoteLines = (out: string) => out.split('\n').filter((l) => l.startsWith('> '));

afterEach(() => vi.unstubAllEnvs());

describe('console answers on a terminal', () => {
  test('quotes wrap at word boundaries to the width, matched words in bold, the link beside the citation', async () => {
    vi.stubEnv('NO_COLOR', '');
    const plain = await consoleOutput(['When will the bridge reopen?'], { isTTY: false });
    const out = await consoleOutput(['When will the bridge reopen?'], { isTTY: true, columns: 48 });
    const [quote] = quoteLines(plain);
    const lines = quoteLines(out);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.replace(ANSI, '').length).toBeLessThanOrEqual(48);
    // Every break is at a space: the lines rejoined give the quote back word for word.
    expect(lines.map((l) => l.replace(ANSI, '').slice(2)).join(' ')).toBe(quote!.slice(2));
    expect(out).toMatch(/\x1b\[1mbridge\x1b\[22m/);
    expect(out).toMatch(/\x1b\[1mreopen\x1b\[22m/);
    expect(out).toContain('  — The old bridge reopens · paragraph 1\n');
    expect(out).toContain(`\n    ${SOURCE}\n`);
  });

  test('with NO_COLOR matches show as *word*, counted in the width, and a short link shares the citation line', async () => {
    vi.stubEnv('NO_COLOR', '1');
    const out = await consoleOutput(['When will the bridge reopen?'], { isTTY: true, columns: 120 });
    expect(out).not.toMatch(ANSI);
    expect(out).toMatch(/\*bridge\* will \*reopen\*/);
    for (const line of quoteLines(out)) expect(line.length).toBeLessThanOrEqual(120);
    expect(out).toContain(`  — The old bridge reopens · paragraph 1 · ${SOURCE}\n`);
  });

  test('an article without a link shows the citation alone', async () => {
    const out = await consoleOutput(['When will the bridge reopen?'], { isTTY: true, columns: 100 }, ARTICLE.replace(/^source: .*\n/m, ''));
    expect(out).toMatch(/^ {2}— The old bridge reopens · paragraph 1$/m);
    expect(out).not.toContain('https://');
  });

  test('piped output stays one plain line per quote, with no marks and no link', async () => {
    const out = await consoleOutput(['When will the bridge reopen?'], { isTTY: false, columns: 40 });
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('*');
    expect(out).not.toContain(SOURCE);
    expect(quoteLines(out)[0]).toMatch(/^> The old river bridge will reopen to traffic in May after two years of repairs .* the council said on Tuesday/);
  });
});
