/**
 * Servers with shelves of their own, through the real discord.js client against the fake
 * Discord: servers A and B both have an article `local-news` (different stories), B one
 * more, beside one shared article. Nothing of one server's shelf ever reaches another server
 * or a DM, whatever a member does; a server's moderators change only their own shelf (the
 * shared one only from the home server); a plain member changes nothing.
 */
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/registry.ts';
import { makeMessage } from '../fake-discord/model.ts';
import { snowflake, type FakeDiscord, type InteractionSource } from '../fake-discord/server.ts';
import { startInProcess, type InProcess } from './in-process.ts';
import { A_WORDS, B_WORDS, twoServers, type Servers } from './servers.ts';

const HOME = snowflake();
const A = snowflake();
const B = snowflake();
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);

let running: InProcess;
let fake: FakeDiscord;
let servers: Servers;

beforeAll(async () => {
  running = await startInProcess(
    await loadRegistry(),
    { COOLDOWN_SECONDS: '0', KNOWLEDGE_ADMIN_GUILD_IDS: HOME },
    {
      // As on Discord: a server message carries its text only when it pings the bot.
      fake: { guilds: [{ id: HOME, name: 'Home' }, { id: A, name: 'A' }, { id: B, name: 'B' }], enforceMessageContentIntent: true },
      knowledge: async () => (servers = await twoServers(A, B)).knowledge,
    },
  );
  fake = running.fake;
});

afterAll(async () => {
  await running?.stop();
  servers?.remove();
});

const channelOf = (guildId: string, index = 0) => fake.guilds.find((g) => g.id === guildId)!.channels[index]!.id;

/** What a slash command shows (a deferred one's final edit), as the JSON Discord received. */
async function slash(name: string, source: InteractionSource & { subcommand?: string; options?: Record<string, string | boolean>; resolved?: Record<string, unknown> }) {
  const sent = fake.sendChatInput({ name, user: fake.addUser(), ...source });
  const callback = (await fake.waitForCallback(sent.id, { timeoutMs: 15_000 })).body;
  if (callback.type !== 5) return { sent, data: callback.data };
  return { sent, data: (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 15_000 })).body };
}

async function suggestions(name: string, focused: string, value: string, guildId: string | null) {
  const sent = fake.sendAutocomplete({ name, focused, options: { [focused]: value }, guildId, user: fake.addUser() });
  return (await fake.waitForCallback(sent.id)).body.data.choices as Array<{ name: string; value: string }>;
}

/** A bot message in a channel, as if the bot had posted it (before a restart, say). */
function botMessage(guildId: string, channelId: string, footer: string | null, content = '') {
  const message = makeMessage({ channel_id: channelId, guild_id: guildId, author: fake.bot, content, embeds: footer ? [{ title: 'Earlier', description: 'x', footer: { text: footer } }] : [] });
  fake.messages.set(message.id, message);
  return message.id;
}

/**
 * What a reply shows besides the member's own words (a question may name anything; the
 * title, the footer and a "nothing matches" note repeat it).
 */
function shown(body: unknown, ...typed: string[]): string {
  let text = JSON.stringify(body);
  for (const t of typed) text = text.split(JSON.stringify(t).slice(1, -1)).join(' ');
  return text;
}

const READING: Array<[string, Record<string, string>]> = [
  ['ask', { question: 'What will the dam protect from floods?' }],
  ['ask', { question: 'What did the engineer say?' }],
  ['ask', { question: 'What did the council vote for?', article: 'local-news' }],
  ['ask', { question: 'Who conducts the orchestra?', article: 'all' }],
  ['who', {}],
  ['who', { name: 'riedel' }],
  ['who', { name: 'okafor' }],
  ['claims', {}],
  ['next', {}],
  ['next', { article: 'local-news' }],
  ['sources', {}],
];

describe('no article crosses servers', () => {
  test.each(READING)('/%s %j in server A shows nothing of B, and in B nothing of A', async (name, options) => {
    const typed = Object.values(options);
    const inA = shown((await slash(name, { guildId: A, options })).data, ...typed);
    const inB = shown((await slash(name, { guildId: B, options })).data, ...typed);
    expect(inA).not.toMatch(B_WORDS);
    expect(inB).not.toMatch(A_WORDS);
  });

  test('each server reads its own `local-news`, and DMs neither', async () => {
    const ask = { question: 'What happened on the river?', article: 'local-news' };
    expect(JSON.stringify((await slash('ask', { guildId: A, options: ask })).data)).toMatch(/footbridge/);
    expect(JSON.stringify((await slash('ask', { guildId: B, options: ask })).data)).toMatch(/dam/);
    const dm = (await slash('ask', { guildId: null, options: ask })).data;
    expect(dm.content).toMatch(/No article matches "local-news"/);
    const sources = (await slash('sources', { guildId: null })).data.embeds[0].description;
    expect(sources).toMatch(/night trains/);
    expect(sources).not.toMatch(A_WORDS);
    expect(sources).not.toMatch(B_WORDS);
  });

  test('autocomplete suggests only what the server sees', async () => {
    for (const typed of ['', 'local', 'birch', 'orchestra']) expect(JSON.stringify(await suggestions('ask', 'article', typed, A))).not.toMatch(B_WORDS);
    expect(await suggestions('ask', 'article', 'local', A)).toEqual([{ name: 'Alderbrook council votes to rebuild the old footbridge (local-news)', value: 'local-news' }]);
    expect(await suggestions('who', 'name', 'ried', A)).toEqual([]);
    expect(JSON.stringify(await suggestions('claims', 'by', '', A))).not.toMatch(B_WORDS);
    expect(JSON.stringify(await suggestions('article', 'article', '', A))).not.toMatch(B_WORDS);
    expect((await suggestions('who', 'name', '', null)).map((c) => c.name)).toEqual(['Paula Brandt']);
    expect(JSON.stringify(await suggestions('knowledge', 'article', '', B))).not.toMatch(A_WORDS);
  });

  test("a page button re-runs its command line in the clicker's server: B's line clicked in A answers from A", async () => {
    const messageId = botMessage(A, channelOf(A), '/ask question:What will happen in April? article:local-news · from: local-news');
    const click = fake.sendButton({ customId: 'page:0:next', messageId, guildId: A, user: fake.addUser() });
    const page = JSON.stringify((await fake.waitForCallback(click.id)).body);
    expect(page).toMatch(A_WORDS);
    expect(page).not.toMatch(B_WORDS);

    const other = botMessage(A, channelOf(A), '/who article:b-second');
    const refused = fake.sendButton({ customId: 'page:0:next', messageId: other, guildId: A, user: fake.addUser() });
    // The id is the button's own message's; A does not know it.
    const data = (await fake.waitForCallback(refused.id)).body.data;
    expect(data.content).toMatch(/No article matches "b-second"/);
    expect(shown(data, 'b-second')).not.toMatch(B_WORDS);
  });

  test('a mention in A is answered from what A sees', async () => {
    const question = 'What did the chief engineer say about the dam and the orchestra?';
    const msg = fake.sendMessage({ content: `<@${fake.bot.id}> ${question}`, guildId: A, user: fake.addUser() });
    expect(shown((await fake.waitForReply(msg.id)).body, question)).not.toMatch(B_WORDS);
  });

  test("a reply in A to an answer that names B's articles asks A's articles, never B's", async () => {
    const channelId = channelOf(A);
    const answer = botMessage(A, channelId, '/ask question:Who conducts? · from: b-second');
    const question = 'Who conducts the orchestra?';
    const msg = fake.sendMessage({ content: question, replyTo: answer, guildId: A, channelId, user: fake.addUser() });
    const reply = (await fake.waitForReply(msg.id)).body;
    expect(shown(reply, question)).not.toMatch(B_WORDS);
    expect(reply.embeds[0].description).toMatch(/no longer available, so every article was searched/);
  });
});

describe('who may change what', () => {
  const upload = (guildId: string | null, permissions: string, shelf?: 'shared' | 'server') => {
    const attachment = fake.addAttachment('Harbour Ferry.txt', 'Harbour ferry returns\n\nThe harbour ferry returns to service on Monday, the operator Lena Vik said.\n');
    return slash('knowledge', {
      subcommand: 'add',
      options: { file: attachment.id, ...(shelf ? { shelf } : {}) },
      resolved: { attachments: { [attachment.id]: attachment } },
      guildId,
      permissions,
    });
  };
  const refusedShortly = (data: { flags: number; content: string }) => {
    expect(data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(data.content.length).toBeLessThan(200);
    // No folder, no server or channel id.
    expect(data.content).not.toMatch(/\/tmp|[\\/]\w+[\\/]|\d{15,}/);
  };

  test('a plain member changes nothing, in any server, nor in a DM', async () => {
    const before = [servers.files('shared'), servers.files('a'), servers.files('b')];
    for (const guildId of [HOME, A, B]) {
      const { data } = await upload(guildId, '0');
      refusedShortly(data);
      expect(data.content).toMatch(/Only moderators/);
    }
    const dm = (await slash('reload', { guildId: null })).data;
    refusedShortly(dm);
    const set = (await slash('article', { subcommand: 'set', options: { article: 'local-news' }, guildId: A, permissions: '0' })).data;
    refusedShortly(set);
    expect([servers.files('shared'), servers.files('a'), servers.files('b')]).toEqual(before);
  });

  test("B's moderator changes B's shelf: A's and the shared one stay, and only B sees the new article", async () => {
    const { data } = await upload(B, MANAGE_GUILD);
    expect(data.embeds[0].description).toMatch(/Added: Harbour ferry returns/);
    expect(data.embeds[0].description).toMatch(/Shelf: this server's own articles, seen only here\./);
    expect(servers.files('b')).toEqual(['b-second.md', 'harbour-ferry.txt', 'local-news.md']);
    expect(servers.files('a')).toEqual(['local-news.md']);
    expect(servers.files('shared')).toEqual(['night-trains.md']);
    const ask = { question: 'When does the harbour ferry return?' };
    expect(JSON.stringify((await slash('ask', { guildId: B, options: ask })).data)).toMatch(/Lena Vik/);
    expect(JSON.stringify((await slash('ask', { guildId: A, options: ask })).data)).not.toMatch(/Lena Vik/);
    expect(JSON.stringify((await slash('ask', { guildId: null, options: ask })).data)).not.toMatch(/Lena Vik/);
  });

  test("B's moderator asking for the shared shelf is refused clearly, and nothing changes", async () => {
    const before = servers.files('shared');
    const { data } = await upload(B, MANAGE_GUILD, 'shared');
    refusedShortly(data);
    expect(data.content).toMatch(/shared articles are managed from the bot's home server/);
    const reload = (await slash('reload', { options: { shelf: 'shared' }, guildId: B, permissions: MANAGE_GUILD })).data;
    expect(reload.content).toMatch(/home server/);
    expect(servers.files('shared')).toEqual(before);
  });

  test("B's moderator removing A's article id removes B's own, never A's", async () => {
    const { data } = await slash('knowledge', { subcommand: 'remove', options: { article: 'local-news' }, guildId: B, permissions: MANAGE_GUILD });
    expect(data.embeds[0].description).toMatch(/Removed/);
    expect(servers.files('b')).toEqual(['b-second.md', 'harbour-ferry.txt']);
    expect(servers.files('a')).toEqual(['local-news.md']);
  });

  test('in the home server the shared shelf is the default, and shelf:server picks its own', async () => {
    const { data } = await upload(HOME, MANAGE_GUILD);
    expect(data.embeds[0].description).toMatch(/Added: Harbour ferry returns/);
    expect(data.embeds[0].description).toMatch(/Shelf: the shared articles, seen in every server\./);
    expect(servers.files('shared')).toEqual(['harbour-ferry.txt', 'night-trains.md']);
    const list = (await slash('knowledge', { subcommand: 'list', guildId: HOME, permissions: MANAGE_GUILD })).data;
    expect(list.embeds[0].description).toMatch(/harbour-ferry\.txt/);
    expect(list.embeds[0].description).not.toMatch(A_WORDS);
    // shelf:server: the home server's own shelf, made on its first article, and nothing shared changes.
    const own = (await upload(HOME, MANAGE_GUILD, 'server')).data;
    expect(own.embeds[0].description).toMatch(/Added: Harbour ferry returns/);
    expect(own.embeds[0].description).toMatch(/Shelf: this server's own articles, seen only here\./);
    expect(servers.files('shared')).toEqual(['harbour-ferry.txt', 'night-trains.md']);
  });
});
