/**
 * `node --import tsx bench/ask-probe.ts [--articles 10000] [--dir DIR] [--segments 16] [--queries 2000] [--repeats 3]`
 *
 * How /ask, /who name: and autocomplete scale with the number of parts a reader sees: the same
 * generated articles are indexed once as one part and once split by id hash into segments (as
 * a large shelf is), and the same inputs are timed over both. Generating, parsing and
 * extracting 10,000 articles takes about a minute, so that is done once per folder and kept
 * there (`.probe-prepared-*.v8`, keyed by the code that extracts); a reused `--dir` starts at once.
 * Each figure is the median over the runs of that run's percentile.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { articleChoices, matchChoices } from '../src/registry/command-kit.ts';
import { ask } from '../src/core/answers.ts';
import { parseArticleText } from '../src/core/article.ts';
import { assemblePart, corpusOf, extract, passageDocs, sortArticles, type Corpus, type Extracted, type Part } from '../src/core/corpus.ts';
import { createIndex, termSpans } from '../src/core/search.ts';
import { who } from '../src/core/who-claims-next.ts';
import type { Article } from '../src/core/types.ts';
import { readArgs } from '../src/cli-args.ts';
import { mulberry32, writeArticles } from './generate.ts';
import { questionsFor } from './questions.ts';

const USAGE = `Usage: node --import tsx bench/ask-probe.ts [--articles N] [--dir DIR] [--segments N] [--queries N] [--repeats N]

  --articles N   generated articles (default 10000)
  --dir DIR      folder of articles to use, generated into when empty (default: a new temporary folder)
  --segments N   parts of the split corpus (default 16)
  --queries N    inputs per command (default 2000)
  --repeats N    timed runs; each figure is the median of the runs' (default 3)
`;
const args = readArgs(USAGE, {
  options: {
    articles: { type: 'string', default: '10000' },
    dir: { type: 'string' },
    segments: { type: 'string', default: '16' },
    queries: { type: 'string', default: '2000' },
    repeats: { type: 'string', default: '3' },
  },
});
if (typeof args === 'number') process.exit(args);
const [ARTICLES, SEGMENTS, QUERIES, REPEATS] = [args.values.articles, args.values.segments, args.values.queries, args.values.repeats].map(Number) as [number, number, number, number];
if ([ARTICLES, SEGMENTS, QUERIES, REPEATS].some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`Every option takes a whole number from 1.\n\n${USAGE}`);
  process.exit(2);
}

const EXTRACTION = /^(article|claims|outlook|organisations|people|nlp-|given-names|text|types)/;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Parsed and extracted articles of the folder, generated first when the folder has none. */
async function prepare(dir: string): Promise<{ articles: Article[]; extracted: Map<string, Extracted> }> {
  let files = (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f));
  if (files.length === 0) {
    log(`generating ${ARTICLES} articles in ${dir}…`);
    await writeArticles(dir, ARTICLES);
    files = (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f));
  }
  // Parsing and extraction rules change what is prepared: the kept copy is keyed by their source
  // (not by the search and ranking modules, which are what this probe is run to compare).
  const code = createHash('sha256');
  const core = new URL('../src/core/', import.meta.url).pathname;
  for (const f of (await readdir(core)).sort()) if (EXTRACTION.test(f)) code.update(await readFile(join(core, f)));
  const kept = join(dir, `.probe-prepared-${files.length}-${code.digest('hex').slice(0, 12)}.v8`);
  try {
    const { articles, extracted } = deserialize(await readFile(kept)) as { articles: Article[]; extracted: Array<[string, Extracted]> };
    log(`reusing ${kept}`);
    return { articles, extracted: new Map(extracted) };
  } catch {
    // Not prepared yet (or by other code): prepare below.
  }
  const t = performance.now();
  const articles: Article[] = [];
  for (const file of files) {
    const parsed = parseArticleText(file.replace(/\.(md|txt)$/, ''), file.endsWith('.md') ? 'md' : 'txt', await readFile(join(dir, file), 'utf8'));
    if (parsed.ok) articles.push(parsed.article);
  }
  const extracted = new Map(articles.map((a) => [a.id, extract(a)]));
  log(`parsed and extracted ${articles.length} articles in ${Math.round(performance.now() - t)} ms`);
  await writeFile(kept, serialize({ articles, extracted: [...extracted] }));
  return { articles, extracted };
}

function part(articles: Article[], extracted: Map<string, Extracted>): Part {
  const sorted = sortArticles(articles);
  const index = createIndex();
  index.addAll(passageDocs(sorted));
  return assemblePart(sorted, new Map(sorted.map((a) => [a.id, extracted.get(a.id)!])), index);
}

/** A stable segment for an article id, as a shelf split by hash would place it. */
function segmentOf(id: string, count: number): number {
  return createHash('md5').update(id).digest().readUInt32BE(0) % count;
}


type Stats = { p50: number; p95: number; p99: number };
const round = (x: number) => Math.round(x * 100) / 100;
function percentiles(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0);
  return { p50: at(50), p95: at(95), p99: at(99) };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeEach<T>(inputs: T[], run: (input: T) => unknown): number[] {
  for (const input of inputs.slice(0, 20)) run(input);
  return inputs.map((input) => {
    const t = performance.now();
    run(input);
    return performance.now() - t;
  });
}

const dir = args.values.dir ?? (await mkdtemp(join(tmpdir(), 'ask-probe-')));
await mkdir(dir, { recursive: true });
const { articles, extracted } = await prepare(dir);
let t = performance.now();
const whole = corpusOf([part(articles, extracted)]);
log(`indexed as one part in ${Math.round(performance.now() - t)} ms`);
t = performance.now();
const groups: Article[][] = Array.from({ length: SEGMENTS }, () => []);
for (const a of articles) groups[segmentOf(a.id, SEGMENTS)]!.push(a);
const split = corpusOf(groups.filter((g) => g.length).map((g) => part(g, extracted)));
log(`indexed as ${split.parts.length} parts in ${Math.round(performance.now() - t)} ms`);

const questions = questionsFor(whole, QUERIES, ARTICLES);
const random = mulberry32(ARTICLES + 7);
const ids = whole.articles.map((a) => a.id);
const names = whole.lists.personNames.map((p) => p.name.split(' ').pop()!);
const someNames = Array.from({ length: QUERIES }, () => names[Math.floor(random() * names.length)] ?? 'smith');
const someArticles = Array.from({ length: QUERIES }, () => ids[Math.floor(random() * ids.length)]!);
const typed = Array.from({ length: QUERIES }, (_, i) => (i % 2 ? someNames[i]! : someArticles[i]!).slice(0, 2 + (i % 3)).toLowerCase());

const commands: Record<string, (corpus: Corpus) => number[]> = {
  ask: (c) => timeEach(questions, ({ question }) => ask(c, question)),
  // Asked about the article the question's words come from, as a member in a channel about it would.
  'ask article:': (c) => timeEach(questions, ({ question, article }) => ask(c, question, { article })),
  'who name:': (c) => timeEach(someNames, (name) => who(c, { name })),
  autocomplete: (c) => timeEach(typed, (v) => (articleChoices(c, v), matchChoices(c.lists.personNames, v))),
};

// A shared machine's neighbours move the tail: say how busy it was.
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
process.stdout.write(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${load()}\n`);
process.stdout.write(`${whole.articles.length} articles, ${whole.passageCount} passages; ${QUERIES} inputs per command, median of ${REPEATS} runs\n\n`);
process.stdout.write('| command | parts | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |\n');
for (const [name, run] of Object.entries(commands)) {
  for (const corpus of [whole, split]) {
    const runs = Array.from({ length: REPEATS }, () => percentiles(run(corpus)));
    const of = (k: keyof Stats) => median(runs.map((r) => r[k]));
    process.stdout.write(`| ${name} | ${corpus.parts.length} | ${of('p50')} | ${of('p95')} | ${of('p99')} |\n`);
  }
}
process.stdout.write(`\nload average at the end: ${load()}\n`);
