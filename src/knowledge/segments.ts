/**
 * How a shelf's articles are split into segments: each segment is one indexed Part with its
 * own cache file, so a changed article rebuilds, writes and reloads one segment of a few
 * hundred articles instead of the whole shelf.
 *
 * An article's segment is a stable hash of its id, so an edit never moves it; the number of
 * segments is a power of two near articles/500, and when that number changes every segment
 * is rebuilt (rare: it takes the shelf doubling or halving).
 */
import { createHash } from 'node:crypto';

/** Articles a segment holds, roughly: small enough to index in well under a second. */
export const ARTICLES_PER_SEGMENT = 500;

/** Segments for a shelf of `articles` files: 1 for a small shelf, else the power of two nearest articles/500. */
export function segmentCount(articles: number): number {
  if (articles <= ARTICLES_PER_SEGMENT) return 1;
  return 2 ** Math.max(0, Math.round(Math.log2(articles / ARTICLES_PER_SEGMENT)));
}

/** The segment of an article id (FNV-1a over its UTF-16 units), from 0 to count − 1. */
export function segmentOf(id: string, count: number): number {
  if (count === 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  // Fold the high bits in: FNV's low bits alone spread short ids poorly.
  h ^= h >>> 16;
  return (h >>> 0) % count;
}

/**
 * A segment's content key: the code version, the segment's place in the split, and each of its
 * files with its content hash. The same key means the same articles, failures and index, so its
 * cache file is reused as it is.
 */
export function segmentKey(codeVersion: string, at: number, count: number, files: Array<[string, string]>): string {
  const h = createHash('sha256').update(`${codeVersion}\n${at}/${count}\n`);
  for (const [file, hash] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) h.update(`${file}:${hash}\n`);
  return h.digest('hex').slice(0, 16);
}

export const segmentFile = (key: string) => `segment-${key}.jsonl`;
