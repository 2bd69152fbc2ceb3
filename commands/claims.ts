import { SlashCommandBuilder } from 'discord.js';
import { claims } from '../src/core/who-claims-next.ts';
import { articleChoices, matchChoices, stringOption, withScopeOptions } from '../src/registry/command-kit.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

export const data = withScopeOptions(
  new SlashCommandBuilder()
    .setName('claims')
    .setDescription('Claims, accusations and arguments, with who made them')
    .setDescriptionLocalizations({ fr: 'Affirmations, accusations et arguments, avec leurs auteurs' })
    .addStringOption((o) =>
      o.setName('about')
        .setDescription('Only claims about this topic')
        .setDescriptionLocalizations({ fr: 'Seulement les affirmations sur ce sujet' })
        .setMaxLength(100),
    )
    .addStringOption((o) =>
      o.setName('by')
        .setDescription('Only claims made by this person or group')
        .setDescriptionLocalizations({ fr: 'Seulement celles de cette personne ou de ce groupe' })
        .setAutocomplete(true)
        .setMaxLength(100),
    ),
);

export function run(input: CommandInput, ctx: CommandContext) {
  return claims(
    ctx.corpus,
    { about: stringOption(input, 'about'), by: stringOption(input, 'by'), article: stringOption(input, 'article') },
    input.text,
  );
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  const { corpus } = ctx;
  if (option === 'article') return articleChoices(corpus, value);
  return option === 'by' ? matchChoices(corpus.lists.claimants, value) : [];
}
