/**
 * Moderators through the fake Discord: an upload in the home server is answered from at
 * once; a plain member, or a moderator of another server, changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guildIdForShard, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { knowledgeCopy, startBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let bot: RunningBot;
let dir: string;
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);
const article = readFileSync(new URL('../fixtures/eval/articles/lakeside-marathon.txt', import.meta.url));

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: 'Home' }, { id: guildIdForShard(0, 1), name: 'Elsewhere' }] });
  dir = knowledgeCopy();
  bot = await startBot(fake, { KNOWLEDGE_DIR: dir });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const home = () => fake.guilds[0]!.id;

async function upload(guildId: string, permissions: string, shelf?: 'shared') {
  const attachment = fake.addAttachment('Lakeside Marathon.txt', article);
  const sent = fake.sendChatInput({
    name: 'knowledge',
    subcommand: 'add',
    options: { file: attachment.id, ...(shelf ? { shelf } : {}) },
    resolved: { attachments: { [attachment.id]: attachment } },
    guildId,
    permissions,
    user: fake.addUser(),
  });
  return { sent, callback: await fake.waitForCallback(sent.id, { timeoutMs: 10_000 }) };
}

describe('moderator commands', () => {
  test('they are registered for Manage Server members only, in servers', () => {
    const registered = fake.commands(home());
    for (const name of ['reload', 'knowledge']) {
      const command = registered.find((c) => c.name === name);
      expect(command.default_member_permissions).toBe(MANAGE_GUILD);
      expect(command.contexts).toEqual([0]);
    }
  });

  test("a plain member's /reload is refused ephemerally", async () => {
    const sent = fake.sendChatInput({ name: 'reload', guildId: home(), permissions: '0', user: fake.addUser() });
    const data = (await fake.waitForCallback(sent.id)).body.data;
    expect(data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/Only moderators/);
  });

  test("another server's moderator cannot change the shared knowledge, even asking for it", async () => {
    const { callback } = await upload(fake.guilds[1]!.id, MANAGE_GUILD, 'shared');
    expect(callback.body.data.content).toMatch(/shared articles are managed from the bot's home server/);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    // Without shelf: it is about that server's own shelf, never the shared folder.
    await upload(fake.guilds[1]!.id, MANAGE_GUILD);
    expect(readdirSync(dir)).toEqual(['guette-nato-exit.txt']);
  });

  test('a moderator uploads an article, and /who answers from it straight away', async () => {
    const { sent, callback } = await upload(home(), MANAGE_GUILD);
    // Moderator work is deferred (ephemeral), then the report replaces the "thinking" message.
    const report = callback.body.type === 5 ? (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 10_000 })).body : callback.body.data;
    expect(report.embeds[0].description).toMatch(/Added: Lakeside Marathon|Added: Lakeside marathon/);
    expect(report.embeds[0].description).toMatch(/\/who finds 2 people \(first: Paul Brennan\)/);
    expect(readdirSync(dir).sort()).toEqual(['guette-nato-exit.txt', 'lakeside-marathon.txt']);

    const who = fake.sendChatInput({ name: 'who', options: { article: 'lakeside' }, guildId: home(), user: fake.addUser() });
    const answer = (await fake.waitForCallback(who.id, { timeoutMs: 10_000 })).body.data;
    expect(answer.embeds[0].description).toMatch(/\*\*Paul Brennan\*\* — Race director/);
  });
});
