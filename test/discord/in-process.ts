/**
 * The bot's client in this process (the same wiring as `npm start`) against the fake Discord,
 * over the practice articles: for tests that drive the router and mentions directly.
 */
import { once } from 'node:events';
import { Client, Events } from 'discord.js';
import { loadConfig } from '../../src/config.ts';
import { createClient, wireClient } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import type { KnowledgeAccess, Registry } from '../../src/registry/registry.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fake-discord/server.ts';
import { practiceCorpus } from '../helpers/articles.ts';

export interface InProcess {
  fake: FakeDiscord;
  client: Client;
  /** A new client in place of the running one, as after a restart: nothing cached, same wiring. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `knowledge` is made once the fake's servers exist (their ids are the fake's); without it,
 * every server sees the practice articles.
 */
export async function startInProcess(
  registry: Registry,
  env: Record<string, string>,
  options: { fake?: FakeDiscordOptions; knowledge?: (fake: FakeDiscord) => KnowledgeAccess | Promise<KnowledgeAccess> } = {},
): Promise<InProcess> {
  const fake = await startFakeDiscord(options.fake);
  const configured = loadConfig({ DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'silent', ...env }, '/nonexistent');
  if (!configured.ok) throw new Error(configured.problems.join());
  const corpus = options.knowledge ? null : practiceCorpus();
  const knowledge = options.knowledge ? await options.knowledge(fake) : { read: () => ({ corpus: corpus! }) };
  const connect = async () => {
    const client = createClient(configured.config);
    wireClient(client, { config: configured.config, knowledge, registry, log: createLogger('silent') });
    const ready = once(client, Events.ClientReady);
    await client.login('fake-token-for-tests-0123456789');
    await ready;
    return client;
  };
  const running: InProcess = {
    fake,
    client: await connect(),
    async restart() {
      await running.client.destroy();
      running.client = await connect();
    },
    async stop() {
      await running.client.destroy();
      await fake.close();
    },
  };
  return running;
}
