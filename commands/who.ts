import { SlashCommandBuilder } from 'discord.js';
import { who } from '../src/core/who-claims-next.ts';
import { articleChoices, matchChoices, stringOption, withScopeOptions } from '../src/registry/command-kit.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

export const data = withScopeOptions(
  new SlashCommandBuilder()
    .setName('who')
    .setDescription('The people in the news: names, roles and where they appear')
    .setDescriptionLocalizations({ fr: 'Les personnes citées : noms, rôles et passages' })
    .addStringOption((o) =>
      o.setName('name')
        .setDescription('A person, by any part of the name')
        .setDescriptionLocalizations({ fr: 'Une personne, par une partie de son nom' })
        .setAutocomplete(true)
        .setMaxLength(100),
    ),
);

export function run(input: CommandInput, ctx: CommandContext) {
  return who(ctx.corpus, { name: stringOption(input, 'name'), article: stringOption(input, 'article') }, input.text);
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  const { corpus } = ctx;
  if (option === 'article') return articleChoices(corpus, value);
  return option === 'name' ? matchChoices(corpus.lists.personNames, value) : [];
}
