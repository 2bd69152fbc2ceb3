/**
 * The bot's client in this process (the same wiring as `npm start`) against the fake Discord,
 * over the practice articles: for tests that drive the router and mentions directly.
 */
import { once } from 'node:events';
import { Client, Events } from 'discord.js';
import { loadConfig } from '../../src/config.ts';
import { createClient, wireClient } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import type { Registry } from '../../src/registry/registry.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { practiceCorpus } from '../helpers/articles.ts';

export async function startInProcess(registry: Registry, env: Record<string, string>): Promise<{ fake: FakeDiscord; client: Client; stop(): Promise<void> }> {
  const fake = await startFakeDiscord();
  const configured = loadConfig({ DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'silent', ...env }, '/nonexistent');
  if (!configured.ok) throw new Error(configured.problems.join());
  const client = createClient(configured.config);
  const corpus = practiceCorpus();
  wireClient(client, { config: configured.config, knowledge: { read: () => ({ corpus }) }, registry, log: createLogger('silent') });
  const ready = once(client, Events.ClientReady);
  await client.login('fake-token-for-tests-0123456789');
  await ready;
  return {
    fake,
    client,
    async stop() {
      await client.destroy();
      await fake.close();
    },
  };
}
