import { SlashCommandBuilder } from 'discord.js';
import { ask } from '../src/core/answers.ts';
import { articleChoices, stringOption, withScopeOptions } from '../src/registry/command-kit.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

export const data = withScopeOptions(
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; the answer quotes the articles word for word')
    .setDescriptionLocalizations({ fr: 'Posez une question ; la réponse cite les articles mot pour mot' })
    .addStringOption((o) =>
      o.setName('question')
        .setDescription('Your question')
        .setDescriptionLocalizations({ fr: 'Votre question' })
        .setRequired(true)
        .setMaxLength(500),
    ),
);

export function run(input: CommandInput, ctx: CommandContext) {
  const question = stringOption(input, 'question') ?? '';
  // The question itself heads the answer, not the command line that carried it.
  return { ...ask(ctx.corpus, question, { article: stringOption(input, 'article') }, input.text), title: question };
}

export function autocomplete(option: string, value: string, ctx: CommandContext) {
  return option === 'article' ? articleChoices(ctx.corpus, value) : [];
}
