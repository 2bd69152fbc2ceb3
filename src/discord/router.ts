/**
 * Interactions in, replies out: slash commands, autocomplete and page buttons. The one
 * catch at the edge lives here: a failing handler is logged with the interaction id and
 * the user sees a short ephemeral apology, never a stack trace.
 */
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Answer } from '../core/types.ts';
import { parseLine } from '../command-line.ts';
import type { Logger } from '../log.ts';
import type { CommandContext, CommandInput, Invoker, KnowledgeAccess, OptionValue, Registry } from '../registry.ts';
import { commandHandled } from '../metrics.ts';
import { Cooldown } from './cooldown.ts';
import { commandLineFromFooter, NO_PINGS, PAGE_PREFIX, renderPages, type Payload } from './render.ts';

export interface RouterDeps {
  registry: Registry;
  knowledge: KnowledgeAccess;
  log: Logger;
  cooldown: Cooldown;
  moderatorRoleIds: readonly string[];
  adminGuildIds: readonly string[];
}

/** Work slower than this is deferred first, so Discord's 3-second deadline is never missed. */
const DEFER_AFTER_MS = 1500;
const APOLOGY = 'Sorry, something went wrong while answering. The bot operators have the details.';

export function createRouter(deps: RouterDeps) {
  return async function route(interaction: Interaction): Promise<void> {
    const started = performance.now();
    try {
      if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
      if (interaction.isChatInputCommand()) return await command(interaction, deps, started);
      if (interaction.isButton() && interaction.customId.startsWith(PAGE_PREFIX)) return await page(interaction, deps);
    } catch (error) {
      deps.log.error({ err: error, interaction: interaction.id, command: interaction.isCommand() ? interaction.commandName : undefined }, 'interaction failed');
      if (interaction.isChatInputCommand()) commandHandled(interaction.commandName, 'failed', (performance.now() - started) / 1000);
      await apologise(interaction, deps.log);
    }
  };
}

async function command(interaction: ChatInputCommandInteraction, deps: RouterDeps, started: number): Promise<void> {
  const module = deps.registry.commands.get(interaction.commandName);
  if (!module) {
    await interaction.reply({ content: 'That command is not available any more.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const wait = deps.cooldown.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply({ content: `One moment: you can ask again in ${Math.ceil(wait / 1000)} s.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const invoker = invokerOf(interaction, deps);
  if (module.moderatorOnly && !invoker.moderator) {
    await interaction.reply({ content: invoker.refusal ?? 'Only moderators can do that.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const input = inputOf(interaction);
  const ephemeral = input.options.private === true || Boolean(module.moderatorOnly);
  const ctx: CommandContext = { knowledge: deps.knowledge, invoker, commands: deps.registry.help };

  // Knowledge changes may read and index many files: acknowledge them at once. Reading
  // commands answer in milliseconds, but are deferred too if they ever take longer.
  let deferred = false;
  const defer = async () => {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    deferred = true;
  };
  if (module.moderatorOnly) await defer();
  const work = Promise.resolve().then(() => module.run(input, ctx));
  const timer = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), DEFER_AFTER_MS).unref());
  if (!deferred && (await Promise.race([work.then(() => 'done' as const), timer])) === 'slow') await defer();
  const answer = await work;
  const [first] = pages(answer, input, deps);
  const error = Boolean(answer.error);
  if (deferred) await interaction.editReply(first!);
  else await interaction.reply({ ...first!, ...(ephemeral || error ? { flags: MessageFlags.Ephemeral } : {}) });
  deps.log.info(
    { command: interaction.commandName, interaction: interaction.id, ms: Math.round(performance.now() - started), items: answer.items.length, error: error || undefined },
    'command answered',
  );
  commandHandled(interaction.commandName, error ? 'error' : 'answered', (performance.now() - started) / 1000);
}

function autocomplete(interaction: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const module = deps.registry.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const ctx: CommandContext = { knowledge: deps.knowledge, invoker: invokerOf(interaction, deps), commands: deps.registry.help };
  let choices: Array<{ name: string; value: string }> = [];
  try {
    choices = module?.autocomplete?.(focused.name, String(focused.value), ctx) ?? [];
  } catch (error) {
    deps.log.error({ err: error, interaction: interaction.id }, 'autocomplete failed');
  }
  return interaction.respond(choices.slice(0, 25));
}

/** A page button re-runs the command kept in the message's footer and shows the page asked for. */
async function page(interaction: ButtonInteraction, deps: RouterDeps): Promise<void> {
  const index = Number(interaction.customId.slice(PAGE_PREFIX.length).split(':')[0]);
  const line = commandLineFromFooter(interaction.message.embeds[0]?.footer?.text);
  const parsed = line ? parseLine(line, deps.registry.commands) : null;
  const module = parsed?.ok ? deps.registry.commands.get(parsed.command) : undefined;
  if (!parsed?.ok || !module || module.moderatorOnly || !Number.isInteger(index)) {
    await interaction.reply({ content: 'This answer has expired; ask again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const ctx: CommandContext = { knowledge: deps.knowledge, invoker: invokerOf(interaction, deps), commands: deps.registry.help };
  const answer = await module.run(parsed.input, ctx);
  const all = pages(answer, parsed.input, deps);
  await interaction.update(all[Math.min(Math.max(index, 0), all.length - 1)]!);
}

export function pages(answer: Answer, input: CommandInput, deps: Pick<RouterDeps, 'knowledge'>): Payload[] {
  const corpus = deps.knowledge.corpus();
  return renderPages(answer, {
    article: (id) => corpus.byId.get(id),
    title: titleOf(answer, input),
    commandLine: input.text,
  });
}

function titleOf(answer: Answer, input: CommandInput): string {
  const question = input.options.question;
  if (answer.command === 'ask' && typeof question === 'string') return question;
  return input.text;
}

/** The canonical command line (`/who name:x article:y`), which the console parser reads back. */
export function inputOf(interaction: ChatInputCommandInteraction): CommandInput {
  const options: Record<string, OptionValue> = {};
  const subcommand = interaction.options.getSubcommand(false);
  const raw = interaction.options.data.flatMap((o) => (o.options ? o.options : [o]));
  for (const o of raw) {
    if (o.attachment) {
      const attachment = o.attachment;
      options[o.name] = {
        name: attachment.name,
        size: attachment.size,
        read: async () => new Uint8Array(await (await fetch(attachment.url)).arrayBuffer()),
      };
    } else if (o.value !== undefined) options[o.name] = o.value;
  }
  const shown = Object.entries(options)
    .filter(([name, value]) => name !== 'private' && typeof value !== 'object')
    .map(([name, value]) => `${name}:${String(value)}`);
  const text = [`/${interaction.commandName}`, subcommand, ...shown].filter(Boolean).join(' ');
  return { text, subcommand, options };
}

/** Who is asking, and whether they may change the shared knowledge from here. */
function invokerOf(interaction: Interaction, deps: Pick<RouterDeps, 'moderatorRoleIds' | 'adminGuildIds'>): Invoker {
  const user = interaction.user;
  const base = { id: user.id, tag: user.tag };
  if (!interaction.inGuild()) return { ...base, moderator: false, refusal: 'Knowledge can only be changed from a server, by its moderators.' };
  const roles = interaction.member.roles;
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  const permitted = Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) || roleIds.some((r) => deps.moderatorRoleIds.includes(r));
  if (!permitted) return { ...base, moderator: false, refusal: 'Only moderators (Manage Server permission or a moderator role) can do that.' };
  if (!deps.adminGuildIds.includes(interaction.guildId)) {
    return { ...base, moderator: false, refusal: "This bot's knowledge is shared by every server it is in, so it is managed from its home server only." };
  }
  return { ...base, moderator: true };
}

async function apologise(interaction: Interaction, log: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    else await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  } catch (error) {
    log.warn({ err: error, interaction: interaction.id }, 'could not send the apology');
  }
}
