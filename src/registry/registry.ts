/**
 * The command registry: every module in `commands/` is one slash command. Built once and
 * shared by the Discord router, the deploy script and the offline console, so adding a
 * command is adding one file.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandHelp } from '../core/answers.ts';
import type { Corpus } from '../core/corpus.ts';
import { failed, type Answer } from '../core/types.ts';
import type { ArticleUpload, KnowledgeAdmin } from '../knowledge/admin.ts';

/** Option values as both platforms deliver them. */
export type OptionValue = string | number | boolean | UploadedFile;

/** An uploaded file: a Discord attachment, or a local file in the console. */
export type UploadedFile = ArticleUpload;

export interface Invoker {
  id: string;
  tag: string;
  /** May change the shared knowledge from where they are (checked by the platform adapter). */
  moderator: boolean;
  /** Why `moderator` is false, to tell the user (not a moderator / not the home server). */
  refusal?: string;
}

/** Whose articles: the shelf every server sees, or one server's own. */
export type ShelfRef = { kind: 'shared' } | { kind: 'server'; guildId: string };

/** What one reader may see, read once for a whole request. */
export interface KnowledgeView {
  corpus: Corpus;
  /** Content hash of what `corpus` serves, equal on every process serving the same articles. */
  version?: string | undefined;
}

/** What the knowledge store offers to commands, received as a parameter, never imported. */
export interface KnowledgeAccess {
  /**
   * What a reader in this server may see: its own shelf and the shared one. `null` (a DM, the
   * console without a server) sees the shared shelf only.
   */
  read(guildId: string | null): KnowledgeView | Promise<KnowledgeView>;
  /** Which shard (Discord's 0-based id) of how many serves this, when the bot is sharded. */
  shard?: { id: number; count: number };
  /** Moderator operations on a shelf; absent (or undefined for that shelf) where the platform allows none. */
  admin?(shelf: ShelfRef): KnowledgeAdmin | undefined;
}

/** Where a request comes from: a server's channel, or nowhere in particular (a DM, the console). */
export interface Place {
  guildId: string | null;
  channelId: string | null;
}

export interface CommandContext {
  /** The knowledge as it was when the request arrived: one snapshot answers and renders it. */
  corpus: Corpus;
  /** That snapshot's version (see KnowledgeView.version). */
  version?: string | undefined;
  /** The rest of what the knowledge offers; its corpus is `corpus` above, read once. */
  knowledge: Omit<KnowledgeAccess, 'read'>;
  place: Place;
  invoker: Invoker;
  /** The registry's own help, for /help. */
  commands: CommandHelp[];
}

/** A moderator command runs only once its preconditions hold, so it receives the operations. */
export interface ModeratorContext extends CommandContext {
  admin: KnowledgeAdmin;
}

export interface CommandInput {
  /** What the user typed, for the Answer's `input`. */
  text: string;
  subcommand: string | null;
  options: Record<string, OptionValue>;
}

export interface Choice {
  name: string;
  value: string;
}

interface CommandBase {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Counts against the member's question bucket (default true); cheap answers that flood nothing set false. */
  rateLimited?: boolean;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
  /** Options of which exactly one is given, by subcommand ('' for a command without): shown as `a:… | b:…` in /help. */
  alternatives?: Record<string, string[]>;
}

export interface ReadingCommand extends CommandBase {
  moderatorOnly?: false;
  run(input: CommandInput, ctx: CommandContext): Answer | Promise<Answer>;
}

/** Changes shared knowledge: run only for a moderator where the operations are available. */
export interface ModeratorCommand extends CommandBase {
  moderatorOnly: true;
  run(input: CommandInput, ctx: ModeratorContext): Promise<Answer>;
}

export type CommandModule = ReadingCommand | ModeratorCommand;

/** A request's context: the knowledge is read once, here, for the whole request. */
export async function contextFor(knowledge: KnowledgeAccess, invoker: Invoker, registry: Registry, place: Place = { guildId: null, channelId: null }): Promise<CommandContext> {
  // Corpus and version come as one view: a reload cannot swap in between them.
  const { corpus, version } = await knowledge.read(place.guildId);
  return { corpus, version, knowledge, place, invoker, commands: registry.help };
}

/**
 * The one place a command's declared preconditions are checked (the router, the console and
 * mentions all come through here): either the run, or why the invoker may not.
 */
export function prepare(command: CommandModule, input: CommandInput, ctx: CommandContext): { ok: true; run(): Promise<Answer> } | { ok: false; refusal: string } {
  if (!command.moderatorOnly) return { ok: true, run: async () => command.run(input, ctx) };
  if (!ctx.invoker.moderator) return { ok: false, refusal: ctx.invoker.refusal ?? 'Only moderators can do that.' };
  const admin = ctx.knowledge.admin?.({ kind: 'shared' });
  if (!admin) return { ok: false, refusal: 'Changing the knowledge is not available here.' };
  return { ok: true, run: () => command.run(input, { ...ctx, admin }) };
}

/** Run a command after its preconditions; a refusal is an Answer like any other. */
export async function runCommand(command: CommandModule, input: CommandInput, ctx: CommandContext): Promise<Answer> {
  const prepared = prepare(command, input, ctx);
  return prepared.ok ? prepared.run() : failed(input.text, command.data.name, prepared.refusal);
}

export interface Registry {
  commands: Map<string, CommandModule>;
  help: CommandHelp[];
}

const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/** Import every command module; a module without `data` and `run` is a programmer error. */
export async function loadRegistry(dir = COMMANDS_DIR): Promise<Registry> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, CommandModule>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as Partial<CommandModule>;
    if (!mod.data || typeof mod.run !== 'function') throw new Error(`registry: commands/${file} must export data and run`);
    if (commands.has(mod.data.name)) throw new Error(`registry: duplicate command name ${mod.data.name}`);
    commands.set(mod.data.name, mod as CommandModule);
  }
  const help = [...commands.values()].flatMap(commandHelp);
  return { commands, help };
}

/**
 * A command's help lines from its slash definition: a subcommand is a word of its own
 * (`/knowledge remove article:…`), a required option `name:…`, an optional one `[name:…]`,
 * and options that are alternatives `a:… | b:…`.
 */
function commandHelp(command: CommandModule): CommandHelp[] {
  const json = command.data.toJSON();
  const options = (json.options ?? []) as APIApplicationCommandOption[];
  const subs = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (!subs.length) return [{ usage: usage(`/${json.name}`, options, command.alternatives?.['']), description: json.description }];
  return subs.map((s) => ({
    usage: usage(`/${json.name} ${s.name}`, ('options' in s ? s.options : undefined) ?? [], command.alternatives?.[s.name]),
    description: s.description,
  }));
}

function usage(head: string, options: readonly APIApplicationCommandOption[], alternatives: readonly string[] = []): string {
  const parts = [head];
  let grouped = false;
  for (const o of options) {
    if (!alternatives.includes(o.name)) parts.push('required' in o && o.required ? `${o.name}:…` : `[${o.name}:…]`);
    else if (!grouped) {
      parts.push(options.filter((x) => alternatives.includes(x.name)).map((x) => `${x.name}:…`).join(' | '));
      grouped = true;
    }
  }
  return parts.join(' ');
}
