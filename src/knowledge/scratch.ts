/**
 * Several folders' articles served exactly as the bot serves KNOWLEDGE_DIR: their article
 * files copied into one temporary folder and opened by the store with a temporary state
 * folder, so the evaluation scores the bot's own load path.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticleFiles, type FileFailure } from './load.ts';
import { KnowledgeStore } from './store.ts';

export interface ScratchStore {
  store: KnowledgeStore;
  /** Every file that does not serve: the store's failures, and a name taken by an earlier folder. */
  failures: FileFailure[];
  /** Removes the temporary folders. */
  remove(): Promise<void>;
}

export async function openScratchStore(dirs: string[]): Promise<ScratchStore> {
  const root = await mkdtemp(join(tmpdir(), 'newsquote-scratch-'));
  const dir = join(root, 'knowledge');
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    await mkdir(dir);
    const failures: FileFailure[] = [];
    for (const from of dirs) {
      const { files, skipped } = await listArticleFiles(from);
      failures.push(...skipped);
      for (const file of files) {
        await copyFile(join(from, file), join(dir, file), constants.COPYFILE_EXCL).catch(() =>
          failures.push({ file, line: null, reason: `an earlier folder than ${from} has a file of that name` }),
        );
      }
    }
    const store = await KnowledgeStore.open({ dir, stateDir: join(root, 'state'), worker: false });
    return { store, failures: [...failures, ...store.snapshot.failures], remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
