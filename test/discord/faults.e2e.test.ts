/**
 * Faults around the real bot process: a bad article at start, Discord ending the session for
 * good, and interaction callbacks that cannot be sent within Discord's 3 seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { knowledgeCopy, startBot, type RunningBot } from './harness.ts';

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
});
