/**
 * What a build was made from: each article file's content hash, with the size and modification
 * time it was hashed at, so an unchanged file is known again without being read.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
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
  const one = async (name: string) => {
    try {
      const path = join(dir, name);
      const { size, mtimeMs } = await stat(path);
      const before = known[name];
      const hash = before && before.size === size && before.mtimeMs === mtimeMs ? before.hash : hashBytes(await readFile(path));
      inputs[name] = { hash, size, mtimeMs };
    } catch {
      // Vanished between listing and reading: not an input.
    }
  };
  // A few hundred at a time: the file system answers them in parallel.
  for (let i = 0; i < names.length; i += 256) await Promise.all(names.slice(i, i + 256).map(one));
  return inputs;
}

/** Same files with the same content. */
export function sameInputs(a: Inputs, b: Inputs): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => a[n]?.hash === b[n]?.hash);
}

