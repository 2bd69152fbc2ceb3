/**
 * Worker-thread entry: build the knowledge cache off the main thread, so Discord heartbeats
 * and 3-second interaction deadlines keep being met during a reload.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledge, type BuildOptions } from './build.ts';

buildKnowledge(workerData as BuildOptions).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
