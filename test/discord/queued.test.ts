/**
 * Questions that wait their turn in the member's bucket, in-process with the real discord.js
 * client against the fake Discord: how long one may wait, who sees its answer, and what
 * happens when Discord no longer takes it.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/registry.ts';
import type { FakeDiscord } from '../fake-discord/server.ts';
import { startInProcess } from './in-process.ts';

type Running = Awaited<ReturnType<typeof startInProcess>>;
let quick: Running;
let slow: Running;

beforeAll(async () => {
  const registry = await loadRegistry();
  // One question at once, the next half a second later: queued questions are answered quickly.
  quick = await startInProcess(registry, { COOLDOWN_SECONDS: '0.5', COOLDOWN_BURST: '1' });
  // Allowed settings under which a second queued question would wait 800 s.
  slow = await startInProcess(registry, { COOLDOWN_SECONDS: '400', COOLDOWN_BURST: '2' });
});

afterAll(async () => {
  await quick?.stop();
  await slow?.stop();
});

/** A member who has used up their bucket: their next question waits its turn. */
async function busyMember(fake: FakeDiscord, burst = 1) {
  const user = fake.addUser();
  for (let i = 0; i < burst; i++) {
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'Why was the marathon cancelled?' }, user });
    expect((await fake.waitForCallback(sent.id)).body.data.embeds).toHaveLength(1);
  }
  return user;
}

describe('a queued question', () => {
  test('is never queued beyond what Discord keeps an interaction for: it gets the "One moment" answer instead', async () => {
    const { fake } = slow;
    const user = await busyMember(fake, 2);
    const queued = fake.sendChatInput({ name: 'ask', options: { question: 'When will the reading rooms open?' }, user });
    expect((await fake.waitForCallback(queued.id)).body.type).toBe(5);
    const refused = fake.sendChatInput({ name: 'ask', options: { question: 'Who decided it?' }, user });
    const answer = (await fake.waitForCallback(refused.id)).body;
    expect(answer.type).toBe(4);
    expect(answer.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(answer.data.content).toBe('One moment: you can ask again in 800 s.');
  });

  test('that is private is deferred privately, so not even "thinking…" shows in the channel', async () => {
    const { fake } = quick;
    const user = await busyMember(fake);
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'Why was the marathon cancelled?', private: true }, user });
    const callback = (await fake.waitForCallback(sent.id)).body;
    expect(callback.type).toBe(5);
    expect(callback.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((await fake.waitForOriginalEdit(sent.id)).body.embeds[0].title).toBe('Why was the marathon cancelled?');
  });

  test('whose answer is an error shows it to the asker only, as without a wait, and removes the public "thinking…"', async () => {
    const { fake } = quick;
    const user = await busyMember(fake);
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'why '.repeat(130) }, user });
    const callback = (await fake.waitForCallback(sent.id)).body;
    expect(callback.type).toBe(5);
    expect((callback.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const followUp = (await fake.waitForFollowUp(sent.id)).body;
    expect(followUp.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(followUp.content).toMatch(/That question is 519 characters long; keep it under 500\./);
    expect(followUp.allowed_mentions).toEqual({ parse: [], replied_user: false });
    await fake.waitFor((r) => r.method === 'DELETE' && r.path.endsWith('/messages/@original') && fake.interactionRequests(sent.id).includes(r));
    expect(fake.interactionRequests(sent.id).filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  test("whose interaction token Discord no longer takes (50027) is answered in the channel, not left \"thinking…\"", async () => {
    const { fake } = quick;
    const user = await busyMember(fake);
    const payload = fake.chatInput({ name: 'ask', options: { question: 'Why was the marathon cancelled?' }, user });
    fake.injectFault({ method: 'PATCH', path: new RegExp(`/${payload.token}/messages/@original$`), error: { status: 401, code: 50027, message: 'Invalid Webhook Token' } });
    const from = fake.requests.length;
    fake.sendInteraction(payload);
    const message = await fake.waitForChannelMessage(fake.guild.defaultChannelId, { from, timeoutMs: 10_000 });
    expect(message.body.content).toBe(`Discord did not take my reply in time, so here it is for <@${user.id}>:`);
    expect(message.body.embeds[0].title).toBe('Why was the marathon cancelled?');
    expect(message.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
