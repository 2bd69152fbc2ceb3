import { SlashCommandBuilder } from 'discord.js';
import { help } from '../src/core/answers.ts';
import type { CommandContext, CommandInput } from '../src/registry/registry.ts';

/** Cheap, and the same for everyone: not counted against the question bucket. */
export const rateLimited = false;

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What I can do and how to ask')
  .setDescriptionLocalizations({ fr: 'Ce que je sais faire et comment me questionner' });

export function run(input: CommandInput, ctx: CommandContext) {
  return help(ctx.commands, input.text);
}
