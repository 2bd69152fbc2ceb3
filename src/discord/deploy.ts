/**
 * Register the slash commands from the registry: in one server when a guild id is given
 * (instant, for development), else globally.
 */
import { REST, Routes, type APIApplication } from 'discord.js';
import type { Registry } from '../registry/registry.ts';

export async function deployCommands(opts: { token: string; apiBase: string; clientId?: string | undefined; guildId?: string | undefined; registry: Registry }) {
  const rest = new REST({ api: opts.apiBase }).setToken(opts.token);
  const appId = opts.clientId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = [...opts.registry.commands.values()].map((c) => c.data.toJSON());
  const route = opts.guildId ? Routes.applicationGuildCommands(appId, opts.guildId) : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { count: result.length, scope: opts.guildId ? `server ${opts.guildId}` : 'global' };
}
