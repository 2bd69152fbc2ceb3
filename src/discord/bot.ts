/**
 * The Discord side: one client (no privileged intents), the router and mention handler,
 * optional deploy at start, structured logs, and a clean exit on SIGINT/SIGTERM.
 * Under `npm run start:sharded` this runs once per shard process (discord.js reads the
 * shard id and count from the environment the ShardingManager sets); reloads then go
 * through the manager to every shard (./shard-reload.ts).
 */
import { Client, Events, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';
import type { KnowledgeAccess, Registry } from '../registry/registry.ts';
import { Library } from '../knowledge/library.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import { Cooldown } from './cooldown.ts';
import { deployCommands } from './deploy.ts';
import { createMentionHandler } from './mentions.ts';
import { NO_PINGS } from './render.ts';
import { createRouter } from './router.ts';
import { linkShard } from './shard-reload.ts';
import { startHealthServer, type HealthServer, type Readiness } from '../health.ts';
import { countReloads, observe, registry as metrics } from '../metrics.ts';
import { answerMetricScrapes } from './shard-metrics.ts';

export function createClient(config: Pick<Config, 'apiBase'>): Client {
  return new Client({
    // Mentions, replies to the bot and DMs carry their text without the privileged
    // Message Content intent, so the bot never asks for it.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiBase },
    // A default for every payload, besides the one each reply sets.
    allowedMentions: NO_PINGS,
  });
}

/** Wire a client to the router and mention handler: exported so tests drive the same code as `npm start`. */
export function wireClient(client: Client, deps: { config: Config; knowledge: KnowledgeAccess; registry: Registry; log: Logger }): void {
  const cooldown = new Cooldown(deps.config.cooldownBurst, deps.config.cooldownMs);
  const route = createRouter({
    registry: deps.registry,
    knowledge: deps.knowledge,
    log: deps.log,
    cooldown,
    moderatorRoleIds: deps.config.moderatorRoleIds,
    adminGuildIds: deps.config.adminGuildIds,
  });
  const onMessage = createMentionHandler({ registry: deps.registry, knowledge: deps.knowledge, log: deps.log, cooldown });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.Error, (error) => deps.log.error({ err: error }, 'client error'));
  client.on(Events.ShardError, (error, shard) => deps.log.error({ err: error, shard }, 'shard error'));
}

export async function startDiscord(config: Config, store: KnowledgeStore, registry: Registry, baseLog: Logger): Promise<number> {
  const client = createClient(config);
  // Spawned by the ShardingManager: one shard of several, each process with its own store.
  const shard = client.shard ? { id: client.shard.ids[0] ?? 0, count: client.shard.count } : undefined;
  const log = shard ? baseLog.child({ shard: shard.id }) : baseLog;
  const audit = async (line: string) => {
    if (!config.auditChannelId) return;
    const channel = await client.channels.fetch(config.auditChannelId);
    if (channel?.isSendable()) await channel.send({ content: line.slice(0, 2000), allowedMentions: NO_PINGS });
  };
  const link = shard ? linkShard({ shard, reload: () => store.reload(), log }) : null;
  // Every shelf: the shared one, and each server's own (opened when that server first uses it).
  const library = await Library.open({
    shared: store,
    shelvesDir: config.shelvesDir,
    stateDir: config.stateDir,
    limits: config.shelfLimits,
    log,
    admin: { audit, fetch: { allowHosts: config.fetchAllowHosts, timeoutMs: config.fetchTimeoutMs } },
    ...(link ? { reloadSharedEverywhere: link.reloadEverywhere } : {}),
  });
  const knowledge: KnowledgeAccess = { read: (guildId) => library.read(guildId), admin: (shelf) => library.admin(shelf), ...(shard ? { shard } : {}) };
  // Sharded, the manager watches the folder and reloads every shard (src/discord/manager.ts).
  const watcher = config.watch && !shard ? watchKnowledge({ dir: config.knowledgeDir, reload: () => store.reload(), log, audit }) : null;
  wireClient(client, { config, knowledge, registry, log });
  client.once(Events.ClientReady, async (ready) => {
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((s) => s.id) }, 'ready');
    // Commands are registered once for the whole bot: by shard 0 when sharded.
    if (config.deployOnStart && (!shard || shard.id === 0)) {
      try {
        const result = await deployCommands({ token: config.discordToken!, apiBase: config.apiBase, clientId: config.clientId ?? ready.application.id, guildId: config.guildId, registry });
        log.info(result, 'commands deployed');
      } catch (error) {
        log.error({ err: error }, 'deploying commands failed');
      }
    }
  });

  countReloads(store);
  const connected = () => client.isReady() && client.ws.status === Status.Ready;
  observe({
    knowledge: () => {
      const { version, loadedAt, corpus } = store.snapshot;
      return { version, loadedAt, articles: corpus.articles.length, passages: corpus.passageCount };
    },
    gateway: connected,
  });
  // Sharded, the manager serves one endpoint for every shard; a shard only answers its scrapes.
  const stopScrapes = shard ? answerMetricScrapes(shard.id, log) : null;
  let health: HealthServer | null = null;
  if (config.healthPort && !shard) {
    const readiness = (): Readiness =>
      !store.corpus().articles.length ? { ready: false, reason: 'no knowledge loaded' } : connected() ? { ready: true } : { ready: false, reason: 'not connected to Discord' };
    try {
      health = await startHealthServer({ port: config.healthPort, host: config.healthHost, readiness, log, metrics: async () => ({ contentType: metrics.contentType, body: await metrics.metrics() }) });
    } catch (error) {
      process.stderr.write(`Could not open the health endpoint on ${config.healthHost}:${config.healthPort}: ${(error as Error).message}\n`);
      watcher?.close();
      await client.destroy();
      return 1;
    }
  }

  log.info({ apiBase: config.apiBase, articles: store.corpus().articles.length }, 'starting');
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string, exitCode = 0) => {
      // Ctrl-C reaches the manager and every shard; the manager's SIGTERM may follow.
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      watcher?.close();
      stopScrapes?.();
      void health?.close();
      void client.destroy().finally(() => {
        // Closing the manager's channel last: discord.js reports the disconnect over it.
        link?.close();
        resolve(exitCode);
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    // discord.js emits this only for close codes it will not reconnect after (4004
    // authentication failed, 4013/4014 intents, 4010/4011 sharding): a supervisor must see a failure.
    client.on(Events.ShardDisconnect, (event, shardId) => {
      log.fatal({ code: event.code, shard: shardId }, 'Discord closed the connection for good');
      process.stderr.write(`Discord closed the connection (code ${event.code}) and will not take it back; stopping.\n`);
      stop(`gateway close ${event.code}`, 1);
    });
  });
  try {
    await client.login(config.discordToken);
  } catch (error) {
    // discord.js errors name the problem (e.g. an invalid token) without echoing the token.
    log.error({ err: { message: (error as Error).message, code: (error as { code?: unknown }).code } }, 'login failed');
    process.stderr.write(`Could not connect to Discord: ${(error as Error).message}\n`);
    await client.destroy();
    await health?.close();
    link?.close();
    return 1;
  }
  return stopped;
}
