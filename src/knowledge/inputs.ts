/**
 * What a build was made from: each article file's content hash, with the size and modification
 * time it was hashed at, so an unchanged file is known again without being read.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listArticleFiles } from './load.ts';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file's content hash, with the size and modification time it was hashed at. */
export type Inputs = Record<string, { hash: string; size: number; mtimeMs: number }>;

/**
 * Hash every article file of the folder. A file whose size and modification time are those
 * of `known` keeps its known hash without being read again: at 10,000 articles, reading
 * every file would cost much of a cached start.
 */
export async function hashInputs(dir: string, known: Inputs = {}, listed?: string[]): Promise<Inputs> {
  const inputs: Inputs = {};
  const names = listed ?? (await listArticleFiles(dir)).files;
  // Stat calls one after the other: at 10,000 files a third of the time of as many promises.
  // This runs in a build worker, at a start before anything is served, or when a server's
  // shelf is first opened while the bot serves: SHELF_MAX_ARTICLES files (100 by default,
  // well under a millisecond) then hold the thread.
  const unknown: Array<{ name: string; size: number; mtimeMs: number }> = [];
  for (const name of names) {
    let found: ReturnType<typeof statSync>;
    try {
      found = statSync(join(dir, name), { throwIfNoEntry: false });
    } catch {
      found = undefined;
    }
    if (!found) continue; // vanished between listing and reading, or unreadable: not an input
    const { size, mtimeMs } = found;
    const before = known[name];
    if (before && before.size === size && before.mtimeMs === mtimeMs) inputs[name] = { hash: before.hash, size, mtimeMs };
    else unknown.push({ name, size, mtimeMs });
  }
  const one = async ({ name, size, mtimeMs }: (typeof unknown)[number]) => {
    try {
      inputs[name] = { hash: hashBytes(await readFile(join(dir, name))), size, mtimeMs };
    } catch {
      // Vanished between listing and reading: not an input.
    }
  };
  // A few hundred at a time: the file system answers them in parallel.
  for (let i = 0; i < unknown.length; i += 256) await Promise.all(unknown.slice(i, i + 256).map(one));
  return inputs;
}

/** Same files with the same content. */
export function sameInputs(a: Inputs, b: Inputs): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => a[n]?.hash === b[n]?.hash);
}

