/**
 * The Discord side: one client (no privileged intents), the router and mention handler,
 * optional deploy at start, structured logs, and a clean exit on SIGINT/SIGTERM.
 * One client runs every shard of SHARD_LIST (discord.js keeps a gateway connection per
 * shard) over this process's one knowledge store. Under `npm run start:sharded` this runs
 * once per process the manager starts; reloads then go through the manager to the
 * processes concerned (./shard-reload.ts).
 */
import { Client, Events, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';
import type { KnowledgeAccess, Registry } from '../registry/registry.ts';
import { Library } from '../knowledge/library.ts';
import { PinStore } from '../knowledge/pins.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import { Cooldown } from './cooldown.ts';
import { deployCommands } from './deploy.ts';
import { createMentionHandler } from './mentions.ts';
import { NO_PINGS } from './render.ts';
import { createRouter } from './router.ts';
import { FATAL_EXIT, formatShards, reportShardStates } from './shard-process.ts';
import { linkShard, shardOfGuild, type ReloadScope } from './shard-reload.ts';
import { startHealthServer, type HealthServer, type Readiness } from '../health.ts';
import { countReloads, observe, registry as metrics } from '../metrics.ts';
import { answerMetricScrapes } from './shard-metrics.ts';

/** The shards this process connects, of how many: SHARD_LIST, else every shard of a numeric SHARD_COUNT; unsharded, none. */
export function shardsOf(config: Pick<Config, 'shardList' | 'shardCount'>): { ids: readonly number[]; count: number } | undefined {
  if (config.shardCount === 'auto') return undefined;
  return { ids: config.shardList ?? Array.from({ length: config.shardCount }, (_, i) => i), count: config.shardCount };
}

export function createClient(config: Pick<Config, 'apiBase' | 'shardList' | 'shardCount'>): Client {
  const shards = shardsOf(config);
  return new Client({
    // discord.js runs one gateway connection per listed shard in this one client.
    ...(shards ? { shards: [...shards.ids], shardCount: shards.count } : {}),
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

/**
 * Wire a client to the router and mention handler: exported so tests drive the same code as
 * `npm start`. Sharded, each interaction is answered as its shard's (`/sources` names it),
 * all from the one knowledge store.
 */
export function wireClient(client: Client, deps: { config: Config; knowledge: KnowledgeAccess; registry: Registry; log: Logger; shards?: { count: number } | undefined }): void {
  const cooldown = new Cooldown(deps.config.cooldownBurst, deps.config.cooldownMs);
  const routerFor = (knowledge: KnowledgeAccess) =>
    createRouter({
      registry: deps.registry,
      knowledge,
      log: deps.log,
      cooldown,
      moderatorRoleIds: deps.config.moderatorRoleIds,
      adminGuildIds: deps.config.adminGuildIds,
    });
  const unsharded = routerFor(deps.knowledge);
  const perShard = new Map<number, ReturnType<typeof createRouter>>();
  const routeOf = (guildId: string | null) => {
    const count = deps.shards?.count;
    if (count === undefined) return unsharded;
    // Discord sends DMs to shard 0.
    const id = guildId ? shardOfGuild(guildId, count) : 0;
    let route = perShard.get(id);
    if (!route) perShard.set(id, (route = routerFor(servedBy(deps.knowledge, { id, count }))));
    return route;
  };
  const onMessage = createMentionHandler({ registry: deps.registry, knowledge: deps.knowledge, log: deps.log, cooldown });
  client.on(Events.InteractionCreate, (interaction) => void routeOf(interaction.guildId)(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.Error, (error) => deps.log.error({ err: error }, 'client error'));
  client.on(Events.ShardError, (error, shard) => deps.log.error({ err: error, shard }, 'shard error'));
}

/** The same knowledge, said to be served by `shard`: everything else is inherited, whatever its shape. */
function servedBy(knowledge: KnowledgeAccess, shard: { id: number; count: number }): KnowledgeAccess {
  return Object.assign(Object.create(knowledge) as KnowledgeAccess, { shard });
}

export async function startDiscord(config: Config, store: KnowledgeStore, registry: Registry, baseLog: Logger): Promise<number> {
  const client = createClient(config);
  // One store serves every shard of this process (several, under start:sharded's default).
  const shards = shardsOf(config);
  const managed = config.shardManaged && shards !== undefined;
  const log = shards ? baseLog.child({ shards: formatShards(shards.ids) }) : baseLog;
  const audit = async (line: string) => {
    if (!config.auditChannelId) return;
    const channel = await client.channels.fetch(config.auditChannelId);
    if (channel?.isSendable()) await channel.send({ content: line.slice(0, 2000), allowedMentions: NO_PINGS });
  };
  // A reload the manager relays: scoped to one server, that server's shelf only; else the shared shelf.
  const link = managed ? linkShard({ shards, reload: (scope?: ReloadScope) => library.reload(scope), log }) : null;
  if (managed) reportShardStates(client);
  // Every shelf: the shared one, and each server's own (opened when that server first uses it).
  const library = await Library.fromConfig(config, store, log, { audit, ...(link ? { reloadSharedEverywhere: () => link.reloadEverywhere() } : {}) });
  const knowledge: KnowledgeAccess = {
    read: (guildId) => library.read(guildId),
    admin: (shelf) => library.admin(shelf),
    pins: PinStore.inState(config.stateDir, log),
  };
  // Under start:sharded, the manager watches the folder and reloads every process (src/discord/manager.ts).
  const watcher = config.watch && !managed ? watchKnowledge({ dir: config.knowledgeDir, reload: () => store.reload(), log, audit }) : null;
  wireClient(client, { config, knowledge, registry, log, shards });
  client.once(Events.ClientReady, async (ready) => {
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((s) => s.id) }, 'ready');
    // Commands are registered once for the whole bot: by the process of shard 0 when sharded.
    if (config.deployOnStart && (!shards || shards.ids.includes(0))) {
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
  // Under start:sharded, the manager serves one endpoint for every process; a process only answers its scrapes.
  const stopScrapes = managed ? answerMetricScrapes(formatShards(shards.ids), log) : null;
  let health: HealthServer | null = null;
  if (config.healthPort && !managed) {
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
    // authentication failed, 4013/4014 intents, 4010/4011 sharding): a supervisor must see a
    // failure, and the manager must not start the process again.
    client.on(Events.ShardDisconnect, (event, shardId) => {
      log.fatal({ code: event.code, shard: shardId }, 'Discord closed the connection for good');
      process.stderr.write(`Discord closed the connection (code ${event.code}) and will not take it back; stopping.\n`);
      stop(`gateway close ${event.code}`, FATAL_EXIT);
    });
    // A manager that died (killed, out of memory) can neither stop nor restart this process:
    // without it the shards would stay connected, unwatched, for good.
    if (managed) process.once('disconnect', () => stop('manager gone'));
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
    // A refused token fails the same way at every start; a network failure may not.
    return (error as { code?: unknown }).code === 'TokenInvalid' ? FATAL_EXIT : 1;
  }
  return stopped;
}
