/**
 * The live knowledge of one folder (a shelf): immutable Parts, one per segment, behind one
 * reference. A reload builds the changed segments beside the live ones (in a worker thread,
 * through the cache), reads only those back, and swaps the whole list of parts in one step,
 * so a query sees either the old version of an article or the new, never a mix and never nothing.
 *
 * A file that fails to load keeps its last good version serving (see build.ts), also across
 * restarts; a restart with unchanged files starts from the cache instead of re-reading them.
 */
import { resolve, sep } from 'node:path';
import { count } from '../core/count.ts';
import { buildPart, corpusOf, type Corpus, type Part } from '../core/corpus.ts';
import type { LockWait } from './build-lock.ts';
import { hashInputs, sameInputs } from './inputs.ts';
import { buildKnowledge, cacheDir, codeVersion, readFolder, readMeta, versionOf, type BuildOptions, type BuildResult, type BuildSummary } from './build.ts';
import { loadCache, prepareInBackground, type Cached, type Segment } from './cache.ts';
import { isFolder, listArticleFiles, type FileFailure } from './load.ts';
import { buildInWorker } from './run-build.ts';

export interface Snapshot {
  /** One part per segment of the folder (see segments.ts), in segment order. */
  parts: Part[];
  /** Each part's cache key (empty when serving from memory): a reload reuses a part whose key it finds again. */
  keys: string[];
  /** What the parts serve, as one corpus. */
  corpus: Corpus;
  /** Short hash of every served article's content: equal on every process serving the same knowledge. */
  version: string;
  loadedAt: Date;
  /** Served file and size per article id (a last good copy's name when that is what serves). */
  files: Map<string, { file: string; bytes: number; hash: string }>;
  failures: Array<FileFailure & { keptLastGood: boolean }>;
  /** How this snapshot was made: from the cache, or by parsing that many articles anew. */
  origin: 'cache' | { reparsed: number };
  /** Set when the bot serves in a degraded way an operator must hear about (no state folder, an empty folder). */
  warning?: string;
}

export interface Counts {
  articles: number;
  passages: number;
  people: number;
}

export interface ReloadReport {
  ok: boolean;
  before: Counts;
  after: Counts;
  added: string[];
  changed: string[];
  removed: string[];
  /** Files that failed; `keptLastGood` says whether an older version still serves. */
  failures: Array<FileFailure & { keptLastGood: boolean }>;
  ms: number;
  version: string;
  /** Set when nothing could be served, so the old knowledge stays. */
  error?: string;
  /** The new knowledge serves, but in a degraded way (see Snapshot.warning). */
  warning?: string;
}

/** How far a reload reached when the bot runs as several shards (processes). */
export interface ShardReach {
  /** Shards the bot runs as. */
  count: number;
  /** Shards that reloaded (or tried to, and reported why not). */
  reached: number;
  /** One line per shard that did not reload or serves another version, e.g. `shard 1: no answer within 60 s`. */
  failures: string[];
}

/** This process's reload report, plus the other shards' outcome when sharded. */
export type EverywhereReport = ReloadReport & { shards?: ShardReach };

/** One line for the log and the audit channel: counts before → after, what changed, how long. */
export function reloadSummary(r: EverywhereReport): string {
  const shards = r.shards ? `, ${r.shards.reached}/${count(r.shards.count, 'shard')}` : '';
  return `${r.before.articles} → ${count(r.after.articles, 'article')}, +${r.added.length} ~${r.changed.length} −${r.removed.length}, ${r.failures.length} failed, ${Math.round(r.ms)} ms${shards}`;
}

export class NoKnowledgeError extends Error {
  constructor(readonly failures: FileFailure[], dir: string) {
    super(`no loadable article in ${dir}`);
  }
}

export interface StoreOptions {
  dir: string;
  stateDir: string;
  /** Build reloads in a worker thread (default); off, they build on the main thread. */
  worker?: boolean;
  /** Told while another process sharing STATE_DIR holds the build lock. */
  onLockWait?: (wait: LockWait) => void;
  /**
   * An empty folder serves no articles (a server's shelf before its first article, or after
   * its last is removed). Otherwise, as for the shared shelf, emptying the folder keeps the
   * knowledge served before, and opening one with nothing to serve throws.
   */
  allowEmpty?: boolean;
}

export class KnowledgeStore {
  #snapshot: Snapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly options: StoreOptions, snapshot: Snapshot) {
    this.#snapshot = snapshot;
  }

  /**
   * Serve the folder: from the cache when no file changed since it was written, else by
   * building it (on this thread: nothing is being served yet). Throws NoKnowledgeError
   * when not one article can be served.
   */
  static async open(options: StoreOptions): Promise<KnowledgeStore> {
    let snapshot: Snapshot;
    try {
      snapshot = await openFromState(options);
    } catch (error) {
      if (!stateFault(error, options.stateDir)) throw error;
      snapshot = await fromMemory(options.dir, stateWarning(error));
    }
    if (snapshot.corpus.articles.length === 0 && !options.allowEmpty) throw new NoKnowledgeError(snapshot.failures, options.dir);
    // Serving starts now; the listings and name indexes follow between questions (cache.ts).
    prepareInBackground(snapshot.parts).catch(() => undefined);
    return new KnowledgeStore(options, snapshot);
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  corpus(): Corpus {
    return this.#snapshot.corpus;
  }

  get dir(): string {
    return this.options.dir;
  }

  /**
   * Re-read the folder and swap in the result. Reloads run one after the other: a second
   * caller waits for the first, then reloads again (it may have seen a newer folder).
   */
  reload(): Promise<ReloadReport> {
    const next = this.#queue.then(() => this.#reloadNow());
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #reloadNow(): Promise<ReloadReport> {
    const started = performance.now();
    const old = this.#snapshot;
    const keep = (error: string, failures: Snapshot['failures'] = []): ReloadReport => ({
      ...compare(old, old),
      ok: false,
      failures,
      ms: performance.now() - started,
      error,
    });
    if (!(await isFolder(this.options.dir))) return keep('the knowledge folder is missing, so the current knowledge stays');
    let next: Snapshot | { nothing: Snapshot['failures'] };
    try {
      next = await this.#buildFromState(old);
    } catch (error) {
      if (!stateFault(error, this.options.stateDir)) throw error;
      next = await fromMemory(this.options.dir, stateWarning(error));
    }
    const failures = 'nothing' in next ? next.nothing : next.failures;
    if ('nothing' in next || (next.corpus.articles.length === 0 && !this.options.allowEmpty)) return keep('no article could be loaded, so the current knowledge stays', failures);
    if (next !== old) this.#snapshot = next;
    return { ...compare(old, next), ms: performance.now() - started, ...(next.warning ? { warning: next.warning } : {}) };
  }

  /**
   * Build through the cache in STATE_DIR (in a worker). An empty result has written nothing;
   * a build that serves exactly what is served now is not read back, and the current
   * snapshot stays.
   */
  async #buildFromState(current: Snapshot): Promise<Snapshot | { nothing: Snapshot['failures'] }> {
    const build = (options: BuildOptions) => (this.options.worker === false ? buildKnowledge(options) : buildInWorker(options));
    const live = new Map(current.keys.map((key, i) => [key, current.parts[i]!]));
    const built = await buildAndRead(this.options, build, true, (meta) => sameServing(current, meta), live);
    if ('nothing' in built) return { nothing: built.nothing.failures };
    if ('unchanged' in built) return current;
    // The cache's own meta: another process sharing STATE_DIR may have rebuilt it since.
    return toSnapshot(built.cached.segments, built.cached.meta, { reparsed: built.meta.reparsed });
  }
}

/**
 * Serve the folder: from the cache when no file changed since it was written, else by
 * building it (on this thread: nothing is being served yet). A folder with nothing to serve
 * leaves the state as it was, and the knowledge served before keeps serving, with a warning.
 */
async function openFromState(options: StoreOptions): Promise<Snapshot> {
  const code = await codeVersion();
  const meta = await readMeta(cacheDir(options));
  // The folder is checked against the cache while the cache loads: stat calls beside parsing.
  const unchanged = meta?.codeVersion === code ? hashInputs(options.dir, meta.inputs).then((inputs) => sameInputs(meta.inputs, inputs)) : null;
  unchanged?.catch(() => undefined);
  const cached = unchanged ? await loadCache(options, code, false, undefined, meta) : null;
  if (cached && (await unchanged)) return toSnapshot(cached.segments, cached.meta, 'cache');
  const built = await buildAndRead(options, buildKnowledge, false, undefined, new Map(cached?.segments.map((s) => [s.key, s.part])));
  if ('nothing' in built) {
    if (!cached) return toSnapshot([], built.nothing, { reparsed: 0 });
    return { ...toSnapshot(cached.segments, cached.meta, 'cache'), failures: built.nothing.failures, warning: 'no article could be loaded from the knowledge folder, so the knowledge built before keeps serving' };
  }
  if ('unchanged' in built) throw new Error('knowledge: nothing is served yet, so a build cannot be unchanged');
  return toSnapshot(built.cached.segments, built.cached.meta, { reparsed: built.meta.reparsed });
}

/**
 * Build the cache, then read it back. Another process sharing STATE_DIR (a shard) may have
 * built it meanwhile; if what is there does not read back, it is built once more regardless
 * of its meta. `unchanged` skips reading back a build that would serve what serves already.
 */
async function buildAndRead(
  options: StoreOptions,
  build: (options: BuildOptions) => Promise<BuildSummary>,
  background: boolean,
  unchanged: (meta: BuildSummary) => boolean = () => false,
  served: ReadonlyMap<string, Part> = new Map(),
): Promise<{ meta: BuildSummary; cached: Cached } | { nothing: BuildSummary } | { unchanged: true }> {
  const building: BuildOptions = { dir: options.dir, stateDir: options.stateDir, onWait: options.onLockWait, ...(options.allowEmpty ? { emptyServes: true } : {}) };
  let meta = await build(building);
  if (meta.segments.length === 0 && !(options.allowEmpty && meta.failures.length === 0)) return { nothing: meta };
  if (unchanged(meta)) return { unchanged: true };
  let cached = await loadCache(options, meta.codeVersion, background, served);
  if (!cached) {
    meta = await build({ ...building, force: true });
    cached = await loadCache(options, meta.codeVersion, background);
  }
  if (!cached) throw new Error(`knowledge: the cache just written in ${options.stateDir} could not be read back`);
  return { meta, cached };
}

/** The build serves the same articles with the same failures as the snapshot, which came from the state folder. */
function sameServing(snapshot: Snapshot, meta: BuildSummary): boolean {
  const lines = (failures: Snapshot['failures']) => failures.map((f) => `${f.file}:${f.line}:${f.keptLastGood}:${f.reason}`).join('\n');
  return !snapshot.warning && snapshot.version === meta.version && lines(snapshot.failures) === lines(meta.failures);
}

/** An I/O error about STATE_DIR itself (unwritable, a file in its place), as opposed to the knowledge folder. */
function stateFault(error: unknown, stateDir: string): boolean {
  const path = (error as NodeJS.ErrnoException | null)?.path;
  if (typeof path !== 'string') return false;
  const root = resolve(stateDir);
  return resolve(path) === root || resolve(path).startsWith(root + sep);
}

function stateWarning(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return `the state folder (STATE_DIR) cannot be used (${code}): serving from memory, with no cache and no last good copies, until it is fixed`;
}

/** Read, parse and index the folder in this process, touching nothing on disk. */
async function fromMemory(dir: string, warning: string): Promise<Snapshot> {
  const { served, failures, articles, reparsed } = await readFolder(dir, await listArticleFiles(dir), null);
  const parts = articles.length ? [buildPart(articles)] : [];
  return {
    parts,
    keys: [],
    corpus: corpusOf(parts),
    version: versionOf(served),
    loadedAt: new Date(),
    files: new Map(Object.entries(served)),
    failures,
    origin: { reparsed },
    warning,
  };
}

function toSnapshot(segments: Segment[], meta: BuildSummary & Partial<Pick<BuildResult, 'served'>>, origin: Snapshot['origin']): Snapshot {
  const parts = segments.map((s) => s.part);
  return {
    parts,
    keys: segments.map((s) => s.key),
    corpus: corpusOf(parts),
    version: meta.version,
    loadedAt: new Date(),
    files: new Map(Object.entries(meta.served ?? {})),
    failures: meta.failures,
    origin,
  };
}

export function counts(corpus: Corpus): Counts {
  let people = 0;
  for (const part of corpus.parts) for (const x of part.extracted.values()) people += x.people.length;
  // Summed over parts: a shelf's parts never share ids, and `corpus.articles` would sort them all.
  return { articles: corpus.parts.reduce((n, part) => n + part.articles.length, 0), passages: corpus.passageCount, people };
}

function compare(old: Snapshot, fresh: Snapshot): Omit<ReloadReport, 'ms'> {
  const added = [...fresh.files.keys()].filter((id) => !old.files.has(id));
  const removed = [...old.files.keys()].filter((id) => !fresh.files.has(id));
  const changed = [...fresh.files].filter(([id, f]) => old.files.has(id) && old.files.get(id)!.hash !== f.hash).map(([id]) => id);
  return { ok: true, before: counts(old.corpus), after: counts(fresh.corpus), added, changed, removed, failures: fresh.failures, version: fresh.version };
}

