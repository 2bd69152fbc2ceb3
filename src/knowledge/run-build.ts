/**
 * Run `buildKnowledge` in a worker thread. From the TypeScript sources the worker must
 * register tsx before importing a `.ts` module; the built JavaScript runs as it is.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runsFromSources, siblingModule } from '../module-path.ts';
import type { LockWait } from './build-lock.ts';
import type { BuildOptions, BuildResult } from './build.ts';

const ENTRY = siblingModule('./build-worker', import.meta.url);

/** Resolved only from the sources: tsx is a dev dependency, absent in production. */
function tsxBootstrap(): string {
  // require.resolve finds tsx's CommonJS build of its API; the worker imports the ES module beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
}

type WorkerMessage =
  | { ok: true; result: BuildResult }
  | { ok: false; error: string; code?: string; path?: string }
  | { wait: LockWait };

export function buildInWorker({ onWait, ...options }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = runsFromSources(ENTRY)
      ? new Worker(tsxBootstrap(), { eval: true, workerData: options })
      : new Worker(ENTRY, { workerData: options });
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
