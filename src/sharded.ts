/**
 * `npm run start:sharded`: the bot as several shards under one manager, in one or more
 * processes each running the normal entry (`src/main.ts`) for its shards. Sharding needs a bot
 * token: without one it says so and exits 1 (`npm start` runs the offline console).
 */
import { fileURLToPath } from 'node:url';
import { readArgs } from './cli-args.ts';
import { configOrReport } from './config.ts';
import { runShards } from './discord/manager.ts';
import { createLogger } from './log.ts';
import { siblingModule } from './module-path.ts';

const USAGE = `Usage: npm run start:sharded   (built: node dist/src/sharded.js)

Runs the bot on Discord as several shards under one manager: every shard in one
process by default, or SHARDS_PER_PROCESS shards per process, each process holding
the knowledge once. Needs DISCORD_TOKEN; SHARD_COUNT says how many shards (default
auto: Discord's count).

Options:
  -h, --help  show this help

Settings come from the environment or a .env file: see .env.example.
`;

async function main(): Promise<number> {
  const args = readArgs(USAGE, { options: {} });
  if (typeof args === 'number') return args;
  const config = configOrReport();
  if (!config) return 1;
  if (!config.discordToken) {
    process.stderr.write('DISCORD_TOKEN is not set: sharding needs the bot token (see .env.example). Without a token, `npm start` runs the offline console.\n');
    return 1;
  }
  const log = createLogger(config.logLevel, { pretty: config.logPretty }).child({ manager: true });
  return runShards({ config, token: config.discordToken, entry: fileURLToPath(siblingModule('./main', import.meta.url)), log });
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`Fatal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
