import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { combineOutcomes, linkShard, type ManagerPort, type ShardMessage } from '../../src/discord/shard-reload.ts';
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

  test('no shard could reload is a programmer-visible error', () => {
    expect(() => combineOutcomes([{ shard: 0, error: 'boom' }], 1)).toThrow(/shard-reload: no shard could reload \(shard 0: boom\)/);
  });
});

describe('linkShard', () => {
  test('announces itself, and answers the manager with its own reload', async () => {
    let reloads = 0;
    const port = managerPort(() => {});
    linkShard({ shard: { id: 1, count: 2 }, reload: async () => (reloads++, report('v2')), log, port });
    port.emit('message', { newsquote: 'reload', id: 'r1' });
    await expect.poll(() => port.sent.at(-1)).toEqual({ newsquote: 'reloaded', id: 'r1', outcome: { shard: 1, report: report('v2') } });
    expect(port.sent[0]).toEqual({ newsquote: 'linked', shard: 1 });
    expect(reloads).toBe(1);
  });

  test("reloads everywhere through the manager and returns this shard's report with the reach", async () => {
    const port = managerPort((message, p) => {
      if (message.newsquote !== 'reload-everywhere') return;
      p.emit('message', { newsquote: 'reloaded-everywhere', id: message.id, outcomes: [{ shard: 0, report: report('v2') }, { shard: 1, report: report('v2') }] });
    });
    const link = linkShard({ shard: { id: 0, count: 2 }, reload: async () => report('unused'), log, port });
    const r = await link.reloadEverywhere();
    expect(r.version).toBe('v2');
    expect(r.shards).toEqual({ count: 2, reached: 2, failures: [] });
  });

  test('when the manager does not answer, this shard still reloads and says the others may not have', async () => {
    const port = managerPort(() => {});
    const link = linkShard({ shard: { id: 0, count: 3 }, reload: async () => report('v3'), log, port, timeoutMs: 50 });
    const r = await link.reloadEverywhere();
    expect(r.version).toBe('v3');
    expect(r.shards).toEqual({ count: 3, reached: 1, failures: ['shard manager: no answer within 1 s; the other shards may serve the old knowledge'] });
  });
});
