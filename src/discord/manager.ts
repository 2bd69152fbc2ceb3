/**
 * `npm run start:sharded`: the bot's shards in one or more processes, each running the normal
 * bot entry with its own shard list (SHARD_LIST) over one KnowledgeStore, so a machine holds
 * the index once per process, not once per shard. SHARDS_PER_PROCESS says how many shards a
 * process holds (default all: one process). The manager picks the shard count, starts the
 * processes as fast as Discord allows, relays reloads to the processes concerned, watches the
 * folder when KNOWLEDGE_WATCH is on, starts a crashed process again (a few times), and stops
 * every process on SIGINT/SIGTERM or when one stops for good.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Config } from '../config.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import type { Logger } from '../log.ts';
import { runsFromSources } from '../module-path.ts';
import type { HealthServer } from '../health.ts';
import { serveShardedHealth } from './shard-metrics.ts';
import { FATAL_EXIT, planProcesses, ShardProcess, startWaves } from './shard-process.ts';
import { combineOutcomes, relayReloads } from './shard-reload.ts';

/** Discord lets each identify bucket start one session per 5 s; a little margin on top. */
const IDENTIFY_INTERVAL_MS = 5_500;
/**
 * A process loads the whole knowledge before it connects: give big folders time, and each
 * shard beyond its first one identify interval more (discord.js identifies them in turn).
 */
const READY_TIMEOUT_MS = 120_000;
const readyTimeout = (p: ShardProcess) => READY_TIMEOUT_MS + (p.shards.length - 1) * IDENTIFY_INTERVAL_MS;
/**
 * A process that crashes is started again, at most this many times (all processes together)
 * in RESPAWN_WINDOW_MS: one that keeps crashing is a fault a supervisor must see.
 */
const RESPAWN_BUDGET = 3;
const RESPAWN_WINDOW_MS = 5 * 60_000;

export interface ShardPlan {
  /** Total shards (Discord's recommendation when SHARD_COUNT is auto). */
  count: number;
  /** Shards that may identify at the same time (Discord's `max_concurrency`). */
  concurrency: number;
  recommended: number;
}

/**
 * Ask Discord through the configured REST base (not discord.js's automatic count, which
 * always calls discord.com) how many shards it recommends and how many may start at once.
 */
export async function planShards(config: Pick<Config, 'apiBase' | 'shardCount'>, token: string): Promise<ShardPlan> {
  const rest = new REST({ api: config.apiBase }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const recommended = Math.max(1, gateway.shards);
  return {
    count: config.shardCount === 'auto' ? recommended : config.shardCount,
    concurrency: Math.max(1, gateway.session_start_limit.max_concurrency),
    recommended,
  };
}

/** Run the shards until a signal stops them (0), or until start-up fails or a process stops for good (1). */
export async function runShards(options: { config: Config; token: string; entry: string; log: Logger }): Promise<number> {
  const { config, token, log } = options;
  if (config.shardList) {
    // The manager starts every shard 0…N−1 itself; a list meant for it would be silently ignored.
    process.stderr.write('SHARD_LIST is for `npm start` (one process for those shards); `npm run start:sharded` runs every shard: unset SHARD_LIST.\n');
    return 1;
  }
  let plan: ShardPlan;
  try {
    plan = await planShards(config, token);
  } catch (error) {
    process.stderr.write(`Could not ask Discord for the recommended shard count: ${(error as Error).message}\n`);
    return 1;
  }
  if (plan.count < plan.recommended) log.warn(plan, 'SHARD_COUNT is below what Discord recommends; Discord refuses a shard with too many servers');

  const processes = planProcesses(plan.count, config.shardsPerProcess).map(
    (shards) =>
      new ShardProcess(shards, {
        entry: options.entry,
        count: plan.count,
        token,
        // From the sources the entry is TypeScript: load tsx in each child, resolved from
        // here so the working directory does not matter; the built entry needs nothing.
        execArgv: runsFromSources(options.entry) ? ['--import', import.meta.resolve('tsx')] : [],
      }),
  );
  const relay = relayReloads(processes, plan.count, log);
  for (const p of processes) {
    p.on('spawn', (child) => log.info({ shards: [...p.shards], pid: child.pid }, 'shard process started'));
    p.on('death', (code) => onDeath(p, code));
  }

  let health: HealthServer | null = null;
  if (config.healthPort) {
    try {
      health = await serveShardedHealth({ processes, count: plan.count, port: config.healthPort, host: config.healthHost, log });
    } catch (error) {
      process.stderr.write(`Could not open the health endpoint on ${config.healthHost}:${config.healthPort}: ${(error as Error).message}\n`);
      return 1;
    }
  }

  let stopping = false;
  let watcher: { close(): void } | null = null;
  const starting = new AbortController();
  const stopAll = async (code: number): Promise<number> => {
    stopping = true;
    starting.abort();
    watcher?.close();
    await health?.close();
    await Promise.all(processes.map((p) => p.stop()));
    return code;
  };
  // Every start (a wave of processes, or one process again) waits for the one before it and
  // then Discord's identify interval, so no two processes identify in one bucket within 5 s.
  let gate: Promise<unknown> = Promise.resolve();
  // A start queued behind another (two crashes close together) may come due after stopAll
  // returned: it must not fork a process that nothing would stop.
  const paced = (start: () => Promise<void>): Promise<void> => {
    const run = gate.then(() => (stopping ? Promise.reject(new Error('the shards are stopping')) : start()));
    gate = run.catch(() => undefined).then(() => sleep(IDENTIFY_INTERVAL_MS, undefined, { signal: starting.signal })).catch(() => undefined);
    return run;
  };
  // Set once every process is up; a process that dies while starting fails the start instead.
  let running = false;
  const respawns: number[] = [];
  let finish: (code: number) => void = () => undefined;
  const onDeath = (p: ShardProcess, code: number | null) => {
    if (stopping) return;
    log.warn({ shards: [...p.shards], code }, 'shard process exited');
    if (!running) return;
    const now = Date.now();
    while (respawns.length > 0 && now - respawns[0]! > RESPAWN_WINDOW_MS) respawns.shift();
    if (code === FATAL_EXIT || respawns.length >= RESPAWN_BUDGET) {
      const why = code === FATAL_EXIT ? 'stopped for good' : `crashed ${respawns.length + 1} times in ${RESPAWN_WINDOW_MS / 60_000} minutes`;
      log.fatal({ shards: [...p.shards], code }, `a shard process ${why}; stopping every shard`);
      process.stderr.write(`${p.shards.length > 1 ? 'Shards' : 'Shard'} ${p.label} ${why} (exit code ${code}); stopping every shard.\n`);
      void stopAll(1).then(finish);
      return;
    }
    respawns.push(now);
    // After Discord's identify interval, so the new sessions are not refused for starting too soon.
    void sleep(IDENTIFY_INTERVAL_MS, undefined, { signal: starting.signal })
      .then(() => paced(() => p.spawn(readyTimeout(p))))
      .catch((error: Error) => {
        if (!stopping) log.error({ err: error, shards: [...p.shards] }, 'a shard process could not start again');
      });
  };
  const stopped = new Promise<number>((resolve) => {
    finish = resolve;
    const onSignal = (signal: string) => {
      if (stopping) return;
      log.info({ signal }, 'stopping every shard');
      void stopAll(0).then(resolve);
    };
    process.once('SIGINT', () => onSignal('SIGINT'));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
  });

  log.info(
    { shards: plan.count, processes: processes.map((p) => [...p.shards]), recommended: plan.recommended, concurrency: plan.concurrency, apiBase: config.apiBase },
    'starting shards',
  );
  try {
    // Processes whose shards share no identify bucket start together; the next wave once
    // they are all up, after the identify interval.
    for (const wave of startWaves(processes, plan.concurrency)) {
      if (stopping) break;
      await paced(async () => {
        await Promise.all(wave.map((p) => p.spawn(readyTimeout(p))));
      });
    }
  } catch (error) {
    if (!stopping) {
      log.error({ err: error }, 'a shard process could not start');
      process.stderr.write(`A shard process could not start (${(error as Error).message}); stopping every shard.\n`);
      return stopAll(1);
    }
  }
  if (stopping) return stopped;
  running = true;

  // The manager watches, not each process: one watcher, one reload of every process per
  // change, one log line and at most one audit message, instead of N processes racing over one folder.
  if (config.watch) {
    const rest = new REST({ api: config.apiBase }).setToken(token);
    const audit = async (line: string) => {
      if (!config.auditChannelId) return;
      await rest.post(Routes.channelMessages(config.auditChannelId), { body: { content: line.slice(0, 2000), allowed_mentions: { parse: [] } } });
    };
    watcher = watchKnowledge({ dir: config.knowledgeDir, reload: async () => combineOutcomes(await relay.reload(), plan.count), log, audit });
  }
  log.info({ shards: plan.count, processes: processes.length }, 'all shards ready');
  return stopped;
}
