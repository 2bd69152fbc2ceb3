import { describe, expect, test } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';

/** A bucket on a clock the test moves. */
function bucket(burst: number, refillMs: number) {
  let now = 0;
  const cooldown = new Cooldown(burst, refillMs, () => now);
  return { take: (user = 'a') => cooldown.take(user), advance: (ms: number) => void (now += ms) };
}

describe('Cooldown (a token bucket per member)', () => {
  test('a burst goes through at once, the next burst waits its turn one refill apart, then questions are refused', () => {
    const b = bucket(5, 3000);
    expect(Array.from({ length: 5 }, () => b.take())).toEqual(Array(5).fill({ ok: true, waitMs: 0 }));
    expect(Array.from({ length: 5 }, () => b.take())).toEqual([3000, 6000, 9000, 12000, 15000].map((waitMs) => ({ ok: true, waitMs })));
    expect(b.take()).toEqual({ ok: false, retryMs: 18000 });
  });

  test('one question is earned back every refill, up to the burst', () => {
    const b = bucket(2, 3000);
    b.take();
    b.take();
    b.advance(3000);
    expect(b.take()).toEqual({ ok: true, waitMs: 0 });
    expect(b.take()).toEqual({ ok: true, waitMs: 3000 });
    b.advance(60_000);
    expect([b.take(), b.take(), b.take()].map((t) => t.ok && t.waitMs)).toEqual([0, 0, 3000]);
  });

  test('members have their own buckets, and a refill of 0 turns the limit off', () => {
    const b = bucket(1, 3000);
    b.take('a');
    b.take('a');
    expect(b.take('a').ok).toBe(false);
    expect(b.take('b')).toEqual({ ok: true, waitMs: 0 });
    const off = bucket(1, 0);
    expect(Array.from({ length: 50 }, () => off.take()).every((t) => t.ok && t.waitMs === 0)).toBe(true);
  });
});
