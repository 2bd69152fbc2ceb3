/**
 * Per-member token bucket, so one member cannot flood a channel while a member reading an
 * article is not held up: `burst` questions may come at once, and one more is earned every
 * `refillMs`. A question beyond the bucket waits its turn (at most one more burst of them,
 * acknowledged at once and answered when its token arrives); beyond that it is refused.
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

export class Cooldown {
  #buckets = new Map<string, Bucket>();

  /** `refillMs` 0 turns the limit off. */
  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one use for `userId`, if the member's bucket (and its queue) allows it. */
  take(userId: string): Turn {
    if (this.refillMs <= 0) return { ok: true, waitMs: 0 };
    const now = this.now();
    const tokens = this.#tokens(this.#buckets.get(userId), now);
    // Tokens below zero are questions waiting their turn.
    if (tokens - 1 < -this.burst) return { ok: false, retryMs: Math.ceil((1 - tokens) * this.refillMs) };
    this.#buckets.set(userId, { tokens: tokens - 1, at: now });
    // Forget full buckets now and then, so a busy bot's map does not grow without bound.
    if (this.#buckets.size > 10_000) for (const [id, b] of this.#buckets) if (this.#tokens(b, now) >= this.burst) this.#buckets.delete(id);
    return { ok: true, waitMs: tokens - 1 >= 0 ? 0 : Math.ceil((1 - tokens) * this.refillMs) };
  }

  #tokens(bucket: Bucket | undefined, now: number): number {
    return bucket ? Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs) : this.burst;
  }
}

/** Waits a question's turn; a waiting question must not keep a stopping bot alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
