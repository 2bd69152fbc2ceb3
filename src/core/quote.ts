/**
 * The only way a Quote is made: chosen sentences of one paragraph, copied verbatim from the
 * repaired text, with `…` where sentences are skipped. Nothing here may reword the article.
 */
import { spansOf } from './search.ts';
import type { Article, Paragraph, Quote } from './types.ts';

const GAP = ' … ';

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
      for (const s of spansOf(span, highlight)) marks.push([offset + s.start, offset + s.end]);
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
