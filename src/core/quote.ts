/**
 * The only way a Quote is made: chosen sentences of one paragraph, copied verbatim from the
 * repaired text, with `…` where sentences are skipped. Nothing here may reword the article.
 */
import { termSpans } from './search.ts';
import type { Article, Paragraph, Quote } from './types.ts';

const GAP = ' … ';
const PREFERRED = 1.5;

/**
 * Quote the sentences `indexes` of `paragraph`. Adjacent sentences are copied as one span
 * (keeping the article's own spacing); a skipped sentence becomes ` … `. Words whose
 * index term is in `highlight` are marked for renderers that bold matches.
 */
export function quoteSentences(
  article: Article,
  paragraph: Paragraph,
  indexes: number[],
  highlight?: ReadonlySet<string>,
): Quote {
  const chosen = [...new Set(indexes)].filter((i) => paragraph.sentences[i]).sort((a, b) => a - b);
  if (chosen.length === 0) throw new Error(`quote: no sentence ${indexes.join(',')} in ${article.id} paragraph ${paragraph.index}`);
  let text = '';
  const marks: Array<[number, number]> = [];
  let runStart = chosen[0]!;
  let prev = chosen[0]!;
  const flush = (from: number, to: number) => {
    const start = paragraph.sentences[from]!.start;
    const span = paragraph.text.slice(start, paragraph.sentences[to]!.end);
    if (text) text += GAP;
    const offset = text.length;
    text += span;
    if (highlight?.size) {
      for (const s of termSpans(span)) if (highlight.has(s.term)) marks.push([offset + s.start, offset + s.end]);
    }
  };
  for (const i of chosen.slice(1)) {
    if (i !== prev + 1) {
      flush(runStart, prev);
      runStart = i;
    }
    prev = i;
  }
  flush(runStart, prev);
  const quote: Quote = { text, article: article.id, section: paragraph.section, paragraph: paragraph.index };
  if (marks.length) quote.highlight = marks;
  return quote;
}

/**
 * Pick the best one to three sentences of a paragraph for weighted query terms: the best
 * sentence, then others that add a term it lacks, in article order.
 */
export function bestSentences(paragraph: Paragraph, weights: (term: string) => number, prefer?: (sentence: number) => boolean): number[] {
  const scored = paragraph.sentences.map((sentence, i) => {
    const terms = new Set(termSpans(sentence.text).map((s) => s.term).filter((t) => weights(t) > 0));
    let score = 0;
    for (const t of terms) score += weights(t);
    // A sentence of the kind the question asks for (a date for "when"…) is worth more.
    if (score > 0 && prefer?.(i)) score *= PREFERRED;
    return { i, terms, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked[0];
  if (!best || best.score === 0) return [0];
  const picked = [best];
  const covered = new Set(best.terms);
  for (const candidate of ranked.slice(1)) {
    if (picked.length === 3 || candidate.score === 0) break;
    const adds = [...candidate.terms].some((t) => !covered.has(t));
    if (adds && candidate.score >= best.score * 0.5) {
      picked.push(candidate);
      for (const t of candidate.terms) covered.add(t);
    }
  }
  // The question asked for a kind of sentence (a cause, a date…): make sure the excerpt has one.
  if (prefer && !picked.some((p) => prefer(p.i))) {
    // A sentence with no query word qualifies when it follows or precedes the best one:
    // "The company blamed rising costs" answers why right after the sentence that matched.
    const wanted = ranked.find((r) => prefer(r.i) && (r.score > 0 || Math.abs(r.i - best.i) === 1));
    if (wanted) picked.splice(Math.min(picked.length, 2), picked.length === 3 ? 1 : 0, wanted);
  }
  return picked.map((p) => p.i);
}
