/**
 * Answer -> terminal text: quotes as `> …` lines with their citation under them.
 */
import { isWeakAnswer } from '../core/answers.ts';
import type { Answer, Quote } from '../core/types.ts';

export type TitleOf = (articleId: string) => string;

export function renderText(answer: Answer, titleOf: TitleOf): string {
  const lines: string[] = [];
  if (answer.error) lines.push(`error: ${answer.error}`);
  if (isWeakAnswer(answer)) lines.push(CLOSEST);
  for (const item of answer.items) {
    const head = [item.heading, item.detail].filter(Boolean).join(' — ');
    if (head) lines.push(item.heading ? `• ${head}` : head);
    for (const quote of item.quotes) {
      lines.push(`> ${quote.text}`, `  — ${citation(quote, titleOf)}`);
    }
  }
  if (answer.note) lines.push(answer.note);
  if (lines.length === 0) lines.push('(nothing found)');
  return lines.join('\n');
}

/** Said before an answer whose best match is weak, so the quotes are not taken for the answer. */
const CLOSEST = 'No passage clearly answers this; these are the closest:';

export function citation(quote: Quote, titleOf: TitleOf): string {
  return [titleOf(quote.article), quote.section, `paragraph ${quote.paragraph}`].filter(Boolean).join(' · ');
}

/** The JSON line of an Answer: the contract other tools read, so highlights (a rendering aid) stay out. */
export function renderJson(answer: Answer): string {
  return JSON.stringify(answer, (key, value) => (key === 'highlight' ? undefined : value));
}
