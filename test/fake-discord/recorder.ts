// An append-only log with "wait until something matching shows up".
// Tests race the bot: the request may already be in the log when the test
// starts waiting, or arrive later, so `waitFor` checks both.

export interface RecordedFile {
  /** Multipart field name, e.g. "files[0]". */
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** Position in the log (0-based); pass `from: log.length` to ignore older entries. */
  index: number;
  method: string;
  /** Path without the `/api/v10` prefix, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or `payload_json` of a multipart body; `undefined` if none. */
  body: any;
  files: RecordedFile[];
  /** The Authorization header discord.js sent (absent on interaction webhooks). */
  authorization: string | undefined;
  /** HTTP status the fake answered with. */
  status: number;
  at: number;
}

export interface WaitOptions {
  /** Default 4000: below vitest's 5 s test timeout, so our more helpful error wins. */
  timeoutMs?: number;
  /** Only consider entries with `index >= from`. */
  from?: number;
  /** Used in the timeout error message. */
  description?: string;
}

interface Waiter<T> {
  predicate: (entry: T) => boolean;
  from: number;
  resolve: (entry: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Recorder<T extends { index: number }> {
  readonly entries: T[] = [];
  private waiters = new Set<Waiter<T>>();

  constructor(private readonly describe: (entry: T) => string) {}

  get length(): number {
    return this.entries.length;
  }

  /** `entry.index` is filled in here. */
  push(entry: Omit<T, 'index'>): T {
    const full = { ...entry, index: this.entries.length } as T;
    this.entries.push(full);
    for (const waiter of this.waiters) {
      if (full.index >= waiter.from && waiter.predicate(full)) this.settle(waiter, () => waiter.resolve(full));
    }
    return full;
  }

  waitFor(predicate: (entry: T) => boolean, options: WaitOptions = {}): Promise<T> {
    const { timeoutMs = 4000, from = 0, description = 'a matching entry' } = options;
    const existing = this.entries.find((e) => e.index >= from && predicate(e));
    if (existing) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        from,
        resolve,
        reject,
        timer: setTimeout(() => {
          // Listing what *did* arrive is what makes a failing e2e test debuggable.
          const seen = this.entries.slice(-15).map(this.describe).join('\n  ') || '(nothing)';
          this.settle(waiter, () =>
            reject(new Error(`Timed out after ${timeoutMs}ms waiting for ${description}. Last entries:\n  ${seen}`)),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Reject pending waits so a closing fake never leaves timers (or tests) hanging. */
  rejectAll(reason: string): void {
    for (const waiter of this.waiters) this.settle(waiter, () => waiter.reject(new Error(reason)));
  }

  private settle(waiter: Waiter<T>, action: () => void): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    action();
  }
}
