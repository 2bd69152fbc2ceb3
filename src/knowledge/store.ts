/**
 * The live knowledge: one immutable Corpus behind one reference. A reload reads the folder,
 * builds a complete new Corpus beside the live one and swaps the reference in one step, so
 * a query sees either the old knowledge or the new, never a mix and never nothing.
 *
 * A file that fails to load keeps its last good version serving: every article that loads
 * is copied to STATE_DIR/last-good, outside the moderators' folder, and a later broken
 * edit of it falls back to that copy, also across restarts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../core/article.ts';
import { buildCorpus, type Corpus } from '../core/corpus.ts';
import { articleFormat, articleId, loadKnowledge, type FileFailure, type LoadedFile } from './load.ts';

export interface Snapshot {
  corpus: Corpus;
  /** Short hash of every served article's content: equal on every process serving the same knowledge. */
  version: string;
  loadedAt: Date;
  /** Content hash per served article id, to tell what a reload changed. */
  hashes: Map<string, string>;
  /** Served file name per article id (the last good copy's name when that is what serves). */
  files: Map<string, { file: string; bytes: number }>;
  failures: FileFailure[];
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

/** Builds a Corpus from articles; the store's only dependency on what a Corpus holds. */
export type CorpusBuilder = (articles: LoadedFile['article'][]) => Corpus | Promise<Corpus>;

export interface StoreOptions {
  dir: string;
  stateDir: string;
  build?: CorpusBuilder;
}

export class KnowledgeStore {
  #snapshot: Snapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly options: Required<StoreOptions>, snapshot: Snapshot) {
    this.#snapshot = snapshot;
  }

  /** Load the folder; throws NoKnowledgeError when not one article can be served. */
  static async open(options: StoreOptions): Promise<KnowledgeStore> {
    const full = { build: buildCorpus, ...options };
    const { snapshot } = await readSnapshot(full, null);
    if (snapshot.corpus.articles.length === 0) throw new NoKnowledgeError(snapshot.failures, options.dir);
    return new KnowledgeStore(full, snapshot);
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
    const { snapshot: fresh, keptLastGood } = await readSnapshot(this.options, old);
    const report = compare(old, fresh, keptLastGood);
    if (fresh.corpus.articles.length === 0) {
      return {
        ...report,
        ok: false,
        after: report.before,
        added: [],
        changed: [],
        removed: [],
        version: old.version,
        ms: performance.now() - started,
        error: 'no article could be loaded, so the current knowledge stays',
      };
    }
    this.#snapshot = fresh;
    return { ...report, ms: performance.now() - started };
  }
}

async function readSnapshot(options: Required<StoreOptions>, previous: Snapshot | null): Promise<{ snapshot: Snapshot; keptLastGood: Set<string> }> {
  const { loaded, failures } = await loadKnowledge(options.dir);
  const lastGoodDir = join(options.stateDir, 'last-good');
  await mkdir(lastGoodDir, { recursive: true });
  const copies = new Map((await readdir(lastGoodDir)).filter((f) => articleFormat(f)).map((f) => [articleId(f), f]));

  const served = new Map(loaded.map((f) => [f.article.id, f]));
  const keptLastGood = new Set<string>();
  for (const failure of failures) {
    const id = articleId(failure.file);
    const copy = copies.get(id);
    if (failure.missing || served.has(id) || !copy) continue;
    const bytes = await readFile(join(lastGoodDir, copy)).catch(() => null);
    const parsed = bytes ? parseArticle(id, articleFormat(copy)!, bytes) : null;
    if (parsed?.ok) {
      served.set(id, { file: copy, article: parsed.article, bytes: bytes! });
      keptLastGood.add(failure.file);
    }
  }

  const hashes = new Map<string, string>();
  for (const [id, f] of served) hashes.set(id, createHash('sha256').update(f.bytes).digest('hex'));
  await saveLastGood(lastGoodDir, loaded, hashes, copies, previous);

  const articles = [...served.values()].map((f) => f.article);
  return {
    snapshot: {
      corpus: await options.build(articles),
      version: versionOf(hashes),
      loadedAt: new Date(),
      hashes,
      files: new Map([...served].map(([id, f]) => [id, { file: f.file, bytes: f.bytes.length }])),
      failures: failures.filter((f) => !f.missing),
    },
    keptLastGood,
  };
}

/**
 * Copy each freshly loaded article to the last-good folder when it changed, and forget
 * copies of articles whose file is gone (a removed article must not come back).
 */
async function saveLastGood(
  dir: string,
  loaded: LoadedFile[],
  hashes: Map<string, string>,
  copies: Map<string, string>,
  previous: Snapshot | null,
): Promise<void> {
  const present = new Set(loaded.map((f) => f.article.id));
  for (const f of loaded) {
    const id = f.article.id;
    const copy = copies.get(id);
    if (copy === f.file && previous?.hashes.get(id) === hashes.get(id)) continue;
    if (copy === f.file && !previous) {
      const existing = await readFile(join(dir, copy)).catch(() => null);
      if (existing && existing.equals(f.bytes)) continue;
    }
    await writeAtomically(join(dir, f.file), f.bytes);
    if (copy && copy !== f.file) await rm(join(dir, copy), { force: true });
  }
  for (const [id, copy] of copies) if (!present.has(id) && !hashes.has(id)) await rm(join(dir, copy), { force: true });
}

/** Write to a temporary name in the same folder, then rename: readers see the old file or the new, never half. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const dir = join(path, '..');
  const temp = join(dir, `.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temp, bytes);
  await rename(temp, path);
}

function versionOf(hashes: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [id, hash] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) h.update(`${id}:${hash}\n`);
  return h.digest('hex').slice(0, 12);
}

export function counts(corpus: Corpus): Counts {
  return { articles: corpus.articles.length, passages: corpus.passages.length, people: peopleCount(corpus) };
}

function peopleCount(corpus: Corpus): number {
  let n = 0;
  for (const a of corpus.articles) n += corpus.extracted?.get(a.id)?.people.length ?? 0;
  return n;
}

function compare(old: Snapshot, fresh: Snapshot, keptLastGood: Set<string>): Omit<ReloadReport, 'ms'> {
  const added = [...fresh.hashes.keys()].filter((id) => !old.hashes.has(id));
  const removed = [...old.hashes.keys()].filter((id) => !fresh.hashes.has(id));
  const changed = [...fresh.hashes].filter(([id, h]) => old.hashes.has(id) && old.hashes.get(id) !== h).map(([id]) => id);
  return {
    ok: true,
    before: counts(old.corpus),
    after: counts(fresh.corpus),
    added,
    changed,
    removed,
    failures: fresh.failures.map((f) => ({ ...f, keptLastGood: keptLastGood.has(f.file) })),
    version: fresh.version,
  };
}
