/**
 * Run `buildKnowledge` in a worker thread, or segment builds on a pool of them. From the TypeScript sources the worker must
 * register tsx before importing a `.ts` module; the built JavaScript runs as it is.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runsFromSources, siblingModule } from '../module-path.ts';
import type { LockWait } from './build-lock.ts';
import type { BuildOptions, BuildSummary, SegmentJob, SegmentResult } from './build.ts';

const ENTRY = siblingModule('./build-worker', import.meta.url);

/** Resolved only from the sources: tsx is a dev dependency, absent in production. */
function tsxBootstrap(): string {
  // require.resolve finds tsx's CommonJS build of its API; the worker imports the ES module beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
}

type WorkerMessage<T> =
  | { ok: true; result: T }
  | { ok: false; error: string; code?: string; path?: string }
  | { wait: LockWait };

function startWorker(workerData: unknown): Worker {
  return runsFromSources(ENTRY) ? new Worker(tsxBootstrap(), { eval: true, workerData }) : new Worker(ENTRY, { workerData });
}

const buildError = (message: { error: string; code?: string; path?: string }) =>
  Object.assign(new Error(`knowledge build failed: ${message.error}`), { code: message.code, path: message.path });

/**
 * The build worker, started on the first reload and kept for the next ones (idle, it holds no
 * knowledge): starting a worker costs more than the build of one changed segment. Idle, it does
 * not keep the process alive.
 */
let builder: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextBuild = 0;

interface Pending {
  resolve(result: BuildSummary): void;
  reject(error: unknown): void;
  onWait?: ((wait: LockWait) => void) | undefined;
}

function buildWorker(): NonNullable<typeof builder> {
  if (builder) return builder;
  const worker = startWorker({ kind: 'builds' });
  const pending = new Map<number, Pending>();
  const fail = (error: unknown) => {
    if (builder?.worker === worker) builder = null;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (message: WorkerMessage<BuildSummary> & { id: number }) => {
    const asked = pending.get(message.id);
    if (!asked) return;
    if ('wait' in message) return asked.onWait?.(message.wait);
    pending.delete(message.id);
    // Idle, the worker lets the process exit; busy, it holds it like any pending work.
    if (!pending.size) worker.unref();
    if (message.ok) asked.resolve(message.result);
    else asked.reject(buildError(message));
  });
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`knowledge build worker exited with ${code}`)));
  worker.unref();
  builder = { worker, pending };
  return builder;
}


export function buildInWorker({ onWait, ...options }: BuildOptions): Promise<BuildSummary> {
  const { worker, pending } = buildWorker();
  const id = nextBuild++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onWait });
    worker.ref();
    worker.postMessage({ id, options });
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
