// The fake REST API. Every request is recorded (that is what tests assert on);
// answers are the smallest JSON that keeps discord.js happy. A few of
// Discord's rules are enforced on purpose, because breaking them is exactly
// what e2e tests should catch: the 3-second window for the initial interaction
// response, "already acknowledged", follow-ups before acknowledging, message
// length limits, and command-name/description rules.

import {
  ApplicationCommandType,
  ChannelType,
  InteractionResponseType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeMessage, makeUser, type FakeChannel, type FakeGuild, type FakeUser } from './model.ts';
import type { RecordedFile, RecordedRequest, Recorder } from './recorder.ts';
import { snowflake } from './snowflake.ts';

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string;
  guildId: string | undefined;
  user: FakeUser;
  name: string | undefined;
  dispatchedAt: number;
  /** Callback type once acknowledged. */
  acknowledged: number | null;
  /** The message `@original` refers to (the reply, or the clicked message for updates). */
  originalMessageId: string | null;
  /** For component interactions: the message the component is on. */
  sourceMessageId: string | null;
}

export interface RestContext {
  bot: FakeUser;
  application: Record<string, unknown>;
  gatewayUrl: string;
  recommendedShards: number;
  /** Discord drops interactions not answered within 3 s (error 10062). */
  interactionWindowMs: number;
  guilds: Map<string, FakeGuild>;
  channels: Map<string, FakeChannel>;
  users: Map<string, FakeUser>;
  messages: Map<string, Record<string, any>>;
  interactions: Map<string, InteractionRecord>;
  /** Registered commands, keyed by `'global'` or a guild id. */
  commands: Map<string, any[]>;
  requests: Recorder<RecordedRequest>;
  unknownRoutes: RecordedRequest[];
  guildPayload: (guildId: string) => Record<string, unknown>;
  /** Faults to inject, each used once by the first request it matches. */
  faults: RestFault[];
}

/** A slow network or a rate limit on one request, as Discord or the path to it may give. */
export interface RestFault {
  method: string;
  path: RegExp;
  /** Hold the request this long before handling it (the interaction window keeps running). */
  delayMs?: number;
  /** Answer 429 with this `retry_after` (seconds) instead of handling it. */
  retryAfterS?: number;
  /** Answer this Discord error instead of handling it (e.g. 401 50027 once a token has expired). */
  error?: { status: number; code: number; message: string };
}

interface Req {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  files: RecordedFile[];
}

interface Reply {
  status: number;
  json?: unknown;
}

type Handler = (params: string[], req: Req, ctx: RestContext) => Reply;

const ok = (json: unknown): Reply => ({ status: 200, json });
const noContent: Reply = { status: 204 };
/** Discord's error shape; discord.js turns it into a DiscordAPIError with `.code`. */
const fail = (status: number, code: number, message: string): Reply => ({ status, json: { message, code } });

// --- messages -------------------------------------------------------------

/** Discord's own limits, so a bot that exceeds them fails here rather than in production. */
function invalidMessage(body: any, files: RecordedFile[], partial: boolean): Reply | null {
  const content = typeof body?.content === 'string' ? body.content : '';
  if (content.length > 2000) return fail(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
  if (Array.isArray(body?.embeds) && body.embeds.length > 10)
    return fail(400, 50035, 'Invalid Form Body: embeds: Must be 10 or fewer in length.');
  const hasSomething =
    content.length > 0 || body?.embeds?.length || body?.components?.length || body?.poll || body?.sticker_ids?.length;
  if (!partial && !hasSomething && files.length === 0) return fail(400, 50006, 'Cannot send an empty message');
  return null;
}

/** Only message fields survive; request-only fields like `allowed_mentions` do not. */
function messageFields(body: any, files: RecordedFile[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'tts', 'poll', 'message_reference']) {
    if (body?.[key] !== undefined) fields[key] = body[key];
  }
  if (files.length > 0) {
    fields.attachments = files.map((f) => ({
      id: snowflake(),
      filename: f.filename,
      size: f.size,
      content_type: f.contentType,
      url: `https://cdn.fake-discord.invalid/attachments/${f.filename}`,
      proxy_url: `https://media.fake-discord.invalid/attachments/${f.filename}`,
    }));
  }
  return fields;
}

function createMessage(ctx: RestContext, channelId: string, body: any, files: RecordedFile[], extra = {}) {
  const channel = ctx.channels.get(channelId);
  const fields = messageFields(body, files);
  const ref = body?.message_reference?.message_id;
  const message = makeMessage({
    channel_id: channelId,
    author: ctx.bot,
    ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
    ...fields,
    ...(ref ? { type: MessageType.Reply, referenced_message: ctx.messages.get(ref) ?? null } : {}),
    ...extra,
  });
  ctx.messages.set(message.id, message);
  return message;
}

function editMessage(ctx: RestContext, message: Record<string, any>, body: any, files: RecordedFile[]) {
  Object.assign(message, messageFields(body, files), { edited_timestamp: new Date().toISOString() });
  // Editing a deferred reply replaces the "thinking..." placeholder.
  if (body?.flags === undefined) message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
  return message;
}

// --- interactions -------------------------------------------------------------

function interactionMessage(ctx: RestContext, interaction: InteractionRecord, body: any, files: RecordedFile[]) {
  return createMessage(ctx, interaction.channelId, body, files, {
    webhook_id: ctx.application.id,
    application_id: ctx.application.id,
    interaction_metadata: {
      id: interaction.id,
      type: interaction.type,
      user: interaction.user,
      authorizing_integration_owners: {},
      ...(interaction.name ? { name: interaction.name } : {}),
    },
  });
}

const interactionCallback: Handler = ([id, token], req, ctx) => {
  const interaction = ctx.interactions.get(id!);
  if (!interaction || interaction.token !== token) return fail(404, 10062, 'Unknown interaction');
  if (interaction.acknowledged !== null) return fail(400, 40060, 'Interaction has already been acknowledged.');
  if (Date.now() - interaction.dispatchedAt > ctx.interactionWindowMs) return fail(404, 10062, 'Unknown interaction');

  const type: number = req.body?.type;
  const data = req.body?.data ?? {};
  let message: Record<string, any> | null = null;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const invalid = invalidMessage(data, req.files, false);
      if (invalid) return invalid;
      message = interactionMessage(ctx, interaction, data, req.files);
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource:
      // The placeholder ("Bot is thinking...") that a later PATCH @original fills in.
      message = interactionMessage(ctx, interaction, { flags: (data.flags ?? 0) | MessageFlags.Loading }, []);
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      const source = interaction.sourceMessageId ? ctx.messages.get(interaction.sourceMessageId) : undefined;
      if (!source) return fail(400, 50035, 'Invalid Form Body: this callback type needs a component interaction');
      if (type === InteractionResponseType.UpdateMessage) {
        const invalid = invalidMessage(data, req.files, true);
        if (invalid) return invalid;
        editMessage(ctx, source, data, req.files);
      }
      message = source;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      if ((data.choices?.length ?? 0) > 25)
        return fail(400, 50035, 'Invalid Form Body: choices: Must be 25 or fewer in length.');
      break;
    case InteractionResponseType.Modal:
    case InteractionResponseType.LaunchActivity:
      break;
    default:
      return fail(400, 50035, `Invalid Form Body: type: unsupported interaction callback type ${type}`);
  }

  interaction.acknowledged = type;
  interaction.originalMessageId = message?.id ?? null;
  if (req.query.with_response !== 'true') return noContent;
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: Boolean(message.flags & MessageFlags.Loading),
            response_message_ephemeral: Boolean(message.flags & MessageFlags.Ephemeral),
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) },
  });
};

/** Interaction webhooks: `@original` and follow-ups, addressed by the interaction token. */
function webhookInteraction(ctx: RestContext, applicationId: string, token: string) {
  if (applicationId !== ctx.application.id) return undefined;
  return [...ctx.interactions.values()].find((i) => i.token === token);
}

const webhookMessage: Handler = ([app, token, messageId], req, ctx) => {
  const interaction = webhookInteraction(ctx, app!, token!);
  // Before the initial response Discord answers 10015 for the whole webhook.
  if (!interaction || interaction.acknowledged === null) return fail(404, 10015, 'Unknown Webhook');
  const id = messageId === '@original' ? interaction.originalMessageId : messageId;
  const message = id ? ctx.messages.get(id) : undefined;
  if (!message) return fail(404, 10008, 'Unknown Message');
  if (req.method === 'GET') return ok(message);
  if (req.method === 'DELETE') {
    ctx.messages.delete(message.id);
    return noContent;
  }
  const invalid = invalidMessage(req.body, req.files, true);
  return invalid ?? ok(editMessage(ctx, message, req.body, req.files));
};

const followUp: Handler = ([app, token], req, ctx) => {
  const interaction = webhookInteraction(ctx, app!, token!);
  if (!interaction || interaction.acknowledged === null) return fail(404, 10015, 'Unknown Webhook');
  return invalidMessage(req.body, req.files, false) ?? ok(interactionMessage(ctx, interaction, req.body, req.files));
};

// --- application commands ------------------------------------------------------

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The checks Discord applies to slash commands that bots most often trip over. */
function invalidCommand(command: any, path = 'command'): string | null {
  const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  const name = String(command.name ?? '');
  if (!COMMAND_NAME.test(name) || (chatInput && name !== name.toLowerCase()))
    return `${path}.name: invalid command name "${name}"`;
  const description = String(command.description ?? '');
  if (chatInput && (description.length < 1 || description.length > 100))
    return `${path}.description: must be between 1 and 100 in length`;
  const options: any[] = command.options ?? [];
  if (options.length > 25) return `${path}.options: must be 25 or fewer in length`;
  const firstOptional = options.findIndex((o) => !o.required);
  if (firstOptional !== -1 && options.slice(firstOptional).some((o) => o.required))
    return `${path}.options: required options must be placed before non-required options`;
  if (options.some((o) => (o.choices?.length ?? 0) > 25)) return `${path}.options.choices: must be 25 or fewer`;
  for (const [i, option] of options.entries()) {
    const error = invalidCommand({ ...option, type: ApplicationCommandType.ChatInput }, `${path}.options[${i}]`);
    if (error) return error;
  }
  return null;
}

function commandsHandler(key: (params: string[]) => string): Handler {
  return (params, req, ctx) => {
    const [app, guildId] = params;
    if (app !== ctx.application.id) return fail(403, 50001, 'Missing Access');
    if (guildId !== undefined && !ctx.guilds.has(guildId)) return fail(403, 50001, 'Missing Access');
    const stored = ctx.commands.get(key(params)) ?? [];
    if (req.method === 'GET') return ok(stored);
    if (!Array.isArray(req.body)) return fail(400, 50035, 'Invalid Form Body: expected an array of commands');
    if (req.body.length > 100) return fail(400, 30032, 'Maximum number of application commands reached (100)');
    for (const [i, command] of req.body.entries()) {
      const error = invalidCommand(command, `${i}`);
      if (error) return fail(400, 50035, `Invalid Form Body: ${error}`);
    }
    const commands = req.body.map((command: any) => {
      const type = command.type ?? ApplicationCommandType.ChatInput;
      // Like Discord, an overwrite keeps the id of a command with the same name and type.
      const previous = stored.find((c) => c.name === command.name && c.type === type);
      return {
        description: '',
        options: [],
        default_member_permissions: null,
        nsfw: false,
        ...command,
        id: previous?.id ?? snowflake(),
        application_id: ctx.application.id,
        version: snowflake(),
        type,
        ...(guildId !== undefined ? { guild_id: guildId } : {}),
      };
    });
    ctx.commands.set(key(params), commands);
    return ok(commands);
  };
}

// --- routing -------------------------------------------------------------------

const S = '([^/]+)'; // one path segment

const routes: Array<[method: string, pattern: RegExp, handler: Handler]> = [
  ['GET', /^\/gateway$/, (_, __, ctx) => ok({ url: ctx.gatewayUrl })],
  [
    'GET',
    /^\/gateway\/bot$/,
    (_, __, ctx) =>
      ok({
        url: ctx.gatewayUrl,
        shards: ctx.recommendedShards,
        // max_concurrency high so discord.js identifies all shards at once
        // instead of waiting 5 s between identifies.
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 16 },
      }),
  ],
  ['GET', /^\/users\/@me$/, (_, __, ctx) => ok(ctx.bot)],
  [
    'GET',
    new RegExp(`^/users/${S}$`),
    ([id], _, ctx) => (ctx.users.has(id!) ? ok(ctx.users.get(id!)) : fail(404, 10013, 'Unknown User')),
  ],
  [
    'POST',
    /^\/users\/@me\/channels$/,
    (_, req, ctx) => {
      const recipient = ctx.users.get(req.body?.recipient_id) ?? makeUser({ id: req.body?.recipient_id });
      const existing = [...ctx.channels.values()].find(
        (c) => c.type === ChannelType.DM && c.recipients?.[0]?.id === recipient.id,
      );
      if (existing) return ok(existing);
      const channel: FakeChannel = { id: snowflake(), type: ChannelType.DM, recipients: [recipient], last_message_id: null };
      ctx.channels.set(channel.id, channel);
      return ok(channel);
    },
  ],
  ['GET', /^\/applications\/@me$/, (_, __, ctx) => ok(ctx.application)],
  ['GET', new RegExp(`^/applications/${S}/commands$`), commandsHandler(() => 'global')],
  ['PUT', new RegExp(`^/applications/${S}/commands$`), commandsHandler(() => 'global')],
  ['GET', new RegExp(`^/applications/${S}/guilds/${S}/commands$`), commandsHandler(([, g]) => g!)],
  ['PUT', new RegExp(`^/applications/${S}/guilds/${S}/commands$`), commandsHandler(([, g]) => g!)],
  ['POST', new RegExp(`^/interactions/${S}/${S}/callback$`), interactionCallback],
  ['POST', new RegExp(`^/webhooks/${S}/${S}$`), followUp],
  ['GET', new RegExp(`^/webhooks/${S}/${S}/messages/${S}$`), webhookMessage],
  ['PATCH', new RegExp(`^/webhooks/${S}/${S}/messages/${S}$`), webhookMessage],
  ['DELETE', new RegExp(`^/webhooks/${S}/${S}/messages/${S}$`), webhookMessage],
  [
    'GET',
    new RegExp(`^/channels/${S}$`),
    ([id], _, ctx) => (ctx.channels.has(id!) ? ok(ctx.channels.get(id!)) : fail(404, 10003, 'Unknown Channel')),
  ],
  [
    'POST',
    new RegExp(`^/channels/${S}/messages$`),
    ([channelId], req, ctx) => {
      if (!ctx.channels.has(channelId!)) return fail(404, 10003, 'Unknown Channel');
      return invalidMessage(req.body, req.files, false) ?? ok(createMessage(ctx, channelId!, req.body, req.files));
    },
  ],
  [
    'GET',
    new RegExp(`^/channels/${S}/messages/${S}$`),
    ([channelId, id], _, ctx) => {
      const message = ctx.messages.get(id!);
      return message?.channel_id === channelId ? ok(message) : fail(404, 10008, 'Unknown Message');
    },
  ],
  [
    'PATCH',
    new RegExp(`^/channels/${S}/messages/${S}$`),
    ([channelId, id], req, ctx) => {
      const message = ctx.messages.get(id!);
      if (!message || message.channel_id !== channelId) return fail(404, 10008, 'Unknown Message');
      return invalidMessage(req.body, req.files, true) ?? ok(editMessage(ctx, message, req.body, req.files));
    },
  ],
  [
    'DELETE',
    new RegExp(`^/channels/${S}/messages/${S}$`),
    ([channelId, id], _, ctx) => {
      if (ctx.messages.get(id!)?.channel_id !== channelId) return fail(404, 10008, 'Unknown Message');
      ctx.messages.delete(id!);
      return noContent;
    },
  ],
  ['POST', new RegExp(`^/channels/${S}/typing$`), () => noContent],
  ['PUT', new RegExp(`^/channels/${S}/messages/${S}/reactions/${S}/@me$`), () => noContent],
  ['DELETE', new RegExp(`^/channels/${S}/messages/${S}/reactions/${S}/@me$`), () => noContent],
  [
    'GET',
    new RegExp(`^/guilds/${S}$`),
    ([id], _, ctx) => (ctx.guilds.has(id!) ? ok(ctx.guildPayload(id!)) : fail(404, 10004, 'Unknown Guild')),
  ],
  [
    'GET',
    new RegExp(`^/guilds/${S}/roles$`),
    ([id], _, ctx) => (ctx.guilds.has(id!) ? ok(ctx.guilds.get(id!)!.roles) : fail(404, 10004, 'Unknown Guild')),
  ],
  [
    'GET',
    new RegExp(`^/guilds/${S}/channels$`),
    ([id], _, ctx) => (ctx.guilds.has(id!) ? ok(ctx.guilds.get(id!)!.channels) : fail(404, 10004, 'Unknown Guild')),
  ],
];

// --- plumbing ------------------------------------------------------------------

async function readBody(req: IncomingMessage): Promise<{ body: any; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    // discord.js sends files as multipart with the JSON in `payload_json`;
    // the web-standard Response parser in Node 20 does the heavy lifting.
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    let body: any;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  if (type.includes('json')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  return { body: raw.toString('utf8'), files: [] };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Builds the node:http request listener for the `/api/v10/...` routes. */
export function createRestHandler(ctx: RestContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js calls `${rest.api}/v10/...`; accept any version so an upgrade fails loudly elsewhere.
    // Decoded so tests can match `/messages/@original` (sent as `%40original`).
    const path = safeDecode(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const method = req.method ?? 'GET';
    let reply: Reply;
    let parsed: { body: any; files: RecordedFile[] } = { body: undefined, files: [] };
    let matched = false;
    let headers: Record<string, string> = {};
    try {
      parsed = await readBody(req);
      const request: Req = { method, path, query: Object.fromEntries(url.searchParams), ...parsed };
      reply = fail(404, 0, '404: Not Found');
      const fault = ctx.faults.find((f) => f.method === method && f.path.test(path));
      if (fault) ctx.faults.splice(ctx.faults.indexOf(fault), 1);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault?.retryAfterS !== undefined) {
        matched = true;
        reply = { status: 429, json: { message: 'You are being rate limited.', retry_after: fault.retryAfterS, global: false } };
        headers = { 'retry-after': String(fault.retryAfterS), 'x-ratelimit-scope': 'user' };
      }
      if (fault?.error) {
        matched = true;
        reply = fail(fault.error.status, fault.error.code, fault.error.message);
      }
      for (const [routeMethod, pattern, handler] of fault?.retryAfterS !== undefined || fault?.error ? [] : routes) {
        const match = routeMethod === method ? pattern.exec(path) : null;
        if (match) {
          matched = true;
          reply = handler(match.slice(1), request, ctx);
          break;
        }
      }
    } catch (error) {
      reply = fail(500, 0, `fake-discord error: ${(error as Error).message}`);
    }

    const record = ctx.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      files: parsed.files,
      authorization: req.headers.authorization,
      status: reply.status,
      at: Date.now(),
    });
    if (!matched) ctx.unknownRoutes.push(record);

    if (reply.json === undefined) {
      res.writeHead(reply.status, headers).end();
    } else {
      res.writeHead(reply.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(reply.json));
    }
  };
}
