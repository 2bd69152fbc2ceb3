/**
 * Runs the real bot (`src/main.ts`, the `npm start` path, or `src/sharded.ts`) against the
 * fake Discord.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FakeDiscord } from '../fake-discord/server.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Any 20+ character string passes the bot's token check; the fake accepts every token. */
export const FAKE_TOKEN = 'fake-token-for-tests-0123456789';

export interface RunningBot {
  process: ChildProcess;
  /** Everything the process wrote to stderr and stdout so far. */
  stderr: () => string;
  /** Resolves once the output matches `pattern`; rejects if the process exits first or on timeout. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** A private copy of the shipped knowledge, so tests that change it change nothing else. */
export function knowledgeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-knowledge-'));
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  return dir;
}

/**
 * Spawn an entry point (`src/main.ts`, `src/sharded.ts`...) as `npm start` would run it,
 * wired to the fake Discord with a temporary STATE_DIR; `env` overrides any of it.
 */
export function spawnBot(entry: string, fake: FakeDiscord, env: Record<string, string> = {}): RunningBot {
  // The built JavaScript (`dist/…/*.js`) runs as production does: plain node, no tsx.
  const child = spawn(process.execPath, [...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []), entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_GUILD_ID: fake.guild.id,
      DEPLOY_ON_START: 'true',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      STATE_DIR: mkdtempSync(join(tmpdir(), 'bot-state-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const waiters = new Set<() => void>();
  const collect = (d: Buffer) => {
    err += d.toString();
    for (const check of waiters) check();
  };
  child.stderr!.on('data', collect);
  child.stdout!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    stderr: () => err,
    exited,
    waitForOutput(pattern, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        const check = () => pattern.test(err) && done(resolve);
        const timer = setTimeout(() => done(() => reject(new Error(`Timed out waiting for ${pattern} in the output:\n${err.slice(-3000)}`))), timeoutMs);
        waiters.add(check);
        void exited.then((code) => done(() => reject(new Error(`${entry} exited (${code}) before printing ${pattern}:\n${err.slice(-3000)}`))));
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Start the bot with DEPLOY_ON_START, and resolve once its commands are registered (it is ready then). */
export async function startBot(fake: FakeDiscord, env: Record<string, string> = {}): Promise<RunningBot> {
  const bot = spawnBot('src/main.ts', fake, env);
  await Promise.race([
    fake.waitFor((r) => r.method === 'PUT' && /\/commands$/.test(r.path), { timeoutMs: 30_000, description: 'command deploy' }),
    bot.exited.then((code) => {
      throw new Error(`bot exited early (${code}): ${bot.stderr()}`);
    }),
  ]);
  return bot;
}

/** A port nothing listens on now, for a server the bot will open. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
