/**
 * Build the knowledge cache from KNOWLEDGE_DIR: read every file, fall back to the last good
 * copy of a broken one, reuse the parsed article and extraction of every file whose content
 * hash and code version are unchanged, index all passages, and write the cache atomically.
 * Runs in a worker thread for reloads, so the bot keeps answering while it works.
 *
 * Cache layout (STATE_DIR/cache): `articles-<version>.jsonl` (a header line, then one article
 * with its extraction per line), `index-<version>.json` (MiniSearch's own JSON) and
 * `meta.json`, written last, which names the build. Files carry the knowledge version in
 * their name, so processes sharing STATE_DIR (shards) never pair one build's index with
 * another's articles, and a reader trusts nothing whose meta does not match.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../core/article.ts';
import { extract, passageDocs, sortArticles, type Extracted } from '../core/corpus.ts';
import { createIndex } from '../core/search.ts';
import type { Article } from '../core/types.ts';
import { lock, type LockWait } from './build-lock.ts';
import { articleFormat, articleId, listArticleFiles, readArticleFile, type FileFailure } from './load.ts';

export interface BuildOptions {
  dir: string;
  stateDir: string;
  /** Build even when the current cache was made from the same files (it failed to load). */
  force?: boolean;
  /** Told, now and then, that another process holds the build lock and who it is. */
  onWait?: (wait: LockWait) => void;
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
}

/** A cached article line: everything needed to serve it without reading its file again. */
interface CachedLine {
  id: string;
  hash: string;
  article: Article;
  extracted: Extracted;
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

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function versionOf(served: Record<string, { hash: string }>): string {
  const h = createHash('sha256');
  for (const id of Object.keys(served).sort()) h.update(`${id}:${served[id]!.hash}\n`);
  return h.digest('hex').slice(0, 12);
}

/** A file's content hash, with the size and modification time it was hashed at. */
export type Inputs = Record<string, { hash: string; size: number; mtimeMs: number }>;

/**
 * Hash every article file of the folder. A file whose size and modification time are those
 * of `known` keeps its known hash without being read again: at 10,000 articles, reading
 * every file would cost much of a cached start.
 */
export async function hashInputs(dir: string, known: Inputs = {}, listed?: string[]): Promise<Inputs> {
  const inputs: Inputs = {};
  const names = listed ?? (await listArticleFiles(dir)).files;
  const one = async (name: string) => {
    try {
      const path = join(dir, name);
      const { size, mtimeMs } = await stat(path);
      const before = known[name];
      const hash = before && before.size === size && before.mtimeMs === mtimeMs ? before.hash : hashBytes(await readFile(path));
      inputs[name] = { hash, size, mtimeMs };
    } catch {
      // Vanished between listing and reading: not an input.
    }
  };
  // A few hundred at a time: the file system answers them in parallel.
  for (let i = 0; i < names.length; i += 256) await Promise.all(names.slice(i, i + 256).map(one));
  return inputs;
}

/** Same files with the same content. */
export function sameInputs(a: Inputs, b: Inputs): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => a[n]?.hash === b[n]?.hash);
}

export const articlesFile = (version: string) => `articles-${version}.jsonl`;
export const indexFile = (version: string) => `index-${version}.json`;

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
  const previous = current?.codeVersion === code ? await readCachedLines(join(cache, articlesFile(current.version))) : new Map();
  const listing = await listArticleFiles(options.dir);
  const copies = new Map((await readdir(lastGoodDir)).filter((f) => articleFormat(f)).map((f) => [articleId(f), f]));
  // Every file of this very listing, broken ones included, so a restart can tell nothing changed.
  const inputs = await hashInputs(options.dir, current?.inputs, listing.files);
  const read = await readFolder(options.dir, listing, { previous, lastGood: { dir: lastGoodDir, copies } });
  const { served, failures, reparsed, articles, lines } = read;
  const nothing = Object.keys(served).length === 0;
  if (nothing) {
    // Nothing would serve (an emptied folder): the live knowledge stays, so its cache and
    // last good copies must stay too, for the next start.
    return { version: versionOf(served), codeVersion: code, inputs, served, failures, reparsed, passages: 0 };
  }
  // A removed article must not come back from its copy.
  for (const [id, copy] of copies) if (!served[id]) await rm(join(lastGoodDir, copy), { force: true });

  // Index in corpus order; lines follow the same order so a reader can pair them.
  const order = new Map(sortArticles(articles).map((a, i) => [a.id, i]));
  const sortedLines = lines.map((line, i) => ({ line, at: order.get(articles[i]!.id)! })).sort((a, b) => a.at - b.at).map((x) => x.line);
  const index = createIndex();
  const docs = passageDocs(sortArticles(articles));
  index.addAll(docs);

  const result: BuildResult = { version: versionOf(served), codeVersion: code, inputs, served, failures, reparsed, passages: docs.length };
  await writeAtomically(join(cache, articlesFile(result.version)), `${JSON.stringify({ codeVersion: code, version: result.version })}\n${sortedLines.join('\n')}\n`);
  await writeAtomically(join(cache, indexFile(result.version)), JSON.stringify(index));
  await writeAtomically(join(cache, 'meta.json'), JSON.stringify(result));
  // Keep the previous build's files for a reader that may still be loading them.
  const keep = new Set([result.version, current?.version]);
  for (const f of await readdir(cache)) {
    const version = /^(?:articles|index)-(\w+)\./.exec(f)?.[1];
    if (version && !keep.has(version)) await rm(join(cache, f), { force: true });
  }
  return result;
}

export interface FolderRead {
  served: BuildResult['served'];
  failures: BuildResult['failures'];
  /** Served articles, in listing order. */
  articles: Article[];
  /** Their cache lines, in the same order; empty when reading without a state folder. */
  lines: string[];
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
  state: { previous: Map<string, { hash: string; line: string; article: Article }>; lastGood: { dir: string; copies: Map<string, string> } } | null,
): Promise<FolderRead> {
  const previous = state?.previous ?? new Map<string, { hash: string; line: string; article: Article }>();
  const served: FolderRead['served'] = {};
  const lines: string[] = [];
  const articles: Article[] = [];
  const failures: FolderRead['failures'] = listing.skipped.map((f) => ({ ...f, keptLastGood: false }));
  let reparsed = 0;

  /** Serve `bytes` as article `id`; returns why it cannot be, or null. */
  const take = (id: string, file: string, bytes: Uint8Array, hash: string): FileFailure | null => {
    const cached = previous.get(id);
    if (cached && cached.hash === hash) {
      lines.push(cached.line);
      articles.push(cached.article);
    } else {
      const parsed = parseArticle(id, articleFormat(file)!, bytes);
      if (!parsed.ok) return { file, line: parsed.error.line, reason: parsed.error.message };
      reparsed++;
      if (state) {
        const line: CachedLine = { id, hash, article: compact(parsed.article), extracted: extract(parsed.article) };
        lines.push(JSON.stringify(line));
      }
      articles.push(parsed.article);
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
  return { served, failures, articles, lines, reparsed };
}

const metaSchema = z.object({
  version: z.string().regex(/^\w+$/),
  codeVersion: z.string(),
  inputs: z.record(z.string(), z.object({ hash: z.string(), size: z.number(), mtimeMs: z.number() })),
  served: z.record(z.string(), z.object({ file: z.string(), bytes: z.number(), hash: z.string() })),
  failures: z.array(
    z.object({ file: z.string(), line: z.number().nullable(), reason: z.string(), missing: z.boolean().optional(), keptLastGood: z.boolean() }),
  ),
  reparsed: z.number(),
  passages: z.number(),
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

/** Sentences are stored as offsets only: their text is a slice of the paragraph's. */
function compact(article: Article): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ start: s.start, end: s.end }) as typeof s) })),
  };
}

export function restoreSentences(article: Article): Article {
  for (const p of article.paragraphs) for (const s of p.sentences) s.text = p.text.slice(s.start, s.end);
  return article;
}

/** The previous build's articles by id, when written by this code version; else nothing. */
async function readCachedLines(path: string): Promise<Map<string, { hash: string; line: string; article: Article }>> {
  const out = new Map<string, { hash: string; line: string; article: Article }>();
  if (!existsSync(path)) return out;
  try {
    let header = true;
    for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      const value = JSON.parse(line) as CachedLine & { codeVersion?: string };
      if (header) {
        header = false;
        continue;
      }
      out.set(value.id, { hash: value.hash, line, article: restoreSentences(value.article) });
    }
  } catch {
    // A corrupt cache is rebuilt, never trusted.
    out.clear();
  }
  return out;
}

export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(path, '..', `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temp, data);
  await rename(temp, path);
}
