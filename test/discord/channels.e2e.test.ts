/**
 * A channel's current article and follow-ups by reply, through the real discord.js client
 * against the fake Discord, which (as Discord does) gives a server message its text only
 * when it pings the bot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/registry.ts';
import { makeMessage } from '../fake-discord/model.ts';
import { snowflake, type FakeDiscord, type InteractionSource } from '../fake-discord/server.ts';
import { startInProcess, type InProcess } from './in-process.ts';
import { B_WORDS, twoServers, type Servers } from './servers.ts';

const A = snowflake();
const B = snowflake();
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);

let running: InProcess;
let fake: FakeDiscord;
let servers: Servers;

beforeAll(async () => {
  running = await startInProcess(
    await loadRegistry(),
    { COOLDOWN_SECONDS: '0' },
    {
      fake: { guilds: [{ id: A, name: 'A' }, { id: B, name: 'B' }], enforceMessageContentIntent: true },
      knowledge: async () => (servers = await twoServers(A, B)).knowledge,
    },
  );
  fake = running.fake;
});

afterAll(async () => {
  await running?.stop();
  servers?.remove();
});

const channel = (guildId: string, index: number) => fake.guilds.find((g) => g.id === guildId)!.channels[index]!.id;

async function slash(name: string, source: InteractionSource & { subcommand?: string; options?: Record<string, string | boolean> }) {
  const sent = fake.sendChatInput({ name, user: fake.addUser(), ...source });
  const callback = (await fake.waitForCallback(sent.id, { timeoutMs: 15_000 })).body;
  const data = callback.type !== 5 ? callback.data : (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 15_000 })).body;
  return { sent, data, messageId: [...fake.messages.values()].find((m) => m.interaction_metadata?.id === sent.id)?.id as string | undefined };
}

const description = (data: { embeds: Array<{ description: string }> }) => data.embeds[0]!.description;
const footer = (data: { embeds: Array<{ footer: { text: string } }> }) => data.embeds[0]!.footer.text;

describe("a channel's current article", () => {
  test('a plain member cannot set it; a moderator can, and only to an article this server sees', async () => {
    const channelId = channel(A, 0);
    const member = (await slash('article', { subcommand: 'set', options: { article: 'local-news' }, guildId: A, channelId, permissions: '0' })).data;
    expect(member.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(member.content).toMatch(/Only moderators/);
    const foreign = (await slash('article', { subcommand: 'set', options: { article: 'b-second' }, guildId: A, channelId, permissions: MANAGE_GUILD })).data;
    expect(foreign.content).toMatch(/No article here matches that/);
    expect(foreign.content).not.toMatch(B_WORDS);
    const shown = (await slash('article', { subcommand: 'show', guildId: A, channelId })).data;
    expect(description(shown)).toMatch(/This channel has no current article/);

    const set = (await slash('article', { subcommand: 'set', options: { article: 'footbridge' }, guildId: A, channelId, permissions: MANAGE_GUILD })).data;
    expect(description(set)).toMatch(/This channel's article is now: Alderbrook council votes to rebuild the old footbridge/);
    expect(description((await slash('article', { subcommand: 'show', guildId: A, channelId, permissions: '0' })).data)).toMatch(/This channel's article: Alderbrook council/);
  });

  test('questions there default to it and say so; article: wins, article:all searches everything; other channels are untouched', async () => {
    const channelId = channel(A, 0);
    const ask = (options: Record<string, string>, where = channelId) => slash('ask', { options, guildId: A, channelId: where });
    const pinned = (await ask({ question: 'What will happen in June?' })).data;
    expect(description(pinned)).toMatch(/From this channel's article: Alderbrook council votes to rebuild the old footbridge \(\/article show\)\./);
    expect(description(pinned)).not.toMatch(/night trains/i);
    // The footer keeps what ran, so a page button re-runs the same scope.
    expect(footer(pinned)).toMatch(/^\/ask question:What will happen in June\? article:local-news/);

    const everything = (await ask({ question: 'What will happen in June?', article: 'all' })).data;
    expect(description(everything)).toMatch(/night trains/i);
    expect(description(everything)).not.toMatch(/this channel's article/);
    expect(footer(everything)).toMatch(/article:all/);

    const explicit = (await ask({ question: 'When will the trains run?', article: 'night-trains' })).data;
    expect(description(explicit)).toMatch(/June/);
    expect(description(explicit)).not.toMatch(/this channel's article/);

    const elsewhere = (await ask({ question: 'What will happen in June?' }, channel(A, 1))).data;
    expect(description(elsewhere)).toMatch(/night trains/i);
    for (const name of ['who', 'claims', 'next']) expect(description((await slash(name, { guildId: A, channelId })).data)).toMatch(/From this channel's article/);
  });

  test('a mention there is about it too', async () => {
    const channelId = channel(A, 0);
    const msg = fake.sendMessage({ content: `<@${fake.bot.id}> What was damaged?`, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(description(reply)).toMatch(/storm/);
    expect(description(reply)).toMatch(/From this channel's article/);
  });

  test("it is per server and channel: B's channels have none of A's", async () => {
    expect(description((await slash('article', { subcommand: 'show', guildId: B, channelId: channel(B, 0) })).data)).toMatch(/no current article/);
  });

  test('when its article is removed from the shelf, questions say so and search everything', async () => {
    const channelId = channel(B, 1);
    await slash('article', { subcommand: 'set', options: { article: 'local-news' }, guildId: B, channelId, permissions: MANAGE_GUILD });
    await slash('knowledge', { subcommand: 'remove', options: { article: 'local-news' }, guildId: B, permissions: MANAGE_GUILD });
    const after = (await slash('ask', { options: { question: 'What will happen in June?' }, guildId: B, channelId })).data;
    expect(description(after)).toMatch(/This channel's article is no longer available, so every article was searched/);
    expect(description(after)).toMatch(/night trains/i);
    expect(description((await slash('article', { subcommand: 'show', guildId: B, channelId })).data)).toMatch(/no longer available/);
  });

  test('it stays when the client reconnects with nothing cached, and clear ends it', async () => {
    const channelId = channel(A, 0);
    await running.restart();
    expect(description((await slash('article', { subcommand: 'show', guildId: A, channelId })).data)).toMatch(/This channel's article: Alderbrook/);
    expect(description((await slash('article', { subcommand: 'clear', guildId: A, channelId, permissions: MANAGE_GUILD })).data)).toMatch(/no current article any more/);
    const after = (await slash('ask', { options: { question: 'What will happen in June?' }, guildId: A, channelId })).data;
    expect(description(after)).not.toMatch(/this channel's article/);
  });
});

describe('a follow-up by reply', () => {
  test('a reply to an answer asks about the article it came from, and pings no one', async () => {
    const channelId = channel(A, 1);
    const first = await slash('ask', { options: { question: 'When will the footbridge work start?' }, guildId: A, channelId });
    expect(footer(first.data)).toMatch(/· from: local-news$/);
    const msg = fake.sendMessage({ content: 'What will happen in June?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    // Asked without a scope, June would find the night trains; the follow-up keeps to the footbridge.
    expect(footer(reply)).toMatch(/^\/ask question:What will happen in June\? article:local-news/);
    expect(description(reply)).not.toMatch(/night trains/i);
    expect(description(reply)).toMatch(/From the article of the answer you replied to: Alderbrook council votes to rebuild the old footbridge\./);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('a reply to the follow-up follows up again, and works after a restart', async () => {
    const channelId = channel(A, 1);
    const first = await slash('ask', { options: { question: 'Why was the footbridge closed?' }, guildId: A, channelId });
    const second = fake.sendMessage({ content: 'Who said so?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    const answer = (await fake.waitForReply(second.id)).body;
    const answerId = [...fake.messages.values()].find((m) => m.message_reference?.message_id === second.id)!.id as string;
    await running.restart();
    const third = fake.sendMessage({ content: 'When will the work start?', replyTo: answerId, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(third.id)).body;
    expect(footer(answer)).toMatch(/article:local-news/);
    expect(footer(reply)).toMatch(/article:local-news/);
    expect(description(reply)).toMatch(/April/);
  });

  test('a reply to an answer that quoted several articles asks those, and says which', async () => {
    const channelId = channel(A, 1);
    const message = makeMessage({ channel_id: channelId, guild_id: A, author: fake.bot, embeds: [{ title: 'Earlier', description: 'x', footer: { text: '/ask question:What is new? · from: local-news, night-trains' } }] });
    fake.messages.set(message.id, message);
    const msg = fake.sendMessage({ content: 'What will happen?', replyTo: message.id, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(footer(reply)).toMatch(/article:local-news\|night-trains/);
    expect(description(reply)).toMatch(/From the articles: Alderbrook council votes to rebuild the old footbridge; Regional rail company adds night trains\./);
  });

  test('with the ping turned off Discord withholds the text, and the bot stays silent', async () => {
    const channelId = channel(A, 1);
    const first = await slash('ask', { options: { question: 'When will the footbridge work start?' }, guildId: A, channelId });
    const silent = fake.sendMessage({ content: 'And in June?', replyTo: first.messageId!, replyPing: false, guildId: A, channelId, user: fake.addUser() });
    expect(silent.payload.content).toBe('');
    const pinged = fake.sendMessage({ content: 'And in June?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    await fake.waitForReply(pinged.id);
    expect(fake.requests.some((r) => r.body?.message_reference?.message_id === silent.id)).toBe(false);
  });

  test("a reply to someone else's message, or to a bot message that is no answer, is left alone", async () => {
    const channelId = channel(A, 1);
    const someone = fake.sendMessage({ content: 'The footbridge is closed again', guildId: A, channelId, user: fake.addUser() });
    const toSomeone = fake.sendMessage({ content: 'Why was it closed?', replyTo: someone.id, guildId: A, channelId, user: fake.addUser() });
    const notice = makeMessage({ channel_id: channelId, guild_id: A, author: fake.bot, content: 'Ask me a question about the news articles, or use /help.' });
    fake.messages.set(notice.id, notice);
    const toNotice = fake.sendMessage({ content: 'Why was it closed?', replyTo: notice.id, guildId: A, channelId, user: fake.addUser() });
    // A mention after them is answered: so they had their turn, and were passed over.
    const mention = fake.sendMessage({ content: `<@${fake.bot.id}> Why was it closed?`, guildId: A, channelId, user: fake.addUser() });
    await fake.waitForReply(mention.id);
    const answered = fake.requests.map((r) => r.body?.message_reference?.message_id).filter(Boolean);
    expect(answered).not.toContain(toSomeone.id);
    expect(answered).not.toContain(toNotice.id);
  });
});

describe('what an answer records, read back by page buttons and follow-ups', () => {
  const FERRY = `---
title: Island ferry adds a winter timetable
---
The island ferry will sail twice a day from November under a new winter timetable, the harbour master Olga Lind said on Thursday.

Lind said the summer timetable would return in May.
`;

  test('an article whose id holds a comma, spaces and | is cited so that a page button and a follow-up find it again', async () => {
    writeFileSync(join(servers.dirs.a, 'ferry, part 2|final.md'), FERRY);
    expect(description((await slash('reload', { guildId: A, permissions: MANAGE_GUILD })).data)).toMatch(/ferry, part 2\|final/);
    const channelId = channel(A, 1);
    const first = await slash('ask', { options: { question: 'When will the ferry sail twice a day?' }, guildId: A, channelId });
    expect(description(first.data)).toMatch(/November/);
    expect(footer(first.data)).toBe('/ask question:When will the ferry sail twice a day? · from: ferry%2C%20part%202%7Cfinal');

    const click = fake.sendButton({ customId: 'page:0:next', messageId: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    expect(footer((await fake.waitForCallback(click.id, { timeoutMs: 15_000 })).body.data)).toBe(footer(first.data));

    const msg = fake.sendMessage({ content: 'When will the summer timetable return?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(description(reply)).toMatch(/From the article of the answer you replied to: Island ferry adds a winter timetable\./);
    expect(description(reply)).toMatch(/May/);
    expect(footer(reply)).toBe('/ask question:When will the summer timetable return? article:ferry%2C%20part%202%7Cfinal · from: ferry%2C%20part%202%7Cfinal');
  });

  test('an article: given as part of a title is recorded as its id, so a follow-up asks that article', async () => {
    const channelId = channel(A, 1);
    const first = await slash('ask', { options: { question: 'When will the footbridge work start?', article: 'footbridge' }, guildId: A, channelId });
    expect(footer(first.data)).toBe('/ask question:When will the footbridge work start? article:local-news · from: local-news');
    const msg = fake.sendMessage({ content: 'Why was it closed?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(description(reply)).toMatch(/From the article of the answer you replied to: Alderbrook council votes to rebuild the old footbridge\./);
    expect(description(reply)).toMatch(/storm/);
  });

  test.each(['sources', 'help'])('a reply to an answer that quoted nothing (/%s) is answered as a question', async (name) => {
    const channelId = channel(A, 1);
    const first = await slash(name, { guildId: A, channelId });
    const msg = fake.sendMessage({ content: 'When will the footbridge work start?', replyTo: first.messageId!, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(footer(reply)).toBe('/ask question:When will the footbridge work start? · from: local-news');
    expect(description(reply)).toMatch(/April/);
    expect(description(reply)).not.toMatch(/no longer available/);
  });

  test("a page button re-runs what its answer ran, not a channel article set after it", async () => {
    const channelId = channel(B, 0);
    const first = await slash('ask', { options: { question: 'What will happen in June?' }, guildId: B, channelId });
    expect(description(first.data)).toMatch(/night trains/i);
    await slash('article', { subcommand: 'set', options: { article: 'b-second' }, guildId: B, channelId, permissions: MANAGE_GUILD });
    try {
      const click = fake.sendButton({ customId: 'page:0:next', messageId: first.messageId!, guildId: B, channelId, user: fake.addUser() });
      const page = (await fake.waitForCallback(click.id, { timeoutMs: 15_000 })).body.data;
      expect(footer(page)).toBe(footer(first.data));
      expect(description(page)).toBe(description(first.data));
    } finally {
      await slash('article', { subcommand: 'clear', guildId: B, channelId, permissions: MANAGE_GUILD });
    }
  });
});
