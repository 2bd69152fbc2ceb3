/**
 * Runs the real bot (`src/main.ts`, the `npm start` path) against the fake Discord.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../fake-discord/server.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Any 20+ character string passes the bot's token check; the fake accepts every token. */
export const FAKE_TOKEN = 'fake-token-for-tests-0123456789';

export interface RunningBot {
  process: ChildProcess;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/** A private copy of the shipped knowledge, so tests that change it change nothing else. */
export function knowledgeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-knowledge-'));
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  return dir;
}

/** Start the bot with DEPLOY_ON_START, and resolve once its commands are registered (it is ready then). */
export async function startBot(fake: FakeDiscord, env: Record<string, string> = {}): Promise<RunningBot> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await Promise.race([
    fake.waitFor((r) => r.method === 'PUT' && /\/commands$/.test(r.path), { timeoutMs: 30_000, description: 'command deploy' }),
    exited.then((code) => {
      throw new Error(`bot exited early (${code}): ${err}`);
    }),
  ]);
  return {
    process: child,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
