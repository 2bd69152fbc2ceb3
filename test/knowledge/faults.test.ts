/**
 * Broken disks and state: the knowledge keeps serving, a moderator is told what is wrong in
 * words, and nothing on disk is lost or hangs the start.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { moderatorAnswers } from '../helpers/moderator.ts';
import { createAdmin } from '../../src/knowledge/admin.ts';
import { cacheDir, stateFor } from '../../src/knowledge/build.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import type { Invoker, UploadedFile } from '../../src/registry/registry.ts';
import { tempDir } from '../helpers/temp.ts';

const log = createLogger('silent');
const moderator: Invoker = { id: '1', tag: 'mod#0001', moderator: true };
const PRACTICE = new URL('../fixtures/eval/articles/', import.meta.url).pathname;
const MARATHON = readFileSync(join(PRACTICE, 'lakeside-marathon.txt'));

function folders() {
  const dir = tempDir('faults-knowledge-');
  const stateDir = tempDir('faults-state-');
  cpSync(PRACTICE, dir, { recursive: true });
  return { dir, stateDir };
}

const upload = (name: string, bytes: Uint8Array): UploadedFile => ({ name, size: bytes.length, read: async () => bytes });

describe('symbolic links in the knowledge folder', () => {
  test('each one is named with why it is skipped; add and remove work beside a dangling one', async () => {
    const { dir, stateDir } = folders();
    symlinkSync(join(dir, 'lakeside-marathon.txt'), join(dir, 'linked.txt'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    const store = await KnowledgeStore.open({ dir, stateDir, worker: false });
    expect(store.snapshot.failures.map((f) => [f.file, f.reason])).toEqual([
      ['dangling.md', expect.stringMatching(/symbolic link to nothing/)],
      ['linked.txt', expect.stringMatching(/symbolic link; links are not followed/)],
    ]);

    const admin = await moderatorAnswers(createAdmin({ store, log }), store);
    const added = await admin.add(upload('new-story.txt', MARATHON), false, moderator);
    expect(added.error).toBeUndefined();
    expect(added.items.map((i) => i.heading)).toContain('Failed: dangling.md');
    expect((await admin.remove('dangling', moderator)).error).toMatch(/No article file has the id "dangling"/);
    expect((await admin.remove('new-story', moderator)).error).toBeUndefined();
  });
});

describe('the knowledge folder', () => {
  test('deleted while running: the bot keeps serving and reload, add and remove say the folder is missing', async () => {
    const { dir, stateDir } = folders();
    const store = await KnowledgeStore.open({ dir, stateDir, worker: false });
    const admin = await moderatorAnswers(createAdmin({ store, log }), store);
    const served = store.corpus().articles.length;
    rmSync(dir, { recursive: true });
    expect((await admin.reload(moderator)).error).toMatch(/knowledge folder is missing/);
    expect((await admin.add(upload('x.txt', MARATHON), false, moderator)).error).toMatch(/knowledge folder is missing/);
    expect((await admin.remove('lakeside-marathon', moderator)).error).toMatch(/knowledge folder is missing/);
    expect(store.corpus().articles).toHaveLength(served);
  });

  test('emptied, a reload changes nothing on disk, and a restart still serves what was served', async () => {
    const { dir, stateDir } = folders();
    const store = await KnowledgeStore.open({ dir, stateDir });
    const lastGood = join(stateFor({ dir, stateDir }), 'last-good');
    const copies = readdirSync(lastGood).sort();
    const meta = readFileSync(join(cacheDir({ dir, stateDir }), 'meta.json'), 'utf8');
    for (const f of readdirSync(dir)) rmSync(join(dir, f));

    const report = await store.reload();
    expect(report).toMatchObject({ ok: false, error: expect.stringMatching(/no article could be loaded/) });
    expect(store.corpus().articles.length).toBeGreaterThan(0);
    expect(readdirSync(lastGood).sort()).toEqual(copies);
    expect(readFileSync(join(cacheDir({ dir, stateDir }), 'meta.json'), 'utf8')).toBe(meta);

    const restarted = await KnowledgeStore.open({ dir, stateDir });
    expect(restarted.snapshot.version).toBe(store.snapshot.version);
    expect(restarted.snapshot.warning).toMatch(/no article could be loaded/);
  });
});

describe('an unusable STATE_DIR', () => {
  test('a file in its place: the bot serves from memory with a warning; reload and add work and say so', async () => {
    const { dir } = folders();
    const stateDir = join(tempDir('faults-state-'), 'not-a-folder');
    writeFileSync(stateDir, 'a file where the state folder should be');
    const store = await KnowledgeStore.open({ dir, stateDir });
    expect(store.snapshot.warning).toMatch(/state folder \(STATE_DIR\) cannot be used \(ENOTDIR\): serving from memory/);
    expect(store.corpus().articles.length).toBe(readdirSync(dir).length);

    const admin = await moderatorAnswers(createAdmin({ store, log }), store);
    const added = await admin.add(upload('new-story.txt', MARATHON), false, moderator);
    expect(added.error).toBeUndefined();
    expect(added.items[0]!.heading).toMatch(/^Added: /);
    expect(added.note).toMatch(/serving from memory/);
    expect(existsSync(join(dir, 'new-story.txt'))).toBe(true);
    expect(store.corpus().byId.has('new-story')).toBe(true);
  });
});

describe('corrupt state is rebuilt, never fatal', () => {
  test.each([
    ['meta.json with "inputs": null', (d: Dirs) => patchMeta(d, { inputs: null })],
    ['meta.json with "failures": null', (d: Dirs) => patchMeta(d, { failures: null })],
    ['cache/ replaced by a file', (d: Dirs) => replaceWithFile(cacheDir(d))],
    ['last-good/ replaced by a file', (d: Dirs) => replaceWithFile(join(stateFor(d), 'last-good'))],
  ])('%s', async (_, corrupt) => {
    const d = folders();
    const first = await KnowledgeStore.open(d);
    corrupt(d);
    const restarted = await KnowledgeStore.open(d);
    expect(restarted.snapshot.failures).toEqual([]);
    expect(restarted.snapshot.version).toBe(first.snapshot.version);
    // A changed file makes the build read the state again rather than only the cache.
    corrupt(d);
    writeFileSync(join(d.dir, 'extra.txt'), 'The harbour reopened on Monday after the storm.\n');
    const store = await KnowledgeStore.open(d);
    expect(store.corpus().articles.length).toBe(first.corpus().articles.length + 1);
    expect((await store.reload()).ok).toBe(true);
  });
});

describe('the build lock', () => {
  test.each([
    ['empty', () => ''],
    ['held by a live process that is not the one that took it (a reused pid)', () => JSON.stringify({ pid: 1, start: 'another start', host: hostname() })],
    ['a bare pid of a live process', () => '1'],
  ])('%s: taken over instead of waited for', async (_, content) => {
    const d = folders();
    mkdirSync(cacheDir(d), { recursive: true });
    writeFileSync(join(cacheDir(d), 'build.lock'), content());
    const store = await KnowledgeStore.open({ ...d, worker: false });
    expect(store.corpus().articles.length).toBeGreaterThan(0);
  });

  test('while another process holds it, the wait is told', async () => {
    const d = folders();
    mkdirSync(cacheDir(d), { recursive: true });
    const lock = join(cacheDir(d), 'build.lock');
    // A holder that is alive and is who it says: this very process.
    const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, start: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19], host: hostname() }));
    const waits: string[] = [];
    setTimeout(() => rmSync(lock), 500);
    await KnowledgeStore.open({ ...d, worker: false, onLockWait: ({ holder }) => waits.push(holder) });
    expect(waits[0]).toBe(`pid ${process.pid} on ${hostname()}`);
  });
});

type Dirs = { dir: string; stateDir: string };

function patchMeta(d: Dirs, patch: Record<string, unknown>) {
  const path = join(cacheDir(d), 'meta.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...patch }));
}

function replaceWithFile(path: string) {
  rmSync(path, { recursive: true });
  writeFileSync(path, 'not a folder');
}
