/**
 * Faults around the real bot process: a bad article at start, Discord ending the session for
 * good, and interaction callbacks that cannot be sent within Discord's 3 seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FATAL_EXIT } from '../../src/discord/shard-process.ts';
import { guildIdForShard, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { knowledgeCopy, spawnBot, startBot, type RunningBot } from './harness.ts';

/** Bot processes of a manager crash (an uncaught exception, exit 1) on SIGUSR2. */
const CRASHABLE = { NODE_OPTIONS: `--require ${JSON.stringify(new URL('../fixtures/crash-on-signal.cjs', import.meta.url).pathname)}` };

/** Shard process ids, in the order the manager started them. */
const pids = (manager: RunningBot) => [...manager.stderr().matchAll(/"pid":(\d+)[^\n]*"msg":"shard process started"/g)].map((m) => Number(m[1]));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The exit code, or 'still running' when the process has not exited within `ms`. */
const exitWithin = (bot: RunningBot, ms: number) => Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), ms))]);

let fake: FakeDiscord | undefined;
let bot: RunningBot | undefined;

afterEach(async () => {
  await bot?.stop();
  // A shard process a failed test left behind would hold its connection for good.
  for (const pid of bot ? pids(bot) : []) if (alive(pid)) process.kill(pid, 'SIGKILL');
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

describe('the bot process', () => {
  test('an article with an undefined YAML alias is skipped with its line and reason; the bot starts', async () => {
    fake = await startFakeDiscord();
    const dir = knowledgeCopy();
    writeFileSync(join(dir, 'broken-alias.md'), '---\ntitle: *nope\n---\n\nThe council met.\n');
    bot = await startBot(fake, { KNOWLEDGE_DIR: dir });
    expect(bot.stderr()).toMatch(/"file":"broken-alias.md","line":2.*not valid YAML.*alias/);
    const sent = fake.sendChatInput({ name: 'sources', user: fake.addUser() });
    expect((await fake.waitForCallback(sent.id, { timeoutMs: 10_000 })).body.data.embeds).toHaveLength(1);
  }, 60_000);

  test("Discord closing the session with 4004 (authentication failed) stops the bot with its own exit code, not a crash's 1", async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy() });
    fake.closeShard(0, 4004, 'Authentication failed.');
    expect(await bot.exited).toBe(FATAL_EXIT);
    expect(FATAL_EXIT).not.toBe(1);
    expect(bot.stderr()).toMatch(/code 4004/);
  }, 60_000);

  test('under start:sharded, a shard closed with 4004 after it was ready stops every shard and the manager exits 1, with no respawn', async () => {
    fake = await startFakeDiscord();
    bot = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto' });
    await bot.waitForOutput(/"msg":"all shards ready"/, 60_000);
    fake.closeShard(0, 4004, 'Authentication failed.');
    // Without a stop the shard would be started again, and closed again, for ever.
    expect(await exitWithin(bot, 30_000)).toBe(1);
    expect(bot.stderr()).toMatch(new RegExp(`Shard 0 stopped for good \\(exit code ${FATAL_EXIT}\\); stopping every shard`));
    expect(fake.identifies).toHaveLength(1);
  }, 90_000);

  test('under start:sharded, a shard process that crashes (an uncaught exception, exit 1) is started again and answers', async () => {
    fake = await startFakeDiscord();
    bot = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto', ...CRASHABLE });
    await bot.waitForOutput(/"msg":"all shards ready"/, 60_000);
    process.kill(pids(bot)[0]!, 'SIGUSR2');
    await bot.waitForOutput(/"code":1,"msg":"shard process exited"/);
    await fake.waitForIdentify(0, { from: 1, timeoutMs: 60_000 });
    const sent = fake.sendChatInput({ name: 'sources', user: fake.addUser() });
    expect((await fake.waitForCallback(sent.id, { timeoutMs: 20_000 })).body.data.embeds).toHaveLength(1);
    expect(bot.process.exitCode).toBeNull();
  }, 120_000);

  test('under start:sharded, shard processes stop when their manager dies', async () => {
    fake = await startFakeDiscord();
    bot = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto' });
    await bot.waitForOutput(/"msg":"all shards ready"/, 60_000);
    const [pid] = pids(bot);
    bot.process.kill('SIGKILL');
    await bot.exited;
    await expect.poll(() => alive(pid!), { timeout: 20_000, interval: 200 }).toBe(false);
    expect(bot.stderr()).toMatch(/"signal":"manager gone","msg":"stopping"/);
  }, 90_000);

  test('under start:sharded, a restart queued behind another starts nothing once SIGTERM stopped the shards', async () => {
    fake = await startFakeDiscord({
      shards: 2,
      guilds: [
        { id: guildIdForShard(0, 2), name: 'Home' },
        { id: guildIdForShard(1, 2), name: 'Far away' },
      ],
    });
    const manager = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto', SHARDS_PER_PROCESS: '1' });
    bot = manager;
    await manager.waitForOutput(/"msg":"all shards ready"/, 90_000);
    // Both crash together: one is started again, the other waits its turn behind it.
    for (const pid of pids(manager)) process.kill(pid, 'SIGKILL');
    await expect.poll(() => pids(manager).length, { timeout: 30_000, interval: 100 }).toBe(3);
    manager.process.kill('SIGTERM');
    expect(await exitWithin(manager, 30_000)).toBe(0);
    expect(pids(manager)).toHaveLength(3);
    for (const pid of pids(manager)) expect(alive(pid), `shard process ${pid}`).toBe(false);
  }, 150_000);
});

describe("Discord's 3-second deadline", () => {
  async function missed(fault: { delayMs?: number; retryAfterS?: number }, options: Record<string, string | boolean>) {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy() });
    const user = fake.addUser();
    const payload = fake.chatInput({ name: 'ask', options, user });
    fake.injectFault({ method: 'POST', path: new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), ...fault });
    const from = fake.requests.length;
    fake.sendInteraction(payload);
    return { user, from, payload };
  }

  test.each([
    ['a callback rate-limited with retry_after 4 s', { retryAfterS: 4 }],
    ['a callback delayed 3.5 s', { delayMs: 3500 }],
  ])('%s: the answer is posted in the channel, and the miss is logged', async (_, fault) => {
    const { user, from } = await missed(fault, { question: 'When was NATO founded?' });
    const message = await fake!.waitForChannelMessage(fake!.guild.defaultChannelId, { from, timeoutMs: 20_000 });
    expect(message.body.content).toBe(`Discord did not take my reply in time, so here it is for <@${user.id}>:`);
    expect(message.body.embeds[0].title).toBe('When was NATO founded?');
    expect(message.body.embeds[0].description).toMatch(/1949/);
    expect(message.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    await bot!.waitForOutput(/the interaction expired before the reply reached Discord; answered with a message instead/);
  }, 60_000);

  test('a private answer that missed it goes to the member in a DM, not to the channel', async () => {
    const { from } = await missed({ delayMs: 3500 }, { question: 'When was NATO founded?', private: true });
    const dm = await fake!.waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path), { from, timeoutMs: 20_000 });
    expect(dm.path).not.toContain(fake!.guild.defaultChannelId);
    expect(dm.body.embeds[0].description).toMatch(/1949/);
  }, 60_000);
});
