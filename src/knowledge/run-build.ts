/**
 * Run `buildKnowledge` in a worker thread. The code runs as TypeScript through tsx, which a
 * worker must register before importing a `.ts` module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildOptions, BuildResult } from './build.ts';

// require.resolve finds tsx's CommonJS build of its API; the worker imports the ES module beside it.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const ENTRY = new URL('./build-worker.ts', import.meta.url).href;

export function buildInWorker(options: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`,
      { eval: true, workerData: options },
    );
    worker.once('message', (message: { ok: true; result: BuildResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(`knowledge build failed: ${message.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`knowledge build worker exited with ${code}`)));
  });
}
