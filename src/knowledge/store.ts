/**
 * The live knowledge: one immutable Corpus behind one reference. A reload reads the folder,
 * builds a complete new Corpus beside the live one and swaps the reference in one step, so
 * a query sees either the old knowledge or the new, never a mix and never nothing.
 */
import { createHash } from 'node:crypto';
import { buildCorpus, type Corpus } from '../core/corpus.ts';
import type { Article } from '../core/types.ts';
import { loadKnowledge, type FileFailure } from './load.ts';

export interface Snapshot {
  corpus: Corpus;
  /** Short hash of every served article's content: equal on every process serving the same knowledge. */
  version: string;
  loadedAt: Date;
  /** Content hash per served article id, to tell what a reload changed. */
  hashes: Map<string, string>;
  failures: FileFailure[];
}

export interface ReloadReport {
  ok: boolean;
  before: Counts;
  after: Counts;
  added: string[];
  changed: string[];
  removed: string[];
  failures: FileFailure[];
  ms: number;
  version: string;
  /** Set when nothing could be served and the old knowledge stays. */
  error?: string;
}

export interface Counts {
  articles: number;
  passages: number;
}

export class NoKnowledgeError extends Error {
  constructor(readonly failures: FileFailure[], dir: string) {
    super(`no loadable article in ${dir}`);
  }
}

export class KnowledgeStore {
  #snapshot: Snapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly dir: string, snapshot: Snapshot) {
    this.#snapshot = snapshot;
  }

  /** Load the folder; throws NoKnowledgeError when not one article can be served. */
  static async open(dir: string): Promise<KnowledgeStore> {
    const snapshot = await readSnapshot(dir);
    if (snapshot.corpus.articles.length === 0) throw new NoKnowledgeError(snapshot.failures, dir);
    return new KnowledgeStore(dir, snapshot);
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  corpus(): Corpus {
    return this.#snapshot.corpus;
  }

  /** Reloads run one after the other; a second caller waits for the first, then reloads again. */
  reload(): Promise<ReloadReport> {
    const next = this.#queue.then(() => this.#reloadNow());
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #reloadNow(): Promise<ReloadReport> {
    const started = performance.now();
    const old = this.#snapshot;
    const fresh = await readSnapshot(this.dir);
    const report = compare(old, fresh);
    if (fresh.corpus.articles.length === 0) {
      return { ...report, ok: false, after: report.before, added: [], changed: [], removed: [], version: old.version,
        ms: performance.now() - started, error: 'no article could be loaded, so the current knowledge stays' };
    }
    this.#snapshot = fresh;
    return { ...report, ms: performance.now() - started };
  }
}

async function readSnapshot(dir: string): Promise<Snapshot> {
  const { loaded, failures } = await loadKnowledge(dir);
  const hashes = new Map(loaded.map((f) => [f.article.id, createHash('sha256').update(f.bytes).digest('hex')]));
  return {
    corpus: buildCorpus(loaded.map((f) => f.article) satisfies Article[]),
    version: versionOf(hashes),
    loadedAt: new Date(),
    hashes,
    failures,
  };
}

function versionOf(hashes: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [id, hash] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) h.update(`${id}:${hash}\n`);
  return h.digest('hex').slice(0, 12);
}

function counts(s: Snapshot): Counts {
  return { articles: s.corpus.articles.length, passages: s.corpus.passages.length };
}

function compare(old: Snapshot, fresh: Snapshot): Omit<ReloadReport, 'ms'> {
  const added = [...fresh.hashes.keys()].filter((id) => !old.hashes.has(id));
  const removed = [...old.hashes.keys()].filter((id) => !fresh.hashes.has(id));
  const changed = [...fresh.hashes].filter(([id, h]) => old.hashes.has(id) && old.hashes.get(id) !== h).map(([id]) => id);
  return { ok: true, before: counts(old), after: counts(fresh), added, changed, removed, failures: fresh.failures, version: fresh.version };
}
