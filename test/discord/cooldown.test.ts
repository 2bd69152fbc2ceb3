import { describe, expect, test } from 'vitest';
import { Cooldown, MAX_WAIT_MS } from '../../src/discord/cooldown.ts';

/** A bucket on a clock the test moves. */
function bucket(burst: number, refillMs: number) {
  let now = 0;
  const cooldown = new Cooldown(burst, refillMs, () => now);
  return { take: (user = 'a') => cooldown.take(user), advance: (ms: number) => void (now += ms), size: () => cooldown.size };
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

  test('no question is queued for longer than Discord keeps its interaction: a longer wait is refused instead', () => {
    // 400 s a question (allowed settings): the 2nd queued question would wait 800 s.
    const b = bucket(3, 400_000);
    expect([b.take(), b.take(), b.take()].every((t) => t.ok && t.waitMs === 0)).toBe(true);
    expect(b.take()).toEqual({ ok: true, waitMs: 400_000 });
    const refused = b.take();
    expect(refused).toEqual({ ok: false, retryMs: 800_000 });
    expect(MAX_WAIT_MS).toBeLessThan(15 * 60_000);
    // Refusing took nothing: once the queued question is answered, the next one goes at once.
    b.advance(800_000);
    expect(b.take()).toEqual({ ok: true, waitMs: 0 });
  });

  test('past 10,000 members the full buckets are forgotten, scanning at most once per refill', () => {
    const b = bucket(2, 3000);
    for (let i = 0; i < 10_000; i++) b.take(`m${i}`);
    b.advance(1000);
    // Past 10,000: a scan, but no bucket is full yet.
    b.take('a1');
    expect(b.size()).toBe(10_001);
    b.advance(2500);
    // The first 10,000 are full now, but the map was scanned less than a refill ago.
    b.take('a2');
    expect(b.size()).toBe(10_002);
    b.advance(500);
    // A refill after the last scan: every full bucket is forgotten, the others are kept.
    b.take('a3');
    expect(b.size()).toBe(2);
    expect(b.take('a2')).toEqual({ ok: true, waitMs: 0 });
    expect(b.take('a2')).toEqual({ ok: true, waitMs: 2500 });
  });
});
