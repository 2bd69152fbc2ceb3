/**
 * Parse a command line in Discord's own syntax against the commands' slash definitions, so
 * the console accepts exactly what Discord would, and a page button can re-run the command
 * line kept in its message: `/ask question:When?`,
 * `/ask When?` (the first required text option), `/knowledge remove article:x`,
 * or plain text (a question, as if the bot were mentioned).
 */
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { CommandInput, CommandModule, OptionValue } from './registry.ts';

export type ParsedLine =
  | { ok: true; command: string; input: CommandInput; files: Record<string, string> }
  | { ok: false; command: string; error: string };

/** Attachment options come back as paths in `files`; the console turns them into uploads. */
export function parseLine(line: string, commands: Map<string, CommandModule>): ParsedLine {
  const text = line.trim();
  if (!text.startsWith('/')) {
    return { ok: true, command: 'ask', input: { text, subcommand: null, options: { question: text } }, files: {} };
  }
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const command = commands.get(name.toLowerCase());
  if (!command) {
    const near = closest(name.toLowerCase(), [...commands.keys()]);
    const hint = near ? `Did you mean /${near}?` : `Try ${[...commands.keys()].map((c) => `/${c}`).join(', ')}.`;
    return { ok: false, command: name, error: `Unknown command /${name}. ${hint}` };
  }
  const json = command.data.toJSON();
  let options = (json.options ?? []) as APIApplicationCommandOption[];
  let body = rest;
  let subcommand: string | null = null;
  const subs = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subs.length) {
    const [, subName = '', subRest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(body) ?? [];
    const sub = subs.find((s) => s.name === subName.toLowerCase());
    if (!sub) return { ok: false, command: json.name, error: `/${json.name} needs one of: ${subs.map((s) => s.name).join(', ')}.` };
    subcommand = sub.name;
    options = ('options' in sub ? sub.options : undefined) ?? [];
    body = subRest;
  }
  const names = new Set(options.map((o) => o.name));
  const values: Record<string, string> = {};
  // A value runs to the next ` name:` of a known option, so questions may contain colons.
  const boundary = new RegExp(`(?:^|\\s)(${[...names].map(escapeRegExp).join('|') || '(?!)'}):`, 'g');
  const marks = [...body.matchAll(boundary)];
  const leading = body.slice(0, marks[0]?.index ?? body.length).trim();
  if (leading) {
    const unknown = /^([a-z][\w-]*):/i.exec(leading);
    if (unknown && !/^https?$/i.test(unknown[1]!)) {
      return { ok: false, command: json.name, error: `/${json.name} has no option "${unknown[1]}". Options: ${[...names].join(', ') || 'none'}.` };
    }
    const first = options.find((o) => 'required' in o && o.required && o.type === ApplicationCommandOptionType.String)
      ?? options.find((o) => o.type === ApplicationCommandOptionType.String);
    if (!first) return { ok: false, command: json.name, error: `/${json.name} takes no text; options: ${[...names].join(', ') || 'none'}.` };
    values[first.name] = leading;
  }
  marks.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? body.length;
    values[m[1]!] = body.slice(start, end).trim();
  });
  for (const [name, value] of Object.entries(values)) values[name] = value.replace(/\\([\\:])/g, '$1');

  const parsed: Record<string, OptionValue> = {};
  const files: Record<string, string> = {};
  for (const option of options) {
    const raw = values[option.name];
    if (raw === undefined || raw === '') {
      if ('required' in option && option.required) {
        return { ok: false, command: json.name, error: `/${json.name} needs ${option.name}:… (${option.description}).` };
      }
      continue;
    }
    switch (option.type) {
      case ApplicationCommandOptionType.Boolean:
        if (!/^(true|false|yes|no)$/i.test(raw)) return { ok: false, command: json.name, error: `${option.name} must be true or false.` };
        parsed[option.name] = /^(true|yes)$/i.test(raw);
        break;
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number:
        if (!Number.isFinite(Number(raw))) return { ok: false, command: json.name, error: `${option.name} must be a number.` };
        parsed[option.name] = Number(raw);
        break;
      case ApplicationCommandOptionType.Attachment:
        files[option.name] = raw;
        break;
      default: {
        const max = 'max_length' in option ? option.max_length : undefined;
        if (max !== undefined && raw.length > max) {
          return { ok: false, command: json.name, error: `${option.name} is ${raw.length} characters long; the limit is ${max}.` };
        }
        parsed[option.name] = raw;
      }
    }
  }
  return { ok: true, command: json.name, input: { text, subcommand, options: parsed }, files };
}

/**
 * The command line that parseLine reads back to exactly these options (`private` and
 * uploads are left out): inside a value, a word followed by `:` (which would start an
 * option, as in a question ending `… article:x`) is written `word\:`, and a backslash
 * before `\` or `:` is doubled.
 */
export function formatLine(command: string, subcommand: string | null, options: Record<string, OptionValue>): string {
  const shown = Object.entries(options)
    .filter(([name, value]) => name !== 'private' && typeof value !== 'object')
    .map(([name, value]) => `${name}:${escapeValue(String(value))}`);
  return [`/${command}`, subcommand, ...shown].filter(Boolean).join(' ');
}

function escapeValue(value: string): string {
  return value.replace(/\\(?=[\\:])/g, '\\\\').replace(/(^|\s)([a-z][\w-]*):/gi, '$1$2\\:');
}

/**
 * The name a mistyped one was most likely meant to be: at most one edit (a swap of two
 * neighbouring letters counts as one) for names of up to four letters, two for longer ones,
 * so `/aks` finds `/ask` and an unrelated word finds nothing.
 */
export function closest(typed: string, names: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  const allowed = Math.max(typed.length, best?.length ?? 0) <= 4 ? 1 : 2;
  return best !== null && bestDistance > 0 && bestDistance <= allowed ? best : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
