import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isAscii } from 'node:buffer';
import { ask } from '../../src/core/answers.ts';
import { who } from '../../src/core/who-claims-next.ts';
import { cacheDir } from '../../src/knowledge/build.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { tempDir } from '../helpers/temp.ts';

const PRACTICE = new URL('../fixtures/eval/articles/', import.meta.url).pathname;
const SEED = new URL('../../knowledge/', import.meta.url).pathname;

function folders() {
  const dir = tempDir('cache-knowledge-');
  const stateDir = tempDir('cache-state-');
  cpSync(SEED, dir, { recursive: true });
  cpSync(PRACTICE, dir, { recursive: true });
  return { dir, stateDir };
}

describe('the knowledge cache', () => {
  test('a restart with unchanged files starts from the cache and answers the same', async () => {
    const { dir, stateDir } = folders();
    const first = await KnowledgeStore.open({ dir, stateDir });
    expect(first.snapshot.origin).toEqual({ reparsed: 3 });
    const second = await KnowledgeStore.open({ dir, stateDir });
    expect(second.snapshot.origin).toBe('cache');
    expect(second.snapshot.version).toBe(first.snapshot.version);
    const q = 'When was the North Atlantic Treaty Organization established?';
    expect(ask(second.corpus(), q)).toEqual(ask(first.corpus(), q));
    expect(second.corpus().extracted).toEqual(first.corpus().extracted);
  });

  test('processes sharing the state folder build once: the second finds the cache ready', async () => {
    const { dir, stateDir } = folders();
    const [a, b] = await Promise.all([KnowledgeStore.open({ dir, stateDir }), KnowledgeStore.open({ dir, stateDir })]);
    expect(a.snapshot.version).toBe(b.snapshot.version);
    const fresh = (await a.reload());
    expect(fresh.changed).toEqual([]);
    expect(readdirSync(cacheDir({ dir, stateDir })).filter((f) => f.startsWith('segment-'))).toHaveLength(1);
  });

  test('a reload that finds nothing changed keeps the served knowledge as it is, without reading the cache again', async () => {
    const { dir, stateDir } = folders();
    const store = await KnowledgeStore.open({ dir, stateDir, worker: false });
    const served = store.snapshot;
    // A cache that could not be read back any more would show if the reload read it.
    const segment = readdirSync(cacheDir({ dir, stateDir })).find((f) => f.startsWith('segment-'))!;
    appendFileSync(join(cacheDir({ dir, stateDir }), segment), 'not json\n');
    const report = await store.reload();
    expect(report).toMatchObject({ ok: true, added: [], changed: [], removed: [], version: served.version });
    expect(store.snapshot).toBe(served);
    writeFileSync(join(dir, 'extra.md'), '# Extra\n\nA second article.\n');
    expect((await store.reload()).added).toEqual(['extra']);
    expect(store.snapshot).not.toBe(served);
  });

  test('a build lock left by a process that died is taken over at once', async () => {
    const { dir, stateDir } = folders();
    mkdirSync(cacheDir({ dir, stateDir }), { recursive: true });
    writeFileSync(join(cacheDir({ dir, stateDir }), 'build.lock'), '999999999');
    const store = await KnowledgeStore.open({ dir, stateDir });
    expect(store.corpus().articles).toHaveLength(3);
  });

  test('another knowledge folder never touches this folder\'s last good copies', async () => {
    const { dir, stateDir } = folders();
    await KnowledgeStore.open({ dir, stateDir });
    const other = tempDir('cache-other-');
    writeFileSync(join(other, 'solo.md'), '# Solo\n\nOne article.\n');
    await KnowledgeStore.open({ dir: other, stateDir });
    writeFileSync(join(dir, 'guette-nato-exit.txt'), '');
    const store = await KnowledgeStore.open({ dir, stateDir });
    expect(store.corpus().byId.has('guette-nato-exit')).toBe(true);
    expect(store.snapshot.failures[0]).toMatchObject({ file: 'guette-nato-exit.txt', keptLastGood: true });
  });

  test('a changed file is parsed and extracted again, alone', async () => {
    const { dir, stateDir } = folders();
    await KnowledgeStore.open({ dir, stateDir });
    appendFileSync(join(dir, 'lakeside-marathon.txt'), '\nThe organisers will publish a safety review in July.\n');
    const store = await KnowledgeStore.open({ dir, stateDir });
    expect(store.snapshot.origin).toEqual({ reparsed: 1 });
    expect(ask(store.corpus(), 'safety review').items[0]!.quotes[0]!.text).toContain('safety review in July');
  });

  test('the cache is plain ASCII, and accents, curly quotes and emoji read back exactly', async () => {
    const { dir, stateDir } = folders();
    writeFileSync(
      join(dir, 'fjord-choir.md'),
      '# Zoë’s choir sings in Tromsø 🎶\n\nThe conductor, Åsa Lindqvist-Brønstad, said “we rehearse twice a week” in the old fishmarket. 🐟 It holds ninety singers.\n\nLindqvist-Brønstad will take the choir to Kraków in May — its first trip abroad.\n',
    );
    const first = await KnowledgeStore.open({ dir, stateDir });
    for (const name of readdirSync(cacheDir({ dir, stateDir })).filter((f) => f.startsWith('segment-'))) {
      expect(isAscii(readFileSync(join(cacheDir({ dir, stateDir }), name)))).toBe(true);
    }
    const second = await KnowledgeStore.open({ dir, stateDir });
    expect(second.snapshot.origin).toBe('cache');
    const [before, after] = [first.corpus().byId.get('fjord-choir')!, second.corpus().byId.get('fjord-choir')!];
    expect(after).toEqual(before);
    expect(after.title).toBe("Zoë's choir sings in Tromsø 🎶"); // curly apostrophes are straightened on load
    expect(after.paragraphs[0]!.sentences.map((s) => s.text).join(' ')).toContain('“we rehearse twice a week”');
    for (const q of ['When does the choir go to Kraków?', 'How many singers are in the Tromsø choir?', 'fishmarket 🐟']) expect(ask(second.corpus(), q)).toEqual(ask(first.corpus(), q));
    expect(who(second.corpus(), { name: 'brønstad' })).toEqual(who(first.corpus(), { name: 'brønstad' }));
    expect(who(second.corpus(), { name: 'Brønstad' }).items[0]?.heading).toBe('Åsa Lindqvist-Brønstad');
  });

  const lines = (text: string) => text.split('\n');
  test.each([
    ['a corrupt index', 'segment-', (t: string) => [...lines(t).slice(0, 2), '{"not": "an index"', ''].join('\n')],
    ['a corrupt article list', 'segment-', (t: string) => [lines(t)[0], 'garbage', ...lines(t).slice(2)].join('\n')],
    ['a truncated segment', 'segment-', (t: string) => t.slice(0, t.length / 2)],
    ['a stale meta file', 'meta.json', () => '{"codeVersion":"old","version":"x","inputs":{},"served":{},"failures":[]}'],
  ])('%s is ignored and rebuilt, never trusted', async (_, file, corrupt) => {
    const { dir, stateDir } = folders();
    const first = await KnowledgeStore.open({ dir, stateDir });
    const name = readdirSync(cacheDir({ dir, stateDir })).find((f) => f.startsWith(file))!;
    const path = join(cacheDir({ dir, stateDir }), name);
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    const store = await KnowledgeStore.open({ dir, stateDir });
    expect(store.snapshot.origin).not.toBe('cache');
    expect(store.snapshot.version).toBe(first.snapshot.version);
    expect(store.corpus().articles).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(cacheDir({ dir, stateDir }), 'meta.json'), 'utf8')).version).toBe(first.snapshot.version);
  });
});
