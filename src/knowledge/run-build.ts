/**
 * Run `buildKnowledge` in a worker thread, or segment builds on a pool of them. From the TypeScript sources the worker must
 * register tsx before importing a `.ts` module; the built JavaScript runs as it is.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runsFromSources, siblingModule } from '../module-path.ts';
import type { LockWait } from './build-lock.ts';
import type { BuildOptions, BuildResult, SegmentJob, SegmentResult } from './build.ts';

const ENTRY = siblingModule('./build-worker', import.meta.url);

/** Resolved only from the sources: tsx is a dev dependency, absent in production. */
function tsxBootstrap(): string {
  // require.resolve finds tsx's CommonJS build of its API; the worker imports the ES module beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
}

type WorkerMessage<T = BuildResult> =
  | { ok: true; result: T }
  | { ok: false; error: string; code?: string; path?: string }
  | { wait: LockWait };

function startWorker(workerData: unknown): Worker {
  return runsFromSources(ENTRY) ? new Worker(tsxBootstrap(), { eval: true, workerData }) : new Worker(ENTRY, { workerData });
}

const buildError = (message: { error: string; code?: string; path?: string }) =>
  Object.assign(new Error(`knowledge build failed: ${message.error}`), { code: message.code, path: message.path });

export function buildInWorker({ onWait, ...options }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ kind: 'build', ...options });
    worker.on('message', (message: WorkerMessage) => {
      if ('wait' in message) return onWait?.(message.wait);
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(buildError(message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`knowledge build worker exited with ${code}`)));
  });
}

/**
 * Build segments on `threads` workers, each taking the next job when it finishes one (segments
 * differ in size). Results come back in the order of `jobs`; the first failure fails them all.
 */
export function buildSegmentsInWorkers(jobs: SegmentJob[], threads: number): Promise<SegmentResult[]> {
  return new Promise((resolve, reject) => {
    const results: SegmentResult[] = new Array(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = (error?: unknown) => {
      if (failed) return;
      for (const w of workers) void w.terminate();
      if (error) {
        failed = true;
        reject(error);
      } else resolve(results);
    };
    const feed = (worker: Worker, slot: { at: number }) => {
      if (next >= jobs.length) return;
      slot.at = next++;
      worker.postMessage(jobs[slot.at]);
    };
    for (let i = 0; i < threads; i++) {
      const worker = startWorker({ kind: 'segments' });
      const slot = { at: -1 };
      workers.push(worker);
      worker.on('message', (message: WorkerMessage<SegmentResult>) => {
        if ('wait' in message) return;
        if (!message.ok) return stop(buildError(message));
        results[slot.at] = message.result;
        if (++done === jobs.length) return stop();
        feed(worker, slot);
      });
      worker.once('error', stop);
      worker.once('exit', (code) => code !== 0 && done < jobs.length && stop(new Error(`knowledge segment worker exited with ${code}`)));
      feed(worker, slot);
    }
  });
}
