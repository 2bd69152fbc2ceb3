/**
 * Shelves: each server sees its own shelf beside the shared one, never another server's, and
 * DMs see the shared shelf only. Driven through the real commands and their autocomplete.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Answer } from '../../src/core/types.ts';
import type { ArticleUpload } from '../../src/knowledge/admin.ts';
import { Library } from '../../src/knowledge/library.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import { contextFor, loadRegistry, runCommand, type Registry } from '../../src/registry/registry.ts';
import { tempDir } from '../helpers/temp.ts';

const log = createLogger('silent');
const A = '111111111111111111';
const B = '222222222222222222';
const mod = { id: '9', tag: 'mod#0009' };
let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const upload = (name: string, text: string): ArticleUpload => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: async () => bytes };
};

async function library(limits = { articles: 100, bytes: 2 ** 20 }) {
  const dir = tempDir('library-shared-');
  const stateDir = tempDir('library-state-');
  const shelvesDir = tempDir('library-shelves-');
  writeFileSync(join(dir, 'ferry-timetable.txt'), 'Ferry timetable changes\n\nThe harbour ferry will leave every forty minutes from the first of March, the operator said.\n');
  const shared = await KnowledgeStore.open({ dir, stateDir, worker: false });
  return { shelvesDir, lib: await Library.open({ shared, shelvesDir, stateDir, limits, log, worker: false }) };
}

async function answer(lib: Library, guildId: string | null, command: string, options: Record<string, string> = {}): Promise<Answer> {
  const ctx = await contextFor({ read: (g) => lib.read(g), admin: (s) => lib.admin(s) }, { id: '5', tag: 'member#0005', moderator: false }, registry, { guildId, channelId: null });
  return runCommand(registry.commands.get(command)!, { text: `/${command}`, subcommand: null, options }, ctx);
}

async function choices(lib: Library, guildId: string | null, value: string): Promise<string[]> {
  const ctx = await contextFor({ read: (g) => lib.read(g) }, { id: '5', tag: 'member#0005', moderator: false }, registry, { guildId, channelId: null });
  return registry.commands.get('ask')!.autocomplete!('article', value, ctx).map((c) => c.value);
}

const quoted = (a: Answer) => a.items.flatMap((i) => i.quotes.map((q) => q.text)).join(' ');
const sourceIds = (a: Answer) => JSON.stringify(a);

describe('shelves per server', () => {
  test('two servers with the same article id each see their own, and neither sees the other', async () => {
    const { lib } = await library();
    const addA = await lib.admin({ kind: 'server', guildId: A })!.add(upload('budget.txt', 'School budget\n\nThe school board of Millbrook approved a budget of nine million for new classrooms.\n'), false, mod);
    const addB = await lib.admin({ kind: 'server', guildId: B })!.add(upload('budget.txt', 'Hospital budget\n\nThe hospital trust of Eastwick cut its budget for night nurses by a fifth.\n'), false, mod);
    expect(addA.ok && addB.ok).toBe(true);

    const inA = await answer(lib, A, 'ask', { question: 'What did the budget pay for?' });
    const inB = await answer(lib, B, 'ask', { question: 'What did the budget pay for?' });
    expect(quoted(inA)).toMatch(/Millbrook/);
    expect(quoted(inA)).not.toMatch(/Eastwick/);
    expect(quoted(inB)).toMatch(/Eastwick/);
    expect(quoted(inB)).not.toMatch(/Millbrook/);
    // Each also sees the shared shelf.
    expect(quoted(await answer(lib, A, 'ask', { question: 'How often will the ferry leave?' }))).toMatch(/forty minutes/);

    expect(sourceIds(await answer(lib, A, 'sources'))).toMatch(/School budget/);
    expect(sourceIds(await answer(lib, A, 'sources'))).not.toMatch(/Hospital budget/);
    expect(sourceIds(await answer(lib, B, 'sources'))).toMatch(/Hospital budget/);
    expect(sourceIds(await answer(lib, B, 'sources'))).not.toMatch(/School budget/);

    expect(await choices(lib, A, 'budg')).toEqual(['budget']);
    expect(await choices(lib, A, 'hosp')).toEqual([]);
    expect(await choices(lib, B, 'school')).toEqual([]);
  });

  test('a DM, and a server without a shelf, see the shared shelf only', async () => {
    const { lib, shelvesDir } = await library();
    await lib.admin({ kind: 'server', guildId: A })!.add(upload('budget.txt', 'School budget\n\nThe school board of Millbrook approved a budget of nine million.\n'), false, mod);
    for (const place of [null, B]) {
      expect(sourceIds(await answer(lib, place, 'sources'))).not.toMatch(/School budget/);
      expect(await choices(lib, place, 'budget')).toEqual([]);
      expect(quoted(await answer(lib, place, 'ask', { question: 'What did the school board approve?' }))).not.toMatch(/Millbrook/);
    }
    // Reading for a server without a shelf creates nothing.
    expect(existsSync(join(shelvesDir, B))).toBe(false);
  });

  test('a server\'s own article hides a shared one with the same id, there only', async () => {
    const { lib } = await library();
    await lib.admin({ kind: 'server', guildId: A })!.add(upload('ferry-timetable.txt', 'Ferry timetable in Millbrook\n\nThe Millbrook ferry runs twice a day in winter.\n'), false, mod);
    expect(quoted(await answer(lib, A, 'ask', { question: 'How often does the ferry run?' }))).not.toMatch(/forty minutes/);
    expect(quoted(await answer(lib, null, 'ask', { question: 'How often does the ferry run?' }))).toMatch(/forty minutes/);
  });

  test('a server\'s reload reads its own shelf only; the shared shelf and other servers keep their parts', async () => {
    const { lib, shelvesDir } = await library();
    await lib.admin({ kind: 'server', guildId: A })!.add(upload('one.txt', 'One\n\nThe first story of the server.\n'), false, mod);
    await lib.admin({ kind: 'server', guildId: B })!.add(upload('two.txt', 'Two\n\nThe second story of the other server.\n'), false, mod);
    const shared = lib.shared.snapshot;
    const viewB = await lib.read(B);
    writeFileSync(join(shelvesDir, A, 'three.txt'), 'Three\n\nA third story written straight into the folder.\n');
    const report = await lib.reload({ guildId: A });
    expect(report).toMatchObject({ ok: true, added: ['three'] });
    expect(lib.shared.snapshot).toBe(shared);
    expect(await lib.read(B)).toBe(viewB);
    expect(sourceIds(await answer(lib, A, 'sources'))).toMatch(/Three/);
  });

  test('removing a server\'s last article leaves it with the shared shelf', async () => {
    const { lib } = await library();
    const admin = lib.admin({ kind: 'server', guildId: A })!;
    await admin.add(upload('one.txt', 'One\n\nThe only story of the server.\n'), false, mod);
    expect((await admin.remove('one', mod)).ok).toBe(true);
    expect(sourceIds(await answer(lib, A, 'sources'))).not.toMatch(/"One"/);
    expect((await admin.list()).articles).toEqual([]);
  });

  test('a shelf at its limits refuses an upload, and changes nothing', async () => {
    const { lib, shelvesDir } = await library({ articles: 2, bytes: 400 });
    const admin = lib.admin({ kind: 'server', guildId: A })!;
    expect((await admin.add(upload('one.txt', 'One\n\nThe first story.\n'), false, mod)).ok).toBe(true);
    expect((await admin.add(upload('two.txt', 'Two\n\nThe second story.\n'), false, mod)).ok).toBe(true);
    expect(await admin.add(upload('three.txt', 'Three\n\nThe third story.\n'), false, mod)).toEqual({ ok: false, refusal: { kind: 'shelf-full', limit: 'articles', max: 2 } });
    // Replacing an article does not count it twice; a larger text can still pass the bytes.
    expect((await admin.add(upload('two.txt', 'Two\n\nThe second story, corrected.\n'), true, mod)).ok).toBe(true);
    expect(await admin.add(upload('two.txt', `Two\n\n${'A long sentence of the story. '.repeat(20)}\n`), true, mod)).toEqual({ ok: false, refusal: { kind: 'shelf-full', limit: 'bytes', max: 400 } });
    expect(existsSync(join(shelvesDir, A, 'three.txt'))).toBe(false);
    expect(lib.shared.corpus().articles).toHaveLength(1);
  });

  test('ids that are not server ids have no shelf and reach no folder', async () => {
    const { lib, shelvesDir } = await library();
    mkdirSync(join(shelvesDir, 'not-a-server'));
    expect(lib.admin({ kind: 'server', guildId: '../escape' })).toBeUndefined();
    expect(await lib.reload({ guildId: '../escape' })).toMatchObject({ ok: true, after: { articles: 0 } });
    expect(lib.servers).toEqual([]);
  });
});
