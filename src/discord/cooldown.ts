/**
 * Per-user cooldown: one member cannot flood a channel with questions.
 */
export class Cooldown {
  #last = new Map<string, number>();

  constructor(private readonly ms: number, private readonly now: () => number = Date.now) {}

  /** Records the attempt and returns 0 when allowed, else the milliseconds left to wait. */
  take(userId: string): number {
    if (this.ms <= 0) return 0;
    const now = this.now();
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.ms) return this.ms - (now - last);
    this.#last.set(userId, now);
    // Forget old entries now and then, so a busy bot's map does not grow without bound.
    if (this.#last.size > 10_000) for (const [id, t] of this.#last) if (now - t >= this.ms) this.#last.delete(id);
    return 0;
  }
}
