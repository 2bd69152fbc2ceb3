import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { tempDir } from '../helpers/temp.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('knowledge-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const open = (dir: string) => KnowledgeStore.open({ dir, stateDir: tempDir('knowledge-state-'), worker: false });

describe('reading the knowledge folder', () => {
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
    const { snapshot } = await open(dir);
    expect(snapshot.corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(snapshot.failures.map((f) => [f.file, f.line, f.reason])).toEqual([
      ['alias.md', 2, expect.stringMatching(/not valid YAML.*alias/i)],
      ['bad-front.md', 2, expect.stringMatching(/published/)],
      ['binary.txt', null, 'the file is binary, not text'],
      ['empty.txt', null, 'the file is empty'],
      ['huge.txt', null, 'the file is larger than 1 MiB'],
      ['latin1.txt', null, 'the file is not UTF-8 text'],
    ]);
  });

  test('two files with one id: the first keeps it, the second is reported', async () => {
    const { snapshot } = await open(folder({ 'a.md': 'One.', 'a.txt': 'Two.' }));
    expect(snapshot.files.get('a')?.file).toBe('a.md');
    expect(snapshot.failures[0]).toMatchObject({ file: 'a.txt', reason: expect.stringMatching(/already has the id "a"/) });
  });

  test('without a usable state folder the same files load, the same way', async () => {
    const dir = folder({ 'a.md': 'One.', 'a.txt': 'Two.', 'b.txt': '' });
    const stateFile = join(tempDir('knowledge-state-'), 'not-a-folder');
    writeFileSync(stateFile, '');
    const store = await KnowledgeStore.open({ dir, stateDir: stateFile, worker: false });
    expect(store.snapshot.warning).toMatch(/cannot be used/);
    expect(store.corpus().articles.map((a) => a.id)).toEqual(['a']);
    expect(store.snapshot.failures.map((f) => f.file)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('the shipped knowledge folder', () => {
  test('every file in knowledge/ parses', async () => {
    const { snapshot } = await open(new URL('../../knowledge/', import.meta.url).pathname);
    expect(snapshot.failures).toEqual([]);
    expect(snapshot.corpus.articles.length).toBeGreaterThan(0);
  });
});
