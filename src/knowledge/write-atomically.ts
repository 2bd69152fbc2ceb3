import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Write beside the target, then rename over it: a reader sees the old file or the new, never half of one. */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(path, '..', `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temp, data);
  await rename(temp, path);
}
