/**
 * Messages that mention the bot (its user or its managed role), and direct messages, are
 * questions answered like /ask, as a reply that pings no one. A reply to one of the bot's
 * answers is a follow-up: it asks about the article(s) that answer came from, read from the
 * answer itself, so it works after a restart too.
 */
import type { Message } from 'discord.js';
import type { Logger } from '../log.ts';
import { formatLine, parseLine } from '../registry/command-line.ts';
import { contextFor, prepare, type KnowledgeAccess, type OptionValue, type Registry } from '../registry/registry.ts';
import { ALL_ARTICLES, articleValue, decodeId, ID_SEPARATOR } from '../registry/scope.ts';
import { failed } from '../core/types.ts';
import { sleep, type Cooldown } from './cooldown.ts';
import { answerPages, citedInFooter, commandLineFromFooter, NO_PINGS } from './render.ts';

/** Noted on a follow-up whose answer's articles have all been removed since. */
const FOLLOW_UP_GONE = 'The articles of the answer you replied to are no longer available, so every article was searched.';

/** Shown on a mention that came too soon after the member's last questions. */
export const LIMITED_REACTION = '⏳';
/** Past this many members, the refusal windows that are over are forgotten, at most once a minute. */
const FORGET_ABOVE = 10_000;
const FORGET_EVERY_MS = 60_000;

export interface MentionDeps {
  registry: Registry;
  knowledge: KnowledgeAccess;
  log: Logger;
  cooldown: Cooldown;
}

/** The question in a message addressed to the bot, or null when the message is not for it. */
export function questionFor(message: Message, botId: string): string | null {
  if (message.author.bot) return null;
  const botRoleId = message.guild?.roles.botRoleFor(botId)?.id;
  const direct = new RegExp(`<@!?${botId}>`, 'g');
  const role = botRoleId ? new RegExp(`<@&${botRoleId}>`, 'g') : null;
  const addressed = !message.inGuild() || direct.test(message.content) || Boolean(role?.test(message.content));
  if (!addressed) return null;
  return message.content.replace(direct, ' ').replace(role ?? /$^/, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The ids of the articles of the bot's answer this message replies to (none when it quoted
 * nothing: `Nothing found`, /help, /sources), or null when it replies to nothing, to someone
 * else, or to a bot message that is not an answer. The answer's command line says what it
 * was scoped to; else the articles it quotes.
 */
export async function followUpOf(message: Message, botId: string, registry: Registry): Promise<string[] | null> {
  if (message.author.bot || !message.reference?.messageId || message.mentions.repliedUser?.id !== botId) return null;
  // discord.js keeps the replied-to message that the gateway sends along: no request here.
  const answer = await message.fetchReference().catch(() => null);
  if (answer?.author.id !== botId) return null;
  const footer = answer.embeds[0]?.footer?.text;
  const line = commandLineFromFooter(footer);
  const parsed = line ? parseLine(line, registry.commands) : null;
  if (!parsed?.ok || registry.commands.get(parsed.command)?.moderatorOnly) return null;
  const asked = parsed.input.options.article;
  const scoped = typeof asked === 'string' && asked.trim().toLowerCase() !== ALL_ARTICLES ? asked.split(ID_SEPARATOR).map((id) => decodeId(id.trim())) : [];
  const value = articleValue(scoped.length ? scoped : citedInFooter(footer));
  return value ? value.split(ID_SEPARATOR).map(decodeId) : [];
}

/** A follow-up's text: what the member wrote, without any mention of the bot. */
function followUpQuestion(message: Message, botId: string): string {
  const botRoleId = message.guild?.roles.botRoleFor(botId)?.id;
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(botRoleId ? new RegExp(`<@&${botRoleId}>`, 'g') : /$^/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createMentionHandler(deps: MentionDeps) {
  // Until when each refused member's window runs: one ⏳ says it, and each costs a REST call.
  const reactedUntil = new Map<string, number>();
  let forgotAt = 0;
  /** Whether this refusal is the first in the member's window (and so gets the reaction). */
  const firstRefusal = (userId: string, retryMs: number): boolean => {
    const now = Date.now();
    if ((reactedUntil.get(userId) ?? 0) > now) return false;
    reactedUntil.set(userId, now + retryMs);
    if (reactedUntil.size > FORGET_ABOVE && now - forgotAt >= FORGET_EVERY_MS) {
      forgotAt = now;
      for (const [id, until] of reactedUntil) if (until <= now) reactedUntil.delete(id);
    }
    return true;
  };
  return async function onMessage(message: Message): Promise<void> {
    const botId = message.client.user.id;
    const mentioned = questionFor(message, botId);
    const articles = message.reference ? await followUpOf(message, botId, deps.registry).catch(() => null) : null;
    // Without the Message Content intent a reply arrives with its text only when it pings
    // the bot: an empty follow-up is one whose ping was turned off, and cannot be read.
    const question = articles !== null ? followUpQuestion(message, botId) : mentioned;
    if (question === null || (articles !== null && mentioned === null && !question)) return;
    try {
      const turn = deps.cooldown.take(message.author.id);
      if (!turn.ok) {
        // A reaction, not a reply: a reply to each message of a flood would be a flood too;
        // and one reaction per window, not one REST call per message of it.
        const react = firstRefusal(message.author.id, turn.retryMs);
        deps.log.info({ command: 'mention', message: message.id, retryMs: turn.retryMs, reacted: react }, 'mention limited by the cooldown');
        if (react) await message.react(LIMITED_REACTION);
        return;
      }
      if (turn.waitMs > 0) {
        if (message.channel.isSendable()) await message.channel.sendTyping().catch(() => undefined);
        await sleep(turn.waitMs);
      }
      if (!question) {
        await message.reply({ content: 'Ask me a question about the news articles, e.g. `@me When was it announced?`, or use /help.', allowedMentions: NO_PINGS });
        return;
      }
      const started = performance.now();
      const ctx = await contextFor(deps.knowledge, { id: message.author.id, tag: message.author.tag, moderator: false }, deps.registry, { guildId: message.guildId, channelId: message.channelId });
      // A follow-up asks the articles of the answer that are still here; with none left,
      // everything. One to an answer that quoted nothing is a plain question.
      const still = articles?.filter((id) => ctx.corpus.byId.has(id)) ?? [];
      const gone = Boolean(articles?.length) && still.length === 0;
      // The same command as /ask, with the same checks; its command line lets page buttons re-run it.
      const scope = still.length ? articleValue(still) : gone ? ALL_ARTICLES : null;
      const options: Record<string, OptionValue> = { question, ...(scope ? { article: scope } : {}) };
      const input = { text: formatLine('ask', null, options), subcommand: null, options };
      const prepared = prepare(deps.registry.commands.get('ask')!, input, ctx);
      const answered = prepared.ok ? await prepared.run() : failed(input.text, 'ask', prepared.refusal);
      // Several articles are named by the registry's own note; one is named here, so a follow-up always says what it is about.
      const about = gone ? FOLLOW_UP_GONE : still.length === 1 ? `From the article of the answer you replied to: ${ctx.corpus.byId.get(still[0]!)!.title}.` : null;
      const answer = about ? { ...answered, note: [about, answered.note].filter(Boolean).join(' ') } : answered;
      const [first] = answerPages(answer, ctx.corpus, prepared.ok ? prepared.input.text : input.text);
      await message.reply({ ...first!, allowedMentions: NO_PINGS });
      const command = articles !== null ? 'follow-up' : 'mention';
      deps.log.info({ command, message: message.id, ms: Math.round(performance.now() - started), items: answer.items.length }, `${command} answered`);
    } catch (error) {
      deps.log.error({ err: error, message: message.id }, 'mention failed');
    }
  };
}
