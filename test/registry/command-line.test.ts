import { beforeAll, describe, expect, test } from 'vitest';
import { ApplicationCommandOptionType } from 'discord.js';
import { formatLine, parseLine } from '../../src/registry/command-line.ts';
import { loadRegistry, type Registry } from '../../src/registry/registry.ts';

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});
const parse = (line: string) => parseLine(line, registry.commands);

describe('parseLine', () => {
  test.each([
    ['/ask question:When was it founded?', 'ask', { question: 'When was it founded?' }],
    ['/ask When was it founded?', 'ask', { question: 'When was it founded?' }],
    ['When was it founded?', 'ask', { question: 'When was it founded?' }],
    ['/ask question:What time: 2 a.m.? article:harbor private:true', 'ask', { question: 'What time: 2 a.m.?', article: 'harbor', private: true }],
    ['/who name:guette article:nato', 'who', { name: 'guette', article: 'nato' }],
    ['/claims by:Bello about:forecast', 'claims', { by: 'Bello', about: 'forecast' }],
  ])('%j reads as /%s with %j', (line, command, options) => {
    const r = parse(line);
    expect(r.ok && r.command).toBe(command);
    expect(r.ok && r.input.options).toEqual(options);
  });

  test('subcommands and attachment paths', () => {
    const r = parse('/knowledge add file:articles/new.md replace:yes');
    expect(r).toMatchObject({ ok: true, command: 'knowledge', input: { subcommand: 'add', options: { replace: true } }, files: { file: 'articles/new.md' } });
  });

  test.each([
    ['/nope', /Unknown command \/nope/],
    ['/ask foo:bar', /no option "foo"/],
    ['/ask', /needs question/],
    ['/ask question:x private:maybe', /private must be true or false/],
    ['/knowledge', /needs one of: add, remove, list/],
    [`/ask question:${'x'.repeat(501)}`, /limit is 500/],
    ['/sources everything', /takes no text/],
  ])('%j is refused: %s', (line, message) => {
    const r = parse(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('formatLine', () => {
  /** Every reading command with every text option, each value holding every option name of it. */
  function cases(): Array<[string, Record<string, string>]> {
    const out: Array<[string, Record<string, string>]> = [];
    for (const [name, command] of registry.commands) {
      const options = (command.data.toJSON().options ?? []).filter((o) => o.type === ApplicationCommandOptionType.String);
      if (!options.length) continue;
      const names = options.map((o) => o.name);
      const tricky = [
        ...names.map((n) => `What did the ${n}: line say, ${n}:x?`),
        ...names.map((n) => `ending in ${n}:x`),
        `${names[0]}:starts like an option`,
        'a backslash \\: and \\\\ and C:\\dir and https://x.example/a',
      ];
      tricky.forEach((value, i) => out.push([name, Object.fromEntries(options.map((o, j) => [o.name, j === 0 ? value : `${tricky[(i + j) % tricky.length]}`]))]));
    }
    return out;
  }

  test('reads back as exactly the same options, whatever option names the values hold', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(10);
    for (const [command, options] of all) {
      const r = parse(formatLine(command, null, options));
      expect(r.ok && r.command).toBe(command);
      expect(r.ok && r.input.options).toEqual(options);
    }
  });
});
