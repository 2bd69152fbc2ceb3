import { beforeAll, describe, expect, test } from 'vitest';
import { buildPart, corpusOf } from '../../src/core/corpus.ts';
import { contextFor, loadRegistry, prepare, runCommand, type Invoker, type Registry, type ShelfRef } from '../../src/registry/registry.ts';
import { article } from '../helpers/articles.ts';

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const HOME = '100';
const B = '200';
const shared = buildPart([article('rail', 'Night trains return\n\nThe rail company will run night trains from June, director Paula Brandt said.')]);
const own = buildPart([
  article('bridge', 'Footbridge to be rebuilt\n\nThe council will rebuild the footbridge from April, Mayor Ines Karlsson said.'),
  article('dam', 'Dam opens on the river\n\nThe water board opened a dam on Monday, engineer Tomas Riedel said, and more work follows in June.'),
]);

const moderatorHere: Invoker = { id: '1', tag: 'mod', moderator: true };
const homeModerator: Invoker = { ...moderatorHere, sharedShelf: 'default' };
const consoleWithServer: Invoker = { ...moderatorHere, sharedShelf: 'on-request' };
const member: Invoker = { id: '2', tag: 'member', moderator: false, refusal: 'Only moderators can do that.' };

/** Which shelf /reload would change, or why not; every shelf has operations here. */
async function shelfOf(invoker: Invoker, guildId: string | null, shelf?: string) {
  const asked: ShelfRef[] = [];
  const knowledge = {
    read: () => ({ corpus: corpusOf([own], [shared]) }),
    admin: (ref: ShelfRef) => {
      asked.push(ref);
      return {} as never;
    },
  };
  const ctx = await contextFor(knowledge, invoker, registry, { guildId, channelId: guildId ? '9' : null });
  const prepared = prepare(registry.commands.get('reload')!, { text: '/reload', subcommand: null, options: shelf ? { shelf } : {} }, ctx);
  return prepared.ok ? asked[0] : prepared.refusal;
}

describe('which shelf a moderator command changes', () => {
  test.each([
    ['the console without a server: the shared one', moderatorHere, null, undefined, { kind: 'shared' }],
    ['a home server moderator: the shared one by default', homeModerator, HOME, undefined, { kind: 'shared' }],
    ['a home server moderator with shelf:server: their own', homeModerator, HOME, 'server', { kind: 'server', guildId: HOME }],
    ["another server's moderator: their own", moderatorHere, B, undefined, { kind: 'server', guildId: B }],
    ["another server's moderator with shelf:server: their own", moderatorHere, B, 'server', { kind: 'server', guildId: B }],
    ['the console given a server: that server’s own by default', consoleWithServer, B, undefined, { kind: 'server', guildId: B }],
    ['the console given a server, with shelf:shared: the shared one', consoleWithServer, B, 'shared', { kind: 'shared' }],
  ] as const)('%s', async (_, invoker, guildId, shelf, expected) => {
    expect(await shelfOf(invoker, guildId, shelf)).toEqual(expected);
  });

  test.each([
    ["another server's moderator asking for the shared one", moderatorHere, B, 'shared', /shared articles are managed from the bot's home server/],
    ['a plain member', member, B, undefined, /Only moderators/],
    ['a plain member asking for the shared one', member, HOME, 'shared', /Only moderators/],
    ['no server, asking for a server’s own', moderatorHere, null, 'server', /no server here/],
  ] as const)('%s is refused', async (_, invoker, guildId, shelf, refusal) => {
    expect(await shelfOf(invoker, guildId, shelf)).toMatch(refusal);
  });
});

describe('several articles at once (a follow-up to an answer that quoted them)', () => {
  const ask = async (question: string, articleValue: string) => {
    const ctx = await contextFor({ read: () => ({ corpus: corpusOf([own], [shared]) }) }, member, registry);
    const text = `/ask question:${question} article:${articleValue}`;
    return runCommand(registry.commands.get('ask')!, { text, subcommand: null, options: { question, article: articleValue } }, ctx);
  };

  test('searches each and keeps the best items, naming the articles', async () => {
    const answer = await ask('What happens in June?', 'rail|dam');
    const cited = answer.items.flatMap((i) => i.quotes.map((q) => q.article));
    expect(new Set(cited)).toEqual(new Set(['rail', 'dam']));
    expect(answer.items.map((i) => i.confidence)).toEqual([...answer.items.map((i) => i.confidence!)].sort((a, b) => b - a));
    expect(answer.note).toBe('From the articles: Night trains return; Dam opens on the river.');
  });

  test('never reaches an article outside the two', async () => {
    const answer = await ask('What will the council rebuild?', 'rail|dam');
    expect(answer.items.flatMap((i) => i.quotes.map((q) => q.article))).not.toContain('bridge');
  });

  test('ids no longer here are dropped; with none left, everything is searched and it says so', async () => {
    expect((await ask('What will the council rebuild?', 'gone|bridge')).items[0]!.quotes[0]!.article).toBe('bridge');
    const none = await ask('What will the council rebuild?', 'gone|also-gone');
    expect(none.note).toMatch(/^Those articles are no longer available, so every article was searched\./);
    expect(none.items[0]!.quotes[0]!.article).toBe('bridge');
  });
});
