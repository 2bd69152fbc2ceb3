/**
 * The question bucket with its default settings, through the real bot and the fake Discord:
 * a member exploring an article is answered in full; a flood is still limited, without
 * holding up cheap answers or moderators.
 */
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type SentInteraction } from '../fake-discord/server.ts';
import { knowledgeCopy, startBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let bot: RunningBot;

beforeAll(async () => {
  fake = await startFakeDiscord();
  // Empty values count as unset: the defaults (a burst of 8, one more every 2 s).
  bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy(), COOLDOWN_SECONDS: '', COOLDOWN_BURST: '' });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the member finally sees: the initial response, or the edit of a deferred one. */
async function finalAnswer(sent: SentInteraction) {
  const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
  if (callback.body.type !== 5) return callback.body.data;
  return (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 30_000 })).body;
}

describe('the question bucket, with default settings', () => {
  test('a member exploring an article (12 commands and a mention in about 15 s) gets every answer', async () => {
    const user = fake.addUser();
    const commands: Array<[string, Record<string, string>]> = [
      ['who', {}],
      ['claims', {}],
      ['next', {}],
      ['ask', { question: 'When was NATO founded?' }],
      ['who', { name: 'trump' }],
      ['claims', { about: 'greenland' }],
      ['ask', { question: 'What happens next?' }],
      ['next', { article: 'nato' }],
      ['ask', { question: 'Who criticized the United States?' }],
      ['who', { article: 'nato' }],
      ['claims', { by: 'guette' }],
      ['ask', { question: 'What about Venezuela?' }],
    ];
    const sent: SentInteraction[] = [];
    for (const [name, options] of commands) {
      sent.push(fake.sendChatInput({ name, options, user }));
      await pause(1150);
    }
    const mention = fake.sendMessage({ content: `<@${fake.bot.id}> What about Greenland?`, user });
    // Answered at once, not deferred to wait for a token: the defaults cover this pace.
    const callbacks = await Promise.all(sent.map((s) => fake.waitForCallback(s.id, { timeoutMs: 10_000 })));
    expect(callbacks.map((c) => c.body.type)).toEqual(sent.map(() => 4));
    const answers = await Promise.all(sent.map(finalAnswer));
    for (const answer of answers) {
      expect(answer.content ?? '').not.toMatch(/One moment/);
      expect(answer.embeds?.[0]?.description).toMatch(/¶ \d+/);
    }
    const reply = await fake.waitForReply(mention.id, { timeoutMs: 30_000 });
    expect(reply.body.embeds[0].description).toContain('Greenland');
  }, 90_000);

  test('a flood is limited; /help, /sources and moderators are not held up by it', async () => {
    const user = fake.addUser();
    const flood = Array.from({ length: 20 }, (_, i) => fake.sendChatInput({ name: 'ask', options: { question: `Flood question ${i}?` }, user }));
    const callbacks = await Promise.all(flood.map((s) => fake.waitForCallback(s.id, { timeoutMs: 10_000 })));
    const refused = callbacks.filter((c) => /^One moment: you can ask again in \d+ s\.$/.test(c.body.data?.content ?? ''));
    // Eight at once and eight waiting their turn; the rest are told when to come back.
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(refused.length).toBeLessThanOrEqual(10);

    for (const name of ['help', 'sources']) {
      const s = fake.sendChatInput({ name, user });
      expect((await fake.waitForCallback(s.id)).body.data.embeds).toHaveLength(1);
    }
    const reload = fake.sendChatInput({ name: 'reload', user, permissions: String(PermissionFlagsBits.ManageGuild) });
    expect((await finalAnswer(reload)).content ?? '').not.toMatch(/One moment/);

    const from = fake.requests.length;
    const mention = fake.sendMessage({ content: `<@${fake.bot.id}> And one more?`, user });
    const reaction = await fake.waitFor((r) => r.method === 'PUT' && r.path.includes(`/messages/${mention.id}/reactions/`), { from });
    expect(decodeURIComponent(reaction.path)).toContain('⏳');
  }, 60_000);
});
