/**
 * Run `buildKnowledge` in a worker thread. The code runs as TypeScript through tsx, which a
 * worker must register before importing a `.ts` module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LockWait } from './build-lock.ts';
import type { BuildOptions, BuildResult } from './build.ts';

// require.resolve finds tsx's CommonJS build of its API; the worker imports the ES module beside it.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const ENTRY = new URL('./build-worker.ts', import.meta.url).href;

type WorkerMessage =
  | { ok: true; result: BuildResult }
  | { ok: false; error: string; code?: string; path?: string }
  | { wait: LockWait };

export function buildInWorker({ onWait, ...options }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`,
      { eval: true, workerData: options },
    );
    worker.on('message', (message: WorkerMessage) => {
      if ('wait' in message) return onWait?.(message.wait);
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(Object.assign(new Error(`knowledge build failed: ${message.error}`), { code: message.code, path: message.path }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`knowledge build worker exited with ${code}`)));
  });
}
