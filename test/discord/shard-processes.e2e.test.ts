/**
 * Shards and processes, against a fake Discord with two shards: `npm start` with
 * SHARD_COUNT=2 runs both in its one process, without a manager; the real manager with
 * SHARDS_PER_PROCESS=1 runs two processes, each with its own knowledge store, that reload
 * together; and a reload scoped to one server reaches only the process holding that server's
 * shard (the manager's relay driven from here, over real bot processes).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ShardProcess } from '../../src/discord/shard-process.ts';
import { combineOutcomes, relayReloads, shardsConcerned } from '../../src/discord/shard-reload.ts';
import { guildIdForShard, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { FAKE_TOKEN, freePort, knowledgeCopy, spawnBot, startBot, type RunningBot } from './harness.ts';

const twoServers = () =>
  startFakeDiscord({
    shards: 2,
    guilds: [
      { id: guildIdForShard(0, 2), name: 'Home' },
      { id: guildIdForShard(1, 2), name: 'Far away' },
    ],
  });

/** The reply to a command, whether answered at once or deferred then edited. */
async function reply(fake: FakeDiscord, name: string, guildId: string, extra: Record<string, unknown> = {}) {
  const sent = fake.sendChatInput({ name, guildId, user: fake.addUser(), ...extra });
  const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
  return callback.body.type === 5 ? (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 20_000 })).body : callback.body.data;
}

const sources = async (fake: FakeDiscord, guildId: string): Promise<string> => (await reply(fake, 'sources', guildId)).embeds[0].description;

const FERRY = '# Harbor ferry returns\n\nThe harbor ferry returned to service on Monday after repairs to its engine.\n';

describe('npm start with SHARD_COUNT=2', () => {
  test('connects both shards from its one process, and answers each server as its shard', async () => {
    const fake = await twoServers();
    const bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: '2' });
    try {
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(await sources(fake, fake.guilds[0]!.id)).toMatch(/shard 0 of 2/);
      expect(await sources(fake, fake.guilds[1]!.id)).toMatch(/shard 1 of 2/);
    } finally {
      await bot.stop();
      await fake.close();
    }
  }, 60_000);
});

describe('npm run start:sharded with SHARDS_PER_PROCESS=1', () => {
  let fake: FakeDiscord;
  let manager: RunningBot;
  let health: string;

  beforeAll(async () => {
    fake = await twoServers();
    const port = await freePort();
    health = `http://127.0.0.1:${port}`;
    manager = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto', SHARDS_PER_PROCESS: '1', HEALTH_PORT: String(port) });
    await manager.waitForOutput(/"msg":"all shards ready"/, 60_000);
    await fake.waitFor((r) => r.method === 'PUT' && /\/commands$/.test(r.path), { timeoutMs: 30_000, description: 'command deploy' });
  }, 90_000);

  afterAll(async () => {
    await manager?.stop();
    await fake?.close();
  });

  test('starts one process per shard, each loading its own knowledge', async () => {
    expect(manager.stderr()).toMatch(/"shards":\[0\],"pid":\d+,"msg":"shard process started"/);
    expect(manager.stderr()).toMatch(/"shards":\[1\],"pid":\d+,"msg":"shard process started"/);
    expect(manager.stderr().match(/"msg":"knowledge loaded"/g)).toHaveLength(2);
    const metrics = await (await fetch(`${health}/metrics`)).text();
    expect(metrics.match(/^newsquote_knowledge_articles\{.*$/gm)?.sort()).toEqual([
      'newsquote_knowledge_articles{shard="0"} 1',
      'newsquote_knowledge_articles{shard="1"} 1',
    ]);
  });

  test('each process answers in its own server, and a /reload from one reaches both', async () => {
    expect(await sources(fake, fake.guilds[0]!.id)).toMatch(/shard 0 of 2/);
    expect(await sources(fake, fake.guilds[1]!.id)).toMatch(/shard 1 of 2/);
    const report = await reply(fake, 'reload', fake.guilds[0]!.id, { permissions: String(PermissionFlagsBits.ManageGuild) });
    expect(report.embeds[0].description).toMatch(/Reached all 2 shards/);
  });
});

describe('a reload scoped to one server', () => {
  let fake: FakeDiscord;
  let dir: string;
  let shelves: string;
  const processes: ShardProcess[] = [];
  let relay: ReturnType<typeof relayReloads>;

  beforeAll(async () => {
    fake = await twoServers();
    dir = knowledgeCopy();
    // What `npm run start:sharded` gives its processes, besides SHARD_LIST and SHARD_COUNT.
    vi.stubEnv('DISCORD_API_BASE', fake.apiBase);
    vi.stubEnv('KNOWLEDGE_DIR', dir);
    shelves = mkdtempSync(join(tmpdir(), 'bot-shelves-'));
    vi.stubEnv('SHELVES_DIR', shelves);
    vi.stubEnv('STATE_DIR', mkdtempSync(join(tmpdir(), 'bot-state-')));
    vi.stubEnv('COOLDOWN_SECONDS', '0');
    vi.stubEnv('DEPLOY_ON_START', 'false');
    vi.stubEnv('LOG_LEVEL', 'warn');
    for (const shards of [[0], [1]])
      processes.push(new ShardProcess(shards, { entry: 'src/main.ts', execArgv: ['--import', 'tsx'], count: 2, token: FAKE_TOKEN }));
    // Before they start, as the manager does, so it hears each process link.
    relay = relayReloads(processes, 2, pino({ level: 'silent' }));
    for (const p of processes) await p.spawn(60_000);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    vi.unstubAllEnvs();
    await fake?.close();
  });

  test("reaches only the process holding that server's shard, and counts that one shard", async () => {
    const far = fake.guilds[1]!.id;
    // The far server's own shelf gains an article: only its process reloads it, and only it shows it.
    mkdirSync(join(shelves, far));
    writeFileSync(join(shelves, far, 'harbor-ferry.md'), FERRY);

    const outcomes = await relay.reload({ guildId: far });
    expect(outcomes.map((o) => [o.shard, 'report' in o && o.report.added])).toEqual([[1, ['harbor-ferry']]]);
    expect(combineOutcomes(outcomes, shardsConcerned({ guildId: far }, 2), [1]).shards).toEqual({ count: 1, reached: 1, failures: [] });

    expect(await sources(fake, far)).toContain('Harbor ferry returns');
    expect(await sources(fake, fake.guilds[0]!.id)).not.toContain('Harbor ferry returns');

    // Unscoped, the same relay reloads the shared shelf in both processes.
    writeFileSync(join(dir, 'harbor-ferry.md'), FERRY);
    const all = await relay.reload();
    expect(all.map((o) => o.shard)).toEqual([0, 1]);
    expect(await sources(fake, fake.guilds[0]!.id)).toContain('Harbor ferry returns');
  }, 30_000);
});
