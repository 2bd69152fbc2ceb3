/**
 * The router in-process with the real discord.js client against the fake Discord: the one
 * catch at the edge, and the per-user cooldown.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry, type CommandModule } from '../../src/registry/registry.ts';
import * as boom from '../fixtures/boom-command.ts';
import type { FakeDiscord } from '../fake-discord/server.ts';
import { startInProcess } from './in-process.ts';

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  // The real registry plus one command that always fails.
  const registry = await loadRegistry();
  registry.commands.set('boom', boom as CommandModule);
  ({ fake, stop } = await startInProcess(registry, { COOLDOWN_SECONDS: '60', COOLDOWN_BURST: '1' }));
});

afterAll(async () => {
  await stop?.();
});

describe('router', () => {
  test('a failing handler gets a short ephemeral apology without details', async () => {
    const sent = fake.sendChatInput({ name: 'boom', user: fake.addUser() });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toMatch(/^Sorry, something went wrong/);
    expect(JSON.stringify(callback.body)).not.toMatch(/secret|handler\.ts|token abc/);
  });

  test('beyond the bucket a question waits its turn, beyond its queue it is refused; another member is not held up', async () => {
    const user = fake.addUser();
    const first = fake.sendChatInput({ name: 'ask', options: { question: 'What about Greenland?' }, user });
    expect((await fake.waitForCallback(first.id)).body.data.embeds).toHaveLength(1);
    const second = fake.sendChatInput({ name: 'ask', options: { question: 'And Venezuela?' }, user });
    expect((await fake.waitForCallback(second.id)).body.type).toBe(5);
    const third = fake.sendChatInput({ name: 'ask', options: { question: 'And Denmark?' }, user });
    const refused = (await fake.waitForCallback(third.id)).body.data;
    expect(refused.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(refused.content).toMatch(/ask again in \d+ s/);
    const other = fake.sendChatInput({ name: 'ask', options: { question: 'And Venezuela?' }, user: fake.addUser() });
    expect((await fake.waitForCallback(other.id)).body.data.embeds).toHaveLength(1);
  });

  test.each([
    'What does the article: section say about question: marks?',
    'Who criticized the alliance article:nato',
    'Was Greenland kept private: true?',
    'Is C:\\ a path? article\\:x',
  ])('a page button on %j re-runs the very same question', async (question) => {
    const user = fake.addUser();
    const sent = fake.sendChatInput({ name: 'ask', options: { question }, user });
    const first = (await fake.waitForCallback(sent.id)).body.data;
    const messageId = [...fake.messages.values()].find((m) => m.interaction_metadata?.id === sent.id)!.id;
    const from = fake.requests.length;
    const click = fake.sendButton({ customId: 'page:0:next', messageId, user });
    const update = (await fake.waitForCallback(click.id, { from })).body;
    expect(update.type).toBe(7);
    expect(update.data.embeds[0].title).toBe(first.embeds[0].title);
    expect(update.data.embeds[0].footer).toEqual(first.embeds[0].footer);
    expect(update.data.embeds[0].description).toBe(first.embeds[0].description);
  });
});
