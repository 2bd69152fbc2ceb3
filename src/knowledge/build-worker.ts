/**
 * Worker-thread entry: build the knowledge caches it is asked for off the main thread, so
 * Discord heartbeats and 3-second interaction deadlines keep being met during a reload; or, as
 * one of a pool, build the segments it is sent, so a cold start uses every core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledge, buildSegment, type BuildOptions, type BuildResult, type BuildSummary, type SegmentJob } from './build.ts';

const data = workerData as { kind: 'builds' | 'segments' };

/** The code and path say whether the state folder is at fault (see store.ts). */
const failure = (error: unknown) => {
  const { code, path } = error as NodeJS.ErrnoException;
  return { ok: false, error: error instanceof Error ? error.message : String(error), code, path };
};

if (data.kind === 'segments') {
  parentPort!.on('message', (job: SegmentJob) => {
    buildSegment(job).then(
      (result) => parentPort!.postMessage({ ok: true, result }),
      (error: unknown) => parentPort!.postMessage(failure(error)),
    );
  });
} else {
  parentPort!.on('message', ({ id, options }: { id: number; options: BuildOptions }) => {
    buildKnowledge({ ...options, onWait: (wait) => parentPort!.postMessage({ id, wait }) }).then(
      ({ inputs: _, served: __, ...summary }: BuildResult) => parentPort!.postMessage({ id, ok: true, result: summary satisfies BuildSummary }),
      (error: unknown) => parentPort!.postMessage({ id, ...failure(error) }),
    );
  });
}
