/**
 * The production build (`npm run build`, then `npm run start:prod`): the emitted JavaScript
 * needs only runtime dependencies, and runs the console and the Discord bot with plain node.
 * Built into a private folder inside the repository, so node finds node_modules and a
 * developer's own dist/ is left alone.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/server.ts';
import { FAKE_TOKEN, knowledgeCopy, ROOT, spawnBot, type RunningBot } from './discord/harness.ts';

let out: string;

beforeAll(() => {
  out = mkdtempSync(join(ROOT, 'node_modules', '.build-test-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out], { cwd: ROOT });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function emitted(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

describe('npm run build', () => {
  test('the emitted code imports nothing but Node and the runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const runtime = new Set(Object.keys(pkg.dependencies));
    const bare = new Set<string>();
    const files = emitted(out);
    expect(files.map((f) => f.slice(out.length))).toContain('/commands/ask.js');
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const statics = code.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)';|^import\s+'([^']+)';/gm);
      const dynamics = code.matchAll(/\bimport\('([^']+)'\)/g);
      for (const match of [...statics, ...dynamics]) {
        const specifier = match[1] ?? match[2]!;
        if (!specifier.startsWith('.')) bare.add(specifier);
      }
      // Relative imports were rewritten to the emitted .js files.
      expect(code, file).not.toMatch(/from '\.{1,2}\/[^']*\.ts'/);
    }
    const packageOf = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
    expect(bare).toContain('discord.js');
    const foreign = [...bare].filter((s) => !s.startsWith('node:') && !builtinModules.includes(s) && !runtime.has(packageOf(s)));
    expect(foreign).toEqual([]);
  });

  test('the built console answers, and reloads through its worker thread', () => {
    const r = spawnSync(process.execPath, [join(out, 'src/main.js'), '--json'], {
      cwd: ROOT,
      input: '/ask When was NATO founded?\n/reload\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', STATE_DIR: mkdtempSync(join(tmpdir(), 'build-state-')) },
      timeout: 60_000,
    });
    expect(r.stderr).toMatch(/offline console/);
    const [ask, reload] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(ask.items[0].quotes[0].text).toContain('1949');
    expect(reload.command).toBe('reload');
    expect(reload.error).toBeUndefined();
    expect(r.status).toBe(0);
  });
});

describe('the built bot on Discord', () => {
  let fake: FakeDiscord;
  let bot: RunningBot;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = spawnBot(join(out, 'src/main.js'), fake, { KNOWLEDGE_DIR: knowledgeCopy() });
    await fake.waitFor((r) => r.method === 'PUT' && /\/commands$/.test(r.path), { timeoutMs: 30_000, description: 'command deploy' });
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  test('registers the commands with the built deploy', async () => {
    // Not spawnSync: the fake Discord answers from this process's event loop.
    const r = await promisify(execFile)(process.execPath, [join(out, 'src/deploy.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: fake.guild.id },
      timeout: 30_000,
    });
    expect(r.stdout).toEqual(`Registered ${readdirSync(join(out, 'commands')).filter((f) => f.endsWith('.js')).length} commands (server ${fake.guild.id}).\n`);
  });

  test('logs in and answers /ask', async () => {
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'When was NATO founded?' }, user: fake.addUser() });
    const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
    expect(callback.body.data.embeds[0].description).toContain('1949');
    expect(bot.stderr()).toMatch(/"msg":"ready"/);
  });
});

describe('the built sharded start', () => {
  test('runs its shards from the built entry, without tsx, and they answer', async () => {
    const fake = await startFakeDiscord();
    const manager = spawnBot(join(out, 'src/sharded.js'), fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: '1' });
    try {
      await manager.waitForOutput(/"msg":"all shards ready"/, 60_000);
      const pid = /"pid":(\d+),"msg":"shard process started"/.exec(manager.stderr())![1];
      // The shard's own command line: plain node on the built entry, no tsx loader.
      if (existsSync('/proc/self/cmdline')) expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)).toEqual([process.execPath, realpathSync(join(out, 'src/main.js'))]);
      const sent = fake.sendChatInput({ name: 'ask', options: { question: 'When was NATO founded?' }, user: fake.addUser() });
      const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
      expect(callback.body.data.embeds[0].description).toContain('1949');
      expect(await manager.stop()).toBe(0);
    } finally {
      await manager.stop();
      await fake.close();
    }
  }, 90_000);
});
