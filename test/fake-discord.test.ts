// Proves the fake Discord is good enough for the real discord.js client:
// login, READY/GUILD_CREATE, intents, interactions and messages both ways,
// sharding, and resume. If discord.js changes what it expects, this fails first.

import { once } from 'node:events';
import {
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  ActionRowBuilder,
  MessageFlags,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardForGuild, startFakeDiscord, type FakeDiscord } from './fake-discord/server.ts';

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

async function loggedInClient(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({ intents: INTENTS, rest: { api: fake.apiBase }, ...extra });
  const ready = once(client, Events.ClientReady);
  await client.login('fake-token');
  await ready;
  return client;
}

/** Resolves with the next event's first argument; register *before* triggering the event. */
function next<T>(client: Client, event: string): Promise<T> {
  return once(client, event).then(([value]) => value as T);
}

describe('fake Discord with one shard', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    // A short heartbeat interval so the heartbeat/ACK exchange happens during the run.
    fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    client = await loggedInClient(fake);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in, caches the guild and records the identify', () => {
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.name).toBe(fake.guild.name);
    expect(guild?.channels.cache.has(fake.guild.defaultChannelId)).toBe(true);
    // The bot's managed role is there, so tests can mention it.
    expect(guild?.roles.botRoleFor(fake.bot.id)?.id).toBe(fake.guild.botRoleId);
    expect(guild?.members.me?.roles.cache.has(fake.guild.botRoleId)).toBe(true);

    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ token: 'fake-token', shard: [0, 1] });
    expect(fake.identifies[0]!.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.authorization === 'Bot fake-token')).toBe(true);
  });

  it('acknowledges heartbeats', async () => {
    // discord.js only measures ping from an ACK; without ACKs it would drop the connection.
    await expect.poll(() => client.ws.ping, { timeout: 3000 }).toBeGreaterThanOrEqual(0);
    expect(fake.gatewayFrames.some((f) => f.op === 1)).toBe(true);
  });

  it('stores and echoes bulk-overwritten commands', async () => {
    const body = [
      { name: 'ask', description: 'Ask a question', options: [{ name: 'question', description: 'q', type: 3 }] },
    ];
    const global = await client.application!.commands.set(body);
    const inGuild = await client.application!.commands.set(body, fake.guild.id);
    expect(global.first()?.name).toBe('ask');
    expect(inGuild.first()?.guildId).toBe(fake.guild.id);
    expect(fake.commands()).toHaveLength(1);
    expect(fake.commands(fake.guild.id)[0]).toMatchObject({ name: 'ask', guild_id: fake.guild.id });
    // Discord's validation is applied: uppercase names are rejected.
    await expect(client.application!.commands.set([{ name: 'Ask', description: 'x' }])).rejects.toMatchObject({
      code: 50035,
    });
  });

  it('delivers a chat input command and records the reply', async () => {
    const received = next<Interaction>(client, Events.InteractionCreate);
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'Who left NATO?' } });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.id).toBe(sent.id);
    expect(interaction.options.getString('question')).toBe('Who left NATO?');
    expect(interaction.guildId).toBe(fake.guild.id);
    expect(interaction.channelId).toBe(fake.guild.defaultChannelId);
    expect(interaction.user.id).toBe(fake.user.id);
    expect(interaction.memberPermissions?.has('SendMessages')).toBe(true);

    await interaction.reply({ content: 'x', allowedMentions: { parse: [] } });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'x', allowed_mentions: { parse: [] } } });

    // A second reply is rejected like on Discord (discord.js checks first, so go around it).
    await expect(
      client.rest.post(`/interactions/${sent.id}/${sent.token}/callback`, { body: { type: 4, data: { content: 'y' } } }),
    ).rejects.toMatchObject({ code: 40060 });
  });

  it('supports deferReply + editReply + followUp, with_response and files', async () => {
    const received = next<Interaction>(client, Events.InteractionCreate);
    const sent = fake.sendChatInput({ name: 'ask', options: { question: 'slow one' } });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

    const response = await interaction.deferReply({ flags: MessageFlags.Ephemeral, withResponse: true });
    expect(response.resource?.message?.flags.has(MessageFlags.Loading)).toBe(true);
    const edited = await interaction.editReply({
      content: 'answer',
      files: [{ attachment: Buffer.from('quote'), name: 'quote.txt' }],
    });
    expect(edited.content).toBe('answer');
    expect(edited.attachments.first()?.name).toBe('quote.txt');
    const followUp = await interaction.followUp({ content: 'more' });
    expect(followUp.content).toBe('more');

    expect((await fake.waitForCallback(sent.id)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitForOriginalEdit(sent.id);
    expect(edit.body).toMatchObject({ content: 'answer' });
    expect(edit.files).toEqual([expect.objectContaining({ filename: 'quote.txt', size: 5 })]);
    expect((await fake.waitForFollowUp(sent.id)).body).toMatchObject({ content: 'more' });
    expect(fake.interactionRequests(sent.id).map((r) => r.method)).toEqual(['POST', 'PATCH', 'POST']);
  });

  it('delivers autocomplete and records the choices', async () => {
    const received = next<Interaction>(client, Events.InteractionCreate);
    const sent = fake.sendAutocomplete({ name: 'ask', options: { question: 'nat' }, focused: 'question' });
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'question', value: 'nat' });
    await interaction.respond([{ name: 'NATO', value: 'nato' }]);
    expect((await fake.waitForCallback(sent.id)).body).toEqual({
      type: 8,
      data: { choices: [{ name: 'NATO', value: 'nato' }] },
    });
  });

  it('delivers a button click on the bot reply and records the update', async () => {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
    );
    const command = next<Interaction>(client, Events.InteractionCreate);
    const sentCommand = fake.sendChatInput({ name: 'ask', options: { question: 'q' } });
    const commandInteraction = await command;
    if (!commandInteraction.isChatInputCommand()) throw new Error('expected a chat input command');
    const reply = await commandInteraction.reply({ content: 'pick', components: [row], withResponse: true });
    const replyId = reply.resource!.message!.id;
    expect(fake.messages.get(replyId)?.components).toHaveLength(1);
    await fake.waitForCallback(sentCommand.id);

    const click = next<Interaction>(client, Events.InteractionCreate);
    const sent = fake.sendButton({ customId: 'more', messageId: replyId });
    const interaction = await click;
    if (!interaction.isButton()) throw new Error('expected a button');
    expect(interaction.customId).toBe('more');
    expect(interaction.message.id).toBe(replyId);
    await interaction.update({ content: 'updated', components: [] });
    expect((await fake.waitForCallback(sent.id)).body).toMatchObject({ type: 7, data: { content: 'updated' } });
    expect(fake.messages.get(replyId)?.content).toBe('updated');
  });

  it('delivers MESSAGE_CREATE with mentions and records the reply', async () => {
    const received = next<Message>(client, Events.MessageCreate);
    const sent = fake.sendMessage({ content: `<@&${fake.guild.botRoleId}> <@${fake.bot.id}> who quit?` });
    const message = await received;
    expect(message.id).toBe(sent.id);
    expect(message.content).toContain('who quit?');
    expect(message.author.id).toBe(fake.user.id);
    expect(message.guildId).toBe(fake.guild.id);
    expect(message.mentions.users.has(fake.bot.id)).toBe(true);
    expect(message.mentions.roles.has(fake.guild.botRoleId)).toBe(true);
    expect(message.member?.id).toBe(fake.user.id);

    await message.reply({ content: 'an answer', allowedMentions: { repliedUser: false } });
    const reply = await fake.waitForReply(sent.id);
    expect(reply.path).toBe(`/channels/${sent.channelId}/messages`);
    expect(reply.body).toMatchObject({ content: 'an answer', message_reference: { message_id: sent.id } });

    if (!message.channel.isSendable()) throw new Error('expected a sendable channel');
    await message.channel.send('plain');
    const plain = await fake.waitForChannelMessage(sent.channelId, { from: reply.index + 1 });
    expect(plain.body).toMatchObject({ content: 'plain' });
  });

  it('resumes after the gateway asks the shard to reconnect', async () => {
    const from = fake.gatewayFrames.length;
    fake.requestReconnect(0);
    await expect.poll(() => fake.gatewayFrames.slice(from).some((f) => f.op === 6), { timeout: 5000 }).toBe(true);
    await expect.poll(() => fake.connectedShards().length).toBe(1);
    expect(fake.identifies).toHaveLength(1); // resumed, not re-identified

    const received = next<Message>(client, Events.MessageCreate);
    fake.sendMessage({ content: 'still there?' });
    expect((await received).content).toBe('still there?');
  });

  it('asked for no route it does not know', () => {
    expect(fake.unknownRoutes).toEqual([]);
  });
});

describe('fake Discord with two shards', () => {
  let fake: FakeDiscord;
  const clients: Client[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2 });
    // Two processes' worth of clients, one shard each, like a ShardingManager.
    clients.push(await loggedInClient(fake, { shards: [0], shardCount: 2 }));
    clients.push(await loggedInClient(fake, { shards: [1], shardCount: 2 }));
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.destroy()));
    await fake?.close();
  });

  it('gives each shard its own guild', () => {
    expect(fake.guilds.map((g) => shardForGuild(g.id, 2))).toEqual([0, 1]);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const [shard, client] of clients.entries()) {
      expect([...client.guilds.cache.keys()]).toEqual([fake.guilds[shard]!.id]);
    }
  });

  it('routes each guild interaction to the shard that owns the guild', async () => {
    for (const [shard, client] of clients.entries()) {
      const other = clients[1 - shard]!;
      let leaked = false;
      const spy = () => (leaked = true);
      other.on(Events.InteractionCreate, spy);

      const received = next<Interaction>(client, Events.InteractionCreate);
      const sent = fake.sendChatInput({ name: 'ask', guildId: fake.guilds[shard]!.id });
      const interaction = await received;
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: `shard ${shard}` });
      expect((await fake.waitForCallback(sent.id)).body.data.content).toBe(`shard ${shard}`);

      other.off(Events.InteractionCreate, spy);
      expect(leaked).toBe(false);
    }
  });

  it('delivers DMs to shard 0', async () => {
    // Without Partials.Channel discord.js drops DMs from uncached channels
    // (no messageCreate), so check the raw packet.
    const raw = next<{ t: string; d: { content: string } }>(clients[0]!, Events.Raw);
    fake.sendMessage({ guildId: null, content: 'hello in DM' });
    expect(await raw).toMatchObject({ t: 'MESSAGE_CREATE', d: { content: 'hello in DM' } });
  });
});

describe('fake Discord enforcing the MessageContent intent', () => {
  it('blanks guild message content unless the bot is mentioned', async () => {
    const fake = await startFakeDiscord({ enforceMessageContentIntent: true });
    const client = await loggedInClient(fake);
    try {
      const plain = next<Message>(client, Events.MessageCreate);
      fake.sendMessage({ content: 'no mention' });
      expect((await plain).content).toBe('');

      const mentioned = next<Message>(client, Events.MessageCreate);
      fake.sendMessage({ content: `<@${fake.bot.id}> hi` });
      expect((await mentioned).content).toBe(`<@${fake.bot.id}> hi`);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
