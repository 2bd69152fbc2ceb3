/**
 * One bot process of `npm run start:sharded`, holding one or more shards over one knowledge
 * store. The manager's half (`ShardProcess`) forks the normal bot entry with SHARD_LIST and
 * SHARD_COUNT set, and knows which of its shards are connected; the process's half
 * (`reportShardStates`) tells it, over the IPC channel:
 *
 *   process --{ newsquote: 'shard-state', shard, ready }--> manager   (each connect, drop, resume)
 *   process --{ newsquote: 'ready', shards }--------------> manager   (once every shard is up)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { Events, type Client } from 'discord.js';

/** A process that has not exited this long after SIGTERM is killed. */
export const STOP_TIMEOUT_MS = 10_000;
/**
 * The exit code of a bot process that must not be started again: Discord closed a connection
 * for good (4004 authentication failed, 4013/4014 intents...) or refused the token. It is
 * sysexits' EX_CONFIG, not 1, which every crash (an uncaught exception, an unhandled rejection)
 * exits with: a crash is worth a restart, a refused configuration fails the same way again.
 */
export const FATAL_EXIT = 78;

export type StateMessage = { newsquote: 'shard-state'; shard: number; ready: boolean } | { newsquote: 'ready'; shards: number[] };

const isStateMessage = (message: unknown): message is StateMessage =>
  typeof message === 'object' && message !== null && ['shard-state', 'ready'].includes((message as { newsquote?: unknown }).newsquote as string);

/** `0-3,6`: a process's shards, for logs and the `shard` label of its metrics. */
export function formatShards(shards: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < shards.length; i++) {
    let j = i;
    while (j + 1 < shards.length && shards[j + 1] === shards[j]! + 1) j++;
    runs.push(j > i ? `${shards[i]}-${shards[j]}` : String(shards[i]));
    i = j;
  }
  return runs.join(',');
}

/** Shards `0…count−1` in processes of `perProcess` consecutive shards (the last may hold fewer). */
export function planProcesses(count: number, perProcess: number | 'all'): number[][] {
  const size = perProcess === 'all' ? count : perProcess;
  const lists: number[][] = [];
  for (let first = 0; first < count; first += size) lists.push(Array.from({ length: Math.min(size, count - first) }, (_, i) => first + i));
  return lists;
}

/**
 * Processes that may start together: Discord lets each identify bucket (`shard % max_concurrency`)
 * start one session per 5 s, and discord.js paces the shards inside one process, so processes
 * start together only while no two of them hold shards of the same bucket. Keeps the order.
 */
export function startWaves<T extends { shards: readonly number[] }>(processes: readonly T[], concurrency: number): T[][] {
  const waves: T[][] = [];
  let buckets = new Set<number>();
  for (const p of processes) {
    const mine = p.shards.map((s) => s % concurrency);
    if (!waves.length || mine.some((b) => buckets.has(b))) {
      waves.push([]);
      buckets = new Set();
    }
    waves.at(-1)!.push(p);
    for (const b of mine) buckets.add(b);
  }
  return waves;
}

export interface ShardProcessOptions {
  /** The bot entry (`src/main.ts` or its build). */
  entry: string;
  execArgv: string[];
  /** Total shards of the bot. */
  count: number;
  token: string;
}

/**
 * The manager's handle on one process and its shard list, kept across restarts (like
 * discord.js's Shard). Emits `spawn` (the child), `message` (anything it sends) and `death`
 * (its exit code, null when killed by a signal).
 */
export class ShardProcess extends EventEmitter<{ spawn: [ChildProcess]; message: [unknown]; death: [number | null] }> {
  child: ChildProcess | null = null;
  /** Its shards whose gateway connection is up now. */
  readonly connected = new Set<number>();

  constructor(
    readonly shards: readonly number[],
    private readonly options: ShardProcessOptions,
  ) {
    super();
  }

  get label(): string {
    return formatShards(this.shards);
  }

  /** Start the process; resolves once every one of its shards is connected, rejects if it exits or times out first. */
  spawn(timeoutMs: number): Promise<void> {
    if (this.child) return Promise.reject(new Error(`shard-process: shards ${this.label} already run`));
    const child = fork(this.options.entry, [], {
      execArgv: this.options.execArgv,
      // The child reads .env like any bot process; these say which shards are its own.
      env: {
        ...process.env,
        DISCORD_TOKEN: this.options.token,
        SHARD_LIST: this.shards.join(','),
        SHARD_COUNT: String(this.options.count),
        SHARD_MANAGER: 'true',
      },
    });
    this.child = child;
    this.connected.clear();
    child.on('message', (message: unknown) => {
      if (isStateMessage(message) && message.newsquote === 'shard-state') {
        if (message.ready) this.connected.add(message.shard);
        else this.connected.delete(message.shard);
      }
      this.emit('message', message);
    });
    child.once('exit', (code) => {
      if (this.child === child) this.child = null;
      this.connected.clear();
      this.emit('death', code);
    });
    this.emit('spawn', child);
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        child.off('message', onReady);
        child.off('exit', onExit);
        child.off('error', onError);
        if (error) reject(error);
        else resolve();
      };
      const onReady = (message: unknown) => isStateMessage(message) && message.newsquote === 'ready' && done();
      const onExit = (code: number | null) => done(new Error(`the process of shards ${this.label} exited (code ${code}) before it was ready`));
      const onError = (error: Error) => done(error);
      const timer = setTimeout(() => {
        done(new Error(`shards ${this.label} were not ready within ${Math.round(timeoutMs / 1000)} s`));
        // Stopped, so its death is counted like a crash instead of a process left half up.
        void this.stop();
      }, timeoutMs);
      child.on('message', onReady);
      child.once('exit', onExit);
      child.once('error', onError);
    });
  }

  send(message: unknown): Promise<void> {
    const child = this.child;
    if (!child?.connected) return Promise.reject(new Error('its process is not running'));
    return new Promise((resolve, reject) => child.send(message as object, (error) => (error ? reject(error) : resolve())));
  }

  /** SIGTERM (the process destroys its client and exits 0), SIGKILL after `killAfterMs`. */
  async stop(killAfterMs = STOP_TIMEOUT_MS): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    await exited;
    clearTimeout(timer);
  }
}

interface Port {
  send(message: StateMessage, callback: (error: Error | null) => void): unknown;
}

/** The process's half: tell the manager when each shard connects or drops, and when all are up. */
export function reportShardStates(client: Client, port: Port = process as unknown as Port): void {
  const send = (message: StateMessage) => port.send(message, () => undefined);
  client.on(Events.ShardReady, (shard) => send({ newsquote: 'shard-state', shard, ready: true }));
  client.on(Events.ShardResume, (shard) => send({ newsquote: 'shard-state', shard, ready: true }));
  client.on(Events.ShardReconnecting, (shard) => send({ newsquote: 'shard-state', shard, ready: false }));
  client.on(Events.ShardDisconnect, (_event, shard) => send({ newsquote: 'shard-state', shard, ready: false }));
  client.once(Events.ClientReady, () => send({ newsquote: 'ready', shards: [...(client.options.shards as number[])] }));
}
