import { SlashCommandBuilder } from 'discord.js';
import { next } from '../src/core/who-claims-next.ts';
import { articleChoices, stringOption, withScopeOptions } from '../src/registry/command-kit.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

export const data = withScopeOptions(
  new SlashCommandBuilder()
    .setName('next')
    .setDescription('What the articles say will or may happen next')
    .setDescriptionLocalizations({ fr: 'Ce que les articles annoncent pour la suite' }),
);

export function run(input: CommandInput, ctx: CommandContext) {
  return next(ctx.corpus, { article: stringOption(input, 'article') }, input.text);
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  return option === 'article' ? articleChoices(ctx.corpus, value) : [];
}
