/**
 * Faults around the real bot process: a bad article at start, Discord ending the session for
 * good, and interaction callbacks that cannot be sent within Discord's 3 seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { knowledgeCopy, spawnBot, startBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord | undefined;
let bot: RunningBot | undefined;

afterEach(async () => {
  await bot?.stop();
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

  test('Discord closing the session with 4004 (authentication failed) stops the bot with a non-zero exit code', async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy() });
    fake.closeShard(0, 4004, 'Authentication failed.');
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/code 4004/);
  }, 60_000);

  test('under start:sharded, a shard closed with 4004 after it was ready stops every shard and the manager exits 1, with no respawn', async () => {
    fake = await startFakeDiscord();
    bot = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto' });
    await bot.waitForOutput(/"msg":"all shards ready"/, 60_000);
    fake.closeShard(0, 4004, 'Authentication failed.');
    // Without a stop the shard would be started again, and closed again, for ever.
    const code = await Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000))]);
    expect(code).toBe(1);
    expect(bot.stderr()).toMatch(/Shard 0 stopped for good \(exit code 1\); stopping every shard/);
    expect(fake.identifies).toHaveLength(1);
  }, 90_000);

  test('under start:sharded, a shard process that crashes otherwise is started again and answers', async () => {
    fake = await startFakeDiscord();
    bot = spawnBot('src/sharded.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), SHARD_COUNT: 'auto' });
    await bot.waitForOutput(/"msg":"all shards ready"/, 60_000);
    const pid = Number(/"pid":(\d+)[^\n]*"msg":"shard process started"/.exec(bot.stderr())?.[1]);
    process.kill(pid, 'SIGKILL');
    await fake.waitForIdentify(0, { from: 1, timeoutMs: 60_000 });
    const sent = fake.sendChatInput({ name: 'sources', user: fake.addUser() });
    expect((await fake.waitForCallback(sent.id, { timeoutMs: 20_000 })).body.data.embeds).toHaveLength(1);
    expect(bot.process.exitCode).toBeNull();
  }, 120_000);
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
