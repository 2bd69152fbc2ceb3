// A fake Discord (REST + gateway on one loopback port) for end-to-end tests
// that run the *real* discord.js client. Nothing in discord.js is mocked: it
// fetches /gateway/bot, opens WebSockets, identifies per shard, receives
// dispatches and calls REST routes, all against this server.
//
//   const fake = await startFakeDiscord({ shards: 2 });
//   const client = new Client({ intents: [...], rest: { api: fake.apiBase } });
//   await client.login('fake-token');            // any token is accepted
//   const { id } = fake.sendChatInput({ name: 'ask', options: { question: 'why?' } });
//   const callback = await fake.waitForCallback(id);
//   expect(callback.body.data.content).toContain('...');
//   await client.destroy(); await fake.close();  // destroy clients first
//
// Events go to the shard Discord would use for the guild, so a multi-shard
// bot only sees its own guilds' events, as in production.

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionContextType,
  InteractionType,
  MessageType,
} from 'discord.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewayFrame, type IdentifyRecord } from './gateway.ts';
import {
  BOT_PERMISSIONS,
  MEMBER_PERMISSIONS,
  buildGuild,
  guildCreatePayload,
  makeMessage,
  makeUser,
  memberPayload,
  type FakeChannel,
  type FakeGuild,
  type FakeUser,
  type GuildInput,
} from './model.ts';
import { Recorder, type RecordedRequest, type WaitOptions } from './recorder.ts';
import { createRestHandler, type InteractionRecord, type RestContext, type RestFault } from './rest.ts';
import { snowflake } from './snowflake.ts';

export { shardForGuild, guildIdForShard, snowflake } from './snowflake.ts';
export type { FakeChannel, FakeGuild, FakeRole, FakeUser, GuildInput } from './model.ts';
export type { RecordedFile, RecordedRequest, WaitOptions } from './recorder.ts';
export type { GatewayFrame, IdentifyRecord } from './gateway.ts';

export interface FakeDiscordOptions {
  /** Recommended shard count returned by GET /gateway/bot (default 1). Also spreads the default guilds. */
  shards?: number;
  /** Guilds the bot is in. Default: one guild per shard, each routed to a different shard. */
  guilds?: GuildInput[];
  botId?: string;
  botUsername?: string;
  /** Defaults to the bot id, as for any application created since 2020. */
  applicationId?: string;
  /** `application.flags` in READY and GET /applications/@me (default 0). */
  applicationFlags?: number;
  /** Sent in HELLO (default 41250 like Discord). Lower it to exercise heartbeats. */
  heartbeatIntervalMs?: number;
  /** How long an interaction accepts its initial response (default 3000, like Discord). */
  interactionResponseWindowMs?: number;
  /**
   * Blank `content` of guild MESSAGE_CREATEs unless the bot identified with the
   * MessageContent intent or is @-mentioned (user mention), like Discord does.
   * Off by default so tests see what they send.
   */
  enforceMessageContentIntent?: boolean;
}

/** Where an interaction or message comes from. Defaults: first guild, its first text channel, `fake.user`. */
export interface EventSource {
  /** `null` means a DM with the bot. */
  guildId?: string | null;
  channelId?: string;
  /** The acting user (default `fake.user`). With a known `id` it updates that user, otherwise it is a new one. */
  user?: Partial<FakeUser>;
  /** Role ids of the acting member (guild only). */
  roles?: string[];
}

export interface InteractionSource extends EventSource {
  /** `member.permissions` (guild) – what the user may do in the channel. */
  permissions?: string | bigint;
  /** `app_permissions` – what the bot may do in the channel. */
  appPermissions?: string | bigint;
  locale?: string;
}

/** An option value; its type comes from the registered command when known, else from the JS type. */
export type OptionValue = string | number | boolean;
/** A raw API option, for full control (e.g. USER options with `resolved`). */
export interface RawOption {
  name: string;
  type: number;
  value?: OptionValue;
  focused?: boolean;
  options?: RawOption[];
}

export interface ChatInputSpec extends InteractionSource {
  name: string;
  options?: Record<string, OptionValue> | RawOption[];
  subcommand?: string;
  subcommandGroup?: string;
  /** Passed through as `data.resolved`. */
  resolved?: Record<string, unknown>;
}

export interface AutocompleteSpec extends ChatInputSpec {
  /** Name of the option being typed in; its value is the partial input. */
  focused: string;
}

export interface ButtonSpec extends InteractionSource {
  customId: string;
  /** The message the button is on: a message the fake knows (e.g. the bot's reply), by id. */
  messageId?: string;
  /** ...or a full message object. Default: a minimal bot message in the channel. */
  message?: Record<string, any>;
}

export interface MessageSpec extends EventSource {
  content: string;
  /** User ids mentioned. Default: parsed from `<@id>` / `<@!id>` in content. */
  mentions?: string[];
  /** Role ids mentioned. Default: parsed from `<@&id>` in content. */
  mentionRoles?: string[];
  /** Default: content contains @everyone or @here. */
  mentionEveryone?: boolean;
  /** Makes it a reply to that message. */
  replyTo?: string;
  /**
   * Whether the reply pings the author of the message it replies to (default true, as in
   * Discord's client): their id joins `mentions`, so a reply to the bot carries its text
   * even when the MessageContent intent is enforced.
   */
  replyPing?: boolean;
}

export interface SentInteraction {
  id: string;
  token: string;
  payload: Record<string, any>;
}

export interface SentMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  payload: Record<string, any>;
}

export interface FakeDiscord {
  /** Pass as `new Client({ rest: { api: apiBase } })`. */
  apiBase: string;
  gatewayUrl: string;
  bot: FakeUser;
  applicationId: string;
  /** The default human acting in events (not the guild owner, so no implicit admin rights). */
  user: FakeUser;
  guilds: FakeGuild[];
  /** Shortcut for `guilds[0]` (undefined at runtime if you configured `guilds: []`). */
  guild: FakeGuild;
  /** Every REST request, in order. */
  requests: RecordedRequest[];
  /** Requests no route matched (answered 404); handy as `expect(fake.unknownRoutes).toEqual([])`. */
  unknownRoutes: RecordedRequest[];
  identifies: IdentifyRecord[];
  gatewayFrames: GatewayFrame[];
  /** All messages the fake knows (bot's and users'), by id. */
  messages: Map<string, Record<string, any>>;
  /** Registered commands: global, or for one guild. */
  commands(guildId?: string): any[];
  /** Shard `[id, count]` pairs currently connected. */
  connectedShards(): Array<[number, number]>;

  waitFor(predicate: (request: RecordedRequest) => boolean, options?: WaitOptions): Promise<RecordedRequest>;
  /** POST /interactions/:id/:token/callback for that interaction. */
  waitForCallback(interactionId: string, options?: WaitOptions): Promise<RecordedRequest>;
  /** PATCH .../messages/@original (e.g. `editReply` after `deferReply`). */
  waitForOriginalEdit(interactionId: string, options?: WaitOptions): Promise<RecordedRequest>;
  /** POST /webhooks/:app/:token (`followUp`). */
  waitForFollowUp(interactionId: string, options?: WaitOptions): Promise<RecordedRequest>;
  /** All REST requests about one interaction (callback, @original, follow-ups), in order. */
  interactionRequests(interactionId: string): RecordedRequest[];
  /** POST /channels/:id/messages. Use `from: fake.requests.length` to skip earlier ones. */
  waitForChannelMessage(channelId: string, options?: WaitOptions): Promise<RecordedRequest>;
  /** A bot message that replies (message_reference) to `messageId`. */
  waitForReply(messageId: string, options?: WaitOptions): Promise<RecordedRequest>;
  waitForIdentify(shardId?: number, options?: WaitOptions): Promise<IdentifyRecord>;

  chatInput(spec: ChatInputSpec): Record<string, any>;
  autocomplete(spec: AutocompleteSpec): Record<string, any>;
  button(spec: ButtonSpec): Record<string, any>;
  /** Dispatch INTERACTION_CREATE (build the payload with chatInput/autocomplete/button). */
  sendInteraction(payload: Record<string, any>): SentInteraction;
  sendChatInput(spec: ChatInputSpec): SentInteraction;
  sendAutocomplete(spec: AutocompleteSpec): SentInteraction;
  sendButton(spec: ButtonSpec): SentInteraction;
  /** Dispatch MESSAGE_CREATE from a user. */
  sendMessage(spec: MessageSpec): SentMessage;
  /** Any other dispatch, to the shard owning `guildId` (or `shardId`, default 0). */
  dispatch(event: string, data: unknown, target?: { guildId?: string; shardId?: number }): void;
  /** Send op 7 RECONNECT to a shard; discord.js reconnects and RESUMEs. */
  requestReconnect(shardId: number): void;
  /** Delay or rate-limit the next request that matches (see RestFault); each fault is used once. */
  injectFault(fault: RestFault): void;
  /** Close a shard's connection with a gateway close code (e.g. 4004 Authentication failed). */
  closeShard(shardId: number, code: number, reason?: string): void;
  /** Make a user known (for mentions, GET /users/:id). */
  addUser(partial?: Partial<FakeUser>): FakeUser;
  /** Stops everything. Destroy discord.js clients first, or they will try to reconnect. */
  close(): Promise<void>;
  /**
   * Make an attachment the bot can download, as Discord's CDN would serve it; pass the
   * returned object as `resolved.attachments[id]` and its id as the option value.
   */
  addAttachment(name: string, content: string | Uint8Array): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string };
}

const toBitfield = (value: string | bigint | undefined, fallback: string) =>
  value === undefined ? fallback : value.toString();

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const shardCount = options.shards ?? 1;
  const bot = makeUser({ id: options.botId ?? snowflake(), username: options.botUsername ?? 'FakeBot', bot: true });
  const owner = makeUser({ username: 'guild-owner', global_name: 'Guild Owner' });
  const user = makeUser({ username: 'tester', global_name: 'Tester' });
  const applicationId = options.applicationId ?? bot.id;
  const guildInputs = options.guilds ?? Array.from({ length: shardCount }, () => ({}));
  const guilds = guildInputs.map((input, i) => buildGuild(input, i, shardCount, bot, owner.id));

  const httpServer = createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  const ctx: RestContext = {
    bot,
    application: {
      id: applicationId,
      name: bot.username,
      icon: null,
      description: '',
      summary: '',
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: options.applicationFlags ?? 0,
      owner,
      team: null,
      bot,
    },
    gatewayUrl,
    recommendedShards: shardCount,
    interactionWindowMs: options.interactionResponseWindowMs ?? 3000,
    guilds: new Map(guilds.map((g) => [g.id, g])),
    channels: new Map(guilds.flatMap((g) => g.channels.map((c) => [c.id, c] as const))),
    users: new Map([bot, owner, user].map((u) => [u.id, u])),
    messages: new Map(),
    interactions: new Map(),
    commands: new Map(),
    requests: new Recorder((r) => `${r.method} ${r.path} -> ${r.status}`),
    unknownRoutes: [],
    faults: [],
    guildPayload: (id) => guildCreatePayload(ctx.guilds.get(id)!, bot, owner),
  };
  // Attachments a test "uploads": served like Discord's CDN, outside the REST API.
  const attachments = new Map<string, { bytes: Uint8Array }>();
  const rest = createRestHandler(ctx);
  httpServer.on('request', (req, res) => {
    const cdn = /^\/cdn\/attachments\/(\d+)\//.exec(req.url ?? '');
    if (!cdn) return void rest(req, res);
    const file = attachments.get(cdn[1]!);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
  });

  const gateway = new FakeGateway(httpServer, {
    url: gatewayUrl,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    readyBase: () => ({
      v: 10,
      user: bot,
      application: { id: applicationId, flags: options.applicationFlags ?? 0 },
      user_settings: {},
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    }),
    guildIds: () => guilds.map((g) => g.id),
    guildCreatePayload: ctx.guildPayload,
  });

  // --- event building helpers (closures over the fake's state) ----------------

  function dmChannelFor(recipient: FakeUser): FakeChannel {
    const existing = [...ctx.channels.values()].find(
      (c) => c.type === ChannelType.DM && c.recipients?.[0]?.id === recipient.id,
    );
    if (existing) return existing;
    const channel: FakeChannel = { id: snowflake(), type: ChannelType.DM, recipients: [recipient], last_message_id: null };
    ctx.channels.set(channel.id, channel);
    return channel;
  }

  /** Resolves the guild/channel/user an event happens in, creating DM channels on demand. */
  function resolveSource(source: EventSource) {
    // A partial user with a known id updates that user; without one it is a new user.
    const known = source.user?.id ? ctx.users.get(source.user.id) : undefined;
    const actor = !source.user ? user : known ? { ...known, ...source.user } : makeUser(source.user);
    ctx.users.set(actor.id, actor);
    if (source.guildId === null) return { guild: null, channel: dmChannelFor(actor), actor };
    const fromChannel = source.channelId ? ctx.channels.get(source.channelId)?.guild_id : undefined;
    const guildId = source.guildId ?? fromChannel ?? guilds[0]?.id;
    const guild = guildId ? ctx.guilds.get(guildId) : undefined;
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const channel = ctx.channels.get(source.channelId ?? guild.defaultChannelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${source.channelId}`);
    return { guild, channel, actor };
  }

  function findCommand(name: string, guildId: string | undefined) {
    const pools = [guildId ? ctx.commands.get(guildId) : undefined, ctx.commands.get('global')];
    for (const pool of pools) {
      const found = pool?.find((c) => c.name === name && c.type === ApplicationCommandType.ChatInput);
      if (found) return found;
    }
    return undefined;
  }

  /** Turns `{ query: 'x' }` into API options, nesting under subcommand(s) and typing values. */
  function buildOptions(spec: ChatInputSpec, command: any, focused?: string): RawOption[] {
    let definitions: any[] = command?.options ?? [];
    const group = spec.subcommandGroup && definitions.find((o) => o.name === spec.subcommandGroup);
    if (group) definitions = group.options ?? [];
    const sub = spec.subcommand && definitions.find((o) => o.name === spec.subcommand);
    if (sub) definitions = sub.options ?? [];

    let leaf: RawOption[];
    if (Array.isArray(spec.options)) {
      leaf = spec.options;
    } else {
      leaf = Object.entries(spec.options ?? {}).map(([name, value]) => {
        // Prefer the registered definition: discord.js getters throw on a
        // type mismatch, and 3 could be an INTEGER or a NUMBER.
        const declared: number | undefined = definitions.find((o) => o.name === name)?.type;
        const inferred =
          typeof value === 'boolean'
            ? ApplicationCommandOptionType.Boolean
            : typeof value === 'number'
              ? Number.isInteger(value)
                ? ApplicationCommandOptionType.Integer
                : ApplicationCommandOptionType.Number
              : ApplicationCommandOptionType.String;
        return { name, type: declared ?? inferred, value, ...(name === focused ? { focused: true } : {}) };
      });
    }
    if (spec.subcommand) {
      leaf = [{ name: spec.subcommand, type: ApplicationCommandOptionType.Subcommand, options: leaf }];
    }
    if (spec.subcommandGroup) {
      leaf = [{ name: spec.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: leaf }];
    }
    return leaf;
  }

  /** Fields every INTERACTION_CREATE carries, shaped like Discord's (member in guilds, user in DMs). */
  function interactionBase(type: number, source: InteractionSource) {
    const { guild, channel, actor } = resolveSource(source);
    const base: Record<string, any> = {
      id: snowflake(),
      application_id: applicationId,
      type,
      token: `fake-interaction-token-${snowflake()}-${Math.random().toString(36).slice(2)}`,
      version: 1,
      channel_id: channel.id,
      channel,
      app_permissions: toBitfield(source.appPermissions, BOT_PERMISSIONS),
      locale: source.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (guild) {
      Object.assign(base, {
        guild_id: guild.id,
        guild: { id: guild.id, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        member: {
          ...memberPayload(actor, source.roles ?? []),
          permissions: toBitfield(source.permissions, MEMBER_PERMISSIONS),
        },
        authorizing_integration_owners: { '0': guild.id },
        context: InteractionContextType.Guild,
      });
    } else {
      Object.assign(base, {
        user: actor,
        authorizing_integration_owners: { '1': actor.id },
        context: InteractionContextType.BotDM,
      });
    }
    return base;
  }

  function commandInteraction(type: number, spec: ChatInputSpec, focused?: string) {
    const base = interactionBase(type, spec);
    const command = findCommand(spec.name, base.guild_id);
    base.data = {
      id: command?.id ?? snowflake(),
      name: spec.name,
      type: ApplicationCommandType.ChatInput,
      options: buildOptions(spec, command, focused),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      ...(spec.resolved ? { resolved: spec.resolved } : {}),
    };
    return base;
  }

  const chatInput = (spec: ChatInputSpec) => commandInteraction(InteractionType.ApplicationCommand, spec);
  const autocomplete = (spec: AutocompleteSpec) =>
    commandInteraction(InteractionType.ApplicationCommandAutocomplete, spec, spec.focused);

  function button(spec: ButtonSpec) {
    const base = interactionBase(InteractionType.MessageComponent, spec);
    const known = spec.messageId === undefined ? undefined : ctx.messages.get(spec.messageId);
    if (spec.messageId !== undefined && !known) throw new Error(`fake-discord: unknown message ${spec.messageId}`);
    const message =
      spec.message ??
      known ??
      makeMessage({ channel_id: base.channel_id, author: bot, guild_id: base.guild_id, content: '(fake message)' });
    // Remember it so UPDATE_MESSAGE callbacks and @original edits have something to change.
    ctx.messages.set(message.id, message);
    base.message = message;
    base.data = { custom_id: spec.customId, component_type: ComponentType.Button };
    return base;
  }

  function sendInteraction(payload: Record<string, any>): SentInteraction {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId: payload.channel_id,
      guildId: payload.guild_id,
      user: payload.member?.user ?? payload.user,
      name: payload.data?.name,
      dispatchedAt: Date.now(),
      acknowledged: null,
      originalMessageId: null,
      sourceMessageId: payload.message?.id ?? null,
    };
    ctx.interactions.set(record.id, record);
    gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, { guildId: payload.guild_id });
    return { id: record.id, token: record.token, payload };
  }

  function sendMessage(spec: MessageSpec): SentMessage {
    const { guild, channel, actor } = resolveSource(spec);
    const content = spec.content;
    const referenced = spec.replyTo ? ctx.messages.get(spec.replyTo) : undefined;
    const written = spec.mentions ?? [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!);
    const pinged = referenced && spec.replyPing !== false && !written.includes(referenced.author.id) ? [referenced.author.id as string] : [];
    const mentionIds = [...written, ...pinged];
    const mentions = mentionIds.map((id) => {
      const mentioned = ctx.users.get(id) ?? makeUser({ id });
      // In guilds Discord attaches a partial member to each mentioned user.
      return guild ? { ...mentioned, member: memberPayload(mentioned, [], false) } : mentioned;
    });
    const lastIntents = gateway.identifies.entries.at(-1)?.intents ?? 0;
    const contentHidden =
      options.enforceMessageContentIntent === true &&
      guild !== null &&
      (lastIntents & GatewayIntentBits.MessageContent) === 0 &&
      !mentionIds.includes(bot.id);

    const payload = makeMessage({
      channel_id: channel.id,
      author: actor,
      content,
      mentions,
      mention_roles: spec.mentionRoles ?? [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!),
      mention_everyone: spec.mentionEveryone ?? /@(everyone|here)/.test(content),
      channel_type: channel.type,
      ...(guild ? { guild_id: guild.id, member: memberPayload(actor, spec.roles ?? [], false) } : {}),
      ...(spec.replyTo
        ? {
            type: MessageType.Reply,
            message_reference: { type: 0, message_id: spec.replyTo, channel_id: channel.id, guild_id: guild?.id },
            referenced_message: referenced ?? null,
          }
        : {}),
    });
    ctx.messages.set(payload.id, payload);
    const sent = contentHidden ? { ...payload, content: '' } : payload;
    gateway.dispatch(GatewayDispatchEvents.MessageCreate, sent, guild ? { guildId: guild.id } : {});
    return { id: payload.id, channelId: channel.id, guildId: guild?.id ?? null, payload: sent };
  }

  // --- waiting ------------------------------------------------------------------

  const tokenOf = (interactionId: string) => {
    const interaction = ctx.interactions.get(interactionId);
    if (!interaction) throw new Error(`fake-discord: unknown interaction ${interactionId}`);
    return interaction.token;
  };
  const webhookBase = (interactionId: string) => `/webhooks/${applicationId}/${tokenOf(interactionId)}`;
  const waitFor = (predicate: (r: RecordedRequest) => boolean, opts?: WaitOptions) =>
    ctx.requests.waitFor(predicate, opts);

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    bot,
    applicationId,
    user,
    guilds,
    guild: guilds[0]!,
    requests: ctx.requests.entries,
    unknownRoutes: ctx.unknownRoutes,
    identifies: gateway.identifies.entries,
    gatewayFrames: gateway.frames.entries,
    messages: ctx.messages,
    commands: (guildId) => ctx.commands.get(guildId ?? 'global') ?? [],
    connectedShards: () => gateway.connectedShards(),

    waitFor,
    waitForCallback: (id, opts) =>
      waitFor((r) => r.method === 'POST' && r.path === `/interactions/${id}/${tokenOf(id)}/callback`, {
        description: `the callback for interaction ${id}`,
        ...opts,
      }),
    waitForOriginalEdit: (id, opts) =>
      waitFor((r) => r.method === 'PATCH' && r.path === `${webhookBase(id)}/messages/@original`, {
        description: `an edit of @original for interaction ${id}`,
        ...opts,
      }),
    waitForFollowUp: (id, opts) =>
      waitFor((r) => r.method === 'POST' && r.path === webhookBase(id), {
        description: `a follow-up for interaction ${id}`,
        ...opts,
      }),
    interactionRequests: (id) =>
      ctx.requests.entries.filter(
        (r) => r.path.startsWith(`/interactions/${id}/`) || r.path.startsWith(webhookBase(id)),
      ),
    waitForChannelMessage: (channelId, opts) =>
      waitFor((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`, {
        description: `a message in channel ${channelId}`,
        ...opts,
      }),
    waitForReply: (messageId, opts) =>
      waitFor(
        (r) =>
          r.method === 'POST' &&
          /^\/channels\/[^/]+\/messages$/.test(r.path) &&
          r.body?.message_reference?.message_id === messageId,
        { description: `a reply to message ${messageId}`, ...opts },
      ),
    waitForIdentify: (shardId, opts) =>
      gateway.identifies.waitFor((i) => shardId === undefined || i.shard[0] === shardId, {
        description: `IDENTIFY${shardId === undefined ? '' : ` for shard ${shardId}`}`,
        ...opts,
      }),

    chatInput,
    autocomplete,
    button,
    sendInteraction,
    sendChatInput: (spec) => sendInteraction(chatInput(spec)),
    sendAutocomplete: (spec) => sendInteraction(autocomplete(spec)),
    sendButton: (spec) => sendInteraction(button(spec)),
    sendMessage,
    dispatch: (event, data, target) => gateway.dispatch(event, data, target),
    requestReconnect: (shardId) => gateway.requestReconnect(shardId),
    closeShard: (shardId, code, reason) => gateway.closeShard(shardId, code, reason),
    injectFault: (fault) => void ctx.faults.push(fault),
    addUser: (partial = {}) => {
      const added = makeUser(partial);
      ctx.users.set(added.id, added);
      return added;
    },

    addAttachment(name, content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const id = snowflake();
      attachments.set(id, { bytes });
      const url = `http://127.0.0.1:${port}/cdn/attachments/${id}/${encodeURIComponent(name)}`;
      return { id, filename: name, size: bytes.length, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' };
    },
    async close() {
      ctx.requests.rejectAll('fake-discord closed');
      await gateway.close();
      // discord.js's HTTP client keeps connections alive; drop them so the
      // server closes now and vitest sees no open handles.
      httpServer.closeAllConnections();
      await new Promise<void>((resolve, reject) => httpServer.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
