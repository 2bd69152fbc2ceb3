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
import { scopeInput } from './scope.ts';

/** Option values as both platforms deliver them. */
export type OptionValue = string | number | boolean | UploadedFile;

/** An uploaded file: a Discord attachment, or a local file in the console. */
export type UploadedFile = ArticleUpload;

export interface Invoker {
  id: string;
  tag: string;
  /**
   * A moderator where they are (checked by the platform adapter): in a server, may change that
   * server's own shelf and its channels' articles; with no server (the console), the shared shelf.
   */
  moderator: boolean;
  /**
   * May change the shared shelf from this server too: by default (the home servers, where
   * `shelf:server` picks the server's own), or only when asked with `shelf:shared` (the
   * console given a server). Unset: this server's own shelf only.
   */
  sharedShelf?: 'default' | 'on-request';
  /** Why `moderator` is false, to tell the user. */
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
  /** Each channel's current article; absent where channels have none (the evaluation, some tests). */
  pins?: ChannelPins;
}

/** The current article of each channel, kept per server, surviving restarts. */
export interface ChannelPins {
  /** The article id pinned in that channel, if any (it may since have been removed from the shelf). */
  get(guildId: string, channelId: string): Promise<string | undefined>;
  set(guildId: string, channelId: string, articleId: string): Promise<void>;
  /** Whether there was one to clear. */
  clear(guildId: string, channelId: string): Promise<boolean>;
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
  /** The article pinned in this channel when the request arrived (possibly removed since), or null. */
  channelArticle: string | null;
  invoker: Invoker;
  /** The registry's own help, for /help. */
  commands: CommandHelp[];
}

/** A moderator command runs only once its preconditions hold, so it receives the operations. */
export interface ModeratorContext extends CommandContext {
  admin: KnowledgeAdmin;
  /** The shelf `admin` changes. */
  shelf: ShelfRef;
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
  /** Subcommands only the server's moderators may run (the others are for everyone), checked by prepare(). */
  moderatorSubcommands?: readonly string[];
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
  const [{ corpus, version }, channelArticle] = await Promise.all([
    knowledge.read(place.guildId),
    place.guildId && place.channelId && knowledge.pins ? knowledge.pins.get(place.guildId, place.channelId) : undefined,
  ]);
  return { corpus, version, knowledge, place, channelArticle: channelArticle ?? null, invoker, commands: registry.help };
}

export type Prepared =
  /** `input` is what actually runs (the channel's article filled in): the answer's footer keeps it. */
  | { ok: true; input: CommandInput; run(): Promise<Answer> }
  | { ok: false; refusal: string };

/**
 * The one place a command's declared preconditions are checked and its article scope is
 * settled (the router, the console and mentions all come through here): either the run, or
 * why the invoker may not.
 */
export function prepare(command: CommandModule, input: CommandInput, ctx: CommandContext): Prepared {
  if (!command.moderatorOnly) {
    if (input.subcommand !== null && command.moderatorSubcommands?.includes(input.subcommand)) {
      if (!ctx.place.guildId) return { ok: false, refusal: "Only a server's moderators can do that, in its channels." };
      if (!ctx.invoker.moderator) return { ok: false, refusal: ctx.invoker.refusal ?? 'Only moderators can do that.' };
    }
    const scoped = scopeInput(command, input, ctx);
    return { ok: true, input: scoped.input, run: () => scoped.run((i) => command.run(i, ctx)) };
  }
  if (!ctx.invoker.moderator) return { ok: false, refusal: ctx.invoker.refusal ?? 'Only moderators can do that.' };
  const shelf = shelfFor(input, ctx);
  if (!shelf.ok) return shelf;
  const admin = ctx.knowledge.admin?.(shelf.shelf);
  if (!admin) return { ok: false, refusal: 'Changing the knowledge is not available here.' };
  return { ok: true, input, run: () => command.run(input, { ...ctx, admin, shelf: shelf.shelf }) };
}

/**
 * Which shelf a moderator command changes. Without a server (the console) the shared one; in
 * a server its own, or the shared one where the invoker may change that too (`shelf:` picks).
 */
function shelfFor(input: CommandInput, ctx: CommandContext): { ok: true; shelf: ShelfRef } | { ok: false; refusal: string } {
  const asked = input.options.shelf;
  const { guildId } = ctx.place;
  const { sharedShelf } = ctx.invoker;
  if (!guildId) {
    if (asked === 'server') return { ok: false, refusal: "There is no server here, so there is no server's own shelf to change." };
    return { ok: true, shelf: { kind: 'shared' } };
  }
  const server: ShelfRef = { kind: 'server', guildId };
  if (asked === 'server') return { ok: true, shelf: server };
  if (asked === 'shared') {
    if (sharedShelf) return { ok: true, shelf: { kind: 'shared' } };
    return { ok: false, refusal: "The shared articles are managed from the bot's home server. Here you manage this server's own articles: leave out shelf:, or give shelf:server." };
  }
  return { ok: true, shelf: sharedShelf === 'default' ? { kind: 'shared' } : server };
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
