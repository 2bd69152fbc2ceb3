import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { ShardClientUtil } from 'discord.js';
import { combineOutcomes, linkShard, shardOfGuild, shardsConcerned, type ManagerPort, type ReloadScope, type ShardMessage } from '../../src/discord/shard-reload.ts';
import { shardForGuild, snowflake } from '../fake-discord/snowflake.ts';
import type { ReloadReport } from '../../src/knowledge/store.ts';

const log = pino({ level: 'silent' });
const counts = { articles: 2, passages: 9, people: 3 };
const report = (version: string): ReloadReport => ({ ok: true, before: counts, after: counts, added: [], changed: [], removed: [], failures: [], ms: 5, version });

/** The manager's end of a shard's IPC channel, in memory. */
function managerPort(answer: (message: ShardMessage, port: ManagerPort & EventEmitter) => void) {
  const port = Object.assign(new EventEmitter(), {
    sent: [] as ShardMessage[],
    send(message: ShardMessage, callback: (error: Error | null) => void) {
      port.sent.push(message);
      callback(null);
      queueMicrotask(() => answer(message, port));
    },
  });
  return port;
}

describe('combineOutcomes', () => {
  test('every shard on the same version: all reached, no failures', () => {
    const r = combineOutcomes([{ shard: 1, report: report('b1') }, { shard: 0, report: report('b1') }], 2, 1);
    expect(r.shards).toEqual({ count: 2, reached: 2, failures: [] });
    expect(r.version).toBe('b1');
  });

  test('a shard that failed, one on another version and one not run here each get a line', () => {
    const r = combineOutcomes([{ shard: 0, report: report('a') }, { shard: 1, error: 'no answer within 60 s' }, { shard: 2, report: report('b') }], 4, 0);
    expect(r.shards).toEqual({
      count: 4,
      reached: 2,
      failures: ['shard 1: no answer within 60 s', 'shard 2: serves version b (the folder changed meanwhile? /reload again)', 'shard 3: not run by this shard manager'],
    });
  });

  test('a scoped reload counts only the shards concerned: one of one', () => {
    const r = combineOutcomes([{ shard: 2, report: report('s') }], [2], [2, 3]);
    expect(r.shards).toEqual({ count: 1, reached: 1, failures: [] });
  });

  test('a process holding several shards reports one outcome for each', () => {
    const r = combineOutcomes([{ shard: 0, report: report('a') }, { shard: 1, report: report('a') }, { shard: 2, error: 'its process exited; it reads the folder again when it restarts' }], 3, [0, 1]);
    expect(r.shards).toEqual({ count: 3, reached: 2, failures: ['shard 2: its process exited; it reads the folder again when it restarts'] });
  });

  test('no shard could reload is a programmer-visible error', () => {
    expect(() => combineOutcomes([{ shard: 0, error: 'boom' }], 1)).toThrow(/shard-reload: no shard could reload \(shard 0: boom\)/);
  });
});

describe('linkShard', () => {
  test('announces itself, and answers the manager with its own reload', async () => {
    const port = managerPort(() => {});
    const scopes: Array<ReloadScope | undefined> = [];
    linkShard({ shards: { ids: [1, 2], count: 4 }, reload: async (scope) => (scopes.push(scope), report('v2')), log, port });
    port.emit('message', { newsquote: 'reload', id: 'r1' });
    await expect.poll(() => port.sent.at(-1)).toEqual({ newsquote: 'reloaded', id: 'r1', outcome: { report: report('v2') } });
    port.emit('message', { newsquote: 'reload', id: 'r2', scope: { guildId: '175928847299117063' } });
    await expect.poll(() => port.sent.at(-1)).toEqual({ newsquote: 'reloaded', id: 'r2', outcome: { report: report('v2') } });
    expect(port.sent[0]).toEqual({ newsquote: 'linked', shards: [1, 2] });
    expect(scopes).toEqual([undefined, { guildId: '175928847299117063' }]);
  });

  test("reloads everywhere through the manager and returns this shard's report with the reach", async () => {
    const port = managerPort((message, p) => {
      if (message.newsquote !== 'reload-everywhere') return;
      p.emit('message', { newsquote: 'reloaded-everywhere', id: message.id, outcomes: [{ shard: 0, report: report('v2') }, { shard: 1, report: report('v2') }] });
    });
    const link = linkShard({ shards: { ids: [0], count: 2 }, reload: async () => report('unused'), log, port });
    const r = await link.reloadEverywhere();
    expect(r.version).toBe('v2');
    expect(r.shards).toEqual({ count: 2, reached: 2, failures: [] });
  });

  test('when the manager does not answer, this shard still reloads and says the others may not have', async () => {
    const port = managerPort(() => {});
    const link = linkShard({ shards: { ids: [0, 1], count: 3 }, reload: async () => report('v3'), log, port, timeoutMs: 50 });
    const r = await link.reloadEverywhere();
    expect(r.version).toBe('v3');
    expect(r.shards).toEqual({ count: 3, reached: 2, failures: ['shard manager: no answer within 1 s; the other shards may serve the old knowledge'] });
  });

  test("a scoped reload asks the manager with its scope and reports the reach of the server's one shard", async () => {
    // 175928847299117063 >> 22 = 41944705796, and 41944705796 % 3 = 2.
    const guildId = '175928847299117063';
    const port = managerPort((message, p) => {
      if (message.newsquote !== 'reload-everywhere') return;
      p.emit('message', { newsquote: 'reloaded-everywhere', id: message.id, outcomes: message.scope ? [{ shard: 2, report: report('g') }] : [] });
    });
    const link = linkShard({ shards: { ids: [2], count: 3 }, reload: async () => report('unused'), log, port });
    const r = await link.reloadEverywhere({ guildId });
    expect(port.sent.at(-1)).toMatchObject({ newsquote: 'reload-everywhere', scope: { guildId } });
    expect(r.shards).toEqual({ count: 1, reached: 1, failures: [], scope: { guildId, shard: 2 } });
  });
});

describe('shardOfGuild', () => {
  test("follows Discord's rule (guild_id >> 22) % shard_count on a documented snowflake", () => {
    // Discord's snowflake example 175928847299117063: its timestamp part is 41944705796.
    expect([1, 2, 3, 4, 5].map((count) => shardOfGuild('175928847299117063', count))).toEqual([0, 0, 2, 0, 1]);
  });

  test('agrees with discord.js and with where the fake gateway delivers, for fresh snowflakes', () => {
    for (let i = 0; i < 200; i++) {
      const id = snowflake();
      const count = 1 + (i % 16);
      expect(shardOfGuild(id, count)).toBe(ShardClientUtil.shardIdForGuildId(id, count));
      expect(shardOfGuild(id, count)).toBe(shardForGuild(id, count));
    }
  });

  test('a server id that is not one is a programmer-visible error, not a shard', () => {
    expect(() => shardOfGuild('12; rm -rf', 2)).toThrow(/shard-reload: not a server id/);
  });

  test('a reload without scope concerns every shard; a scoped one the server\'s shard only', () => {
    expect(shardsConcerned(undefined, 3)).toEqual([0, 1, 2]);
    expect(shardsConcerned({ guildId: '175928847299117063' }, 3)).toEqual([2]);
  });
});
