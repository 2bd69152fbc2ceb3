/**
 * `npm run start:sharded` against a fake Discord that recommends two shards, first with the
 * default (every shard in one process over one knowledge store), then one process per shard:
 * each shard answers its own server, an upload through shard 0 is answered from on shard 1,
 * a file dropped in the watched folder reaches both, both shards serve the same knowledge
 * version, and SIGTERM stops everything.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guildIdForShard, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { freePort, knowledgeCopy, ROOT, spawnBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let manager: RunningBot;
let dir: string;
let health: string;
const article = readFileSync(new URL('../fixtures/eval/articles/lakeside-marathon.txt', import.meta.url));

beforeAll(async () => {
  fake = await startFakeDiscord({
    shards: 2,
    guilds: [
      { id: guildIdForShard(0, 2), name: 'Home' },
      { id: guildIdForShard(1, 2), name: 'Far away' },
    ],
  });
  dir = knowledgeCopy();
  // SHARD_COUNT auto: the count comes from the fake's GET /gateway/bot.
  const port = await freePort();
  health = `http://127.0.0.1:${port}`;
  manager = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: dir, SHARD_COUNT: 'auto', KNOWLEDGE_WATCH: 'true', HEALTH_PORT: String(port) });
  await manager.waitForOutput(/"msg":"all shards ready"/, 60_000);
  // Registered commands give options their declared types in the fake's interactions.
  await fake.waitFor((r) => r.method === 'PUT' && /\/commands$/.test(r.path), { timeoutMs: 30_000, description: 'command deploy' });
}, 90_000);

afterAll(async () => {
  await manager?.stop();
  await fake?.close();
});

const [home, far] = [() => fake.guilds[0]!.id, () => fake.guilds[1]!.id];

/** The reply to a command, whether answered at once or deferred then edited. */
async function reply(name: string, guildId: string, extra: Record<string, unknown> = {}) {
  const sent = fake.sendChatInput({ name, guildId, user: fake.addUser(), ...extra });
  const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
  return callback.body.type === 5 ? (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 20_000 })).body : callback.body.data;
}

const notes = async () => {
  const versions: string[] = [];
  for (const [guildId, shard] of [[home(), 0], [far(), 1]] as const) {
    const text: string = (await reply('sources', guildId)).embeds[0].description;
    const match = /Knowledge version (\w+) · shard (\d) of 2/.exec(text);
    expect(match?.[2], text).toBe(String(shard));
    versions.push(match![1]!);
  }
  return versions;
};

describe('npm run start:sharded', () => {
  test('asks the configured REST base for the count and connects both shards from one process', () => {
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.authorization?.startsWith('Bot '))).toBe(true);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(pids(manager)).size).toBe(1);
    expect(manager.stderr()).toMatch(/"shards":\[0,1\],"pid":\d+,"msg":"shard process started"/);
  });

  test('that process loads the knowledge once for both shards', () => {
    expect(manager.stderr().match(/"msg":"knowledge loaded"/g)).toHaveLength(1);
  });

  test('only shard 0 registers the commands', () => {
    expect(fake.requests.filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path))).toHaveLength(1);
  });

  test('each shard answers questions in its own server', async () => {
    for (const guildId of [home(), far()]) {
      const data = await reply('ask', guildId, { options: { question: 'When was NATO founded?' } });
      expect(data.embeds[0].description).toMatch(/^> .*\*\*NATO\*\*.*1949/m);
    }
  });

  test('/sources on both shards shows the same knowledge version', async () => {
    const [a, b] = await notes();
    expect(a).toBe(b);
  });

  test('an upload through shard 0 reaches shard 1, which answers from it', async () => {
    const [before] = await notes();
    const attachment = fake.addAttachment('Lakeside Marathon.txt', article);
    const report = await reply('knowledge', home(), {
      subcommand: 'add',
      options: { file: attachment.id },
      resolved: { attachments: { [attachment.id]: attachment } },
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    expect(report.embeds[0].description).toMatch(/Added: Lakeside [Mm]arathon/);
    expect(report.embeds[0].description).toMatch(/\*\*Reached all 2 shards\*\* — every shard serves version \w+/);

    const who = await reply('who', far(), { options: { article: 'lakeside-marathon' } });
    expect(who.embeds[0].description).toMatch(/\*\*Paul Brennan\*\* — Race director/);

    const [a, b] = await notes();
    expect(a).toBe(b);
    expect(a).not.toBe(before);
  });

  test('/reload from shard 0 says how many shards it reached', async () => {
    const report = await reply('reload', home(), { permissions: String(PermissionFlagsBits.ManageGuild) });
    expect(report.embeds[0].description).toMatch(/Reached all 2 shards/);
  });

  test('a file written to the watched folder reloads every shard once, through the manager', async () => {
    writeFileSync(join(dir, 'harbor-ferry.md'), '# Harbor ferry returns\n\nThe harbor ferry returned to service on Monday after repairs to its engine.\n');
    await manager.waitForOutput(/"manager":true,"report":"2 → 3 articles, \+1 [^"]*, 2\/2 shards"[^\n]*knowledge reloaded after a change in the folder/, 15_000);
    const [a, b] = await notes();
    expect(a).toBe(b);
    expect((await reply('sources', far())).embeds[0].description).toContain('Harbor ferry returns');
  }, 20_000);

  test("the manager's one health endpoint is ready and shows every shard's metrics", async () => {
    const ready = await fetch(`${health}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
    const metrics = await (await fetch(`${health}/metrics`)).text();
    for (const shard of ['0', '1']) expect(metrics).toMatch(new RegExp(`^newsquote_shard_ready\\{id="${shard}",shard="manager"\\} 1$`, 'm'));
    // One process serves shards 0 and 1: one knowledge store, counted once.
    expect(metrics.match(/^newsquote_knowledge_articles\{.*$/gm)).toEqual(['newsquote_knowledge_articles{shard="0-1"} 3']);
    expect(metrics).toMatch(/^newsquote_gateway_connected\{shard="0-1"\} 1$/m);
    expect(metrics).toMatch(/^newsquote_commands_total\{command="reload",outcome="answered",shard="0-1"\} 1$/m);
    expect(metrics).toMatch(/^newsquote_commands_total\{command="ask",outcome="answered",shard="0-1"\} 2$/m);
  });

  test('SIGTERM stops every shard and exits 0', async () => {
    const shards = pids(manager);
    expect(await manager.stop()).toBe(0);
    for (const pid of shards) expect(alive(pid), `shard process ${pid}`).toBe(false);
    expect(manager.stderr()).toMatch(/"signal":"SIGTERM"/);
    expect(manager.stderr()).not.toContain('fake-token-for-tests');
  }, 20_000);
});

describe('npm run start:sharded without a token', () => {
  test('says sharding needs a token and exits 1', () => {
    const r = spawnSync('npm', ['run', '--silent', 'start:sharded'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DISCORD_TOKEN: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sharding needs the bot token/);
  });
});

describe('npm run start:sharded with SHARD_LIST', () => {
  test('refuses it in one line, as the manager starts every shard itself, and exits 1', () => {
    // Nothing listens there: were SHARD_LIST ignored, asking for the shard count would fail instead.
    const env = { ...process.env, DISCORD_TOKEN: 'fake-token-for-tests-0123456789', DISCORD_API_BASE: 'http://127.0.0.1:9', SHARD_COUNT: '2', SHARD_LIST: '1' };
    const r = spawnSync('npm', ['run', '--silent', 'start:sharded'], { cwd: ROOT, encoding: 'utf8', env, timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^SHARD_LIST is for `npm start`.*unset SHARD_LIST\.\n$/);
  });
});

/** Shard process ids, from the manager's log. */
function pids(bot: RunningBot): number[] {
  return [...bot.stderr().matchAll(/"pid":(\d+),"msg":"shard process started"/g)].map((m) => Number(m[1]));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
