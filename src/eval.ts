/**
 * `npm run eval -- FILE [--articles DIR] [--verbose]`: score a question file through the real commands.
 * Articles come from KNOWLEDGE_DIR plus the `articles/` folder beside FILE (or --articles).
 * `npm run eval -- --squad FILE [--json OUT] [--verbose]`: score /ask on a SQuAD-format file (see eval-squad.ts).
 * Every check compares ignoring case, accents and the style of quote marks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { fold } from './core/text.ts';
import type { Answer } from './core/types.ts';
import { loadConfig } from './config.ts';
import { answerLine } from './console/run.ts';
import { describeFailure } from './knowledge/load.ts';
import { openScratchStore } from './knowledge/scratch.ts';
import { createLogger } from './log.ts';
import { loadRegistry } from './registry/registry.ts';
import { parseSquad, scoreSquad, squadSummary, withSquadKnowledge } from './eval-squad.ts';

const USAGE = `usage: npm run eval -- QUESTIONS.json [--articles DIR] [--verbose]
       npm run eval -- --squad SQUAD.json [--json OUT] [--verbose]
  QUESTIONS.json   the project's question file; articles from KNOWLEDGE_DIR plus articles/ beside it
  --articles DIR   read the extra articles from DIR instead
  --squad FILE     score /ask on a SQuAD v1.1/v2.0 file, beside plain MiniSearch
  --json OUT       with --squad: write every question's result and the figures to OUT
  --verbose        list every miss
  --help           this text
`;

const askCheck = z.object({ q: z.string(), top1: z.array(z.string()).optional(), top3: z.array(z.string()).optional() });
const questionFile = z.object({
  ask: z.array(askCheck).default([]),
  ask_practice_articles: z.array(askCheck).default([]),
  who: z.array(z.object({
    article: z.string(),
    people_include: z.array(z.object({ name: z.string(), role_contains: z.string().optional(), listed_first: z.boolean().optional() })).default([]),
    not_people: z.array(z.string()).default([]),
  })).default([]),
  claims: z.array(z.object({
    article: z.string(),
    include: z.array(z.object({ quote_contains: z.string(), by: z.string().optional() })),
  })).default([]),
  next: z.array(z.object({ article: z.string(), quotes_contain: z.array(z.string()).default([]), not: z.array(z.string()).default([]) })).default([]),
  never_in_output: z.array(z.string()).default([]),
});

/** Compare as a reader would: case, accents and quote styles do not matter. */
export function norm(text: string): string {
  return fold(text).replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/[\u201C\u201D\u00AB\u00BB]/g, '"').replace(/\s+/g, ' ');
}
const has = (hay: string, needle: string) => norm(hay).includes(norm(needle));

interface Tally {
  pass: number;
  total: number;
  failures: string[];
}
const tally = (): Tally => ({ pass: 0, total: 0, failures: [] });
function check(t: Tally, ok: boolean, label: string): void {
  t.total++;
  if (ok) t.pass++;
  else t.failures.push(label);
}

type Flags = { articles?: string; squad?: string; json?: string; verbose: boolean; help: boolean; file?: string };

function readFlags(argv: string[]): Flags | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        articles: { type: 'string' },
        squad: { type: 'string' },
        json: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return { ...values, verbose: Boolean(values.verbose), help: true };
    if (positionals.length > 1) return `one question file at a time (got ${positionals.join(', ')})`;
    if (values.squad && positionals.length) return 'give either a question file or --squad FILE, not both';
    if (!values.squad && !positionals.length) return 'no question file given';
    if (values.json && !values.squad) return '--json goes with --squad';
    if (values.articles && values.squad) return '--articles does not go with --squad (the SQuAD file holds its articles)';
    return { ...values, verbose: Boolean(values.verbose), help: false, ...(positionals[0] ? { file: positionals[0] } : {}) };
  } catch (error) {
    // Node's message goes on to explain `--` for positionals; its first sentence is the point.
    return (error instanceof Error ? error.message : String(error)).split(/(?<=\.) /)[0]!;
  }
}

async function main(): Promise<number> {
  const flags = readFlags(process.argv.slice(2));
  if (typeof flags === 'string') {
    process.stderr.write(`${flags}\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (flags.squad) return evaluateSquad(flags.squad, flags.json, flags.verbose);
  const file = flags.file!;
  // The articles: --articles DIR, else an `articles/` folder beside FILE, else FILE's own folder.
  const beside = join(dirname(resolve(file)), 'articles');
  const extraDir = flags.articles ?? (existsSync(beside) ? beside : dirname(resolve(file)));
  const questions = questionFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const configured = loadConfig();
  if (!configured.ok) throw new Error(configured.problems.join('; '));
  const log = createLogger('silent');

  const dirs = [configured.config.knowledgeDir, ...(extraDir && existsSync(extraDir) ? [resolve(extraDir)] : [])];
  const scratch = await openScratchStore(dirs);
  for (const f of scratch.failures) process.stderr.write(`skipped ${describeFailure(f)}\n`);
  const corpus = scratch.store.corpus();
  const registry = await loadRegistry();
  const context = { knowledge: { read: () => ({ corpus }) }, invoker: { id: 'eval', tag: 'eval', moderator: false } };
  const outputs: string[] = [];
  const run = async (line: string): Promise<Answer> => {
    const answer = await answerLine(line, registry, context, log);
    outputs.push(JSON.stringify(answer));
    return answer;
  };
  const quotesOf = (answer: Answer, items = Infinity) => answer.items.slice(0, items).flatMap((i) => i.quotes.map((q) => q.text)).join('\n');

  const top1 = tally();
  const top3 = tally();
  for (const c of [...questions.ask, ...questions.ask_practice_articles]) {
    const answer = await run(`/ask question:${c.q}`);
    if (c.top1) check(top1, c.top1.some((s) => has(quotesOf(answer, 1), s)), `top-1 "${c.q}" wants ${JSON.stringify(c.top1)}; got: ${quotesOf(answer, 1).slice(0, 160)}`);
    const wanted = c.top3 ?? c.top1 ?? [];
    check(top3, wanted.some((s) => has(quotesOf(answer, 3), s)), `top-3 "${c.q}" wants ${JSON.stringify(wanted)}`);
  }

  const who = tally();
  for (const c of questions.who) {
    const answer = await run(`/who article:${c.article}`);
    const people = answer.items.filter((i) => i.heading !== null);
    for (const p of c.people_include) {
      const index = people.findIndex((i) => norm(i.heading ?? '') === norm(p.name));
      const person = people[index];
      check(who, index >= 0, `${c.article}: ${p.name} listed (got ${people.map((i) => i.heading).join(', ')})`);
      if (p.role_contains) check(who, Boolean(person && has(person.detail ?? '', p.role_contains)), `${c.article}: ${p.name} role contains "${p.role_contains}" (got ${person?.detail})`);
      if (p.listed_first) check(who, index === 0, `${c.article}: ${p.name} listed first`);
    }
    for (const n of c.not_people) {
      check(who, !people.some((i) => norm(i.heading ?? '') === norm(n) || (norm(i.heading ?? '').includes(norm(n)) && n.includes(' '))), `${c.article}: "${n}" is not a person`);
    }
  }

  const claims = tally();
  for (const c of questions.claims) {
    const answer = await run(`/claims article:${c.article}`);
    for (const want of c.include) {
      const item = answer.items.find((i) => i.quotes.some((q) => has(q.text, want.quote_contains)));
      check(claims, Boolean(item), `${c.article}: a claim quoting "${want.quote_contains}"`);
      if (want.by) check(claims, Boolean(item && has(item.detail ?? '', want.by)), `${c.article}: "${want.quote_contains}" by ${want.by} (got ${item?.detail})`);
    }
  }

  const next = tally();
  for (const c of questions.next) {
    const answer = await run(`/next article:${c.article}`);
    const text = quotesOf(answer);
    for (const s of c.quotes_contain) check(next, has(text, s), `${c.article}: next includes "${s}"`);
    for (const s of c.not) check(next, !has(text, s), `${c.article}: next leaves out "${s}"`);
  }

  const clean = tally();
  for (const s of questions.never_in_output) check(clean, !outputs.some((o) => JSON.parse(o) && o.includes(JSON.stringify(s).slice(1, -1))), `never shows ${s}`);

  const sections: Array<[string, Tally]> = [['ask top-1', top1], ['ask top-3', top3], ['who', who], ['claims', claims], ['next', next], ['clean text', clean]];
  const verbose = flags.verbose;
  for (const [name, t] of sections) {
    if (t.total === 0) continue;
    process.stdout.write(`${name.padEnd(11)} ${t.pass}/${t.total} (${pct(t)})\n`);
    if (verbose || t.failures.length) for (const f of t.failures) process.stdout.write(`   miss: ${f}\n`);
  }
  const all = sections.reduce((s, [, t]) => ({ pass: s.pass + t.pass, total: s.total + t.total }), { pass: 0, total: 0 });
  process.stdout.write(`summary: ${all.pass}/${all.total} checks passed (${pct(all)}) · ${sections.filter(([, t]) => t.total).map(([n, t]) => `${n} ${pct(t)}`).join(' · ')}\n`);
  await scratch.remove();
  return 0;
}

/** Only the SQuAD file's articles are asked about: KNOWLEDGE_DIR is left out, as a moderator's own set would be. */
async function evaluateSquad(file: string, jsonOut: string | undefined, verbose: boolean): Promise<number> {
  const data = parseSquad(JSON.parse(readFileSync(file, 'utf8')));
  const registry = await loadRegistry();
  const log = createLogger('silent');
  const report = await withSquadKnowledge(data, async (corpus) => {
    const context = { knowledge: { read: () => ({ corpus }) }, invoker: { id: 'eval', tag: 'eval', moderator: false } };
    return scoreSquad(data, corpus.byId, (line) => answerLine(line, registry, context, log), norm);
  });
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ file, ...report }, null, 2)}\n`);
  process.stdout.write(squadSummary(report, verbose));
  return 0;
}

function pct(t: { pass: number; total: number }): string {
  return t.total ? `${Math.round((100 * t.pass) / t.total)}%` : 'n/a';
}

main().then((code) => (process.exitCode = code), (error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
