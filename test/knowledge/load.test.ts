import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadKnowledge', () => {
  test('broken files are skipped with their reason; the others load', async () => {
    const dir = folder({
      'good.md': '# Good\n\nA fine paragraph.',
      'bad-front.md': '---\npublished: yesterday\n---\nText.',
      'alias.md': '---\ntitle: *nope\n---\nText.',
      'binary.txt': new Uint8Array([1, 2, 0, 3]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'empty.txt': '',
      'huge.txt': 'a'.repeat(1024 * 1024 + 10),
      'notes.json': '{}',
      '.hidden.md': 'Hidden.',
    });
    const { loaded, failures } = await loadKnowledge(dir);
    expect(loaded.map((l) => l.article.id)).toEqual(['good']);
    expect(failures.map((f) => [f.file, f.line, f.reason])).toEqual([
      ['alias.md', 2, expect.stringMatching(/not valid YAML.*alias/i)],
      ['bad-front.md', 2, expect.stringMatching(/published/)],
      ['binary.txt', null, 'the file is binary, not text'],
      ['empty.txt', null, 'the file is empty'],
      ['huge.txt', null, 'the file is larger than 1 MiB'],
      ['latin1.txt', null, 'the file is not UTF-8 text'],
    ]);
  });

  test('two files with one id: the first keeps it, the second is reported', async () => {
    const { loaded, failures } = await loadKnowledge(folder({ 'a.md': 'One.', 'a.txt': 'Two.' }));
    expect(loaded.map((l) => l.file)).toEqual(['a.md']);
    expect(failures[0]).toMatchObject({ file: 'a.txt', reason: expect.stringMatching(/already has the id "a"/) });
  });
});

describe('the shipped knowledge folder', () => {
  test('every file in knowledge/ parses', async () => {
    const { loaded, failures } = await loadKnowledge(new URL('../../knowledge/', import.meta.url).pathname);
    expect(failures).toEqual([]);
    expect(loaded.length).toBeGreaterThan(0);
  });
});
