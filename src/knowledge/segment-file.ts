/**
 * The cache's segment file: a header line, the segment's articles in lines of 50 (compact:
 * sentences as offsets into their paragraph), then its packed index (index-file.ts). Read whole
 * or not at all: anything else is not a segment file, and is rebuilt rather than trusted.
 *
 * The file is ASCII: JSON escapes every other character (`\u00e8`). One accented name makes
 * decoded UTF-8 a two-byte string twice the size, and decoding it was a fifth of a start from
 * the cache; ASCII is read as single bytes, and JSON.parse gives back the real characters.
 */
import { isAscii } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Extracted } from '../core/corpus.ts';
import type { Article } from '../core/types.ts';

/** A served article as a segment file keeps it: compact (sentences as offsets), with its extraction. */
export interface CachedEntry {
  id: string;
  hash: string;
  article: Article;
  extracted: Extracted;
}

/** Sentences are stored as offsets only: their text is a slice of the paragraph's. */
export function compact(article: Article): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ start: s.start, end: s.end }) as typeof s) })),
  };
}

export function restoreSentences(article: Article): Article {
  for (const p of article.paragraphs) for (const s of p.sentences) s.text = p.text.slice(s.start, s.end);
  return article;
}

export interface SegmentHeader {
  key: string;
  codeVersion: string;
  articles: number;
  passages: number;
}

export interface SegmentFile {
  header: SegmentHeader;
  /** Lines of articles, each a JSON array of CachedEntry. */
  chunks: string[];
  /** The packed index (index-file.ts). */
  index: string;
}

/** A segment file's lines: its header, its articles in chunks, its index. Throws on anything else. */
export async function readSegmentFile(path: string): Promise<SegmentFile> {
  const bytes = await readFile(path);
  const lines = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8').split('\n');
  if (lines.length < 4 || lines.pop() !== '') throw new Error(`knowledge: ${basename(path)} is not a segment file`);
  const header = JSON.parse(lines[0]!) as SegmentHeader;
  return { header, chunks: lines.slice(1, -1), index: lines.at(-1)! };
}

/** Articles per line of a segment file: a line is parsed in one go, so a reload's parse stays a few milliseconds long. */
const ARTICLES_PER_LINE = 50;

export function segmentText(header: SegmentHeader, entries: CachedEntry[], index: string): string {
  const lines = [JSON.stringify(header)];
  for (let i = 0; i < entries.length; i += ARTICLES_PER_LINE) lines.push(JSON.stringify(entries.slice(i, i + ARTICLES_PER_LINE)));
  lines.push(index);
  return `${lines.join('\n')}\n`.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The previous build of a segment, by article id; nothing when it is missing or corrupt (it is rebuilt, never trusted). */
export async function readSegmentEntries(path: string): Promise<Map<string, CachedEntry>> {
  try {
    const { chunks } = await readSegmentFile(path);
    return new Map(chunks.flatMap((chunk) => JSON.parse(chunk) as CachedEntry[]).map((e) => [e.id, e]));
  } catch {
    return new Map();
  }
}

