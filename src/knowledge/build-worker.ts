/**
 * Worker-thread entry: build the knowledge cache off the main thread, so Discord heartbeats
 * and 3-second interaction deadlines keep being met during a reload.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledge, type BuildOptions } from './build.ts';

buildKnowledge({ ...(workerData as BuildOptions), onWait: (wait) => parentPort!.postMessage({ wait }) }).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => {
    // The code and path say whether the state folder is at fault (see store.ts).
    const { code, path } = error as NodeJS.ErrnoException;
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), code, path });
  },
);
