/**
 * Pieces several command modules share: the `article` and `private` options, article
 * autocomplete, and reading option values. Keeps each command module a few lines.
 */
import type { SlashCommandBuilder, SlashCommandStringOption, SlashCommandBooleanOption } from 'discord.js';
import { fold } from './core/text.ts';
import type { Corpus } from './core/corpus.ts';
import type { Answer } from './core/types.ts';
import type { Choice, CommandContext, CommandInput, KnowledgeAdmin } from './registry.ts';

/** Discord allows at most 25 autocomplete choices, each name and value 1–100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export function articleOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName('article')
    .setDescription('Only this article (id or part of its title)')
    .setDescriptionLocalizations({ fr: 'Seulement cet article (identifiant ou partie du titre)' })
    .setAutocomplete(true)
    .setMaxLength(100);
}

export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option
    .setName('private')
    .setDescription('Show the answer only to you')
    .setDescriptionLocalizations({ fr: 'Afficher la réponse pour vous seul' });
}

/** The options every reading command ends with. */
export function withScopeOptions<T extends Pick<SlashCommandBuilder, 'addStringOption' | 'addBooleanOption'>>(builder: T): T {
  builder.addStringOption(articleOption);
  builder.addBooleanOption(privateOption);
  return builder;
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(input: CommandInput, name: string): boolean {
  return input.options[name] === true;
}

/** Choices whose folded text contains every typed word, shortest-first for prefix matches. */
export function matchChoices(candidates: Choice[], typed: string): Choice[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  const out: Choice[] = [];
  const ranked = candidates
    .map((c) => ({ c, hay: fold(`${c.name} ${c.value}`) }))
    .filter(({ hay }) => words.every((w) => hay.includes(w)))
    .sort((a, b) => Number(!a.hay.startsWith(words[0] ?? '')) - Number(!b.hay.startsWith(words[0] ?? '')));
  for (const { c } of ranked) {
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push({ name: clip(c.name), value: clip(c.value) });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}

export function articleChoices(corpus: Corpus, typed: string): Choice[] {
  return matchChoices(corpus.articles.map((a) => ({ name: `${a.title} (${a.id})`, value: a.id })), typed);
}

function clip(text: string): string {
  return text.length > MAX_CHOICE_LENGTH ? `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…` : text;
}

/** The moderator operations, or the Answer that says why they are not available here. */
export function adminOrError(ctx: CommandContext, input: CommandInput): KnowledgeAdmin | Answer {
  const command = input.text.slice(1).split(' ')[0] ?? '';
  if (!ctx.invoker.moderator) return { input: input.text, command, items: [], error: ctx.invoker.refusal ?? 'Only moderators can do that.' };
  if (!ctx.knowledge.admin) return { input: input.text, command, items: [], error: 'Changing the knowledge is not available here.' };
  return ctx.knowledge.admin;
}
