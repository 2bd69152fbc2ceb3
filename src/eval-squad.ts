/**
 * `npm run eval -- --squad FILE`: how well /ask answers questions written by other people, on
 * any file in SQuAD's JSON format (v1.1 or v2.0). Each article becomes one knowledge file in a
 * temporary folder (its paragraphs in order, its title from the data); every question is asked
 * with `article:` set, through the same command path as the console. A question is answered
 * when one of its gold answers appears (ignoring case, accents and quote styles) in the first
 * item's quotes (top-1) or in the first three items' (top-3). Plain MiniSearch over the
 * article's sentences, with its default options, is scored in the same run for comparison.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { isLowConfidence } from './core/answers.ts';
import type { Corpus, Lookup } from './core/corpus.ts';
import type { Answer, Article } from './core/types.ts';
import { describeFailure } from './knowledge/load.ts';
import { openScratchStore } from './knowledge/scratch.ts';

const squadFile = z.object({
  data: z.array(
    z.object({
      title: z.string().min(1),
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(
            z.object({
              question: z.string(),
              answers: z.array(z.object({ text: z.string() })).default([]),
              is_impossible: z.boolean().default(false),
            }),
          ),
        }),
      ),
    }),
  ),
});

export type SquadData = z.infer<typeof squadFile>;

/** Read a SQuAD file's JSON; a file of another shape fails with zod's message naming the field. */
export function parseSquad(json: unknown): SquadData {
  return squadFile.parse(json);
}

export interface SquadCase {
  article: string;
  question: string;
  golds: string[];
  impossible: boolean;
  top1: boolean;
  top3: boolean;
  /** The first item's quotes, joined by a space (what top-1 is judged on). */
  quote: string;
  confidence: number | null;
  low: boolean;
  naive1: boolean;
  naive3: boolean;
  naiveChars: number;
}

export interface SquadReport {
  articles: number;
  answerable: number;
  impossible: number;
  bot: { top1: number; top3: number; meanTop1Chars: number };
  naiveMiniSearch: { top1: number; top3: number; meanTop1Chars: number };
  /** Shares (0–1) of questions whose first item came back with low confidence, or with no item. */
  lowConfidence: { impossible: number | null; answerable: number };
  cases: SquadCase[];
}

/** Compare as a reader would: case, accents, quote styles and spacing do not matter. */
type Norm = (text: string) => string;

/** A file-safe article id from a title: `Sky_(United_Kingdom)` -> `sky-united-kingdom`. */
export function squadId(title: string): string {
  return title.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
}

/** Each entry's article id, in order; two titles that fold to the same id get `-2`, `-3`… */
function squadIds(data: SquadData): string[] {
  const used = new Map<string, number>();
  return data.data.map((entry) => {
    const id = squadId(entry.title);
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

/**
 * Score a SQuAD file through `ask(line)`, which answers a console line such as
 * `/ask question:… article:…` over `articles` (see `withSquadKnowledge`).
 */
export async function scoreSquad(
  data: SquadData,
  articles: Lookup<Article>,
  ask: (line: string) => Promise<Answer>,
  norm: Norm,
): Promise<SquadReport> {
  const cases: SquadCase[] = [];
  const hit = (texts: string[], golds: string[]) => texts.some((t) => golds.some((g) => norm(t).includes(norm(g))));
  const ids = squadIds(data);
  for (const [e, entry] of data.data.entries()) {
    const id = ids[e]!;
    const article = articles.get(id);
    if (!article) continue;
    const naive = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
    naive.addAll(article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).map((text, i) => ({ id: i, text })));
    for (const paragraph of entry.paragraphs) {
      for (const qa of paragraph.qas) {
        const question = qa.question.replace(/\s+/g, ' ').trim();
        const golds = qa.answers.map((a) => a.text).filter(Boolean);
        const impossible = qa.is_impossible || golds.length === 0;
        // `article:` inside a question would end the question option early.
        const answer = await ask(`/ask question:${question.replace(/\b(article|private):/gi, '$1 :')} article:${id}`);
        const quotes = (n: number) => answer.items.slice(0, n).flatMap((i) => i.quotes.map((q) => q.text));
        const naiveTop = naive.search(question).slice(0, 3).map((r) => String(r.text));
        const confidence = answer.items[0]?.confidence ?? null;
        cases.push({
          article: id,
          question,
          golds,
          impossible,
          top1: !impossible && hit(quotes(1), golds),
          top3: !impossible && hit(quotes(3), golds),
          quote: quotes(1).join(' '),
          confidence,
          low: isLowConfidence(answer),
          naive1: !impossible && hit(naiveTop.slice(0, 1), golds),
          naive3: !impossible && hit(naiveTop, golds),
          naiveChars: (naiveTop[0] ?? '').length,
        });
      }
    }
  }
  const answerable = cases.filter((c) => !c.impossible);
  const impossible = cases.filter((c) => c.impossible);
  const share = (list: SquadCase[], test: (c: SquadCase) => boolean) => (list.length ? list.filter(test).length / list.length : 0);
  const mean = (list: SquadCase[], value: (c: SquadCase) => number) => (list.length ? list.reduce((s, c) => s + value(c), 0) / list.length : 0);
  return {
    articles: data.data.length,
    answerable: answerable.length,
    impossible: impossible.length,
    bot: { top1: share(answerable, (c) => c.top1), top3: share(answerable, (c) => c.top3), meanTop1Chars: mean(answerable, (c) => c.quote.length) },
    naiveMiniSearch: { top1: share(answerable, (c) => c.naive1), top3: share(answerable, (c) => c.naive3), meanTop1Chars: mean(answerable, (c) => c.naiveChars) },
    lowConfidence: { impossible: impossible.length ? share(impossible, (c) => c.low) : null, answerable: share(answerable, (c) => c.low) },
    cases,
  };
}

/**
 * Write every article of `data` to a fresh temporary folder as a Markdown file with its title
 * in front matter, load it as the bot loads KNOWLEDGE_DIR, run `use`, and remove the folder.
 */
export async function withSquadKnowledge<T>(data: SquadData, use: (corpus: Corpus) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'squad-knowledge-'));
  try {
    const ids = squadIds(data);
    for (const [e, entry] of data.data.entries()) {
      const title = entry.title.replace(/_/g, ' ');
      const body = entry.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
      writeFileSync(join(dir, `${ids[e]}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
    }
    const scratch = await openScratchStore([dir]);
    try {
      for (const f of scratch.failures) process.stderr.write(`skipped ${describeFailure(f)}\n`);
      return await use(scratch.store.corpus());
    } finally {
      await scratch.remove();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's figures as the lines `npm run eval -- --squad` prints. */
export function squadSummary(report: SquadReport, verbose: boolean): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines: string[] = [];
  if (verbose) {
    for (const c of report.cases.filter((x) => !x.impossible && !x.top1)) {
      lines.push(`miss${c.top3 ? ' (top-3 hit)' : ''} ${c.article}: ${c.question}`, `   gold: ${c.golds[0]}`, `   got:  ${c.quote.slice(0, 240) || '(nothing)'}`);
    }
  }
  const { bot, naiveMiniSearch: naive, lowConfidence: low } = report;
  lines.push(
    `articles ${report.articles} · answerable questions ${report.answerable} · unanswerable ${report.impossible}`,
    `bot          top-1 ${pct(bot.top1)} · top-3 ${pct(bot.top3)} · mean top-1 quote ${Math.round(bot.meanTop1Chars)} chars`,
    `MiniSearch   top-1 ${pct(naive.top1)} · top-3 ${pct(naive.top3)} · mean top-1 quote ${Math.round(naive.meanTop1Chars)} chars (default options, over sentences)`,
    `confidence   low on ${low.impossible === null ? 'n/a' : pct(low.impossible)} of unanswerable questions · on ${pct(low.answerable)} of answerable ones`,
  );
  return lines.join('\n') + '\n';
}
