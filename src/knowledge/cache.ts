/**
 * Read the knowledge cache written by `buildKnowledge` back into a Corpus, without parsing,
 * extracting or indexing anything. Returns null for a missing, stale or corrupt cache.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';
import { assemblePart, corpusOf, type Corpus, type Extracted } from '../core/corpus.ts';
import { indexOptions, type PassageDoc } from '../core/search.ts';
import type { Article } from '../core/types.ts';
import { articlesFile, cacheDir, indexFile, readMeta, restoreSentences, type BuildResult } from './build.ts';

export interface Cached {
  corpus: Corpus;
  meta: BuildResult;
}

/** Lines parsed between two yields to the event loop when loading in the background. */
const LINES_PER_SLICE = 200;

/**
 * `background`: yield to the event loop while reading (a reload while the bot serves);
 * otherwise read as fast as possible (start-up, before the bot answers anything).
 */
export async function loadCache(where: { dir: string; stateDir: string }, codeVersion: string, background: boolean): Promise<Cached | null> {
  const dir = cacheDir(where);
  try {
    const meta = await readMeta(dir);
    if (!meta || meta.codeVersion !== codeVersion) return null;
    const articles: Article[] = [];
    const extracted = new Map<string, Extracted>();
    let header = true;
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(join(dir, articlesFile(meta.version)), 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      const value = JSON.parse(line) as { version?: string; id: string; article: Article; extracted: Extracted };
      if (header) {
        if (value.version !== meta.version) return null;
        header = false;
        continue;
      }
      articles.push(restoreSentences(value.article));
      extracted.set(value.id, value.extracted);
      if (background && ++n % LINES_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
    }
    if (articles.length !== Object.keys(meta.served).length) return null;
    const json = await readFile(join(dir, indexFile(meta.version)), 'utf8');
    const index = background
      ? await MiniSearch.loadJSONAsync<PassageDoc>(json, indexOptions)
      : MiniSearch.loadJSON<PassageDoc>(json, indexOptions);
    return { corpus: corpusOf([assemblePart(articles, extracted, index)]), meta };
  } catch {
    return null;
  }
}
