/**
 * Interactions in, replies out: slash commands, autocomplete and page buttons. The one
 * catch at the edge lives here: a failing handler is logged with the interaction id and
 * the user sees a short ephemeral apology, never a stack trace.
 */
import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { formatLine, parseLine } from '../registry/command-line.ts';
import type { Logger } from '../log.ts';
import { failed } from '../core/types.ts';
import { contextFor, prepare, type CommandInput, type Invoker, type KnowledgeAccess, type OptionValue, type Registry } from '../registry/registry.ts';
import { commandHandled } from '../metrics.ts';
import { Cooldown, sleep } from './cooldown.ts';
import { answerPages, clipAtWord, commandLineFromFooter, LIMITS, NO_PINGS, PAGE_PREFIX, type Payload } from './render.ts';

export interface RouterDeps {
  registry: Registry;
  knowledge: KnowledgeAccess;
  log: Logger;
  cooldown: Cooldown;
  moderatorRoleIds: readonly string[];
  adminGuildIds: readonly string[];
}

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
  // Moderator commands have their own limit (reloads a minute); cheap ones are not counted.
  const turn = module.moderatorOnly || module.rateLimited === false ? null : deps.cooldown.take(interaction.user.id);
  if (turn && !turn.ok) {
    await interaction.reply({ content: tooSoon(turn.retryMs), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const input = inputOf(interaction);
  const ephemeral = input.options.private === true || Boolean(module.moderatorOnly);

  let deferred = false;
  // Set when Discord no longer knows the interaction: its 3 seconds ran out before our
  // response reached it (a slow network, a rate-limited callback).
  let expired = false;
  const defer = async () => {
    if (expired) return;
    try {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      deferred = true;
    } catch (error) {
      if (!isExpired(error)) throw error;
      expired = true;
    }
  };
  if (turn?.ok && turn.waitMs > 0) {
    // Over the burst but within its queue: acknowledged now, answered when its token arrives.
    await defer();
    deps.log.info({ command: interaction.commandName, interaction: interaction.id, waitMs: turn.waitMs }, 'waiting for the cooldown');
    await sleep(turn.waitMs);
  }
  // The knowledge is read once the question's turn has come, and answers and renders it.
  const ctx = await contextFor(deps.knowledge, invokerOf(interaction, deps), deps.registry, placeOf(interaction));
  const prepared = prepare(module, input, ctx);
  // Only moderator commands can be refused, and they never wait for a turn: nothing is deferred yet.
  if (!prepared.ok) {
    await interaction.reply({ content: prepared.refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  // Knowledge changes may read and index many files: acknowledged at once. Reading commands
  // answer synchronously, in milliseconds, well within Discord's 3 seconds.
  if (module.moderatorOnly) await defer();
  const answer = await prepared.run();
  // The footer keeps what ran (the channel's article filled in), so page buttons re-run it.
  const [first] = answerPages(answer, ctx.corpus, prepared.input.text);
  const error = Boolean(answer.error);
  try {
    if (deferred && error && !ephemeral) {
      // A queued question was deferred in public, but an error is for the asker alone, as
      // it is when answered without a wait: shown privately, and the public "thinking…" removed.
      await interaction.followUp({ ...first!, flags: MessageFlags.Ephemeral });
      await interaction.deleteReply().catch((failure: unknown) => deps.log.warn({ err: failure, interaction: interaction.id }, 'could not remove the public deferral'));
    } else if (deferred) await interaction.editReply(first!);
    else if (!expired) await interaction.reply({ ...first!, ...(ephemeral || error ? { flags: MessageFlags.Ephemeral } : {}) });
  } catch (failure) {
    if (!isExpired(failure)) throw failure;
    expired = true;
  }
  if (expired) await answerLate(interaction, first!, ephemeral || error, deps.log);
  deps.log.info(
    { command: interaction.commandName, interaction: interaction.id, ms: Math.round(performance.now() - started), items: answer.items.length, error: error || undefined },
    'command answered',
  );
  commandHandled(interaction.commandName, error ? 'error' : 'answered', (performance.now() - started) / 1000);
}

async function autocomplete(interaction: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const module = deps.registry.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const ctx = await contextFor(deps.knowledge, invokerOf(interaction, deps), deps.registry, placeOf(interaction));
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
  // Paging one's own answer floods nothing; paging someone else's edits a message everyone sees.
  const owner = interaction.message.interactionMetadata?.user.id;
  const turn = owner === interaction.user.id || module.rateLimited === false ? null : deps.cooldown.take(interaction.user.id);
  if (turn && !turn.ok) {
    await interaction.reply({ content: tooSoon(turn.retryMs), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  if (turn?.ok && turn.waitMs > 0) {
    await interaction.deferUpdate();
    await sleep(turn.waitMs);
  }
  // The footer records what ran, its article filled in: a channel article set since is not this answer's.
  const ctx = { ...(await contextFor(deps.knowledge, invokerOf(interaction, deps), deps.registry, placeOf(interaction))), channelArticle: null };
  const prepared = prepare(module, parsed.input, ctx);
  const answer = prepared.ok ? await prepared.run() : failed(parsed.input.text, module.data.name, prepared.refusal);
  const all = answerPages(answer, ctx.corpus, prepared.ok ? prepared.input.text : parsed.input.text);
  const shown = all[Math.min(Math.max(index, 0), all.length - 1)]!;
  if (interaction.deferred) await interaction.editReply(shown);
  else await interaction.update(shown);
}

/** The canonical command line (`/who name:x article:y`), which a page button reads back. */
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
  return { text: formatLine(interaction.commandName, subcommand, options), subcommand, options };
}

function placeOf(interaction: Interaction) {
  return { guildId: interaction.guildId, channelId: interaction.channelId };
}

/**
 * Who is asking, and what they may change from here: a server's moderators its own shelf and
 * channels, and in the home servers (KNOWLEDGE_ADMIN_GUILD_IDS) the shared shelf too.
 */
function invokerOf(interaction: Interaction, deps: Pick<RouterDeps, 'moderatorRoleIds' | 'adminGuildIds'>): Invoker {
  const user = interaction.user;
  const base = { id: user.id, tag: user.tag };
  if (!interaction.inGuild()) return { ...base, moderator: false, refusal: 'Knowledge can only be changed from a server, by its moderators.' };
  const roles = interaction.member.roles;
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  const permitted = Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) || roleIds.some((r) => deps.moderatorRoleIds.includes(r));
  if (!permitted) return { ...base, moderator: false, refusal: 'Only moderators (Manage Server permission or a moderator role) can do that.' };
  return { ...base, moderator: true, ...(deps.adminGuildIds.includes(interaction.guildId) ? { sharedShelf: 'default' as const } : {}) };
}

/**
 * Discord no longer takes a response to the interaction: its first response came after the
 * 3 seconds (10062), or a later one after its 15-minute token ran out (10015, 50027).
 */
const EXPIRED: ReadonlySet<unknown> = new Set([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.UnknownWebhook, RESTJSONErrorCodes.InvalidWebhookToken]);
function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && EXPIRED.has(error.code);
}

/**
 * The interaction expired before its first response reached Discord, so it cannot be
 * answered any more: the answer goes to the channel instead, or to the member's DMs when it
 * was private, and the miss is logged.
 */
async function answerLate(interaction: ChatInputCommandInteraction, payload: Payload, privately: boolean, log: Logger): Promise<void> {
  const late = { interaction: interaction.id, command: interaction.commandName, ageMs: Date.now() - interaction.createdTimestamp };
  try {
    const target = privately ? await interaction.user.createDM() : (interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId)));
    if (!target?.isSendable()) throw new Error('the channel cannot be written to');
    const lead = privately ? 'Discord did not take my reply in time, so here it is:' : `Discord did not take my reply in time, so here it is for <@${interaction.user.id}>:`;
    await target.send({ ...payload, content: clipAtWord([lead, payload.content].filter(Boolean).join('\n'), LIMITS.content), allowedMentions: NO_PINGS });
    log.warn({ ...late, to: privately ? 'dm' : 'channel' }, 'the interaction expired before the reply reached Discord; answered with a message instead');
  } catch (error) {
    log.error({ ...late, err: error }, 'the interaction expired before the reply reached Discord, and the answer could not be sent otherwise');
  }
}

export function tooSoon(retryMs: number): string {
  return `One moment: you can ask again in ${Math.ceil(retryMs / 1000)} s.`;
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
