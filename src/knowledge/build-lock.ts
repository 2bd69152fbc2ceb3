/**
 * The build lock: processes sharing STATE_DIR (shards) take turns building, so N shards
 * reloading together build once.
 */
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
}

const me = (): LockHolder => ({ pid: process.pid, start: processStart(process.pid), host: hostname() });

export async function lock(path: string, onWait?: (wait: LockWait) => void): Promise<() => Promise<void>> {
  const started = Date.now();
  let told = -Infinity;
  for (;;) {
    try {
      await writeFile(path, JSON.stringify(me()), { flag: 'wx' });
      const touch = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), LOCK_TOUCH_MS);
      touch.unref();
      return async () => {
        clearInterval(touch);
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
      const age = Date.now() - (await stat(path).then((s) => s.mtimeMs, () => Date.now()));
      if (holderGone(holder, age)) {
        await rm(path, { force: true });
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
