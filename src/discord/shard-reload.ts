/**
 * Reloading every shard. Each shard process has its own KnowledgeStore over the same
 * KNOWLEDGE_DIR, so a change made through one shard must reload all the others:
 *
 *   shard (moderator's /reload)  --reload-everywhere-->  manager
 *   manager                      --reload------------->  every shard (the asking one too)
 *   every shard                  --reloaded (report)-->  manager
 *   manager                      --reloaded-everywhere (all outcomes)-->  asking shard
 *
 * One path for every reload: the asking shard reloads through the manager like the others,
 * and gets one EverywhereReport back (its own report, plus how many shards it reached and
 * which did not). The manager's folder watcher uses the same `reloadAllShards`.
 * Messages are plain JSON over the shard's IPC channel, tagged `newsquote` so they never
 * collide with discord.js's own (`_eval`, `_ready`, ...), which it handles before us.
 */
import { randomUUID } from 'node:crypto';
import type { Shard, ShardingManager } from 'discord.js';
import type { EverywhereReport, ReloadReport } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';

/** What one shard made of a reload: its report, or why there is none. */
export type ShardOutcome = { shard: number; report: ReloadReport } | { shard: number; error: string };

export type ShardMessage =
  /** A shard is listening for reloads (sent once it has its knowledge and link). */
  | { newsquote: 'linked'; shard: number }
  | { newsquote: 'reload-everywhere'; id: string }
  | { newsquote: 'reload'; id: string }
  | { newsquote: 'reloaded'; id: string; outcome: ShardOutcome }
  | { newsquote: 'reloaded-everywhere'; id: string; outcomes: ShardOutcome[] };

function isShardMessage(message: unknown): message is ShardMessage {
  return typeof message === 'object' && message !== null && typeof (message as { newsquote?: unknown }).newsquote === 'string';
}

/** A reload through the manager waits at most this long; a shard's own reload as well. */
export const RELOAD_TIMEOUT_MS = 60_000;

/** The channel to the manager: `process` in a shard spawned by the ShardingManager. */
export interface ManagerPort {
  send(message: ShardMessage, callback: (error: Error | null) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  connected?: boolean;
  disconnect?(): void;
}

export interface ShardLink {
  /** Reload every shard through the manager; this shard's report, with how far it reached. */
  reloadEverywhere(): Promise<EverywhereReport>;
  /** Stop listening and close the channel, so the shard process can exit. */
  close(): void;
}

/**
 * The shard's half: answers the manager's reload requests with this store's reload, and
 * asks the manager to reload everywhere. If the manager does not answer, this shard still
 * reloads, and the report says the others may not have.
 */
export function linkShard(options: {
  shard: { id: number; count: number };
  reload: () => Promise<ReloadReport>;
  log: Logger;
  port?: ManagerPort;
  timeoutMs?: number;
}): ShardLink {
  const { shard, log } = options;
  const port = options.port ?? (process as unknown as ManagerPort);
  // Longer than the manager waits for each shard, so a slow shard is named by the manager's
  // answer instead of this shard giving up on the manager first.
  const timeoutMs = options.timeoutMs ?? RELOAD_TIMEOUT_MS + 15_000;
  const waiting = new Map<string, { resolve(outcomes: ShardOutcome[]): void; reject(error: Error): void }>();
  const send = (message: ShardMessage) =>
    new Promise<void>((resolve, reject) => {
      port.send(message, (error) => (error ? reject(error) : resolve()));
    });

  const reloadHere = async (): Promise<ShardOutcome> => {
    try {
      return { shard: shard.id, report: await options.reload() };
    } catch (error) {
      log.error({ err: error }, 'reload failed on this shard');
      return { shard: shard.id, error: 'the reload failed (details in the log)' };
    }
  };

  const onMessage = (message: unknown) => {
    if (!isShardMessage(message)) return;
    if (message.newsquote === 'reload') {
      void reloadHere().then((outcome) => {
        if ('report' in outcome) log.info({ version: outcome.report.version, ok: outcome.report.ok }, 'knowledge reloaded for every shard');
        else log.error({ error: outcome.error }, 'reload for every shard failed here');
        return send({ newsquote: 'reloaded', id: message.id, outcome }).catch((error: unknown) => log.warn({ err: error }, 'could not report the reload to the shard manager'));
      });
    } else if (message.newsquote === 'reloaded-everywhere') {
      waiting.get(message.id)?.resolve(message.outcomes);
    }
  };
  port.on('message', onMessage);
  void send({ newsquote: 'linked', shard: shard.id }).catch((error: unknown) => log.warn({ err: error }, 'could not reach the shard manager'));

  return {
    async reloadEverywhere() {
      const id = randomUUID();
      let problem: string | null = null;
      let outcomes: ShardOutcome[] = [];
      try {
        outcomes = await new Promise<ShardOutcome[]>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no answer within ${Math.ceil(timeoutMs / 1000)} s`)), timeoutMs);
          const settle = (how: () => void) => {
            clearTimeout(timer);
            how();
          };
          waiting.set(id, { resolve: (all) => settle(() => resolve(all)), reject: (error) => settle(() => reject(error)) });
          send({ newsquote: 'reload-everywhere', id }).catch((error: unknown) => waiting.get(id)?.reject(error as Error));
        });
      } catch (error) {
        problem = `shard manager: ${(error as Error).message}; the other shards may serve the old knowledge`;
        log.error({ err: error }, 'the shard manager did not reload every shard');
      } finally {
        waiting.delete(id);
      }
      // This shard must have reloaded, whatever happened to the others.
      if (problem) return { ...combineOutcomes([await reloadHere()], 1), shards: { count: shard.count, reached: 1, failures: [problem] } };
      if (!outcomes.some((o) => o.shard === shard.id && 'report' in o)) outcomes = [...outcomes.filter((o) => o.shard !== shard.id), await reloadHere()];
      return combineOutcomes(outcomes, shard.count, shard.id);
    },
    close() {
      port.off('message', onMessage);
      for (const pending of waiting.values()) pending.reject(new Error('this shard is stopping'));
      if (port.connected) port.disconnect?.();
    },
  };
}

/**
 * One report from every shard's outcome: the report of shard `mine` (else the lowest shard
 * that has one), with how many shards reloaded and a line for each that did not or that
 * serves another version. Throws when no shard could reload at all.
 */
export function combineOutcomes(outcomes: ShardOutcome[], count: number, mine?: number): EverywhereReport {
  const sorted = [...outcomes].sort((a, b) => a.shard - b.shard);
  const reports = sorted.filter((o): o is Extract<ShardOutcome, { report: ReloadReport }> => 'report' in o);
  const own = reports.find((o) => o.shard === mine) ?? reports[0];
  if (!own) throw new Error(`shard-reload: no shard could reload (${sorted.map((o) => ('error' in o ? `shard ${o.shard}: ${o.error}` : '')).join('; ') || 'no shard running'})`);
  const failures: string[] = [];
  for (const o of sorted) {
    if ('error' in o) failures.push(`shard ${o.shard}: ${o.error}`);
    else if (o.report.version !== own.report.version) failures.push(`shard ${o.shard}: serves version ${o.report.version} (the folder changed meanwhile? /reload again)`);
  }
  const answered = new Set(reports.map((o) => o.shard));
  for (let id = 0; id < count; id++) if (!sorted.some((o) => o.shard === id)) failures.push(`shard ${id}: not run by this shard manager`);
  return { ...own.report, shards: { count, reached: answered.size, failures } };
}

/**
 * The manager's half: relays every shard's `reload-everywhere` to all shards, and returns
 * `reloadAll` for the manager's own watcher. A shard still starting (spawned, not yet
 * linked) cannot be asked; it is reloaded as soon as it links, in case it read the folder
 * before the change.
 */
export function relayReloads(manager: ShardingManager, log: Logger, timeoutMs = RELOAD_TIMEOUT_MS): { reloadAll(): Promise<ShardOutcome[]> } {
  const linked = new Set<number>();
  const reloadOnLink = new Set<number>();

  const ask = (shard: Shard): Promise<ShardOutcome> => {
    const id = randomUUID();
    return new Promise<ShardOutcome>((resolve) => {
      const done = (outcome: ShardOutcome) => {
        clearTimeout(timer);
        shard.off('message', onMessage);
        shard.off('death', onDeath);
        resolve(outcome);
      };
      const onMessage = (message: unknown) => {
        if (isShardMessage(message) && message.newsquote === 'reloaded' && message.id === id) done({ ...message.outcome, shard: shard.id });
      };
      const onDeath = () => done({ shard: shard.id, error: 'its process exited; it reads the folder again when it restarts' });
      const timer = setTimeout(() => done({ shard: shard.id, error: `no answer within ${Math.ceil(timeoutMs / 1000)} s` }), timeoutMs);
      shard.on('message', onMessage);
      shard.once('death', onDeath);
      shard.send({ newsquote: 'reload', id } satisfies ShardMessage).catch((error: unknown) => done({ shard: shard.id, error: `could not be asked (${(error as Error).message})` }));
    });
  };

  const reloadAll = async (): Promise<ShardOutcome[]> => {
    const outcomes = await Promise.all(
      [...manager.shards.values()].map((shard): Promise<ShardOutcome> | ShardOutcome => {
        if (linked.has(shard.id)) return ask(shard);
        reloadOnLink.add(shard.id);
        return { shard: shard.id, error: 'still starting; it reloads as soon as it is up' };
      }),
    );
    log.info({ outcomes: outcomes.map((o) => ('report' in o ? { shard: o.shard, version: o.report.version, ok: o.report.ok } : o)) }, 'reloaded every shard');
    return outcomes;
  };

  manager.on('shardCreate', (shard) => {
    shard.on('death', () => linked.delete(shard.id));
    shard.on('message', (message: unknown) => {
      if (!isShardMessage(message)) return;
      if (message.newsquote === 'linked') {
        linked.add(shard.id);
        if (reloadOnLink.delete(shard.id)) void ask(shard);
      } else if (message.newsquote === 'reload-everywhere') {
        void reloadAll().then((outcomes) =>
          shard.send({ newsquote: 'reloaded-everywhere', id: message.id, outcomes } satisfies ShardMessage).catch((error: unknown) => log.warn({ err: error, shard: shard.id }, 'could not answer the shard')),
        );
      }
    });
  });

  return { reloadAll };
}
