/**
 * Wiring: configuration -> knowledge -> the Discord client, or the offline console when
 * there is no token.
 */
import { statSync } from 'node:fs';
import { discordId, readArgs } from './cli-args.ts';
import { configOrReport } from './config.ts';
import { describeFailure } from './knowledge/load.ts';
import { KnowledgeStore, NoKnowledgeError } from './knowledge/store.ts';
import { createLogger } from './log.ts';
import { loadRegistry } from './registry/registry.ts';
import { consoleContext, GUILD_FLAG, GUILD_FLAG_USAGE, runConsole } from './console/run.ts';
import { PinStore } from './knowledge/pins.ts';
import { Library } from './knowledge/library.ts';
import { watchKnowledge } from './knowledge/watch.ts';

const USAGE = `Usage: npm start [-- --json] [--guild ID]   (built: node dist/src/main.js [--json] [--guild ID])

With DISCORD_TOKEN set, runs the bot on Discord. Without it, runs the offline console:
one command per line on stdin (/ask When was it announced?), answers on stdout.

Options:
  --json      the console prints one JSON Answer per input line
${GUILD_FLAG_USAGE}  -h, --help  show this help

Settings come from the environment or a .env file: see .env.example.
`;

async function main(): Promise<number> {
  const args = readArgs(USAGE, { options: { json: { type: 'boolean' }, ...GUILD_FLAG } }, undefined, { guild: discordId });
  if (typeof args === 'number') return args;
  const config = configOrReport();
  if (!config) return 1;
  const log = createLogger(config.logLevel, { pretty: config.logPretty });

  // Checked before opening: opening would create a state folder for a folder that is not there.
  if (!statSync(config.knowledgeDir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write(`The knowledge folder is missing: ${config.knowledgeDir} (set KNOWLEDGE_DIR, or create it with .md or .txt articles).\n`);
    return 1;
  }
  let store: KnowledgeStore;
  try {
    store = await KnowledgeStore.open({
      dir: config.knowledgeDir,
      stateDir: config.stateDir,
      onLockWait: ({ holder, waitedMs }) => log.info({ holder, waitedMs }, 'waiting for another process to finish building the knowledge (build.lock in STATE_DIR)'),
    });
  } catch (error) {
    if (error instanceof NoKnowledgeError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      const failures = error instanceof NoKnowledgeError ? error.failures : [];
      if (!(error instanceof NoKnowledgeError)) {
        process.stderr.write(`The knowledge folder is missing: ${config.knowledgeDir} (set KNOWLEDGE_DIR, or create it with .md or .txt articles).\n`);
        return 1;
      }
      process.stderr.write(
        `No article could be loaded from ${config.knowledgeDir}.\n` +
          (failures.length ? failures.map((f) => `  - ${describeFailure(f)}\n`).join('') : '  Add .md or .txt articles there (or set KNOWLEDGE_DIR).\n'),
      );
      return 1;
    }
    throw error;
  }
  if (store.snapshot.warning) {
    log.warn({ stateDir: config.stateDir }, store.snapshot.warning);
    process.stderr.write(`WARNING: ${store.snapshot.warning} (STATE_DIR=${config.stateDir}).\n`);
  }
  for (const failure of store.snapshot.failures) log.warn({ file: failure.file, line: failure.line }, `skipped article: ${failure.reason}`);
  log.info({ articles: store.snapshot.corpus.articles.length, passages: store.snapshot.corpus.passageCount, version: store.snapshot.version }, 'knowledge loaded');

  const registry = await loadRegistry();
  if (!config.discordToken) {
    const library = await Library.fromConfig(config, store, log);
    const watcher = config.watch ? watchKnowledge({ dir: config.knowledgeDir, reload: () => store.reload(), log }) : null;
    process.stderr.write('No DISCORD_TOKEN set: running the offline console. Type a command such as /ask When was it announced? (Ctrl-D to quit)\n');
    await runConsole(registry, {
      json: args.values.json ?? false,
      input: process.stdin,
      output: process.stdout,
      // The local operator owns every folder, so the console is a moderator (of --guild's shelf, with one).
      context: consoleContext({ read: (guildId) => library.read(guildId), admin: (shelf) => library.admin(shelf), pins: PinStore.inState(config.stateDir, log) }, args.values.guild),
      log,
    });
    watcher?.close();
    return 0;
  }
  const { startDiscord } = await import('./discord/bot.ts');
  return startDiscord(config, store, registry, log);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Fatal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
