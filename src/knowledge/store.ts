/**
 * The live knowledge: one immutable Corpus behind one reference. A reload builds the
 * complete new knowledge beside the live one (in a worker thread, through the cache) and
 * swaps the reference in one step, so a query sees either the old knowledge or the new,
 * never a mix and never nothing.
 *
 * A file that fails to load keeps its last good version serving (see build.ts), also across
 * restarts; a restart with unchanged files starts from the cache instead of re-reading them.
 */
import type { Corpus } from '../core/corpus.ts';
import { buildKnowledge, codeVersion, hashInputs, sameInputs, type BuildResult } from './build.ts';
import { loadCache } from './cache.ts';
import type { FileFailure } from './load.ts';
import { buildInWorker } from './run-build.ts';

export interface Snapshot {
  corpus: Corpus;
  /** Short hash of every served article's content: equal on every process serving the same knowledge. */
  version: string;
  loadedAt: Date;
  /** Served file and size per article id (a last good copy's name when that is what serves). */
  files: Map<string, { file: string; bytes: number; hash: string }>;
  failures: Array<FileFailure & { keptLastGood: boolean }>;
  /** How this snapshot was made: from the cache, or by parsing that many articles anew. */
  origin: 'cache' | { reparsed: number };
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
    const code = await codeVersion();
    const cached = await loadCache(options, code, false);
    let snapshot: Snapshot | null = null;
    if (cached && sameInputs(cached.meta.inputs, await hashInputs(options.dir, cached.meta.inputs))) snapshot = toSnapshot(cached.corpus, cached.meta, 'cache');
    if (!snapshot) {
      // Another process sharing STATE_DIR (a shard starting beside this one) may have built
      // it meanwhile; if what is there still does not load, build regardless of its meta.
      let meta = await buildKnowledge({ dir: options.dir, stateDir: options.stateDir });
      let built = await loadCache(options, code, false);
      if (!built) {
        meta = await buildKnowledge({ dir: options.dir, stateDir: options.stateDir, force: true });
        built = await loadCache(options, code, false);
      }
      if (!built) throw new Error(`knowledge: the cache just written in ${options.stateDir} could not be read back`);
      snapshot = toSnapshot(built.corpus, built.meta, { reparsed: meta.reparsed });
    }
    if (snapshot.corpus.articles.length === 0) throw new NoKnowledgeError(snapshot.failures, options.dir);
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
    const build = (force: boolean) => {
      const options = { dir: this.options.dir, stateDir: this.options.stateDir, force };
      return this.options.worker === false ? buildKnowledge(options) : buildInWorker(options);
    };
    let meta = await build(false);
    let fresh = await loadCache(this.options, meta.codeVersion, true);
    if (!fresh) {
      meta = await build(true);
      fresh = await loadCache(this.options, meta.codeVersion, true);
    }
    if (!fresh) throw new Error('knowledge: the rebuilt cache could not be read back');
    // The cache's own meta: another process sharing STATE_DIR may have rebuilt it since.
    const next = toSnapshot(fresh.corpus, fresh.meta, { reparsed: meta.reparsed });
    const report = compare(old, next);
    if (next.corpus.articles.length === 0) {
      return { ...report, ok: false, after: report.before, added: [], changed: [], removed: [], version: old.version,
        ms: performance.now() - started, error: 'no article could be loaded, so the current knowledge stays' };
    }
    this.#snapshot = next;
    return { ...report, ms: performance.now() - started };
  }
}

function toSnapshot(corpus: Corpus, meta: BuildResult, origin: Snapshot['origin']): Snapshot {
  return {
    corpus,
    version: meta.version,
    loadedAt: new Date(),
    files: new Map(Object.entries(meta.served)),
    failures: meta.failures,
    origin,
  };
}

export function counts(corpus: Corpus): Counts {
  let people = 0;
  for (const x of corpus.extracted.values()) people += x.people.length;
  return { articles: corpus.articles.length, passages: corpus.passages.length, people };
}

function compare(old: Snapshot, fresh: Snapshot): Omit<ReloadReport, 'ms'> {
  const added = [...fresh.files.keys()].filter((id) => !old.files.has(id));
  const removed = [...old.files.keys()].filter((id) => !fresh.files.has(id));
  const changed = [...fresh.files].filter(([id, f]) => old.files.has(id) && old.files.get(id)!.hash !== f.hash).map(([id]) => id);
  return { ok: true, before: counts(old.corpus), after: counts(fresh.corpus), added, changed, removed, failures: fresh.failures, version: fresh.version };
}

