/**
 * Per-member token bucket, so one member cannot flood a channel while a member reading an
 * article is not held up: `burst` questions may come at once, and one more is earned every
 * `refillMs`. A question beyond the bucket waits its turn (at most one more burst of them,
 * acknowledged at once and answered when its token arrives, and never longer than
 * MAX_WAIT_MS); beyond that it is refused.
 */
export type Turn =
  /** Go ahead after `waitMs` (0: at once). */
  | { ok: true; waitMs: number }
  /** Refused; a question would be answered at once after `retryMs`. */
  | { ok: false; retryMs: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Discord's interaction token lives 15 minutes: an answer to a question that waited longer
 * could not reach the member, who would see "thinking…" for ever. Well within it.
 */
export const MAX_WAIT_MS = 10 * 60_000;
/** Past this many members the map forgets full buckets, at most once per refill. */
const PRUNE_ABOVE = 10_000;

export class Cooldown {
  #buckets = new Map<string, Bucket>();
  #prunedAt = -Infinity;

  /** `refillMs` 0 turns the limit off. */
  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Members the bucket map remembers now. */
  get size(): number {
    return this.#buckets.size;
  }

  /** Takes one use for `userId`, if the member's bucket (and its queue) allows it. */
  take(userId: string): Turn {
    if (this.refillMs <= 0) return { ok: true, waitMs: 0 };
    const now = this.now();
    const tokens = this.#tokens(this.#buckets.get(userId), now);
    // Tokens below zero are questions waiting their turn; this one's comes when it reaches 1.
    const waitMs = tokens - 1 >= 0 ? 0 : Math.ceil((1 - tokens) * this.refillMs);
    if (tokens - 1 < -this.burst || waitMs > MAX_WAIT_MS) return { ok: false, retryMs: Math.ceil((1 - tokens) * this.refillMs) };
    this.#buckets.set(userId, { tokens: tokens - 1, at: now });
    this.#prune(now);
    return { ok: true, waitMs };
  }

  /**
   * Forget full buckets, so a busy bot's map does not grow without bound. A scan costs the
   * whole map, so it runs at most once per refill: in between, the map grows by no more than
   * the members who ask within one refill.
   */
  #prune(now: number): void {
    if (this.#buckets.size <= PRUNE_ABOVE || now - this.#prunedAt < this.refillMs) return;
    this.#prunedAt = now;
    for (const [id, b] of this.#buckets) if (this.#tokens(b, now) >= this.burst) this.#buckets.delete(id);
  }

  #tokens(bucket: Bucket | undefined, now: number): number {
    return bucket ? Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs) : this.burst;
  }
}

/** Waits a question's turn; a waiting question must not keep a stopping bot alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
