/**
 * The command registry: every module in `commands/` is one slash command. Built once and
 * shared by the Discord router, the deploy script and the offline console, so adding a
 * command is adding one file.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandHelp } from './core/answers.ts';
import type { Corpus } from './core/corpus.ts';
import type { Answer } from './core/types.ts';

/** Option values as both platforms deliver them. */
export type OptionValue = string | number | boolean | UploadedFile;

/** An uploaded file: a Discord attachment, or a local file in the console. */
export interface UploadedFile {
  name: string;
  size: number;
  /** Fetches the content; bounded by the caller's size check. */
  read(): Promise<Uint8Array>;
  /** The link the text was extracted from, when it did not come as a file. */
  origin?: string;
}

export interface Invoker {
  id: string;
  tag: string;
  /** May change the shared knowledge from where they are (checked by the platform adapter). */
  moderator: boolean;
  /** Why `moderator` is false, to tell the user (not a moderator / not the home server). */
  refusal?: string;
}

/** What the knowledge store offers to commands, received as a parameter, never imported. */
export interface KnowledgeAccess {
  corpus(): Corpus;
  /** Content hash of the served knowledge, equal on every process serving the same articles. */
  version?(): string;
  /** Which shard (Discord's 0-based id) of how many serves this, when the bot is sharded. */
  shard?: { id: number; count: number };
  /** Moderator operations; present where the platform allows them. */
  admin?: KnowledgeAdmin;
}

export interface KnowledgeAdmin {
  reload(by: Invoker): Promise<Answer>;
  add(file: UploadedFile, replace: boolean, by: Invoker): Promise<Answer>;
  /** Fetch a page, extract its article and add it exactly like an upload. */
  addUrl(url: string, replace: boolean, by: Invoker): Promise<Answer>;
  remove(articleId: string, by: Invoker): Promise<Answer>;
  list(): Promise<Answer>;
}

export interface CommandContext {
  knowledge: KnowledgeAccess;
  invoker: Invoker;
  /** The registry's own help, for /help. */
  commands: CommandHelp[];
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

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Changes shared knowledge: gated by permission and home server. */
  moderatorOnly?: boolean;
  /** Counts against the member's question bucket (default true); cheap answers that flood nothing set false. */
  rateLimited?: boolean;
  run(input: CommandInput, ctx: CommandContext): Answer | Promise<Answer>;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
}

export interface Registry {
  commands: Map<string, CommandModule>;
  help: CommandHelp[];
}

const COMMANDS_DIR = fileURLToPath(new URL('../commands/', import.meta.url));

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
  const help: CommandHelp[] = [...commands.values()].map((c) => {
    const json = c.data.toJSON();
    return {
      name: json.name,
      description: json.description,
      options: (json.options ?? []).map((o) => ({ name: o.name, description: o.description, required: 'required' in o ? Boolean(o.required) : false })),
    };
  });
  return { commands, help };
}
