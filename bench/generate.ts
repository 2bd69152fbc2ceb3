/**
 * Deterministic generator of realistic news articles for benchmarks.
 *
 * Each article is one of a dozen story kinds (generator/kinds-*.ts: council vote, transport strike, factory closure,
 * court ruling, sports transfer, civic opening, storm, election, health service, technology launch,
 * housing plan, research study), written as a lead plus two to four headed sections from hundreds
 * of sentence templates. Templates are filled from vocabularies of real and synthesised names, so
 * people, places and organisations follow a skewed, realistic distribution. Output is a pure
 * function of (count, seed): no clock, no Math.random, and article i does not depend on how many
 * articles are generated, so a smaller corpus is a prefix of a larger one with the same seed.
 *
 * Usage: `npx tsx bench/generate.ts OUT_DIR [COUNT] [SEED]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './generator/assembly.ts';

/** The generator's PRNG, for the benchmark's own seeded choices. */
export { mulberry32 } from './generator/random.ts';

export interface GeneratedArticle {
  /** File name without extension, e.g. `a00042-council-vote-harbor`. */
  id: string;
  /** File name, e.g. `a00042-council-vote-harbor.md`. */
  file: string;
  /** Full file content. */
  text: string;
}

export const DEFAULT_SEED = 20260109;

/** Generate `count` articles. The same count and seed always give byte-identical output. */
export function generateArticles(count: number, seed: number = DEFAULT_SEED): GeneratedArticle[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(i, seed));
  return out;
}

/** Generate and write `count` articles into `dir` (created if missing). Returns the bytes written. */
export async function writeArticles(dir: string, count: number, seed: number = DEFAULT_SEED): Promise<number> {
  await mkdir(dir, { recursive: true });
  const articles = generateArticles(count, seed);
  let bytes = 0;
  const BATCH = 64;
  for (let i = 0; i < articles.length; i += BATCH) {
    await Promise.all(
      articles.slice(i, i + BATCH).map((a) => {
        const data = Buffer.from(a.text, 'utf8');
        bytes += data.length;
        return writeFile(join(dir, a.file), data);
      }),
    );
  }
  return bytes;
}


// ---------------------------------------------------------------------------------------------
// CLI

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const [dir, countArg = '1000', seedArg] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/generate.ts OUT_DIR [COUNT] [SEED]');
    process.exit(2);
  }
  const t0 = performance.now();
  writeArticles(dir, Number(countArg), seedArg === undefined ? DEFAULT_SEED : Number(seedArg)).then(
    (bytes) => console.log(`wrote ${countArg} articles, ${bytes} bytes, to ${dir} in ${Math.round(performance.now() - t0)} ms`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
