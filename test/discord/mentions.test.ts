/**
 * Mentions in-process, with the real discord.js client against the fake Discord: a message
 * addressed to the bot runs the very same /ask command as the slash command does.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/registry.ts';
import type { FakeDiscord } from '../fake-discord/server.ts';
import { startInProcess } from './in-process.ts';

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop } = await startInProcess(await loadRegistry(), { COOLDOWN_SECONDS: '0' }));
});

afterAll(async () => {
  await stop?.();
});

/** The embed /ask answers with, for comparison. */
async function slashAsk(question: string) {
  const sent = fake.sendChatInput({ name: 'ask', options: { question }, user: fake.addUser() });
  return (await fake.waitForCallback(sent.id)).body.data.embeds[0];
}

describe('a mention', () => {
  test.each(['Why was the marathon cancelled?', 'When will the reading rooms open?'])(
    'is answered exactly like /ask question:%s, title, quotes and the command line its buttons re-run',
    async (question) => {
      const msg = fake.sendMessage({ content: `<@${fake.bot.id}> ${question}`, user: fake.addUser() });
      const [reply] = (await fake.waitForReply(msg.id)).body.embeds;
      const asked = await slashAsk(question);
      expect(reply.title).toBe(question);
      expect(reply.description).toBe(asked.description);
      expect(reply.footer).toEqual(asked.footer);
      expect(reply.footer.text).toMatch(/^\/ask question:/);
    },
  );

  test('the mention itself is not part of the question, wherever it stands', async () => {
    const msg = fake.sendMessage({ content: `Why was the marathon <@!${fake.bot.id}> cancelled?`, user: fake.addUser() });
    expect((await fake.waitForReply(msg.id)).body.embeds[0].title).toBe('Why was the marathon cancelled?');
  });

  test('a question too long for /ask gets /ask\'s own answer, without pinging anyone', async () => {
    const msg = fake.sendMessage({ content: `<@${fake.bot.id}> ${'why '.repeat(130)}`, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(reply.content).toMatch(/^⚠️ That question is 519 characters long; keep it under 500\.$/);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('a message in a server that does not mention the bot is left alone', async () => {
    const from = fake.requests.length;
    fake.sendMessage({ content: 'Why was the marathon cancelled?', user: fake.addUser() });
    const answered = fake.sendMessage({ content: `<@${fake.bot.id}> Why was the marathon cancelled?`, user: fake.addUser() });
    await fake.waitForReply(answered.id);
    const replies = fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(replies.map((r) => r.body.message_reference?.message_id)).toEqual([answered.id]);
  });
});

describe('a mention over the cooldown', () => {
  let limited: Awaited<ReturnType<typeof startInProcess>>;
  beforeAll(async () => {
    // One question at once, one more queued, then refused for about a minute.
    limited = await startInProcess(await loadRegistry(), { COOLDOWN_SECONDS: '60', COOLDOWN_BURST: '1' });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  test('gets one ⏳ per refusal window: further refused mentions in it cost no REST call', async () => {
    const { fake } = limited;
    const user = fake.addUser();
    const ask = () => fake.sendMessage({ content: `<@${fake.bot.id}> Why was the marathon cancelled?`, user });
    await fake.waitForReply(ask().id);
    ask(); // queued
    const refused = [ask(), ask(), ask()];
    const reactions = (id: string) => fake.requests.filter((r) => r.method === 'PUT' && r.path.includes(`/messages/${id}/reactions/`));
    await fake.waitFor((r) => r.method === 'PUT' && r.path.includes(`/messages/${refused[0]!.id}/reactions/`));
    expect(decodeURIComponent(reactions(refused[0]!.id)[0]!.path)).toContain('⏳');
    // Another member is answered meanwhile; by then the later refusals were handled.
    await fake.waitForReply(fake.sendMessage({ content: `<@${fake.bot.id}> Why was the marathon cancelled?`, user: fake.addUser() }).id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refused.slice(1).map((m) => reactions(m.id).length)).toEqual([0, 0]);
  });

  test('a follow-up by reply draws on the same bucket', async () => {
    const { fake } = limited;
    const user = fake.addUser();
    const mention = fake.sendMessage({ content: `<@${fake.bot.id}> Why was the marathon cancelled?`, user });
    await fake.waitForReply(mention.id);
    const answerId = [...fake.messages.values()].find((m) => m.message_reference?.message_id === mention.id)!.id as string;
    fake.sendMessage({ content: 'Who decided?', replyTo: answerId, user }); // queued
    const refused = fake.sendMessage({ content: 'And when?', replyTo: answerId, user });
    const reaction = await fake.waitFor((r) => r.method === 'PUT' && r.path.includes(`/messages/${refused.id}/reactions/`));
    expect(decodeURIComponent(reaction.path)).toContain('⏳');
  });
});
