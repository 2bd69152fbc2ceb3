/**
 * The real bot (`npm start`'s entry point) against the fake Discord on 127.0.0.1: what a
 * member sees for each command, and that nothing can ever ping anyone.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../fake-discord/server.ts';
import { FAKE_TOKEN, knowledgeCopy, ROOT, startBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let bot: RunningBot;
const EXTRA_ARTICLES = 40;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const dir = knowledgeCopy();
  // Enough articles that /sources needs more than one page.
  for (let i = 1; i <= EXTRA_ARTICLES; i++) {
    writeFileSync(
      join(dir, `filler-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: Weekly harbour market report number ${i} with a deliberately long headline\npublished: 2026-02-${String((i % 28) + 1).padStart(2, '0')}\n---\n\nThe harbour market sold ${i * 10} crates of fish on Tuesday.\n`,
    );
  }
  bot = await startBot(fake, { KNOWLEDGE_DIR: dir });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** The first response of an interaction, as Discord received it. */
async function answerTo(name: string, options: Record<string, string | boolean>, extra: Record<string, unknown> = {}) {
  const sent = fake.sendChatInput({ name, options, user: fake.addUser(), ...extra });
  const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
  return { sent, callback, data: callback.body.data };
}

describe('slash commands', () => {
  test('/ask answers with a block quote, the matched words in bold, and a citation', async () => {
    const { callback, data } = await answerTo('ask', { question: 'When was the North Atlantic Treaty Organization established?' });
    expect(callback.body.type).toBe(4);
    const embed = data.embeds[0];
    expect(embed.title).toBe('When was the North Atlantic Treaty Organization established?');
    expect(embed.description).toMatch(/^> The \*\*North\*\* \*\*Atlantic\*\* \*\*Treaty\*\* \*\*Organization\*\* \(NATO\) was \*\*established\*\* in 1949/);
    expect(embed.description).toMatch(/-# Clémence Guetté's resolution on France leaving NATO's integrated command · Background · ¶ 6/);
    expect(data.flags ?? 0).toBe(0);
  });

  test('/ask with article: cites only that article, repaired apostrophes and all', async () => {
    const { data } = await answerTo('ask', { question: 'Who criticized the U.S.?', article: 'guette' });
    const text: string = data.embeds[0].description;
    expect(text).toContain('¶');
    expect(text).not.toMatch(/\p{L}"\p{L}/u);
    expect(text).not.toMatch(/harbour market report/);
  });

  test('/who lists the people with their roles, most mentioned first', async () => {
    const { data } = await answerTo('who', { article: 'guette-nato-exit' });
    const text: string = data.embeds[0].description;
    expect(text.indexOf('**Clémence Guetté** — First Vice-President')).toBe(0);
    expect(text).toMatch(/\*\*Donald Trump\*\* — former President/);
    expect(text).toMatch(/\*\*Nicolás Maduro\*\*/);
    expect(text).not.toMatch(/\*\*(NATO|United States|Key Details)\*\*/);
  });

  test('/who name: finds a person by part of the name, without accents', async () => {
    const { data } = await answerTo('who', { name: 'guette' });
    const text: string = data.embeds[0].description;
    expect(text).toMatch(/^\*\*Clémence Guetté\*\*/);
    expect(text.match(/¶ \d+/g)!.length).toBeGreaterThan(5);
  });

  test('/claims says who made each claim; by: narrows to a claimant', async () => {
    const { data } = await answerTo('claims', { about: 'greenland', article: 'guette' });
    expect(data.embeds[0].description).toMatch(/— Clémence Guetté\n> .*\*\*Greenland\*\*/);
    const by = await answerTo('claims', { by: 'factions' });
    expect(by.data.embeds[0].description).toMatch(/leftist and anti-imperialist factions/);
  });

  test('/next quotes what may happen, not the background', async () => {
    const { data } = await answerTo('next', { article: 'guette-nato-exit' });
    expect(data.embeds[0].description).toContain('formal debate');
    expect(data.embeds[0].description).not.toContain('established in 1949');
  });

  test('name autocomplete offers the people of the knowledge', async () => {
    const sent = fake.sendAutocomplete({ name: 'who', focused: 'name', options: { name: 'tru' } });
    expect((await fake.waitForCallback(sent.id)).body.data.choices).toEqual([{ name: 'Donald Trump', value: 'Donald Trump' }]);
  });

  test('/sources lists the articles over pages that the buttons walk', async () => {
    const { sent, data } = await answerTo('sources', {});
    expect(data.embeds[0].footer.text).toMatch(/^Page 1\/\d+ · \/sources$/);
    const [prev, more] = data.components[0].components;
    expect(prev).toMatchObject({ label: 'Previous', disabled: true });
    expect(more).toMatchObject({ label: 'More', disabled: false });
    const message = await fake.waitForCallback(sent.id);
    const from = fake.requests.length;
    // The button is clicked on the message as Discord stores it; nothing else is remembered.
    const click = fake.sendButton({ customId: more.custom_id, message: { id: '1', channel_id: fake.guild.defaultChannelId, author: fake.bot, content: '', embeds: data.embeds, components: data.components, type: 0, flags: 0, timestamp: new Date().toISOString() } });
    const update = await fake.waitForCallback(click.id, { from, timeoutMs: 10_000 });
    expect(message.body.type).toBe(4);
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds[0].footer.text).toMatch(/^Page 2\/\d+ · \/sources$/);
    expect(update.body.data.embeds[0].description).not.toBe(data.embeds[0].description);
  });

  test('private:true answers ephemerally', async () => {
    const { data } = await answerTo('ask', { question: 'What about Greenland?', private: true });
    expect(data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(data.embeds[0].description).toContain('Greenland');
  });

  test('a bad question gets a short ephemeral error, no stack trace', async () => {
    const { data } = await answerTo('ask', { question: '   ' });
    expect(data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/Ask a question/);
    expect(data.content).not.toMatch(/at .*\.ts|Error:/);
  });

  test('/help lists every command', async () => {
    const { data } = await answerTo('help', {});
    for (const name of ['/ask', '/who', '/claims', '/next', '/sources', '/help']) expect(data.embeds[0].description).toContain(name);
  });

  test('article autocomplete offers at most 25 valid choices', async () => {
    const sent = fake.sendAutocomplete({ name: 'ask', focused: 'article', options: { question: 'x', article: 'harbour' } });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value).toMatch(/^filler-\d\d$/);
    }
    const one = fake.sendAutocomplete({ name: 'ask', focused: 'article', options: { question: 'x', article: 'guett' } });
    expect((await fake.waitForCallback(one.id)).body.data.choices).toEqual([{ name: expect.stringContaining('(guette-nato-exit)'), value: 'guette-nato-exit' }]);
  });
});

describe('mentions', () => {
  test('a mention is answered as a reply that pings nobody, not even its author', async () => {
    const msg = fake.sendMessage({ content: `<@${fake.bot.id}> What about Greenland?`, user: fake.addUser() });
    const reply = await fake.waitForReply(msg.id, { timeoutMs: 10_000 });
    expect(reply.body.message_reference.message_id).toBe(msg.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.embeds[0].description).toContain('Greenland');
  });

  test("a mention of the bot's role counts, and @everyone in the question pings no one", async () => {
    const msg = fake.sendMessage({ content: `<@&${fake.guild.botRoleId}> @everyone <@&${fake.guild.roles[0]!.id}> Greenland?`, user: fake.addUser() });
    const reply = await fake.waitForReply(msg.id, { timeoutMs: 10_000 });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('a direct message is a question too, no mention needed', async () => {
    const msg = fake.sendMessage({ content: 'What about Greenland?', guildId: null, user: fake.addUser() });
    const reply = await fake.waitForReply(msg.id, { timeoutMs: 10_000 });
    expect(reply.body.embeds[0].description).toContain('Greenland');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('an empty mention gets a short help', async () => {
    const msg = fake.sendMessage({ content: `<@!${fake.bot.id}>`, user: fake.addUser() });
    expect((await fake.waitForReply(msg.id)).body.content).toMatch(/Ask me a question/);
  });

  test('messages from bots, and @everyone without a mention, are ignored; a long question gets a note', async () => {
    const from = fake.requests.length;
    fake.sendMessage({ content: `<@${fake.bot.id}> from a bot`, user: fake.addUser({ bot: true }) });
    fake.sendMessage({ content: '@everyone what about Greenland?', user: fake.addUser() });
    const long = fake.sendMessage({ content: `<@${fake.bot.id}> ${'why '.repeat(130)}`, user: fake.addUser() });
    // The same check, and the same words, as /ask.
    expect((await fake.waitForReply(long.id)).body.content).toMatch(/is 519 characters long; keep it under 500/);
    const replies = fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(replies).toHaveLength(1);
  });
});

describe('safety', () => {
  test('every message the bot sent carries allowed mentions that ping no one', () => {
    const payloads = fake.requests
      .filter((r: RecordedRequest) => ['POST', 'PATCH'].includes(r.method) && /callback|webhooks|\/messages/.test(r.path))
      .map((r) => (r.path.endsWith('/callback') ? r.body.data : r.body))
      .filter((body) => body && ('content' in body || 'embeds' in body));
    expect(payloads.length).toBeGreaterThan(5);
    for (const body of payloads) expect(body.allowed_mentions?.parse).toEqual([]);
  });

  test('the bot asked for Guilds, GuildMessages and DirectMessages, not Message Content', () => {
    const intents = fake.identifies[0]!.intents;
    expect(intents).toBe(1 | 512 | 4096);
  });

  test('the token never appears in the logs', () => {
    expect(bot.stderr()).not.toContain(FAKE_TOKEN);
    expect(bot.stderr()).toMatch(/"msg":"ready"/);
  });
});

describe('npm run deploy', () => {
  test('registers valid command JSON for the development server', async () => {
    const from = fake.requests.length;
    // Asynchronously: the fake Discord answers from this very process.
    const r = await promisify(execFile)('npm', ['run', '--silent', 'deploy'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: fake.guild.id },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Registered \d+ commands \(server \d+\)/);
    const put = fake.requests.slice(from).find((q) => q.method === 'PUT')!;
    expect(put.status).toBe(200);
    const names = (put.body as Array<{ name: string }>).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'help', 'sources']));
    const ask = (put.body as Array<{ name: string; description_localizations?: Record<string, string> }>).find((c) => c.name === 'ask')!;
    expect(ask.description_localizations?.fr).toBeTruthy();
  });

  test('without a token it says so and exits 1', () => {
    const r = spawnSync('npm', ['run', '--silent', 'deploy'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DISCORD_TOKEN: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is not set/);
  });
});

describe('shutting down', () => {
  test('SIGTERM destroys the client and exits 0', async () => {
    expect(await bot.stop()).toBe(0);
    expect(bot.stderr()).toMatch(/"signal":"SIGTERM"/);
  });
});
