import { SlashCommandBuilder } from 'discord.js';
import { sources } from '../src/core/answers.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

/** Cheap, and the same for everyone: not counted against the question bucket. */
export const rateLimited = false;

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The articles I answer from')
  .setDescriptionLocalizations({ fr: 'Les articles sur lesquels je m’appuie' });

export function run(input: CommandInput, ctx: CommandContext) {
  return sources(ctx.corpus, input.text, { version: ctx.version, shard: ctx.knowledge.shard });
}
