/**
 * The offline console: the same commands as Discord, read from stdin one per line and
 * answered on stdout (text, or one JSON Answer per line with --json).
 */
import { createInterface } from 'node:readline';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Corpus } from '../core/corpus.ts';
import { failed, type Answer } from '../core/types.ts';
import { contextFor, runCommand, type Invoker, type KnowledgeAccess, type Place, type Registry, type UploadedFile } from '../registry/registry.ts';
import { parseLine } from '../registry/command-line.ts';
import { renderJson, renderText, type Terminal } from './render.ts';
import type { Logger } from '../log.ts';

export interface ConsoleOptions {
  json: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  context: ConsoleContext;
  log: Logger;
}

/** The console's knowledge, who types into it, and as which server (none: the shared shelf alone). */
export interface ConsoleContext {
  knowledge: KnowledgeAccess;
  invoker: Invoker;
  place?: Place;
}

/** The channel the console stands in when given a server: its `/article set` pins this channel of that server. */
export const CONSOLE_CHANNEL_ID = '0';

/** The console's `--guild` flag for parseArgs, and its lines of the usage text. */
export const GUILD_FLAG = { guild: { type: 'string' } } as const;
export const GUILD_FLAG_USAGE = `  --guild ID  answer and manage as that server: its own articles besides the shared
              ones; /knowledge and /reload change its shelf (shelf:shared the shared one);
              /article set pins an article for channel ${CONSOLE_CHANNEL_ID} of that server
`;

/**
 * The console as the local operator, who owns every folder: without a server, a reader of the
 * shared shelf and its moderator; with `--guild ID`, a moderator of that server who sees what
 * it sees, changes its own shelf by default and the shared one with `shelf:shared`.
 */
export function consoleContext(knowledge: KnowledgeAccess, guildId?: string | null): ConsoleContext {
  const invoker: Invoker = { id: 'console', tag: 'console', moderator: true };
  if (!guildId) return { knowledge, invoker, place: { guildId: null, channelId: null } };
  return { knowledge, invoker: { ...invoker, sharedShelf: 'on-request' }, place: { guildId, channelId: CONSOLE_CHANNEL_ID } };
}

/** Answer one line; never throws (a failure becomes an Answer with an error). */
export async function answerLine(line: string, registry: Registry, context: ConsoleContext, log: Logger): Promise<Answer> {
  return (await answerWith(line, registry, context, log)).answer;
}

/** The Answer, with the knowledge it was computed on, so it is shown with the same. */
async function answerWith(line: string, registry: Registry, context: ConsoleContext, log: Logger): Promise<{ answer: Answer; corpus: Corpus }> {
  const ctx = await contextFor(context.knowledge, context.invoker, registry, context.place);
  const parsed = parseLine(line, registry.commands);
  if (!parsed.ok) return { answer: failed(line, parsed.command, parsed.error), corpus: ctx.corpus };
  const command = registry.commands.get(parsed.command)!;
  for (const [name, path] of Object.entries(parsed.files)) parsed.input.options[name] = localFile(path);
  try {
    return { answer: await runCommand(command, parsed.input, ctx), corpus: ctx.corpus };
  } catch (error) {
    log.error({ err: error, command: parsed.command }, 'command failed');
    return { answer: failed(line, parsed.command, 'Something went wrong answering that; the details are in the log.'), corpus: ctx.corpus };
  }
}

export async function runConsole(registry: Registry, options: ConsoleOptions): Promise<void> {
  // A reader that stops early (`npm start -- --json | head -1`) closes our stdout: stop quietly.
  options.output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const interactive = Boolean((options.input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: options.input, output: interactive ? process.stderr : undefined, terminal: interactive });
  if (interactive) {
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const { answer, corpus } = await answerWith(line, registry, options.context, options.log);
    const article = (id: string) => corpus.byId.get(id);
    const titleOf = (id: string) => article(id)?.title ?? id;
    options.output.write(`${options.json ? renderJson(answer) : `${renderText(answer, titleOf, terminalOf(options.output, article))}\n`}\n`);
    if (interactive) rl.prompt();
  }
}

/** Read per answer, so a resized window wraps the next answer to its new width. */
function terminalOf(output: NodeJS.WritableStream, article: (id: string) => { source: string | null } | undefined): Terminal | undefined {
  const tty = output as Partial<NodeJS.WriteStream>;
  if (!tty.isTTY) return undefined;
  return { width: tty.columns || 80, color: !process.env.NO_COLOR, sourceOf: (id) => article(id)?.source ?? null };
}

/** A local file given as `file:path` in the console stands in for a Discord attachment. */
function localFile(path: string): UploadedFile {
  const full = resolve(path);
  let size = 0;
  try {
    size = statSync(full).size;
  } catch {
    // A missing file is reported when it is read, like a failed download.
  }
  return { name: basename(full), size, read: () => readFile(full) };
}
