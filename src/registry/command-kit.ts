/**
 * Pieces several command modules share: the `article` and `private` options, article
 * autocomplete, and reading option values. Keeps each command module a few lines.
 */
import type { SlashCommandBuilder, SlashCommandStringOption, SlashCommandBooleanOption } from 'discord.js';
import { fold } from '../core/text.ts';
import { chooseFrom } from '../core/choices.ts';
import type { Corpus, Named } from '../core/corpus.ts';
import type { Choice, CommandInput } from './registry.ts';

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

/**
 * Which shelf a moderator command changes: the shared one every server sees, or this server's
 * own. Where only the server's own may be changed, that is what it acts on (see prepare()).
 */
export function shelfOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName('shelf')
    .setDescription('Where: the articles every server sees (shared), or only this server’s (server)')
    .setDescriptionLocalizations({ fr: 'Où : les articles de tous les serveurs (shared), ou ceux de ce serveur seulement (server)' })
    .addChoices({ name: 'shared', value: 'shared' }, { name: 'server', value: 'server' });
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

/**
 * Choices whose folded text contains every typed word, those starting with the first word
 * first (see core/choices.ts: found through lookups, not a pass over every choice).
 */
export function matchChoices(candidates: ReadonlyArray<Named & { id?: string }>, typed: string): Choice[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  return chooseFrom(candidates, words, MAX_CHOICES).map((c) => ({ name: clipChoice(c.name), value: clipChoice(c.id ?? c.name) }));
}

export function articleChoices(corpus: Corpus, typed: string): Choice[] {
  return matchChoices(corpus.lists.articleChoices, typed);
}

/** A choice's name or value within Discord's 100 characters. */
function clipChoice(text: string): string {
  return text.length > MAX_CHOICE_LENGTH ? `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…` : text;
}
