import { beforeAll, describe, expect, test } from 'vitest';
import { contextFor, loadRegistry, runCommand, type Invoker, type Registry } from '../../src/registry/registry.ts';
import { practiceCorpus } from '../helpers/articles.ts';

let registry: Registry;
const corpus = practiceCorpus();
const member: Invoker = { id: '2', tag: 'member#0002', moderator: false, refusal: 'This is managed from the home server.' };
const moderator: Invoker = { id: '1', tag: 'mod#0001', moderator: true };

beforeAll(async () => {
  registry = await loadRegistry();
});

const run = async (command: string, invoker: Invoker, text = `/${command}`) =>
  runCommand(registry.commands.get(command)!, { text, subcommand: null, options: {} }, await contextFor({ read: () => ({ corpus }) }, invoker, registry));

describe('preconditions, checked once for every caller', () => {
  test('a command for everyone runs for a member', async () => {
    expect((await run('sources', member)).items.length).toBe(corpus.articles.length);
  });

  test("a moderator command tells a member why not, in the platform's own words", async () => {
    expect(await run('reload', member)).toEqual({ input: '/reload', command: 'reload', items: [], error: 'This is managed from the home server.' });
  });

  test('a moderator where the knowledge cannot be changed is told so, and nothing runs', async () => {
    expect((await run('reload', moderator)).error).toBe('Changing the knowledge is not available here.');
  });

  test('every command that changes the knowledge declares it', () => {
    const declared = [...registry.commands.values()].filter((c) => c.moderatorOnly).map((c) => c.data.name).sort();
    expect(declared).toEqual(['knowledge', 'reload']);
  });
});
