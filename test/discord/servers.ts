/**
 * Two servers with shelves of their own beside the shared one, as the bot serves them: each
 * shelf a real knowledge folder with its store and admin, a reader's view the core's
 * `corpusOf(own parts, shared parts)`, and real channel pins. Both servers have an article
 * with the id `local-news`, each a different story, and B has one more.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusOf } from '../../src/core/corpus.ts';
import { createAdmin, type KnowledgeAdmin } from '../../src/knowledge/admin.ts';
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

async function shelf(files: Record<string, string>, made: string[]) {
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  const dir = tempDir('shelf-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const stateDir = tempDir('shelf-state-');
  const store = await KnowledgeStore.open({ dir, stateDir, worker: false });
  return { dir, store, admin: createAdmin({ store, log: createLogger('silent') }) };
}

export async function twoServers(serverA: string, serverB: string): Promise<Servers> {
  const made: string[] = [];
  const shared = await shelf({ 'night-trains.md': SHARED_ARTICLE }, made);
  const a = await shelf({ 'local-news.md': A_ARTICLE }, made);
  const b = await shelf({ 'local-news.md': B_ARTICLE, 'b-second.md': B_SECOND }, made);
  const own = (guildId: string | null) => (guildId === serverA ? a.store.corpus().parts : guildId === serverB ? b.store.corpus().parts : []);
  const admins = new Map<string, KnowledgeAdmin>([
    [serverA, a.admin],
    [serverB, b.admin],
  ]);
  const pinsDir = join(mkdtempSync(join(tmpdir(), 'pins-')), 'pins');
  made.push(join(pinsDir, '..'));
  mkdirSync(pinsDir, { recursive: true });
  return {
    knowledge: {
      read: (guildId) => ({ corpus: corpusOf(own(guildId), shared.store.corpus().parts) }),
      admin: (ref) => (ref.kind === 'shared' ? shared.admin : admins.get(ref.guildId)),
      pins: new PinStore(pinsDir),
    },
    dirs: { shared: shared.dir, a: a.dir, b: b.dir },
    pinsDir,
    files: (which) => readdirSync({ shared: shared.dir, a: a.dir, b: b.dir }[which]).filter((f) => !f.startsWith('.')).sort(),
    remove: () => {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}
