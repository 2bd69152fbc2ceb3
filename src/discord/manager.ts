/**
 * `npm run start:sharded`: discord.js's ShardingManager runs the normal bot entry once per
 * shard, each a child process with its own client and its own KnowledgeStore over the same
 * KNOWLEDGE_DIR. The manager picks the shard count, spawns the shards as fast as Discord
 * allows, relays reloads to every shard, watches the folder when KNOWLEDGE_WATCH is on,
 * starts a crashed shard again (a few times), and stops every shard on SIGINT/SIGTERM or
 * when one stops for good.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config } from '../config.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import type { Logger } from '../log.ts';
import { runsFromSources } from '../module-path.ts';
import type { HealthServer } from '../health.ts';
import { serveShardedHealth } from './shard-metrics.ts';
import { combineOutcomes, relayReloads } from './shard-reload.ts';

/** Discord lets each identify bucket start one session per 5 s; a little margin on top. */
const IDENTIFY_INTERVAL_MS = 5_500;
/** A shard loads the whole knowledge before it connects: give big folders time. */
const READY_TIMEOUT_MS = 120_000;
/** A shard that has not exited this long after SIGTERM is killed. */
const STOP_TIMEOUT_MS = 10_000;
/**
 * A shard that crashes is started again, at most this many times in RESPAWN_WINDOW_MS:
 * a shard that keeps crashing is a fault a supervisor must see, not one to retry for ever.
 */
const RESPAWN_BUDGET = 3;
const RESPAWN_WINDOW_MS = 5 * 60_000;
/**
 * A shard exits 1 when Discord closed its connection for good (4004 authentication failed,
 * 4013/4014 intents...) or it could not log in: starting it again would fail the same way.
 */
const FATAL_EXIT = 1;

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

/** Run the shards until a signal stops them (0), or until start-up fails or a shard stops for good (1). */
export async function runShards(options: { config: Config; token: string; entry: string; log: Logger }): Promise<number> {
  const { config, token, log } = options;
  let plan: ShardPlan;
  try {
    plan = await planShards(config, token);
  } catch (error) {
    process.stderr.write(`Could not ask Discord for the recommended shard count: ${(error as Error).message}\n`);
    return 1;
  }
  if (plan.count < plan.recommended) log.warn(plan, 'SHARD_COUNT is below what Discord recommends; Discord refuses a shard with too many servers');

  const shardList = Array.from({ length: plan.count }, (_, i) => i);
  const manager = new ShardingManager(options.entry, {
    totalShards: plan.count,
    shardList,
    mode: 'process',
    token,
    // From the sources the shard entry is TypeScript: load tsx in each child, resolved from
    // here so the working directory does not matter; the built entry needs nothing.
    // Children inherit process.env (DISCORD_API_BASE...).
    execArgv: runsFromSources(options.entry) ? ['--import', import.meta.resolve('tsx')] : [],
    // Never discord.js's own respawn, which starts a dead shard again at once and for ever,
    // whatever it died of: `onDeath` decides.
    respawn: false,
  });
  const relay = relayReloads(manager, log);
  manager.on('shardCreate', (shard) => {
    // Mode 'process': `shard.process` is the child (still set while 'death' is emitted).
    shard.on('spawn', () => log.info({ shard: shard.id, pid: shard.process?.pid }, 'shard process started'));
    // discord.js emits 'error' when a respawn fails; unheard, that would kill the manager.
    shard.on('error', (error) => log.error({ err: error, shard: shard.id }, 'shard error'));
    shard.on('death', (child) => onDeath(shard, 'exitCode' in child ? child.exitCode : null));
  });

  let health: HealthServer | null = null;
  if (config.healthPort) {
    try {
      health = await serveShardedHealth({ manager, count: plan.count, port: config.healthPort, host: config.healthHost, log });
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
    await Promise.all([...manager.shards.values()].map(stopShard));
    return code;
  };
  // Set once every shard is up; a shard that dies while starting fails the start instead.
  let running = false;
  const respawns: number[] = [];
  let finish: (code: number) => void = () => undefined;
  const onDeath = (shard: Shard, code: number | null) => {
    if (stopping) return;
    log.warn({ shard: shard.id, code }, 'shard process exited');
    if (!running) return;
    const now = Date.now();
    while (respawns.length > 0 && now - respawns[0]! > RESPAWN_WINDOW_MS) respawns.shift();
    if (code === FATAL_EXIT || respawns.length >= RESPAWN_BUDGET) {
      const why = code === FATAL_EXIT ? 'stopped for good' : `crashed ${respawns.length + 1} times in ${RESPAWN_WINDOW_MS / 60_000} minutes`;
      log.fatal({ shard: shard.id, code }, `a shard ${why}; stopping every shard`);
      process.stderr.write(`Shard ${shard.id} ${why} (exit code ${code}); stopping every shard.\n`);
      void stopAll(1).then(finish);
      return;
    }
    respawns.push(now);
    // After Discord's identify interval, so the new session is not refused for starting too soon.
    void sleep(IDENTIFY_INTERVAL_MS, undefined, { signal: starting.signal })
      .then(() => shard.spawn(READY_TIMEOUT_MS))
      .catch((error: Error) => {
        if (!stopping) log.error({ err: error, shard: shard.id }, 'a shard could not start again');
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

  log.info({ shards: plan.count, recommended: plan.recommended, concurrency: plan.concurrency, apiBase: config.apiBase }, 'starting shards');
  try {
    // Discord's rule: shards in the same `id % max_concurrency` bucket start 5 s apart, so
    // the shards start in groups of `max_concurrency`.
    for (let first = 0; first < shardList.length && !stopping; first += plan.concurrency) {
      if (first > 0) await sleep(IDENTIFY_INTERVAL_MS, undefined, { signal: starting.signal });
      const group = shardList.slice(first, first + plan.concurrency);
      await Promise.all(group.map((id) => manager.createShard(id).spawn(READY_TIMEOUT_MS)));
    }
  } catch (error) {
    if (!stopping) {
      log.error({ err: error }, 'a shard could not start');
      process.stderr.write(`A shard could not start (${(error as Error).message}); stopping every shard.\n`);
      return stopAll(1);
    }
  }
  if (stopping) return stopped;
  running = true;

  // The manager watches, not each shard: one watcher, one reload of every shard per change,
  // one log line and at most one audit message, instead of N shards racing over one folder.
  if (config.watch) {
    const rest = new REST({ api: config.apiBase }).setToken(token);
    const audit = async (line: string) => {
      if (!config.auditChannelId) return;
      await rest.post(Routes.channelMessages(config.auditChannelId), { body: { content: line.slice(0, 2000), allowed_mentions: { parse: [] } } });
    };
    watcher = watchKnowledge({ dir: config.knowledgeDir, reload: async () => combineOutcomes(await relay.reloadAll(), plan.count), log, audit });
  }
  log.info({ shards: plan.count }, 'all shards ready');
  return stopped;
}

/** SIGTERM one shard's process (it destroys its client and exits 0), SIGKILL if it hangs. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  shard.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
