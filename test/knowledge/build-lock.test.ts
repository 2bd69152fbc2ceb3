import { readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lock } from '../../src/knowledge/build-lock.ts';
import { tempDir } from '../helpers/temp.ts';

/** A pid no process has: Linux pids stay below 2^22. */
const DEAD_PID = 2 ** 22 + 7;
const staleLock = (path: string) => writeFileSync(path, JSON.stringify({ pid: DEAD_PID, start: '1', host: hostname() }));

describe('the build lock', () => {
  test('many waiters over a stale lock never hold it two at once, and each gets it in turn', async () => {
    const dir = tempDir('build-lock-');
    // The race is between judging a lock stale and removing it: many stale locks at once, each
    // with several waiters, give it many chances (the old removal lost it within a few rounds).
    const waiters = 5;
    for (let round = 0; round < 4; round++) {
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, async (_, n) => {
          const path = join(dir, `round-${round}-${n}.lock`);
          staleLock(path);
          let holding = 0;
          let most = 0;
          let turns = 0;
          await Promise.all(
            Array.from({ length: waiters }, async (_, w) => {
              // Each waiter a few file-system steps behind the one before: the old removal lost its race there.
              for (let step = 0; step < w; step++) await stat(path).catch(() => undefined);
              const release = await lock(path);
              holding++;
              most = Math.max(most, holding);
              turns++;
              await new Promise((r) => setTimeout(r, 20));
              holding--;
              await release();
            }),
          );
          return { most, turns };
        }),
      );
      expect(outcomes).toEqual(outcomes.map(() => ({ most: 1, turns: waiters })));
    }
  }, 60_000);

  test("releasing removes only the holder's own lock, not one taken over after it", async () => {
    const dir = tempDir('build-lock-');
    const path = join(dir, 'build.lock');
    const release = await lock(path);
    // Another holder has since taken the lock over (as if this one had stalled past the stale limit).
    const other = JSON.stringify({ pid: process.pid, start: null, host: 'elsewhere', token: 'other' });
    writeFileSync(path, other);
    await release();
    expect(readFileSync(path, 'utf8')).toBe(other);
  });
});
