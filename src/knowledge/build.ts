/**
 * Build the knowledge cache from KNOWLEDGE_DIR: read every file, fall back to the last good
 * copy of a broken one, reuse the parsed article and extraction of every file whose content
 * hash and code version are unchanged, index the passages, and write the cache atomically.
 * Runs in a worker thread for reloads, so the bot keeps answering while it works.
 *
 * The folder is split into segments by a hash of the article id (segments.ts); each segment is
 * built, indexed and cached on its own, so one changed file rebuilds one segment of a few hundred
 * articles. Cache layout (STATE_DIR/<folder>/cache): one `segment-<key>.jsonl` per segment
 * (segment-file.ts), named by a hash of its files' content, and `meta.json`, written last, which
 * names the segments of the build. A segment file never changes under its name, so processes
 * sharing STATE_DIR (shards) never pair one build's index with another's articles.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../core/article.ts';
import { extract, passageDocs } from '../core/corpus.ts';
import { createIndex } from '../core/search.ts';
import type { Article } from '../core/types.ts';
import { lock, type LockWait } from './build-lock.ts';
import { articleFormat, articleId, listArticleFiles, readArticleFile, type FileFailure } from './load.ts';
import { packIndex } from './index-file.ts';
import { segmentCount, segmentFile, segmentKey, segmentOf } from './segments.ts';
import { compact, readSegmentEntries, segmentText, type CachedEntry } from './segment-file.ts';
import { hashBytes, hashInputs, sameInputs, type Inputs } from './inputs.ts';
import { writeAtomically } from './write-atomically.ts';

export interface BuildOptions {
  dir: string;
  stateDir: string;
  /** Build even when the current cache was made from the same files (it failed to load). */
  force?: boolean;
  /** Told, now and then, that another process holds the build lock and who it is. */
  onWait?: (wait: LockWait) => void;
  /** A folder without a single file serves nothing, rather than keeping what it served (a server's shelf). */
  emptyServes?: boolean;
}

export interface BuildResult {
  /** Hash of every served article's content: equal wherever the same knowledge serves. */
  version: string;
  codeVersion: string;
  /** Each file of the folder when the build read it. */
  inputs: Inputs;
  /** Per served article: its file (or last good copy), size and content hash. */
  served: Record<string, { file: string; bytes: number; hash: string }>;
  failures: Array<FileFailure & { keptLastGood: boolean }>;
  /** Articles parsed and extracted anew (the rest came from the cache). */
  reparsed: number;
  passages: number;
  /** How many segments the folder is split into (see segments.ts). */
  segmentCount: number;
  /** The segments that serve articles, each named by its content key (its cache file's name). */
  segments: SegmentEntry[];
}

/**
 * What a build tells the thread that asked for it: everything but the per-file records, which
 * that thread reads from meta.json with the segments (10,000 of each cost the main thread tens of
 * milliseconds to receive from a worker).
 */
export type BuildSummary = Omit<BuildResult, 'inputs' | 'served'>;

export interface SegmentEntry {
  /** Place in the split, from 0 to segmentCount − 1. */
  at: number;
  key: string;
  articles: number;
  passages: number;
}

/**
 * The part of STATE_DIR that belongs to one knowledge folder: a run against another folder
 * (a test, a one-off) never touches this folder's cache or last good copies.
 */
export function stateFor(options: { dir: string; stateDir: string }): string {
  const dir = resolve(options.dir);
  return join(options.stateDir, `${basename(dir).replace(/[^\w-]+/g, '_')}-${createHash('sha256').update(dir).digest('hex').slice(0, 8)}`);
}

export const cacheDir = (options: { dir: string; stateDir: string }) => join(stateFor(options), 'cache');

const SOURCE_DIR = fileURLToPath(new URL('../', import.meta.url));
let codeVersionMemo: string | null = null;

/**
 * The version of the code that parses, extracts and indexes: a hash of its sources, so any
 * change to them makes every cached article stale.
 */
export async function codeVersion(): Promise<string> {
  if (codeVersionMemo) return codeVersionMemo;
  const h = createHash('sha256');
  for (const sub of ['core', 'knowledge']) {
    for (const file of (await readdir(join(SOURCE_DIR, sub))).sort()) h.update(file).update(await readFile(join(SOURCE_DIR, sub, file)));
  }
  codeVersionMemo = h.digest('hex').slice(0, 12);
  return codeVersionMemo;
}

export function versionOf(served: Record<string, { hash: string }>): string {
  const h = createHash('sha256');
  for (const id of Object.keys(served).sort()) h.update(`${id}:${served[id]!.hash}\n`);
  return h.digest('hex').slice(0, 12);
}

/**
 * Build the cache, unless the folder is exactly what the current cache was built from (another
 * process sharing STATE_DIR, such as a shard, may have just built it). Processes sharing the
 * state folder take turns through a lock file, so N shards reloading together build once.
 */
export async function buildKnowledge(options: BuildOptions): Promise<BuildResult> {
  const code = await codeVersion();
  const cache = cacheDir(options);
  await ensureDir(cache);
  const release = await lock(join(cache, 'build.lock'), options.onWait);
  try {
    const current = await readMeta(cache);
    if (!options.force && current?.codeVersion === code && sameInputs(current.inputs, await hashInputs(options.dir, current.inputs))) {
      return { ...current, reparsed: 0 };
    }
    return await build(options, code, cache, current);
  } finally {
    await release();
  }
}

async function build(options: BuildOptions, code: string, cache: string, current: BuildResult | null): Promise<BuildResult> {
  const lastGoodDir = join(stateFor(options), 'last-good');
  await ensureDir(lastGoodDir);
  const listing = await listArticleFiles(options.dir);
  const copies = new Map((await readdir(lastGoodDir)).filter((f) => articleFormat(f)).map((f) => [articleId(f), f]));
  // Every file of this very listing, broken ones included, so a restart can tell nothing changed.
  const inputs = await hashInputs(options.dir, current?.inputs, listing.files);

  const count = segmentCount(listing.files.length);
  const groups: string[][] = Array.from({ length: count }, () => []);
  for (const file of listing.files) groups[segmentOf(articleId(file), count)]!.push(file);
  const sameSplit = current?.codeVersion === code && current.segmentCount === count;
  const reusable = new Map(sameSplit && !options.force ? current.segments.map((s) => [s.key, s]) : []);

  const results: SegmentResult[] = [];
  const jobs: SegmentJob[] = [];
  for (let at = 0; at < count; at++) {
    const files = groups[at]!;
    const key = segmentKey(code, at, count, files.map((f) => [f, inputs[f]?.hash ?? 'vanished']));
    const known = reusable.get(key);
    if (known && existsSync(join(cache, segmentFile(key)))) {
      // Unchanged files: the segment serves what it served, without reading a file.
      const mine = new Set(files);
      results.push({
        at,
        key,
        articles: known.articles,
        passages: known.passages,
        reparsed: 0,
        served: Object.fromEntries(Object.entries(current!.served).filter(([id]) => segmentOf(id, count) === at)),
        failures: current!.failures.filter((f) => mine.has(f.file)),
      });
      continue;
    }
    if (!files.length) continue;
    const previous = sameSplit ? current.segments.find((s) => s.at === at)?.key : undefined;
    const ids = new Set(files.map(articleId));
    jobs.push({
      dir: options.dir,
      cache,
      lastGoodDir,
      codeVersion: code,
      at,
      key,
      files,
      inputs: Object.fromEntries(files.flatMap((f) => (inputs[f] ? [[f, inputs[f]]] : []))),
      copies: [...copies].filter(([id]) => ids.has(id)),
      ...(previous ? { previous } : {}),
    });
  }
  results.push(...(await runSegmentJobs(jobs)));
  results.sort((a, b) => a.at - b.at);

  const served: BuildResult['served'] = {};
  for (const r of results) Object.assign(served, r.served);
  const failures = [
    ...listing.skipped.map((f) => ({ ...f, keptLastGood: false })),
    ...results.flatMap((r) => r.failures).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  ];
  const reparsed = results.reduce((n, r) => n + r.reparsed, 0);
  const segments = results.filter((r) => r.articles > 0).map(({ at, key, articles, passages }) => ({ at, key, articles, passages }));
  const result: BuildResult = {
    version: versionOf(served),
    codeVersion: code,
    inputs,
    served,
    failures,
    reparsed,
    passages: segments.reduce((n, s) => n + s.passages, 0),
    segmentCount: count,
    segments,
  };
  if (Object.keys(served).length === 0 && !(options.emptyServes && listing.files.length === 0 && failures.length === 0)) {
    // Nothing would serve (an emptied folder): the live knowledge stays, so its cache and
    // last good copies must stay too, for the next start.
    return result;
  }
  // A removed article must not come back from its copy.
  for (const [id, copy] of copies) if (!served[id]) await rm(join(lastGoodDir, copy), { force: true });

  await writeAtomically(join(cache, 'meta.json'), JSON.stringify(result));
  // Keep the previous build's files for a reader that may still be loading them.
  const keep = new Set([...segments, ...(current?.segments ?? [])].map((s) => segmentFile(s.key)));
  for (const f of await readdir(cache)) {
    if (/^(?:articles|index|segment)-\w+\.jsonl?$/.test(f) && !keep.has(f)) await rm(join(cache, f), { force: true });
  }
  return result;
}

/** One segment to build: its files (in listing order), and the previous build of the same segment, if any. */
export interface SegmentJob {
  dir: string;
  cache: string;
  lastGoodDir: string;
  codeVersion: string;
  at: number;
  key: string;
  files: string[];
  /** The files' content hashes as the build found them: a file unchanged since the previous build is not read again. */
  inputs: Inputs;
  /** Last good copies of this segment's ids, as [id, file]. */
  copies: Array<[string, string]>;
  /** Key of the previous build's segment at the same place: its unchanged articles are reused, not parsed. */
  previous?: string;
}

export interface SegmentResult {
  at: number;
  key: string;
  /** Served articles and passages; a segment with none writes no file. */
  articles: number;
  passages: number;
  reparsed: number;
  served: BuildResult['served'];
  failures: BuildResult['failures'];
}

/**
 * Build the segments: one on this thread (a reload, already off the main thread), several on
 * two worker threads, so a cold start uses both cores.
 */
async function runSegmentJobs(jobs: SegmentJob[]): Promise<SegmentResult[]> {
  if (jobs.length <= 1) return Promise.all(jobs.map(buildSegment));
  const { buildSegmentsInWorkers } = await import('./run-build.ts');
  return buildSegmentsInWorkers(jobs, Math.min(SEGMENT_THREADS, jobs.length));
}

/** Threads that build segments at once: the machines this runs on have two cores or more. */
const SEGMENT_THREADS = 2;

/**
 * Read, parse, extract and index one segment's files and write its cache file:
 * `segment-<key>.jsonl` holds a header line, its articles (each with its content hash and
 * extraction, in id order) as JSON arrays of 50 a line, and the line of its packed index.
 */
export async function buildSegment(job: SegmentJob): Promise<SegmentResult> {
  const previous = job.previous ? await readSegmentEntries(join(job.cache, segmentFile(job.previous))) : new Map<string, CachedEntry>();
  const read = await readFolder(job.dir, { files: job.files, skipped: [] }, { previous, inputs: job.inputs, lastGood: { dir: job.lastGoodDir, copies: new Map(job.copies) } });
  const out = { at: job.at, key: job.key, reparsed: read.reparsed, served: read.served, failures: read.failures };
  if (!read.entries.length) return { ...out, articles: 0, passages: 0 };
  const entries = [...read.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = createIndex();
  const docs = passageDocs(entries.map((e) => e.article));
  index.addAll(docs);
  const header = { key: job.key, codeVersion: job.codeVersion, articles: entries.length, passages: docs.length };
  await writeAtomically(join(job.cache, segmentFile(job.key)), segmentText(header, entries, packIndex(index)));
  return { ...out, articles: entries.length, passages: docs.length };
}

export interface FolderRead {
  served: BuildResult['served'];
  failures: BuildResult['failures'];
  /** Served articles, in listing order (without a state folder only: see `entries`). */
  articles: Article[];
  /** With a state folder: the served articles as cached, in listing order. */
  entries: CachedEntry[];
  reparsed: number;
}

/**
 * The one way the knowledge folder is read, with or without a state folder: each listed file
 * once, in order; an id already served, an unreadable or invalid file is a failure; with a
 * state folder, an unchanged file comes from the previous build's cache and a broken one falls
 * back to its last good copy, and every good file becomes the new last good copy.
 */
export async function readFolder(
  dir: string,
  listing: { files: string[]; skipped: FileFailure[] },
  state: { previous: Map<string, CachedEntry>; inputs?: Inputs; lastGood: { dir: string; copies: Map<string, string> } } | null,
): Promise<FolderRead> {
  const previous = state?.previous ?? new Map<string, CachedEntry>();
  const served: FolderRead['served'] = {};
  const entries: CachedEntry[] = [];
  const articles: Article[] = [];
  const failures: FolderRead['failures'] = listing.skipped.map((f) => ({ ...f, keptLastGood: false }));
  let reparsed = 0;

  /** Serve `bytes` as article `id`; returns why it cannot be, or null. */
  const take = (id: string, file: string, bytes: Uint8Array, hash: string): FileFailure | null => {
    const cached = previous.get(id);
    if (state && cached && cached.hash === hash) {
      entries.push(cached);
    } else {
      const parsed = parseArticle(id, articleFormat(file)!, bytes);
      if (!parsed.ok) return { file, line: parsed.error.line, reason: parsed.error.message };
      reparsed++;
      if (state) entries.push({ id, hash, article: compact(parsed.article), extracted: extract(parsed.article) });
      else articles.push(parsed.article);
    }
    served[id] = { file, bytes: bytes.length, hash };
    return null;
  };
  // Good files are copied to last-good/ as they are read; nothing is removed before the end.
  for (const file of listing.files) {
    const id = articleId(file);
    if (served[id]) {
      failures.push({ file, line: null, reason: `another file (${served[id].file}) already has the id "${id}"`, keptLastGood: false });
      continue;
    }
    // Unchanged since the previous build, which served it and keeps its copy: nothing to read.
    const known = state?.inputs?.[file];
    const cached = previous.get(id);
    if (known && cached && known.hash === cached.hash && state!.lastGood.copies.get(id) === file) {
      entries.push(cached);
      served[id] = { file, bytes: known.size, hash: known.hash };
      continue;
    }
    const read = await readArticleFile(dir, file);
    const hash = 'bytes' in read ? hashBytes(read.bytes) : '';
    // Parsed only when new or changed: an unchanged file's article comes from the cache.
    const failure: FileFailure | null = 'reason' in read ? read : take(id, file, read.bytes, hash);
    if (failure) {
      if (failure.missing) continue;
      const copy = state?.lastGood.copies.get(id);
      const copyBytes = copy ? await readFile(join(state!.lastGood.dir, copy)).catch(() => null) : null;
      const kept = Boolean(copy && copyBytes && !take(id, copy, copyBytes, hashBytes(copyBytes)));
      failures.push({ ...failure, keptLastGood: kept });
      continue;
    }
    if (!state) continue;
    // Keep a last good copy outside the moderators' folder, replacing an older one.
    const { dir: lastGoodDir, copies } = state.lastGood;
    const copy = copies.get(id);
    if (!copy || copy !== file || previous.get(id)?.hash !== hash) {
      await writeAtomically(join(lastGoodDir, file), (read as { bytes: Buffer }).bytes);
      if (copy && copy !== file) await rm(join(lastGoodDir, copy), { force: true });
    }
  }
  return { served, failures, articles, entries, reparsed };
}

/**
 * A record of one entry per file, checked in place: zod's own record and object would copy
 * 20,000 objects at 10,000 articles, on the main thread during a reload.
 */
const records = <T>(valid: (value: Record<string, unknown>) => boolean) =>
  z.custom<Record<string, T>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'object' && v !== null && valid(v as Record<string, unknown>)),
  );

const metaSchema = z.object({
  version: z.string().regex(/^\w+$/),
  codeVersion: z.string(),
  inputs: records<Inputs[string]>((v) => typeof v.hash === 'string' && typeof v.size === 'number' && typeof v.mtimeMs === 'number'),
  served: records<BuildResult['served'][string]>((v) => typeof v.file === 'string' && typeof v.bytes === 'number' && typeof v.hash === 'string'),
  failures: z.array(
    z.object({ file: z.string(), line: z.number().nullable(), reason: z.string(), missing: z.boolean().optional(), keptLastGood: z.boolean() }),
  ),
  reparsed: z.number(),
  passages: z.number(),
  segmentCount: z.number().int().min(1),
  segments: z.array(z.object({ at: z.number().int().min(0), key: z.string().regex(/^\w+$/), articles: z.number(), passages: z.number() })),
});

/** The cache's meta.json, or null when it is missing or not exactly what a build writes: then it is rebuilt. */
export async function readMeta(cache: string): Promise<BuildResult | null> {
  try {
    const parsed = metaSchema.safeParse(JSON.parse(await readFile(join(cache, 'meta.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A folder of our own state; a file standing in its place (a broken copy, a mistake) is replaced. */
async function ensureDir(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && !info.isDirectory()) await rm(path, { force: true });
  await mkdir(path, { recursive: true });
}
