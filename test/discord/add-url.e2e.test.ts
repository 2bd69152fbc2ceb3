/**
 * A moderator adds an article by its link through the fake Discord and the real bot: the page
 * comes from a news site on 127.0.0.1, which only FETCH_ALLOW_HOSTS lets the bot reach.
 */
import { readdirSync } from 'node:fs';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { startPageServer, type PageServer } from '../fetch/page-server.ts';
import { knowledgeCopy, startBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let bot: RunningBot;
let site: PageServer;
let dir: string;
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);

beforeAll(async () => {
  site = await startPageServer();
  fake = await startFakeDiscord();
  dir = knowledgeCopy();
  bot = await startBot(fake, { KNOWLEDGE_DIR: dir, FETCH_ALLOW_HOSTS: '127.0.0.1' });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
});

async function addUrl(url: string) {
  const sent = fake.sendChatInput({ name: 'knowledge', subcommand: 'add', options: { url }, guildId: fake.guild.id, permissions: MANAGE_GUILD, user: fake.addUser() });
  const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
  return callback.body.type === 5 ? (await fake.waitForOriginalEdit(sent.id, { timeoutMs: 15_000 })).body : callback.body.data;
}

describe('/knowledge add url: on Discord', () => {
  test('the article is filed and previewed with its word count, and /ask answers from it', async () => {
    const report = await addUrl(`${site.origin}/pages/broadcaster-components.html`);
    expect(report.embeds[0].description).toMatch(/Added: Flood defences to be rebuilt after winter storms/);
    expect(report.embeds[0].description).toMatch(/160 words in 6 paragraphs from https:\/\/www\.nbn\.example\.co\.uk\/news\/uk-england-67120453/);
    expect(report.allowed_mentions?.parse).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['flood-defences-to-be-rebuilt-after-winter-storms.md', 'guette-nato-exit.txt']);

    const asked = fake.sendChatInput({ name: 'ask', options: { question: 'How much will the flood scheme cost?' }, guildId: fake.guild.id, user: fake.addUser() });
    const answer = (await fake.waitForCallback(asked.id, { timeoutMs: 10_000 })).body.data;
    expect(answer.embeds[0].description).toMatch(/£38m/);
  });

  test('a paywall stub is refused with its reason and nothing changes', async () => {
    const report = await addUrl(`${site.origin}/pages/refuse-paywall-stub.html`);
    expect(JSON.stringify(report)).toMatch(/the article is behind a paywall: only \d+ words of it are on the page\. Nothing was changed\./);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
