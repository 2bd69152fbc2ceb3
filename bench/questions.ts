/**
 * The questions the benchmarks ask: built from the corpus's own sentences, deterministic for a
 * seed, each with the article it came from (for questions asked with `article:`).
 */
import type { Corpus } from '../src/core/corpus.ts';
import { termSpans } from '../src/core/search.ts';
import { mulberry32 } from './generate.ts';

export function questionsFor(corpus: Corpus, count: number, seed: number): Array<{ question: string; article: string }> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const forms = [
    (w: string[]) => `What happened with the ${w[0]} ${w[1]}?`,
    (w: string[]) => `When was the ${w[0]} ${w[1]}?`,
    (w: string[]) => `Who said ${w[0]} ${w[1]}?`,
    (w: string[]) => `How much did the ${w[0]} cost?`,
    (w: string[]) => `${w[0]} ${w[1]} ${w[2]}`,
    (w: string[]) => `Why did ${w[0]} ${w[1]} happen?`,
    (w: string[]) => `What will happen to the ${w[0]}?`,
  ];
  const out: Array<{ question: string; article: string }> = [];
  while (out.length < count) {
    const passage = pick(pick(corpus.parts).passages);
    const sentence = pick(passage.paragraph.sentences);
    const words = sentence.text.match(/\p{L}{4,}/gu)?.filter((w) => termSpans(w).length > 0) ?? [];
    if (words.length < 3) continue;
    out.push({ question: pick(forms)([pick(words), pick(words), pick(words)]), article: passage.article.id });
  }
  return out;
}
