/**
 * Configuration: `.env` (if present) under the process environment, parsed once with zod.
 * The only module that reads process.env; everything else receives a frozen Config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (15–21 digits)');
const csv = (item: z.ZodType<string, string>) =>
  z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
/** Digits only: `1e2` or `0x10` would pass Number() and surprise whoever wrote them. */
const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));
/** Seconds as digits with an optional fraction; a minus sign is read, to say "out of range". */
const seconds = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a number of seconds, like 3 or 1.5')
    .transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  DISCORD_TOKEN: z.string().regex(/^\S{20,}$/, 'does not look like a bot token').optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).default('https://discord.com/api')
    .transform((u) => u.replace(/\/+$/, '')),
  KNOWLEDGE_DIR: z.string().default('./knowledge'),
  STATE_DIR: z.string().default('./.state'),
  SHELVES_DIR: z.string().default('./knowledge-servers'),
  SHELF_MAX_ARTICLES: whole(1, 100_000).default(100),
  SHELF_MAX_MB: whole(1, 10_000).default(20),
  MODERATOR_ROLE_IDS: csv(snowflake),
  KNOWLEDGE_ADMIN_GUILD_IDS: csv(snowflake),
  AUDIT_CHANNEL_ID: snowflake.optional(),
  KNOWLEDGE_WATCH: flag,
  DEPLOY_ON_START: flag,
  COOLDOWN_SECONDS: seconds(0, 600).default(2),
  COOLDOWN_BURST: whole(1, 100).default(8),
  SHARD_COUNT: z.union([z.literal('auto'), whole(1, 1000)], { message: 'must be auto or a whole number from 1 to 1000' }).default('auto'),
  SHARD_LIST: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(whole(0, 999))),
  SHARDS_PER_PROCESS: z.union([z.literal('all'), whole(1, 1000)], { message: 'must be all or a whole number from 1 to 1000' }).default('all'),
  SHARD_MANAGER: flag,
  FETCH_ALLOW_HOSTS: csv(z.string().transform((h) => h.toLowerCase().replace(/^\[|\]$/g, ''))),
  FETCH_TIMEOUT_SECONDS: seconds(1, 120).default(20),
  HEALTH_PORT: whole(1, 65535).optional(),
  HEALTH_HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
  // Unlike the other flags, unset is a third value: decide by whether stderr is a terminal.
  LOG_PRETTY: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional(),
});

export type Config = Readonly<{
  discordToken: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  apiBase: string;
  knowledgeDir: string;
  stateDir: string;
  /** One folder per server id: each server's own shelf, seen only there. */
  shelvesDir: string;
  /** What one server's shelf may hold: articles, and bytes of article files. */
  shelfLimits: Readonly<{ articles: number; bytes: number }>;
  moderatorRoleIds: readonly string[];
  /** Servers whose moderators may change the shared knowledge. */
  adminGuildIds: readonly string[];
  auditChannelId: string | undefined;
  watch: boolean;
  deployOnStart: boolean;
  /** A member earns one more question every `cooldownMs` (0: no limit)... */
  cooldownMs: number;
  /** ...and may ask this many at once. */
  cooldownBurst: number;
  shardCount: number | 'auto';
  /**
   * The shards this process connects, all over one knowledge store (SHARD_LIST, which needs a
   * numeric SHARD_COUNT). Unset: every shard of a numeric SHARD_COUNT, else one unsharded connection.
   */
  shardList: readonly number[] | undefined;
  /** How many shards `start:sharded` gives each process: `all` runs every shard in one process. */
  shardsPerProcess: number | 'all';
  /** Set by `start:sharded` in the processes it starts: reloads and metrics then go through it. */
  shardManaged: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Readable logs instead of JSON; unset, readable when stderr is a terminal. */
  logPretty: boolean | undefined;
  /** Hosts or addresses `/knowledge add url:` may fetch although they are private or local. */
  fetchAllowHosts: readonly string[];
  fetchTimeoutMs: number;
  /** Port of the health and metrics endpoint; unset, there is none. */
  healthPort: number | undefined;
  healthHost: string;
}>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/**
 * Parse `env` over the variables of `dotenvPath` (the environment wins, as with dotenv).
 * Empty values count as unset, so a copied `.env.example` works as it is.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = resolve('.env')): ConfigResult {
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath)) : {};
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...fromFile, ...env })) {
    if (typeof value === 'string' && value.trim() !== '') merged[key] = value.trim();
  }
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    // Never echo a value back: one of them may be a token.
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const shardProblems = checkShardList(e.SHARD_LIST, e.SHARD_COUNT);
  if (shardProblems.length) return { ok: false, problems: shardProblems };
  return {
    ok: true,
    config: Object.freeze({
      discordToken: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiBase: e.DISCORD_API_BASE,
      knowledgeDir: resolve(e.KNOWLEDGE_DIR),
      stateDir: resolve(e.STATE_DIR),
      shelvesDir: resolve(e.SHELVES_DIR),
      shelfLimits: Object.freeze({ articles: e.SHELF_MAX_ARTICLES, bytes: e.SHELF_MAX_MB * 2 ** 20 }),
      moderatorRoleIds: Object.freeze(e.MODERATOR_ROLE_IDS),
      adminGuildIds: Object.freeze(
        e.KNOWLEDGE_ADMIN_GUILD_IDS.length ? e.KNOWLEDGE_ADMIN_GUILD_IDS : e.DISCORD_GUILD_ID ? [e.DISCORD_GUILD_ID] : [],
      ),
      auditChannelId: e.AUDIT_CHANNEL_ID,
      watch: e.KNOWLEDGE_WATCH,
      deployOnStart: e.DEPLOY_ON_START,
      cooldownMs: e.COOLDOWN_SECONDS * 1000,
      cooldownBurst: e.COOLDOWN_BURST,
      shardCount: e.SHARD_COUNT,
      shardList: e.SHARD_LIST.length ? Object.freeze([...new Set(e.SHARD_LIST)].sort((a, b) => a - b)) : undefined,
      shardsPerProcess: e.SHARDS_PER_PROCESS,
      shardManaged: e.SHARD_MANAGER,
      logLevel: e.LOG_LEVEL,
      logPretty: e.LOG_PRETTY,
      fetchAllowHosts: Object.freeze(e.FETCH_ALLOW_HOSTS),
      fetchTimeoutMs: e.FETCH_TIMEOUT_SECONDS * 1000,
      healthPort: e.HEALTH_PORT,
      healthHost: e.HEALTH_HOST,
    }),
  };
}

/** A shard list names shards of a known total, each below it. */
function checkShardList(list: number[], count: number | 'auto'): string[] {
  if (!list.length) return [];
  if (count === 'auto') return ['SHARD_LIST: needs SHARD_COUNT as a number (the total every process agrees on)'];
  const outside = list.filter((id) => id >= count);
  return outside.length ? [`SHARD_LIST: shard ids run from 0 to ${count - 1} with SHARD_COUNT=${count} (got ${outside.join(', ')})`] : [];
}

/** For entry points: the Config, or null after telling the operator every problem on stderr. */
export function configOrReport(): Config | null {
  const configured = loadConfig();
  if (configured.ok) return configured.config;
  process.stderr.write(`Configuration problems (see .env.example):\n${configured.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return null;
}
