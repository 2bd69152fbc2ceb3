/**
 * A large folder is split into segments: one edit rebuilds, writes and reloads one segment,
 * and the other segments keep serving untouched.
 */
import { appendFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ask } from '../../src/core/answers.ts';
import { cacheDir } from '../../src/knowledge/build.ts';
import { segmentCount, segmentOf } from '../../src/knowledge/segments.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { tempDir } from '../helpers/temp.ts';

const TOWNS = ['Arden', 'Belmont', 'Corby', 'Dunmore', 'Elgin', 'Fenwick', 'Galway', 'Harlow'];

/** `n` short articles, each about its own numbered bridge in one of a few towns. */
function folderOf(n: number): { dir: string; stateDir: string } {
  const dir = tempDir('segments-knowledge-');
  const stateDir = tempDir('segments-state-');
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    writeFileSync(join(dir, `story-${i}.txt`), `Bridge ${i} in ${town}\n\nThe council of ${town} voted to repair bridge number ${i} before the winter.\n`);
  }
  return { dir, stateDir };
}

const segmentFiles = (d: { dir: string; stateDir: string }) => readdirSync(cacheDir(d)).filter((f) => f.startsWith('segment-')).sort();

describe('segments', () => {
  test('a small folder is one segment; the count grows as a power of two with the folder', () => {
    expect([1, 500, 700, 800, 1000, 3000, 10_000].map(segmentCount)).toEqual([1, 1, 1, 2, 2, 8, 16]);
  });

  test('an id always lands in the same segment, and ids spread over all of them', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `article-${i}`);
    expect(ids.map((id) => segmentOf(id, 16))).toEqual(ids.map((id) => segmentOf(id, 16)));
    const sizes = new Array(16).fill(0);
    for (const id of ids) sizes[segmentOf(id, 16)]++;
    expect(Math.min(...sizes)).toBeGreaterThan(30);
  });

  test('one edited article rebuilds one segment; the others keep their file and their part', async () => {
    const d = folderOf(800);
    const store = await KnowledgeStore.open({ ...d, worker: false });
    expect(store.snapshot.parts).toHaveLength(2);
    expect(store.corpus().articles).toHaveLength(800);
    const before = segmentFiles(d);
    expect(before).toHaveLength(2);
    const changed = 'story-17';
    const untouched = store.snapshot.parts.find((p) => !p.byId.has(changed))!;
    const untouchedFile = before.map((f) => [f, statSync(join(cacheDir(d), f)).mtimeMs] as const);

    appendFileSync(join(d.dir, `${changed}.txt`), '\nEngineers found the foundations of the old ferry landing under it.\n');
    const report = await store.reload();
    expect(report).toMatchObject({ ok: true, changed: [changed], added: [], removed: [] });
    expect(store.snapshot.origin).toEqual({ reparsed: 1 });
    expect(store.snapshot.parts).toContain(untouched);
    const after = segmentFiles(d);
    // The previous build's files stay for a reader still loading them: one new file beside them.
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
    for (const [f, mtime] of untouchedFile) if (after.includes(f)) expect(statSync(join(cacheDir(d), f)).mtimeMs).toBe(mtime);
    expect(ask(store.corpus(), 'ferry landing foundations').items[0]!.quotes[0]).toMatchObject({ article: changed });

    // A restart serves the same from the cache.
    const restarted = await KnowledgeStore.open(d);
    expect(restarted.snapshot.origin).toBe('cache');
    expect(restarted.snapshot.version).toBe(store.snapshot.version);
    expect(restarted.snapshot.keys).toEqual(store.snapshot.keys);
  });

  test('a cold start with several segments builds them on worker threads, and a broken file keeps its last good version', async () => {
    const d = folderOf(800);
    const first = await KnowledgeStore.open(d);
    expect(first.snapshot.origin).toEqual({ reparsed: 800 });
    writeFileSync(join(d.dir, 'story-3.txt'), Buffer.from([0xff, 0xfe, 0x00]));
    const report = await first.reload();
    expect(report.failures).toMatchObject([{ file: 'story-3.txt', keptLastGood: true }]);
    expect(first.corpus().byId.get('story-3')?.title).toBe('Bridge 3 in Dunmore');
    expect(first.corpus().articles).toHaveLength(800);
  });
});
