/**
 * `npm run bench [-- --sizes 1,100,1000,10000] [--json FILE] [--queries 2000] [--repeats 3]`
 *
 * For each size: N generated articles (N = 1 is the shipped knowledge), then the cold start
 * (read, parse, extract, index, write the cache), the start from the cache, heap, cache size,
 * the event-loop delay during a reload, and the latency of every command beside the bare
 * MiniSearch call for the same terms (the floor) and, for /ask, MiniSearch with its default
 * options (the naive baseline, timed once on 500 of the questions). Deterministic inputs; times are medians and percentiles.
 * On a shared machine one run's p99 moves with the neighbours, so every command is timed
 * in several runs over the same inputs and each figure is the median of the runs' figures.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { articleChoices, matchChoices } from '../src/registry/command-kit.ts';
import { ask } from '../src/core/answers.ts';
import type { Corpus, Part } from '../src/core/corpus.ts';
import { claims, next, who } from '../src/core/who-claims-next.ts';
import { planQuery, queryTerms, rawSearchOptions, termSpans } from '../src/core/search.ts';
import { cacheDir } from '../src/knowledge/build.ts';
import { prepareInBackground } from '../src/knowledge/cache.ts';
import { Library } from '../src/knowledge/library.ts';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import { createLogger } from '../src/log.ts';
import { readArgs } from '../src/cli-args.ts';
import { generateArticles, mulberry32, writeArticles } from './generate.ts';
import { questionsFor } from './questions.ts';

const USAGE = `Usage: npm run bench [-- --sizes 1,100,1000,10000] [--json FILE] [--queries 2000] [--repeats 3] [--reloads 3] [--servers 1000 [--server-articles 10]]

Options:
  --sizes N,N,...  article counts to measure (1 is the shipped knowledge); default 1,100,1000,10000
  --json FILE      also write the results to FILE as JSON
  --queries N      questions (inputs) for every command per size; default 2000
  --repeats N      timed runs over those inputs; each figure is the median of the runs'; default 3
  --reloads N      reloads per size (the median is reported); default 3
  --servers N      also give N servers a shelf of their own beside the largest shared shelf:
                   memory, start from the cache, /ask scoped to one server, one server's reload
  --server-articles N  articles on each server's shelf; default 10
  -h, --help       show this help
`;
const args = readArgs(USAGE, {
  options: { sizes: { type: 'string', default: '1,100,1000,10000' }, json: { type: 'string' }, queries: { type: 'string', default: '2000' }, repeats: { type: 'string', default: '3' }, reloads: { type: 'string', default: '3' }, servers: { type: 'string', default: '0' }, 'server-articles': { type: 'string', default: '10' } },
});
if (typeof args === 'number') process.exit(args);
const counts = (value: string) => value.split(',').map((n) => (/^\d+$/.test(n.trim()) ? Number(n) : NaN));
const sizes = counts(args.values.sizes);
const jsonFile = args.values.json;
const [QUERIES, REPEATS, RELOADS, SERVERS, SERVER_ARTICLES] = [args.values.queries, args.values.repeats, args.values.reloads, args.values.servers, args.values['server-articles']].map(
  (n) => counts(n)[0]!,
) as [number, number, number, number, number];
if ([...sizes, QUERIES, REPEATS, RELOADS, SERVER_ARTICLES].some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(SERVERS) || SERVERS < 0) {
  process.stderr.write(`--sizes, --queries, --repeats, --reloads and --server-articles take whole numbers from 1, --servers from 0.\n\n${USAGE}`);
  process.exit(2);
}
/** Questions the naive baseline is timed on (see `measure`). */
const NAIVE_QUERIES = 500;
const KNOWLEDGE = new URL('../knowledge/', import.meta.url).pathname;
const OPEN_ONCE = new URL('./open-once.ts', import.meta.url).pathname;

type Stats = { p50: number; p95: number; p99: number };
type CommandStats = Stats & { ratioToRaw: number; speedupVsNaive?: number };

function percentiles(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0);
  return { p50: at(50), p95: at(95), p99: at(99) };
}
const round = (x: number) => Math.round(x * 100) / 100;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Each figure of each command: the median of that figure over the runs. */
function medianOfRuns(runs: Array<Record<string, CommandStats>>): Record<string, CommandStats> {
  const out: Record<string, CommandStats> = {};
  for (const name of Object.keys(runs[0]!)) {
    const stats = runs.map((r) => r[name]!);
    const of = (key: keyof CommandStats) => round(median(stats.map((c) => c[key]!)));
    out[name] = { p50: of('p50'), p95: of('p95'), p99: of('p99'), ratioToRaw: of('ratioToRaw') };
    if (stats[0]!.speedupVsNaive !== undefined) out[name]!.speedupVsNaive = of('speedupVsNaive');
  }
  return out;
}

/** What the figures were measured on, since the same code gives other times elsewhere. */
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGiB: round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg().map(round),
};
const machineLine = `${machine.cores} × ${machine.cpu}, ${Math.round(machine.memoryGiB)} GiB, Node ${machine.node}`;
process.stdout.write(
  `machine: ${machineLine}; load average ${machine.loadAverageAtStart.join(' ')}\n` +
    `latency: ${QUERIES} inputs per command, ${REPEATS} run(s), each figure the median of the runs' figures\n\n`,
);

function timeEach<T>(inputs: T[], run: (input: T) => unknown): number[] {
  for (const input of inputs.slice(0, 20)) run(input); // warm-up
  return inputs.map((input) => {
    const t = performance.now();
    run(input);
    return performance.now() - t;
  });
}


interface SizeResult {
  articles: number;
  passages: number;
  coldStartMs: number;
  startFromCacheMs: number;
  cacheMB: number;
  heapMB: number;
  /** The heap after every command's questions have run (see heapAfterQueriesMB in `measure`). */
  heapAfterQueriesMB: number;
  reloadMs: number;
  reloadLoopDelayP99Ms: number;
  queriesDuringReload: number;
  queryDuringReloadP99Ms: number;
  /** Questions the naive baseline was timed on, once (its p99 is what speedupVsNaive divides). */
  naiveQuestions: number;
  commands: Record<string, CommandStats>;
  /** Every run's figures, of which `commands` holds the medians. */
  commandRuns: Array<Record<string, CommandStats>>;
  /** With --servers: the servers' shelves beside this shared shelf. */
  servers?: ServersResult;
}

interface ServersResult {
  servers: number;
  articlesEach: number;
  /** Building every shelf's cache, one after the other (each server's first use). */
  coldBuildMs: number;
  /** A fresh process: the shared shelf and the list of shelves, ready to answer (median of 3). */
  startFromCacheMs: number;
  /** The same process opening every server's shelf from the cache too. */
  openAllShelvesMs: number;
  /** Heap with the shared shelf and every server's shelf open (and the benchmark's own naive index). */
  heapMB: number;
  /** What each server's shelf adds to the heap, on average. */
  heapPerServerKB: number;
  askSharedP99Ms: number;
  askScopedP99Ms: number;
  /** Scoped p99 ÷ shared-only p99 (budget 1.2). */
  scopedRatio: number;
  /** One server's shelf reloaded after one of its files changed (median of 3). */
  serverReloadMs: number;
}

async function measure(n: number): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `bench-knowledge-${n}-`));
  const stateDir = await mkdtemp(join(tmpdir(), `bench-state-${n}-`));
  if (n === 1) await cp(KNOWLEDGE, dir, { recursive: true });
  else await writeArticles(dir, n);

  gc();
  let t = performance.now();
  await KnowledgeStore.open({ dir, stateDir });
  const coldStartMs = performance.now() - t;
  // A restart is a new process: time it in one (module loading excluded), median of three.
  const restarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', OPEN_ONCE, dir, stateDir], { encoding: 'utf8' });
    const { ms, origin } = JSON.parse(out) as { ms: number; origin: unknown };
    if (origin !== 'cache') throw new Error('bench: a restart did not use the cache');
    restarts.push(ms);
  }
  const startFromCacheMs = percentiles(restarts).p50;
  gc();
  const store = await KnowledgeStore.open({ dir, stateDir });
  // The heap once the listings and name indexes that follow a start are made too.
  await prepareInBackground(store.snapshot.parts);
  gc();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  let cacheBytes = 0;
  for (const f of await readdir(cacheDir({ dir, stateDir }))) cacheBytes += (await stat(join(cacheDir({ dir, stateDir }), f))).size;

  const corpus = store.corpus();
  const questions = questionsFor(corpus, QUERIES, n).map((q) => q.question);
  const articleIds = corpus.articles.map((a) => a.id);
  const random = mulberry32(n + 7);
  const someArticles = Array.from({ length: QUERIES }, () => articleIds[Math.floor(random() * articleIds.length)]!);
  const names = corpus.lists.personNames.map((p) => p.name.split(' ').pop()!);
  const someNames = Array.from({ length: QUERIES }, () => names[Math.floor(random() * names.length)] ?? 'smith');
  const typed = Array.from({ length: QUERIES }, (_, i) => (i % 2 ? someNames[i]! : someArticles[i]!).slice(0, 2 + (i % 3)).toLowerCase());

  // The floor: MiniSearch alone, with our options, for the same terms.
  const raw = (text: string) => {
    const plan = planQuery(corpus, queryTerms(text));
    const list = [...plan.search.keys()];
    if (list.length) for (const part of corpus.parts) part.index.search(list.join(' '), rawSearchOptions(plan));
  };
  const rawPrefix = (text: string) => corpus.parts.map((part) => part.index.search(text, { prefix: true, fuzzy: false }));
  const title = (id: string) => corpus.byId.get(id)!.title;

  let commands: Record<string, CommandStats> = {};
  const record = (name: string, ours: number[], floor: number[], naive?: number[]) => {
    const s = percentiles(ours);
    const f = percentiles(floor);
    commands[name] = { ...s, ratioToRaw: round(s.p50 / Math.max(f.p50, 0.001)) };
    if (naive) commands[name]!.speedupVsNaive = round(percentiles(naive).p99 / Math.max(s.p99, 0.001));
  };

  let naive: MiniSearch | null = new MiniSearch({ fields: ['text', 'section', 'title'] });
  naive.addAll(corpus.parts.flatMap((part) => part.passages).map((p, id) => ({ id, text: p.paragraph.text, section: p.paragraph.section ?? '', title: p.article.title })));
  // The naive baseline is a reference, not a budget: at 10,000 articles it takes a large part
  // of a second per question, so it is timed once, on an even spread of NAIVE_QUERIES questions.
  const naiveQuestions = questions.filter((_, i) => i % Math.ceil(questions.length / NAIVE_QUERIES) === 0);
  const naiveTimes = timeEach(naiveQuestions, (q) => naive!.search(q));
  naive = null;
  const commandRuns: Array<Record<string, CommandStats>> = [];
  // Ours are all timed before the floors in each run: the floors' MiniSearch searches read every
  // posting of common terms and leave large result maps, whose collection would otherwise land
  // in the next command's timings. A collection before each timed pass likewise.
  const oursAndFloor: Array<[string, () => number[], () => number[]]> = [
    ['ask', () => timeEach(questions, (q) => ask(corpus, q)), () => timeEach(questions, raw)],
    ['who', () => timeEach(someArticles, (a) => who(corpus, { article: a })), () => timeEach(someArticles, (a) => raw(title(a)))],
    ['whoName', () => timeEach(someNames, (name) => who(corpus, { name })), () => timeEach(someNames, raw)],
    ['claims', () => timeEach(someArticles, (a) => claims(corpus, { article: a })), () => timeEach(someArticles, (a) => raw(title(a)))],
    ['next', () => timeEach(someArticles, (a) => next(corpus, { article: a })), () => timeEach(someArticles, (a) => raw(title(a)))],
    ['autocomplete', () => timeEach(typed, (v) => (articleChoices(corpus, v), matchChoices(corpus.lists.personNames, v))), () => timeEach(typed, rawPrefix)],
  ];
  for (let run = 0; run < REPEATS; run++) {
    commands = {};
    const ours = oursAndFloor.map(([, time]) => (gc(), time()));
    const floors = oursAndFloor.map(([, , time]) => (gc(), time()));
    oursAndFloor.forEach(([name], i) => record(name, ours[i]!, floors[i]!, name === 'ask' ? naiveTimes : undefined));
    commandRuns.push(commands);
  }
  commands = medianOfRuns(commandRuns);
  // Postings are unpacked the first time a question reads them (index-file.ts): the heap after
  // every question has run is the one a bot that has served a while holds.
  gc();
  const heapAfterQueriesMB = process.memoryUsage().heapUsed / 2 ** 20;

  // Reloads after one article changed, while questions keep coming every 5 ms: the event
  // loop must stay free (Discord heartbeats, 3-second deadlines) and no question may wait.
  const files = (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f));
  const reloadTimes: number[] = [];
  const waits: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let during = 0;
  for (let round = 0; round < RELOADS; round++) {
    await appendFile(join(dir, files[round % files.length]!), `\nA late correction number ${round} was added to this article.\n`);
    delay.enable();
    t = performance.now();
    let done = false;
    const reload = store.reload().finally(() => (done = true));
    while (!done) {
      const asked = performance.now();
      ask(store.corpus(), questions[during % questions.length]!);
      waits.push(performance.now() - asked);
      during++;
      await new Promise((r) => setTimeout(r, 5));
    }
    const report = await reload;
    reloadTimes.push(performance.now() - t);
    delay.disable();
    if (!report.ok || report.changed.length !== 1) throw new Error(`bench: unexpected reload report ${JSON.stringify(report.changed)}`);
  }
  const reloadMs = percentiles(reloadTimes).p50;
  // Servers' shelves sit beside the largest shared shelf only: a popular bot's case, measured once.
  const servers = SERVERS && n === Math.max(...sizes) ? await measureServers(store, dir, stateDir, questions) : undefined;

  await rm(dir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
  return {
    articles: corpus.articles.length,
    passages: corpus.passageCount,
    coldStartMs: Math.round(coldStartMs),
    startFromCacheMs: Math.round(startFromCacheMs),
    cacheMB: round(cacheBytes / 2 ** 20),
    heapMB: Math.round(heapMB),
    heapAfterQueriesMB: Math.round(heapAfterQueriesMB),
    reloadMs: Math.round(reloadMs),
    reloadLoopDelayP99Ms: round(delay.percentile(99) / 1e6),
    queriesDuringReload: during,
    queryDuringReloadP99Ms: percentiles(waits).p99,
    naiveQuestions: naiveQuestions.length,
    commands,
    commandRuns,
    ...(servers ? { servers } : {}),
  };
}

/** A server id for the benchmark's i-th server. */
const guildId = (i: number) => String(100_000_000_000_000_000n + BigInt(i));

async function measureServers(shared: KnowledgeStore, dir: string, stateDir: string, questions: string[]): Promise<ServersResult> {
  process.stderr.write(`  ${SERVERS} servers × ${SERVER_ARTICLES} articles…\n`);
  const shelvesDir = await mkdtemp(join(tmpdir(), 'bench-shelves-'));
  const articles = generateArticles(SERVERS * SERVER_ARTICLES, 7);
  for (let i = 0; i < SERVERS; i++) {
    const folder = join(shelvesDir, guildId(i));
    await mkdir(folder);
    await Promise.all(articles.slice(i * SERVER_ARTICLES, (i + 1) * SERVER_ARTICLES).map((a) => writeFile(join(folder, a.file), a.text)));
  }
  gc();
  // The baseline is taken here: the naive index built for the latency figures is still alive.
  const before = process.memoryUsage().heapUsed / 2 ** 20;
  const open = () => Library.open({ shared, shelvesDir, stateDir, limits: { articles: 1000, bytes: 2 ** 30 }, log: createLogger('silent') });
  let t = performance.now();
  let library = await open();
  for (let i = 0; i < SERVERS; i++) await library.read(guildId(i));
  const coldBuildMs = performance.now() - t;

  const restarts: Array<{ ms: number; allMs: number }> = [];
  for (let i = 0; i < 3; i++) restarts.push(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', OPEN_ONCE, dir, stateDir, shelvesDir], { encoding: 'utf8' })));

  library = await open();
  for (let i = 0; i < SERVERS; i++) await library.read(guildId(i));
  gc();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;

  const one = guildId(0);
  const scoped = (await library.read(one)).corpus;
  const sharedRuns: number[] = [];
  const scopedRuns: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    sharedRuns.push(percentiles(timeEach(questions, (q) => ask(shared.corpus(), q))).p99);
    scopedRuns.push(percentiles(timeEach(questions, (q) => ask(scoped, q))).p99);
  }

  const reloads: number[] = [];
  const files = (await readdir(join(shelvesDir, one))).sort();
  for (let round = 0; round < 3; round++) {
    await appendFile(join(shelvesDir, one, files[round % files.length]!), `\nA late correction number ${round} was added to this article.\n`);
    t = performance.now();
    const report = await library.reload({ guildId: one });
    reloads.push(performance.now() - t);
    if (!report.ok || report.changed.length !== 1) throw new Error(`bench: unexpected server reload report ${JSON.stringify(report.changed)}`);
  }
  await rm(shelvesDir, { recursive: true, force: true });
  const [askSharedP99Ms, askScopedP99Ms] = [round(median(sharedRuns)), round(median(scopedRuns))];
  return {
    servers: SERVERS,
    articlesEach: SERVER_ARTICLES,
    coldBuildMs: Math.round(coldBuildMs),
    startFromCacheMs: Math.round(median(restarts.map((r) => r.ms))),
    openAllShelvesMs: Math.round(median(restarts.map((r) => r.allMs))),
    heapMB: Math.round(heapMB),
    heapPerServerKB: Math.round(((heapMB - before) * 1024) / SERVERS),
    askSharedP99Ms,
    askScopedP99Ms,
    scopedRatio: round(askScopedP99Ms / Math.max(askSharedP99Ms, 0.001)),
    serverReloadMs: Math.round(median(reloads)),
  };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const results: SizeResult[] = [];
for (const n of sizes) {
  process.stderr.write(`measuring ${n} article(s)…\n`);
  results.push(await measure(n));
}

const lines = [
  '| articles | passages | cold start ms | from cache ms | cache MB | heap MB (start / after questions) | reload ms (median) | loop delay p99 ms | ask during reload p99 ms |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.articles} | ${r.passages} | ${r.coldStartMs} | ${r.startFromCacheMs} | ${r.cacheMB} | ${r.heapMB} / ${r.heapAfterQueriesMB} | ${r.reloadMs} | ${r.reloadLoopDelayP99Ms} | ${r.queryDuringReloadP99Ms} |`),
  '',
  '| articles | command | p50 ms | p95 ms | p99 ms | ÷ raw MiniSearch (p50) | × faster than naive (p99) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.flatMap((r) =>
    Object.entries(r.commands).map(([name, c]) => `| ${r.articles} | ${name} | ${c.p50} | ${c.p95} | ${c.p99} | ${c.ratioToRaw} | ${c.speedupVsNaive ?? ''} |`),
  ),
  ...(SERVERS
    ? [
        '',
        '| shared articles | servers × articles | shelves built ms | from cache ms | + open every shelf ms | heap MB | per server KB | ask p99 shared / scoped ms | scoped ÷ shared | one server reload ms |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...results.flatMap(({ articles, servers: v }) =>
          v
            ? [`| ${articles} | ${v.servers} × ${v.articlesEach} | ${v.coldBuildMs} | ${v.startFromCacheMs} | ${v.openAllShelvesMs} | ${v.heapMB} | ${v.heapPerServerKB} | ${v.askSharedP99Ms} / ${v.askScopedP99Ms} | ${v.scopedRatio} | ${v.serverReloadMs} |`]
            : [],
        ),
      ]
    : []),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (jsonFile) await writeFile(jsonFile, `${JSON.stringify({ machine: machineLine, machineInfo: machine, queries: QUERIES, repeats: REPEATS, sizes: results }, null, 2)}\n`);
