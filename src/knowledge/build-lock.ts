/**
 * The build lock: processes sharing STATE_DIR (shards) take turns building, so N shards
 * reloading together build once.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface LockWait {
  /** The holder as its lock file names it (`pid 12 on host`), or `unknown` while it is written. */
  holder: string;
  waitedMs: number;
}

/**
 * A lock file taken with O_EXCL, naming its holder: pid, the process's start time and the
 * host. A pid alone is not enough: after a container restart another process may have our
 * old pid. The holder touches the file while it builds; a lock is taken over when its holder
 * is gone (same host: no such process, or one started at another time), when it is unreadable
 * for a moment, or when nobody touched it for LOCK_STALE_MS (a holder on another host).
 *
 * Judging a lock stale and removing it are two steps: between them another waiter may have
 * removed the same stale lock and taken a fresh one, which a plain `rm` would then delete,
 * leaving two holders. So a stale lock is only removed under a short-lived guard file (also
 * O_EXCL), and only while it still holds exactly the text that was judged stale; every lock
 * names a token of its own, so a fresh lock never reads the same. Release likewise deletes
 * the file only while it still names this holder's token.
 */
const LOCK_STALE_MS = 60_000;
const LOCK_TOUCH_MS = 5_000;
/** An empty or half-written lock older than this is a holder that died while writing it. */
const LOCK_UNREADABLE_MS = 2_000;
const LOCK_LOG_EVERY_MS = 5_000;

interface LockHolder {
  pid: number;
  start: string | null;
  host: string;
  /** Which lock() call holds it: one process may wait for the lock several times at once. */
  token?: string;
}

const me = (): LockHolder => ({ pid: process.pid, start: processStart(process.pid), host: hostname(), token: randomUUID() });

export async function lock(path: string, onWait?: (wait: LockWait) => void): Promise<() => Promise<void>> {
  const started = Date.now();
  let told = -Infinity;
  const mine = JSON.stringify(me());
  for (;;) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      const touch = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), LOCK_TOUCH_MS);
      touch.unref();
      return async () => {
        clearInterval(touch);
        // Only our own lock: had it been taken over (we stalled past LOCK_STALE_MS), the file is another holder's.
        if ((await readFile(path, 'utf8').catch(() => '')) === mine) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = await readFile(path, 'utf8').catch(() => '');
      const holder = parseHolder(seen);
      const age = Date.now() - (await stat(path).then((s) => s.mtimeMs, () => Date.now()));
      if (holderGone(holder, age)) {
        await removeStale(path, seen);
        continue;
      }
      const waitedMs = Date.now() - started;
      if (onWait && waitedMs - told >= LOCK_LOG_EVERY_MS) {
        told = waitedMs;
        onWait({ holder: holder ? `pid ${holder.pid} on ${holder.host}` : 'unknown', waitedMs });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Removes the lock at `path` if it still reads `seen` (the text judged stale), under a guard
 * so no other waiter can replace it between the check and the removal. A guard left behind by
 * a process that died holding it is judged like a lock.
 */
async function removeStale(path: string, seen: string): Promise<void> {
  const guard = `${path}.takeover`;
  const mine = JSON.stringify(me());
  try {
    await writeFile(guard, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const text = await readFile(guard, 'utf8').catch(() => '');
    const age = Date.now() - (await stat(guard).then((s) => s.mtimeMs, () => Date.now()));
    if (holderGone(parseHolder(text), age) && (await readFile(guard, 'utf8').catch(() => '')) === text) await rm(guard, { force: true });
    else await new Promise((r) => setTimeout(r, 10));
    return;
  }
  try {
    if ((await readFile(path, 'utf8').catch(() => null)) === seen) await rm(path, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

function parseHolder(text: string): LockHolder | null {
  // A bare pid: a lock written before holders named their start time and host.
  if (/^\d+$/.test(text.trim())) return { pid: Number(text), start: null, host: hostname() };
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(value.pid) && typeof value.host === 'string') return { pid: value.pid!, start: value.start ?? null, host: value.host };
  } catch {
    // Empty, half-written, or an older format.
  }
  return null;
}

function holderGone(holder: LockHolder | null, ageMs: number): boolean {
  if (ageMs > LOCK_STALE_MS) return true;
  if (!holder) return ageMs > LOCK_UNREADABLE_MS;
  if (holder.host !== hostname()) return false;
  if (!alive(holder.pid)) return true;
  // The pid lives, but is it the process that took the lock? Where start times can be read,
  // a lock that does not name the same one (or none: a bare pid) is not that process's.
  const start = processStart(holder.pid);
  return start !== null && holder.start !== start;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** When a process started (clock ticks since boot, from /proc on Linux); null where unknown. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
