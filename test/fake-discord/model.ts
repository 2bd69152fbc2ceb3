// The fake's world: users, guilds (with channels and roles) and messages, plus
// the JSON shapes Discord would send for them. Payloads are plain objects on
// purpose: they go over the wire as JSON, and discord.js parses them exactly as
// it parses Discord's, which is the whole point of the fake.

import { ChannelType, MessageType, PermissionFlagsBits } from 'discord.js';
import { guildIdForShard, snowflake } from './snowflake.ts';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface FakeRole {
  id: string;
  name: string;
  /** Permission bitfield as a decimal string, as Discord sends it. */
  permissions: string;
  position: number;
  managed: boolean;
  mentionable: boolean;
  hoist: boolean;
  color: number;
  icon: string | null;
  unicode_emoji: string | null;
  flags: number;
  /** `{ bot_id }` marks the role Discord creates for a bot when it joins. */
  tags?: { bot_id?: string };
}

export interface FakeChannel {
  id: string;
  type: number;
  name?: string;
  guild_id?: string;
  position?: number;
  topic?: string | null;
  nsfw?: boolean;
  parent_id?: string | null;
  permission_overwrites?: unknown[];
  recipients?: FakeUser[];
  last_message_id?: string | null;
  rate_limit_per_user?: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: FakeChannel[];
  /** `roles[0]` is @everyone (its id equals the guild id, as on Discord). */
  roles: FakeRole[];
  /** The managed role Discord gives the bot; mention it with `<@&botRoleId>`. */
  botRoleId: string;
  /** Convenience: the first text channel. */
  defaultChannelId: string;
}

export interface GuildInput {
  id?: string;
  name?: string;
  /** Extra roles besides @everyone and the bot's managed role. */
  roles?: Array<Partial<FakeRole> & { name: string }>;
  /** Replaces the default channels (#general, #bot-commands) when given. */
  channels?: Array<Partial<FakeChannel> & { name: string }>;
}

const P = PermissionFlagsBits;
/** What an ordinary member may do: enough to use commands and read replies. */
export const MEMBER_PERMISSIONS = (
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.SendMessagesInThreads
).toString();
/** What the bot's managed role grants: member rights plus a couple of bot-ish ones. */
export const BOT_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | P.ManageMessages | P.CreatePublicThreads).toString();

export function makeUser(partial: Partial<FakeUser> & { id?: string } = {}): FakeUser {
  const id = partial.id ?? snowflake();
  return {
    id,
    username: partial.username ?? `user${id.slice(-4)}`,
    global_name: partial.global_name ?? null,
    discriminator: '0',
    avatar: null,
    ...partial,
  };
}

function makeRole(partial: Partial<FakeRole> & { name: string }, position: number): FakeRole {
  return {
    id: snowflake(),
    permissions: '0',
    position,
    managed: false,
    mentionable: true,
    hoist: false,
    color: 0,
    icon: null,
    unicode_emoji: null,
    flags: 0,
    ...partial,
  };
}

export function buildGuild(
  input: GuildInput,
  index: number,
  shardCount: number,
  bot: FakeUser,
  ownerId: string,
): FakeGuild {
  // Without an explicit id, spread guilds round-robin over the shards so a
  // multi-shard test gets one guild per shard for free.
  const id = input.id ?? guildIdForShard(index % shardCount, shardCount);
  const everyone = makeRole({ id, name: '@everyone', permissions: MEMBER_PERMISSIONS, mentionable: false }, 0);
  const botRole = makeRole(
    { name: bot.username, permissions: BOT_PERMISSIONS, managed: true, mentionable: false, tags: { bot_id: bot.id } },
    1,
  );
  const extraRoles = (input.roles ?? []).map((role, i) => makeRole(role, i + 2));
  const channelInputs = input.channels ?? [{ name: 'general' }, { name: 'bot-commands' }];
  const channels = channelInputs.map((channel, position) => ({
    id: snowflake(),
    type: ChannelType.GuildText,
    position,
    topic: null,
    nsfw: false,
    parent_id: null,
    permission_overwrites: [],
    last_message_id: null,
    rate_limit_per_user: 0,
    ...channel,
    guild_id: id,
  }));
  const firstText = channels.find((c) => c.type === ChannelType.GuildText) ?? channels[0];
  if (!firstText) throw new Error(`fake guild ${id} needs at least one channel`);
  return {
    id,
    name: input.name ?? `Fake Guild ${index + 1}`,
    ownerId,
    channels,
    roles: [everyone, botRole, ...extraRoles],
    botRoleId: botRole.id,
    defaultChannelId: firstText.id,
  };
}

export function memberPayload(user: FakeUser, roles: string[], withUser = true) {
  return {
    ...(withUser ? { user } : {}),
    roles,
    nick: null,
    avatar: null,
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
  };
}

/** The full GUILD_CREATE payload, including the bot's own member so `guild.members.me` works. */
export function guildCreatePayload(guild: FakeGuild, bot: FakeUser, owner: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    // GUILD_CREATE-only fields.
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [memberPayload(bot, [guild.botRoleId]), memberPayload(owner, [])],
    channels: guild.channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface MessageFields {
  channel_id: string;
  author: FakeUser;
  content?: string;
  guild_id?: string;
  [key: string]: unknown;
}

/** A complete message object; `fields` (e.g. the bot's request body) override the defaults. */
export function makeMessage(fields: MessageFields): Record<string, any> {
  return {
    id: snowflake(),
    type: MessageType.Default,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...fields,
  };
}
