/**
 * One article file's bytes -> an Article of sections and paragraphs, or a reason it cannot be read.
 * Pure: the caller does the I/O, so a reload and an upload validate exactly the same way.
 */
import { isMap, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import { foldWhitespace, repairParagraph, splitSentences } from './text.ts';
import type { Article, Paragraph } from './types.ts';

/** Articles bigger than this are refused: no news article is, and it bounds a reload's memory. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleFormat = 'md' | 'txt';

export interface ArticleError {
  /** 1-based line in the file, when the problem has one. */
  line: number | null;
  message: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: ArticleError };

const personHint = z.object({
  name: z.string().trim().min(1),
  role: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/** Front matter a moderator may write. Unknown keys are ignored: articles often carry their CMS's extra fields. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  // A citation link is written `[title](<source>)`: a URL holding `<>()` or whitespace could
  // close that link early and append one of its own, so such a URL is refused, not escaped.
  source: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .regex(/^[^\s<>()]+$/, 'must not contain spaces, <, >, ( or )')
    .optional(),
  published: z
    .union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'a language code such as en or fr').default('en'),
  people: z.array(personHint).default([]),
});

/** Decode and parse one file. `id` is the file name without extension. */
export function parseArticle(id: string, format: ArticleFormat, bytes: Uint8Array): ParseResult {
  if (bytes.length === 0) return fail(null, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(null, `the file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
  if (bytes.includes(0)) return fail(null, 'the file is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(null, 'the file is not UTF-8 text');
  }
  return parseArticleText(id, format, text);
}

export function parseArticleText(id: string, format: ArticleFormat, rawText: string): ParseResult {
  const text = rawText.replace(/\r\n?/g, '\n');
  const front = splitFrontMatter(text);
  if (!front.ok) return front;
  const { meta, body, bodyLine } = front;

  const blocks = format === 'md' ? markdownBlocks(body, bodyLine) : textBlocks(body, bodyLine);
  let title = meta.title ?? null;
  const sections: string[] = [];
  const paragraphs: Paragraph[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'title') {
      if (title === null) {
        title = block.text;
        continue;
      }
      if (paragraphs.length === 0 && sameText(block.text, title)) continue;
    }
    if (block.kind !== 'paragraph') {
      section = repairParagraph(block.text);
      sections.push(section);
      continue;
    }
    const repaired = repairParagraph(block.text);
    if (!repaired) continue;
    paragraphs.push({ index: paragraphs.length + 1, section, text: repaired, sentences: splitSentences(repaired) });
  }
  if (paragraphs.length === 0) return fail(null, 'the article has no paragraph of text');
  return {
    ok: true,
    article: {
      id,
      title: repairParagraph(title ?? readableId(id)),
      source: meta.source ?? null,
      published: meta.published ?? null,
      language: meta.language,
      sections,
      paragraphs,
      hints: { people: meta.people.map((p) => ({ name: p.name, role: p.role, aliases: p.aliases })) },
    },
  };
}

/** `harbor-city_library` -> `Harbor city library`. */
export function readableId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type FrontMatter = z.infer<typeof frontMatterSchema>;
type Split = { ok: true; meta: FrontMatter; body: string; bodyLine: number } | { ok: false; error: ArticleError };

function splitFrontMatter(text: string): Split {
  const match = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    const parsed = frontMatterSchema.parse({});
    return { ok: true, meta: parsed, body: text, bodyLine: 1 };
  }
  const yamlText = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    return fail(line === undefined ? 1 : line + 1, `front matter is not valid YAML (${firstLine(yamlError.message)})`);
  }
  // Aliases are resolved only here: an undefined one (`*nope`) or an alias bomb throws.
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    let line = 1;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = lineCounter.linePos(node.range[0]).line + 1;
        return visit.BREAK;
      },
    });
    return fail(line, `front matter is not valid YAML (${firstLine((error as Error).message)})`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) return fail(2, 'front matter must be a list of `field: value` lines');
  const result = frontMatterSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    const key = issue.path[0];
    let line = 1;
    if (isMap(doc.contents)) {
      const pair = doc.contents.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
      const offset = (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
      if (offset !== undefined) line = lineCounter.linePos(offset).line + 1;
    }
    return fail(line, `front matter field \`${field}\`: ${issue.message}`);
  }
  return { ok: true, meta: result.data, body: text.slice(match[0].length), bodyLine };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

type Block = { kind: 'title' | 'heading' | 'paragraph'; text: string; line: number };

/** Markdown: `#` is the title (or a section when the title is known), deeper headings are sections. */
function markdownBlocks(body: string, firstLineNo: number): Block[] {
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferLine = firstLineNo;
  let fenced = false;
  const flush = () => {
    const joined = stripMarkdown(buffer.join(' '));
    if (joined) blocks.push({ kind: 'paragraph', text: joined, line: bufferLine });
    buffer = [];
  };
  body.split('\n').forEach((line, i) => {
    const lineNo = firstLineNo + i;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      return;
    }
    if (fenced) return;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const text = stripMarkdown(heading[2] ?? '');
      if (text) blocks.push({ kind: heading[1] === '#' ? 'title' : 'heading', text, line: lineNo });
      return;
    }
    if (/^\s*$/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      return;
    }
    // A list item or a block quote starts its own passage.
    if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) flush();
    if (buffer.length === 0) bufferLine = lineNo;
    buffer.push(line.replace(/^\s*>\s?/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
  });
  flush();
  return blocks;
}

/** Markup a reader of the bot's quotes should never see. */
function stripMarkdown(text: string): string {
  return foldWhitespace(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])([*_])(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1'),
  );
}

/**
 * Plain text arrives two ways: one paragraph per line (pasted articles), or blank-line
 * separated blocks of hard-wrapped lines. A block whose lines all end a sentence (or are
 * headings) is read line by line; any other block is one wrapped paragraph. A short line
 * without final punctuation, standing between paragraphs, is a section heading; a first
 * line of that kind is the title.
 */
function textBlocks(body: string, firstLineNo: number): Block[] {
  const blocks: Block[] = [];
  const lines = body.split('\n').map((text, i) => ({ text: text.trim(), line: firstLineNo + i }));
  const groups: Array<typeof lines> = [];
  let group: typeof lines = [];
  for (const l of lines) {
    if (l.text) group.push(l);
    else if (group.length) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length) groups.push(group);
  groups.forEach((g, gi) => {
    const headingAt = (li: number) => looksLikeHeading(g[li]!.text) && !/^\p{Ll}/u.test(g[li + 1]?.text ?? '');
    const lineByLine = g.every((l, li) => endsWithPunctuation(l.text) || headingAt(li));
    if (!lineByLine) {
      blocks.push({ kind: 'paragraph', text: foldWhitespace(g.map((l) => l.text).join(' ')), line: g[0]!.line });
      return;
    }
    g.forEach((l, li) => {
      const isLast = gi === groups.length - 1 && li === g.length - 1;
      if (!isLast && headingAt(li)) {
        blocks.push({ kind: blocks.length === 0 ? 'title' : 'heading', text: l.text, line: l.line });
      } else {
        blocks.push({ kind: 'paragraph', text: l.text, line: l.line });
      }
    });
  });
  return blocks;
}

function endsWithPunctuation(line: string): boolean {
  return /[.!?:;\u2026]["'\u201D\u2019)\]]*$|["\u201D)\]]$/u.test(line);
}

function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words <= 10 &&
    line.length <= 80 &&
    !/[.!?,;:]$/.test(line) &&
    /^[\p{Lu}\p{N}"'\u201C]/u.test(line) &&
    // A line that stops on a function word is a sentence broken by wrapping, not a heading.
    !/\b(a|an|the|of|on|in|at|to|for|and|or|but|with|by|from|as|that|is|was|are|were)$/i.test(line)
  );
}

function sameText(a: string, b: string): boolean {
  return foldWhitespace(a).toLowerCase() === foldWhitespace(b).toLowerCase();
}

function fail(line: number | null, message: string): { ok: false; error: ArticleError } {
  return { ok: false, error: { line, message } };
}
