/**
 * Read the knowledge cache written by `buildKnowledge` back into Parts, one per segment, without
 * parsing, extracting or indexing anything. A segment already served (same key) is taken as it
 * is, so a reload after one edit reads one segment file. Returns null for a missing, stale or
 * corrupt cache.
 */
import { join } from 'node:path';
import { assemblePart, type Extracted, type Part } from '../core/corpus.ts';
import type { Article } from '../core/types.ts';
import { cacheDir, readMeta, type BuildResult, type SegmentEntry } from './build.ts';
import { readSegmentFile, restoreSentences, type CachedEntry, type SegmentFile } from './segment-file.ts';
import { unpackIndex } from './index-file.ts';
import { segmentFile } from './segments.ts';

/** A served segment: its content key and its Part. */
export interface Segment {
  key: string;
  part: Part;
}

export interface Cached {
  segments: Segment[];
  meta: BuildResult;
}

const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/**
 * `background`: yield to the event loop while reading (a reload while the bot serves);
 * otherwise read as fast as possible (start-up, before the bot answers anything).
 * `served`: segments in memory already, by key, reused instead of read again. `known`: the
 * cache's meta.json, when the caller has just read it.
 */
export async function loadCache(
  where: { dir: string; stateDir: string },
  codeVersion: string,
  background: boolean,
  served: ReadonlyMap<string, Part> = new Map(),
  known?: BuildResult | null,
): Promise<Cached | null> {
  const dir = cacheDir(where);
  try {
    const meta = known ?? (await readMeta(dir));
    if (!meta || meta.codeVersion !== codeVersion) return null;
    // The next file is read while this one is parsed: the disk and the CPU overlap.
    const read = (i: number) => {
      const entry = meta.segments[i];
      if (!entry || served.has(entry.key)) return null;
      const file = readSegmentFile(join(dir, segmentFile(entry.key)));
      file.catch(() => undefined);
      return file;
    };
    const segments: Segment[] = [];
    let next = read(0);
    for (const [i, entry] of meta.segments.entries()) {
      const file = next;
      next = read(i + 1);
      const part = served.get(entry.key) ?? (await loadSegment(await file!, entry, codeVersion, background));
      if (!part) return null;
      segments.push({ key: entry.key, part });
    }
    const articles = segments.reduce((n, s) => n + s.part.articles.length, 0);
    if (articles !== Object.keys(meta.served).length) return null;
    return { segments, meta };
  } catch {
    return null;
  }
}

async function loadSegment(file: SegmentFile, entry: SegmentEntry, codeVersion: string, background: boolean): Promise<Part | null> {
  if (file.header.key !== entry.key || file.header.codeVersion !== codeVersion || file.header.articles !== entry.articles) return null;
  const articles: Article[] = [];
  const extracted = new Map<string, Extracted>();
  for (const chunk of file.chunks) {
    for (const e of JSON.parse(chunk) as CachedEntry[]) {
      articles.push(restoreSentences(e.article));
      extracted.set(e.id, e.extracted);
    }
    if (background) await yieldToLoop();
  }
  if (articles.length !== entry.articles) return null;
  const index = await unpackIndex(file.index, background);
  if (background) await yieldToLoop();
  const part = assemblePart(articles, extracted, index);
  if (background) {
    // A reload: the part is made ready here, a slice at a time, before it serves.
    await yieldToLoop();
    prepare(part);
  }
  return part;
}

/**
 * Make what a part builds on first use (its listings and name index). A start leaves it to
 * `prepareInBackground`: the bot answers sooner, and a question that comes first builds what
 * it needs itself.
 */
function prepare(part: Part): void {
  part.lists.peopleByName.build();
}

/** Prepare each part in turn between other work, once the store is serving (see `prepare`). */
export async function prepareInBackground(parts: readonly Part[]): Promise<void> {
  for (const part of parts) {
    await yieldToLoop();
    void part.lists; // its listings, made on first read
    await yieldToLoop();
    prepare(part);
  }
}
