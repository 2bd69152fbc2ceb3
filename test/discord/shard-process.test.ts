import { describe, expect, test } from 'vitest';
import { formatShards, planProcesses, startWaves } from '../../src/discord/shard-process.ts';

describe('planProcesses', () => {
  test.each([
    [2, 'all' as const, [[0, 1]]],
    [2, 1, [[0], [1]]],
    [5, 2, [[0, 1], [2, 3], [4]]],
    [3, 8, [[0, 1, 2]]],
  ])('%i shards, %s per process: %j', (count, perProcess, lists) => {
    expect(planProcesses(count, perProcess)).toEqual(lists);
  });
});

describe('startWaves', () => {
  const of = (lists: number[][]) => lists.map((shards) => ({ shards }));
  const shape = (waves: Array<Array<{ shards: readonly number[] }>>) => waves.map((w) => w.map((p) => p.shards));

  test('with max_concurrency 1 every shard is in one bucket: one process at a time', () => {
    expect(
      shape(
        startWaves(
          of([
            [0, 1],
            [2, 3],
          ]),
          1,
        ),
      ),
    ).toEqual([[[0, 1]], [[2, 3]]]);
  });

  test('processes whose shards fall in different buckets start together, until a bucket repeats', () => {
    expect(shape(startWaves(of([[0], [1], [2], [3]]), 2))).toEqual([
      [[0], [1]],
      [[2], [3]],
    ]);
    expect(
      shape(
        startWaves(
          of([
            [0, 1],
            [2, 3],
          ]),
          16,
        ),
      ),
    ).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
    ]);
  });
});

describe('formatShards', () => {
  test.each([
    [[0], '0'],
    [[0, 1], '0-1'],
    [[0, 1, 2, 5, 7, 8], '0-2,5,7-8'],
  ])('%j is %s', (shards, label) => {
    expect(formatShards(shards)).toBe(label);
  });
});
