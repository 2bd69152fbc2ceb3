/**
 * KNOWLEDGE_WATCH: a change in the folder, from any editor or a `git pull`, triggers the
 * same reload as /reload after a short quiet period, so a burst of writes is one reload.
 *
 * One watcher per folder and process group: unsharded, the bot process watches and reloads
 * its store; sharded, the shard manager watches and reloads every shard (src/discord/manager.ts),
 * so N shards never run N watchers that reload, log and audit the same change N times.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.ts';
import { describeFailure } from './load.ts';
import { reloadSummary, type EverywhereReport } from './store.ts';

export interface WatchOptions {
  dir: string;
  /** The store's reload, or a reload of every shard (whose report says how far it reached). */
  reload: () => Promise<EverywhereReport>;
  log: Logger;
  audit?: (line: string) => Promise<void> | void;
  debounceMs?: number;
}

export function watchKnowledge(options: WatchOptions): { close(): void } {
  const { log } = options;
  let timer: NodeJS.Timeout | undefined;
  const fire = async () => {
    try {
      const report = await options.reload();
      log.info({ report: reloadSummary(report), version: report.version }, 'knowledge reloaded after a change in the folder');
      const failed = report.failures.map(describeFailure);
      const shards = report.shards?.failures ?? [];
      if (failed.length || report.error || shards.length) {
        log.warn({ failures: failed, error: report.error, shards }, 'the watched reload did not fully succeed');
        await options.audit?.(
          `Watched reload: ${report.error ?? ''}${failed.length ? ` failed: ${failed.join('; ')}` : ''}${shards.length ? ` shards: ${shards.join('; ')}` : ''}`,
        );
      }
    } catch (error) {
      log.error({ err: error }, 'watched reload failed');
    }
  };
  const watcher: FSWatcher = watch(options.dir, (_event, file) => {
    // Our own temporary files (dot-files) are not articles; their rename shows up as the real name.
    if (file && String(file).startsWith('.')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), options.debounceMs ?? 750);
  });
  watcher.on('error', (error) => log.error({ err: error }, 'watching the knowledge folder failed'));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
