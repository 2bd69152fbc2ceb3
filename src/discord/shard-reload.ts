/**
 * Reloads across the processes of `npm run start:sharded`. Each process holds one or more
 * shards over one KnowledgeStore over the same folders, so a change made through one
 * process must reload the others:
 *
 *   process (moderator's /reload) --reload-everywhere {scope?}--> manager
 *   manager                       --reload {scope?}-------------> every process concerned (the asking one too)
 *   each of them                  --reloaded (report)-----------> manager
 *   manager                       --reloaded-everywhere (an outcome per shard)--> asking process
 *
 * A reload without scope (the shared shelf) reaches every process. A reload scoped to one
 * server (`{ guildId }`, that server's shelf) reaches only the process holding the server's
 * shard, `(guild_id >> 22) % shard_count`, and its reach counts that one shard.
 * One path for every reload: the asking process reloads through the manager like the others,
 * and gets one report back (its own, plus how many shards it reached and which did not).
 * Messages are plain JSON over the process's IPC channel, tagged `newsquote`.
 */
import { randomUUID } from 'node:crypto';
import { ShardClientUtil } from 'discord.js';
import type { EverywhereReport, ReloadReport, ShardReach } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';
import type { ShardProcess } from './shard-process.ts';

/** Which shelf a reload is for: absent, the shared one (every process); else one server's. */
export interface ReloadScope {
  guildId: string;
}

/** What one process made of a reload: its report, or why there is none. */
export type ProcessOutcome = { report: ReloadReport } | { error: string };
/** The same for each shard that process holds. */
export type ShardOutcome = { shard: number } & ProcessOutcome;

/** The reach of a scoped reload also names the server and the shard holding it. */
export type ScopedReach = ShardReach & { scope?: ReloadScope & { shard: number } };
export type ScopedReport = EverywhereReport & { shards?: ScopedReach };

export type ShardMessage =
  /** A process is listening for reloads (sent once it has its knowledge and link). */
  | { newsquote: 'linked'; shards: number[] }
  | { newsquote: 'reload-everywhere'; id: string; scope?: ReloadScope }
  | { newsquote: 'reload'; id: string; scope?: ReloadScope }
  | { newsquote: 'reloaded'; id: string; outcome: ProcessOutcome }
  | { newsquote: 'reloaded-everywhere'; id: string; outcomes: ShardOutcome[] };

function isShardMessage(message: unknown): message is ShardMessage {
  return typeof message === 'object' && message !== null && typeof (message as { newsquote?: unknown }).newsquote === 'string';
}

/** A reload through the manager waits at most this long; a process's own reload as well. */
export const RELOAD_TIMEOUT_MS = 60_000;

/** The shard Discord sends a server's events to: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, count: number): number {
  if (!/^\d{1,20}$/.test(guildId)) throw new Error(`shard-reload: not a server id: ${JSON.stringify(guildId.slice(0, 40))}`);
  return ShardClientUtil.shardIdForGuildId(guildId, count);
}

/** The shards a reload must reach: every one, or the one holding the scope's server. */
export function shardsConcerned(scope: ReloadScope | undefined, count: number): number[] {
  return scope ? [shardOfGuild(scope.guildId, count)] : Array.from({ length: count }, (_, i) => i);
}

/** The channel to the manager: `process` in a bot process started by the manager. */
export interface ManagerPort {
  send(message: ShardMessage, callback: (error: Error | null) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  connected?: boolean;
  disconnect?(): void;
}

export interface ShardLink {
  /** Reload through the manager everywhere the scope is served; this process's report, with how far it reached. */
  reloadEverywhere(scope?: ReloadScope): Promise<ScopedReport>;
  /** Stop listening and close the channel, so the process can exit. */
  close(): void;
}

/**
 * The process's half: answers the manager's reload requests with `reload`, and asks the
 * manager to reload everywhere. If the manager does not answer, this process still reloads,
 * and the report says the others may not have.
 */
export function linkShard(options: {
  /** This process's shards, of `count`. */
  shards: { ids: readonly number[]; count: number };
  reload: (scope?: ReloadScope) => Promise<ReloadReport>;
  log: Logger;
  port?: ManagerPort;
  timeoutMs?: number;
}): ShardLink {
  const { shards, log } = options;
  const port = options.port ?? (process as unknown as ManagerPort);
  // Longer than the manager waits for each process, so a slow one is named by the manager's
  // answer instead of this process giving up on the manager first.
  const timeoutMs = options.timeoutMs ?? RELOAD_TIMEOUT_MS + 15_000;
  const waiting = new Map<string, { resolve(outcomes: ShardOutcome[]): void; reject(error: Error): void }>();
  const send = (message: ShardMessage) =>
    new Promise<void>((resolve, reject) => {
      port.send(message, (error) => (error ? reject(error) : resolve()));
    });

  const reloadHere = async (scope: ReloadScope | undefined): Promise<ProcessOutcome> => {
    try {
      return { report: await options.reload(scope) };
    } catch (error) {
      log.error({ err: error, scope }, 'reload failed in this process');
      return { error: 'the reload failed (details in the log)' };
    }
  };

  const onMessage = (message: unknown) => {
    if (!isShardMessage(message)) return;
    if (message.newsquote === 'reload') {
      void reloadHere(message.scope).then((outcome) => {
        if ('report' in outcome) log.info({ version: outcome.report.version, ok: outcome.report.ok, scope: message.scope }, 'knowledge reloaded for every shard');
        else log.error({ error: outcome.error, scope: message.scope }, 'reload for every shard failed here');
        return send({ newsquote: 'reloaded', id: message.id, outcome }).catch((error: unknown) => log.warn({ err: error }, 'could not report the reload to the shard manager'));
      });
    } else if (message.newsquote === 'reloaded-everywhere') {
      waiting.get(message.id)?.resolve(message.outcomes);
    }
  };
  port.on('message', onMessage);
  void send({ newsquote: 'linked', shards: [...shards.ids] }).catch((error: unknown) => log.warn({ err: error }, 'could not reach the shard manager'));

  return {
    async reloadEverywhere(scope) {
      const concerned = shardsConcerned(scope, shards.count);
      const mine = shards.ids.filter((id) => concerned.includes(id));
      const withScope = (report: EverywhereReport): ScopedReport =>
        scope && report.shards ? { ...report, shards: { ...report.shards, scope: { guildId: scope.guildId, shard: concerned[0]! } } } : report;
      const id = randomUUID();
      let outcomes: ShardOutcome[];
      try {
        outcomes = await new Promise<ShardOutcome[]>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no answer within ${Math.ceil(timeoutMs / 1000)} s`)), timeoutMs);
          const settle = (how: () => void) => {
            clearTimeout(timer);
            how();
          };
          waiting.set(id, { resolve: (all) => settle(() => resolve(all)), reject: (error) => settle(() => reject(error)) });
          send({ newsquote: 'reload-everywhere', id, ...(scope ? { scope } : {}) }).catch((error: unknown) => waiting.get(id)?.reject(error as Error));
        });
      } catch (error) {
        log.error({ err: error, scope }, 'the shard manager did not reload every shard');
        const problem = `shard manager: ${(error as Error).message}; the other shards may serve the old knowledge`;
        // This process must have reloaded what it serves, whatever happened to the others.
        const here = await reloadHere(scope);
        const own = combineOutcomes(
          mine.map((shard) => ({ shard, ...here })),
          mine,
        );
        return withScope({ ...own, shards: { count: concerned.length, reached: mine.length, failures: [problem] } });
      } finally {
        waiting.delete(id);
      }
      if (mine.length && !outcomes.some((o) => mine.includes(o.shard) && 'report' in o)) {
        const here = await reloadHere(scope);
        outcomes = [...outcomes.filter((o) => !mine.includes(o.shard)), ...mine.map((shard) => ({ shard, ...here }))];
      }
      return withScope(combineOutcomes(outcomes, concerned, mine));
    },
    close() {
      port.off('message', onMessage);
      for (const pending of waiting.values()) pending.reject(new Error('this process is stopping'));
      if (port.connected) port.disconnect?.();
    },
  };
}

/**
 * One report from every shard's outcome: the report of one of the shards `mine` (else the
 * lowest shard that has one), with how many of the `concerned` shards (a count: all of
 * `0…count−1`) reloaded and a line for each that did not or that serves another version.
 * Throws when no shard could reload at all.
 */
export function combineOutcomes(outcomes: ShardOutcome[], concerned: number | readonly number[], mine: number | readonly number[] = []): EverywhereReport {
  const expected = typeof concerned === 'number' ? Array.from({ length: concerned }, (_, i) => i) : concerned;
  const own = typeof mine === 'number' ? [mine] : mine;
  const sorted = [...outcomes].sort((a, b) => a.shard - b.shard);
  const reports = sorted.filter((o): o is Extract<ShardOutcome, { report: ReloadReport }> => 'report' in o);
  const chosen = reports.find((o) => own.includes(o.shard)) ?? reports[0];
  if (!chosen) throw new Error(`shard-reload: no shard could reload (${sorted.map((o) => ('error' in o ? `shard ${o.shard}: ${o.error}` : '')).join('; ') || 'no shard running'})`);
  const failures: string[] = [];
  for (const o of sorted) {
    if ('error' in o) failures.push(`shard ${o.shard}: ${o.error}`);
    else if (o.report.version !== chosen.report.version) failures.push(`shard ${o.shard}: serves version ${o.report.version} (the folder changed meanwhile? /reload again)`);
  }
  const answered = new Set(reports.map((o) => o.shard));
  for (const id of expected) if (!sorted.some((o) => o.shard === id)) failures.push(`shard ${id}: not run by this shard manager`);
  return { ...chosen.report, shards: { count: expected.length, reached: answered.size, failures } };
}

/**
 * The manager's half: relays every process's `reload-everywhere` to the processes concerned,
 * and offers `reload` for the manager's own watcher. A process still starting (spawned, not
 * yet linked) cannot be asked; it reloads as soon as it links, in case it read the folder
 * before the change.
 */
export function relayReloads(
  processes: readonly ShardProcess[],
  count: number,
  log: Logger,
  timeoutMs = RELOAD_TIMEOUT_MS,
): { reload(scope?: ReloadScope): Promise<ShardOutcome[]> } {
  const linked = new Set<ShardProcess>();
  /** Reloads a starting process missed, replayed when it links (undefined: the shared shelf). */
  const missed = new Map<ShardProcess, Array<ReloadScope | undefined>>();

  const ask = (p: ShardProcess, scope: ReloadScope | undefined): Promise<ProcessOutcome> => {
    const id = randomUUID();
    return new Promise<ProcessOutcome>((resolve) => {
      const done = (outcome: ProcessOutcome) => {
        clearTimeout(timer);
        p.off('message', onMessage);
        p.off('death', onDeath);
        resolve(outcome);
      };
      const onMessage = (message: unknown) => {
        if (isShardMessage(message) && message.newsquote === 'reloaded' && message.id === id) done(message.outcome);
      };
      const onDeath = () => done({ error: 'its process exited; it reads the folder again when it restarts' });
      const timer = setTimeout(() => done({ error: `no answer within ${Math.ceil(timeoutMs / 1000)} s` }), timeoutMs);
      p.on('message', onMessage);
      p.once('death', onDeath);
      p.send({ newsquote: 'reload', id, ...(scope ? { scope } : {}) } satisfies ShardMessage).catch((error: unknown) => done({ error: `could not be asked (${(error as Error).message})` }));
    });
  };

  const reload = async (scope?: ReloadScope): Promise<ShardOutcome[]> => {
    const concerned = shardsConcerned(scope, count);
    const asked = processes.filter((p) => p.shards.some((s) => concerned.includes(s)));
    const outcomes = await Promise.all(
      asked.map(async (p): Promise<ShardOutcome[]> => {
        let outcome: ProcessOutcome;
        if (linked.has(p)) outcome = await ask(p, scope);
        else {
          missed.set(p, [...(missed.get(p) ?? []), scope]);
          outcome = { error: 'still starting; it reloads as soon as it is up' };
        }
        return p.shards.filter((s) => concerned.includes(s)).map((shard) => ({ shard, ...outcome }));
      }),
    );
    const flat = outcomes.flat();
    log.info({ scope, outcomes: flat.map((o) => ('report' in o ? { shard: o.shard, version: o.report.version, ok: o.report.ok } : o)) }, 'reloaded every shard concerned');
    return flat;
  };

  for (const p of processes) {
    p.on('death', () => linked.delete(p));
    p.on('message', (message: unknown) => {
      if (!isShardMessage(message)) return;
      if (message.newsquote === 'linked') {
        linked.add(p);
        const scopes = missed.get(p);
        missed.delete(p);
        // One reload of the shared shelf covers everything it missed; else one per server.
        if (scopes?.includes(undefined)) void ask(p, undefined);
        else for (const guildId of new Set(scopes?.map((s) => s!.guildId))) void ask(p, { guildId });
      } else if (message.newsquote === 'reload-everywhere') {
        void reload(message.scope)
          .catch((error: unknown): ShardOutcome[] => {
            log.warn({ err: error, shards: p.label }, 'could not relay a reload');
            return [];
          })
          .then((outcomes) =>
            p.send({ newsquote: 'reloaded-everywhere', id: message.id, outcomes } satisfies ShardMessage).catch((error: unknown) => log.warn({ err: error, shards: p.label }, 'could not answer the process')),
          );
      }
    });
  }

  return { reload };
}
