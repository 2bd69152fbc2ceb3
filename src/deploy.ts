/**
 * `npm run deploy`: register the slash commands (server-only when DISCORD_GUILD_ID is set).
 */
import { readArgs } from './cli-args.ts';
import { configOrReport } from './config.ts';
import { deployCommands } from './discord/deploy.ts';
import { loadRegistry } from './registry/registry.ts';

const USAGE = `Usage: npm run deploy   (built: node dist/src/deploy.js)

Registers the slash commands with Discord: in DISCORD_GUILD_ID only when it is set
(at once, for development), else globally. Needs DISCORD_TOKEN.

Options:
  -h, --help  show this help
`;

async function main(): Promise<number> {
  const args = readArgs(USAGE, { options: {} });
  if (typeof args === 'number') return args;
  const config = configOrReport();
  if (!config) return 1;
  const { discordToken, apiBase, clientId, guildId } = config;
  if (!discordToken) {
    process.stderr.write('DISCORD_TOKEN is not set: deploying commands needs the bot token (see .env.example).\n');
    return 1;
  }
  const registry = await loadRegistry();
  const { count, scope } = await deployCommands({ token: discordToken, apiBase, clientId, guildId, registry });
  process.stdout.write(`Registered ${count === 1 ? '1 command' : `${count} commands`} (${scope}).\n`);
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => {
  process.stderr.write(`Deploy failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
