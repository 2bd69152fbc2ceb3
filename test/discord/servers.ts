/**
 * Two servers with shelves of their own beside the shared one, as the bot serves them: the
 * library over a shared folder and a folder per server, and real channel pins. Both servers have an article
 * with the id `local-news`, each a different story, and B has one more.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src/knowledge/library.ts';
import { PinStore } from '../../src/knowledge/pins.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import type { KnowledgeAccess } from '../../src/registry/registry.ts';

export const SHARED_ARTICLE = `---
title: Regional rail company adds night trains
---
The regional rail company will run night trains between the two largest cities from June, its director Paula Brandt said on Friday.

Brandt said the trains would stop at every station on the line and that tickets would cost the same as by day.
`;

export const A_ARTICLE = `---
title: Alderbrook council votes to rebuild the old footbridge
---
The Alderbrook town council voted on Tuesday to rebuild the old footbridge over the river. Mayor Ines Karlsson said the work would start in April.

Karlsson said the footbridge had been closed since a storm damaged it last winter.
`;

export const B_ARTICLE = `---
title: Birchmoor water board opens a dam on the valley river
---
The Birchmoor water board opened a new dam on the valley river on Monday. Chief engineer Tomas Riedel said the dam would protect the farms from floods.

Riedel said the dam had cost less than planned and that it would be finished in April.
`;

export const B_SECOND = `---
title: Birchmoor orchestra plays in the old mill
---
The Birchmoor orchestra played its first concert in the old mill on Saturday. Conductor Yara Okafor said the mill would host a concert every month.
`;

/** Anything of server B's shelf: none of it may ever reach server A or a DM. */
export const B_WORDS = /Birchmoor|Riedel|Okafor|orchestra|b-second|\bdam\b/i;
/** Anything of server A's shelf: none of it may ever reach server B or a DM. */
export const A_WORDS = /Alderbrook|Karlsson|footbridge/i;

export interface Servers {
  knowledge: KnowledgeAccess;
  /** Each shelf's folder, to see what a change wrote. */
  dirs: { shared: string; a: string; b: string };
  pinsDir: string;
  files(shelf: 'shared' | 'a' | 'b'): string[];
  /** Remove every folder made for them. */
  remove(): void;
}

function tempDir(prefix: string, made: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function fill(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export async function twoServers(serverA: string, serverB: string): Promise<Servers> {
  const made: string[] = [];
  const stateDir = tempDir('shelf-state-', made);
  const shared = fill(tempDir('shelf-', made), { 'night-trains.md': SHARED_ARTICLE });
  const shelvesDir = tempDir('shelves-', made);
  const a = fill(join(shelvesDir, serverA), { 'local-news.md': A_ARTICLE });
  const b = fill(join(shelvesDir, serverB), { 'local-news.md': B_ARTICLE, 'b-second.md': B_SECOND });
  const log = createLogger('silent');
  // The library the bot serves: the shared shelf, and each server's own opened on first use.
  const library = await Library.open({
    shared: await KnowledgeStore.open({ dir: shared, stateDir, worker: false }),
    shelvesDir,
    stateDir,
    limits: { articles: 100, bytes: 20 * 2 ** 20 },
    log,
    worker: false,
  });
  const pinsDir = join(stateDir, 'pins');
  return {
    knowledge: { read: (guildId) => library.read(guildId), admin: (shelf) => library.admin(shelf), pins: PinStore.inState(stateDir, log) },
    dirs: { shared, a, b },
    pinsDir,
    files: (which) => readdirSync({ shared, a, b }[which]).filter((f) => !f.startsWith('.')).sort(),
    remove: () => {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}
