import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ask } from '../../src/core/answers.ts';
import { findArticle } from '../../src/core/corpus.ts';
import { articleChoices } from '../../src/registry/command-kit.ts';
import { moderatorAnswers } from '../helpers/moderator.ts';
import { createAdmin, MAX_UPLOAD_BYTES, slugFor } from '../../src/knowledge/admin.ts';
import { stateFor } from '../../src/knowledge/build.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import type { Invoker, UploadedFile } from '../../src/registry/registry.ts';
import { tempDir } from '../helpers/temp.ts';

const log = createLogger('silent');
const moderator: Invoker = { id: '1', tag: 'mod#0001', moderator: true };
const SEED = new URL('../../knowledge/', import.meta.url).pathname;
const PRACTICE = new URL('../fixtures/eval/articles/', import.meta.url).pathname;

async function setup() {
  const dir = tempDir('admin-knowledge-');
  const stateDir = tempDir('admin-state-');
  cpSync(SEED, dir, { recursive: true });
  const store = await KnowledgeStore.open({ dir, stateDir });
  const audit: string[] = [];
  const admin = await moderatorAnswers(createAdmin({ store, log, audit: (line) => void audit.push(line) }), store);
  return { dir, stateDir, store, admin, audit };
}

const upload = (name: string, content: string | Uint8Array, size?: number): UploadedFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, read: async () => bytes };
};

describe('slugFor', () => {
  test.each([
    ['Harbor City Library.md', 'harbor-city-library'],
    ['Grève à Nantes!.txt', 'greve-a-nantes'],
    ['council_vote-2026.MD', 'council_vote-2026'],
    ['Городской совет.md', 'городской-совет'],
    ['市議会、バス専用レーン.txt', '市議会-バス専用レーン'],
    ['Straße in Łódź.md', 'straße-in-łodz'],
  ])('%j becomes the id %j', (name, id) => {
    expect(slugFor(name)).toMatchObject({ ok: true, id });
  });

  test.each(['../../x.md', '/etc/x.md', '..\\x.txt', '.hidden.md', 'notes.pdf', '!!!.md', ''])('%j is refused', (name) => {
    expect(slugFor(name).ok).toBe(false);
  });
});

describe('knowledge add', () => {
  test('an upload named in another script keeps its letters as the id, which article: and autocomplete find', async () => {
    const { dir, admin, store } = await setup();
    const answer = await admin.add(upload('Марафон у озера.txt', readFileSync(join(PRACTICE, 'lakeside-marathon.txt'))), false, moderator);
    expect(answer.items[0]!.detail).toMatch(/^id марафон-у-озера · /);
    expect(readdirSync(dir)).toContain('марафон-у-озера.txt');
    expect(findArticle(store.corpus(), 'Марафон озера')).toMatchObject({ ok: true, article: { id: 'марафон-у-озера' } });
    expect(articleChoices(store.corpus(), 'марафон')).toEqual([{ name: 'Марафон у озера (марафон-у-озера)', value: 'марафон-у-озера' }]);
  });

  test('a valid upload is written, loaded and described', async () => {
    const { dir, admin, store, audit } = await setup();
    const answer = await admin.add(upload('lakeside-marathon.txt', readFileSync(join(PRACTICE, 'lakeside-marathon.txt'))), false, moderator);
    expect(answer.error).toBeUndefined();
    expect(answer.items[0]!.heading).toBe('Added: Lakeside marathon');
    expect(answer.items[0]!.detail).toMatch(/\/who finds 2 people \(first: Paul Brennan\)/);
    expect(readdirSync(dir).sort()).toEqual(['guette-nato-exit.txt', 'lakeside-marathon.txt']);
    expect(ask(store.corpus(), 'Why was the marathon cancelled?').items[0]!.quotes[0]!.article).toBe('lakeside-marathon');
    expect(audit[0]).toMatch(/^mod#0001 \(1\) added lakeside-marathon\.txt/);
  });

  test.each([
    ['binary', upload('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])), /binary/],
    ['empty', upload('a.txt', ''), /empty/],
    ['too large (announced)', upload('a.txt', 'x', MAX_UPLOAD_BYTES + 1), /larger than 512 KiB/],
    ['too large (actual)', upload('a.txt', 'word '.repeat(120_000), 10), /larger than 512 KiB/],
    ['not UTF-8', upload('a.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e])), /not UTF-8/],
    ['invalid front matter', upload('a.md', '---\npublished: soon\n---\nText.'), /line 2: front matter field `published`/],
    ['a traversal name', upload('../../etc/evil.md', 'Text.'), /must not contain a path/],
    ['an absolute path', upload('/tmp/evil.md', 'Text.'), /must not contain a path/],
    ['a dot-file', upload('.env.md', 'Text.'), /hidden/],
    ['an existing id without replace', upload('guette-nato-exit.md', '# New\n\nText.'), /exists already.*replace:true/],
  ])('%s is refused and nothing changes', async (_, file, message) => {
    const { dir, admin, store } = await setup();
    const before = { files: readdirSync(dir), version: store.snapshot.version };
    const answer = await admin.add(file, false, moderator);
    expect(answer.error).toMatch(message);
    expect(readdirSync(dir)).toEqual(before.files);
    expect(store.snapshot.version).toBe(before.version);
  });

  test('replace:true replaces an article, even under the other extension', async () => {
    const { dir, admin, store } = await setup();
    const answer = await admin.add(upload('guette-nato-exit.md', '# A new version\n\nThe vote moved to March.\n'), true, moderator);
    expect(answer.items[0]!.heading).toBe('Replaced: A new version');
    expect(readdirSync(dir)).toEqual(['guette-nato-exit.md']);
    expect(store.corpus().articles.map((a) => a.title)).toEqual(['A new version']);
  });
});

describe('knowledge remove and list', () => {
  test('remove deletes the file and reloads; an unknown id changes nothing', async () => {
    const { dir, admin, store } = await setup();
    writeFileSync(join(dir, 'extra.md'), '# Extra\n\nA second article.\n');
    await admin.reload(moderator);
    expect((await admin.remove('nope', moderator)).error).toMatch(/No article file has the id "nope"/);
    const answer = await admin.remove('extra', moderator);
    expect(answer.items.find((i) => i.heading === 'Removed')?.detail).toBe('extra');
    expect(existsSync(join(dir, 'extra.md'))).toBe(false);
    expect(store.corpus().articles.map((a) => a.id)).toEqual(['guette-nato-exit']);
  });

  test('list shows file names and sizes', async () => {
    const { admin } = await setup();
    expect((await admin.list(moderator)).items[0]!.detail).toMatch(/^guette-nato-exit\.txt · 4\.\d KiB · published 2026-01-09 · 10 passages$/);
  });
});

describe('reload', () => {
  test('reports counts before → after and what changed', async () => {
    const { dir, admin } = await setup();
    cpSync(join(PRACTICE, 'harbor-city-library.md'), join(dir, 'harbor-city-library.md'));
    const answer = await admin.reload(moderator);
    expect(answer.items[0]!.detail).toMatch(/^articles 1 → 2 · passages 10 → 14 · people 3 → 6/);
    expect(answer.items.find((i) => i.heading === 'Added')?.detail).toBe('harbor-city-library');
  });

  test('a broken edit keeps the last good version serving, also after a restart', async () => {
    const { dir, stateDir, admin, store } = await setup();
    writeFileSync(join(dir, 'guette-nato-exit.txt'), '---\npublished: not a date\n---\nBroken.');
    const answer = await admin.reload(moderator);
    expect(answer.items).toContainEqual({ heading: 'Failed: guette-nato-exit.txt line 2', detail: expect.stringMatching(/published.*last good version keeps serving/), quotes: [] });
    expect(ask(store.corpus(), 'When was NATO founded?').items[0]!.quotes[0]!.text).toContain('1949');
    const restarted = await KnowledgeStore.open({ dir, stateDir });
    expect(ask(restarted.corpus(), 'When was NATO founded?').items[0]!.quotes[0]!.text).toContain('1949');
    expect(restarted.snapshot.failures.map((f) => f.file)).toEqual(['guette-nato-exit.txt']);
  });

  test('a new file that fails is simply not added', async () => {
    const { dir, admin, store } = await setup();
    writeFileSync(join(dir, 'new.md'), new Uint8Array([0, 1, 2]));
    const answer = await admin.reload(moderator);
    expect(answer.items.find((i) => i.heading?.startsWith('Failed'))?.detail).toMatch(/binary.*not loaded/);
    expect(store.corpus().articles.map((a) => a.id)).toEqual(['guette-nato-exit']);
  });

  test('a reload that finds nothing loadable keeps the current knowledge', async () => {
    const { dir, stateDir, store } = await setup();
    rmSync(join(stateFor({ dir, stateDir }), 'last-good'), { recursive: true });
    writeFileSync(join(dir, 'guette-nato-exit.txt'), '');
    const report = await store.reload();
    expect(report.ok).toBe(false);
    expect(store.corpus().articles).toHaveLength(1);
  });

  test('reloads are rate-limited per minute', async () => {
    const { admin } = await setup();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await admin.reload(moderator));
    expect(answers.slice(0, 4).every((a) => !a.error)).toBe(true);
    expect(answers[4]!.error).toMatch(/limited to 4 a minute/);
  });

  test('two reloads at once run one after the other; both see a complete index', async () => {
    const { dir, store } = await setup();
    writeFileSync(join(dir, 'extra.md'), '# Extra\n\nA second article.\n');
    const [a, b] = await Promise.all([store.reload(), store.reload()]);
    expect(a.added).toEqual(['extra']);
    expect(b.added).toEqual([]);
    expect(b.before.articles).toBe(2);
  });

  test('queries during a reload are answered from the old or the new knowledge, never nothing', async () => {
    const { dir, store } = await setup();
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `f${i}.md`), `# Filler ${i}\n\nThe harbour sold ${i} crates.\n`);
    const reload = store.reload();
    let answered = 0;
    let done = false;
    void reload.then(() => (done = true));
    while (!done) {
      const answer = ask(store.corpus(), 'When was NATO founded?');
      expect(answer.items[0]!.quotes[0]!.text).toContain('1949');
      answered++;
      await new Promise((r) => setImmediate(r));
    }
    expect(answered).toBeGreaterThan(1);
    expect(store.corpus().articles).toHaveLength(61);
  });

  test('a file deleted mid-reload is treated as removed, not as broken', async () => {
    const { dir, store } = await setup();
    writeFileSync(join(dir, 'gone.md'), '# Gone\n\nSoon gone.\n');
    await store.reload();
    const reload = store.reload();
    rmSync(join(dir, 'gone.md'));
    const report = await reload;
    // Whether the read saw it or not, the result is consistent and nothing is reported broken.
    expect(report.failures).toEqual([]);
    const after = await store.reload();
    expect(after.failures).toEqual([]);
    expect(store.corpus().byId.has('gone')).toBe(false);
  });
});

describe('who may', () => {
  test('a plain member calling each moderator command is refused and nothing changes', async () => {
    const { dir, store, admin } = await setup();
    const member: Invoker = { id: '2', tag: 'member#0002', moderator: false, refusal: 'Only moderators can do that.' };
    const before = { files: readdirSync(dir), version: store.snapshot.version };
    const calls = [admin.reload(member), admin.add(upload('x.md', 'Text.'), false, member), admin.remove('guette-nato-exit', member), admin.list(member)];
    for (const answer of await Promise.all(calls)) expect(answer.error).toBe('Only moderators can do that.');
    expect(readdirSync(dir)).toEqual(before.files);
    expect(store.snapshot.version).toBe(before.version);
  });
});
