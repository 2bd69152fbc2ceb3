/**
 * A fetched news page -> the text of a knowledge file: the article's paragraphs and section
 * headings (Mozilla's Readability finds the body), its title, canonical link, publication date,
 * author and language from the page's metadata (JSON-LD, Open Graph, `article:*` meta tags),
 * repaired like any other article. A page with no article body (a home page, a paywall stub,
 * a video page) comes back as a reason. Pure: the caller fetches.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { foldWhitespace, repairParagraph } from './text.ts';
import { count } from './count.ts';

/** Fewer words than this is a teaser, a stub or a caption, not an article. */
export const MIN_ARTICLE_WORDS = 120;

export interface PageMeta {
  title: string | null;
  /** The canonical link, else the address the page was fetched from. */
  source: string;
  /** YYYY-MM-DD as the page states it. */
  published: string | null;
  author: string | null;
  language: string | null;
}

export type Extraction =
  | {
      ok: true;
      /** A file name to derive the article id from, e.g. `council-approves-budget.md`. */
      name: string;
      /** The knowledge file: front matter, then the article in Markdown (or plain text for a text/plain page). */
      text: string;
      meta: PageMeta & { title: string };
      words: number;
      paragraphs: number;
    }
  | { ok: false; reason: string };

export interface Page {
  /** Where the page was fetched from, after redirects. */
  url: string;
  contentType: 'text/html' | 'text/plain';
  text: string;
}

type Block = { kind: 'heading' | 'paragraph' | 'item'; text: string };

export function extractArticle(page: Page): Extraction {
  return page.contentType === 'text/plain' ? extractText(page) : extractHtml(page);
}

function extractHtml(page: Page): Extraction {
  const { document } = parseHTML(page.text);
  lowerCaseAttributes(document);
  const signals = readSignals(document, page.url);
  const meta = signals.meta;
  clean(document);
  const parsed = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  const content = parsed?.content ?? null;
  meta.title ??= text(parsed?.title) || text(document.querySelector('title')?.textContent) || null;
  meta.author ??= byline(parsed?.byline);
  meta.published ??= isoDate(parsed?.publishedTime);

  const linkDensity = content ? linkShare(content) : 0;
  const raw = content ? blocksOf(content) : [];
  meta.title = siteNameDropped(meta.title, raw[0]?.text);
  const blocks = tidy(raw, meta.title);
  const paragraphs = blocks.filter((b) => b.kind !== 'heading');
  const words = paragraphs.reduce((n, b) => n + wordCount(b.text), 0);

  const refusal =
    linkDensity > 0.5 || (signals.collection && linkDensity > 0.25) ? 'it is a home or section page (a list of links to articles), not one article'
    : words >= MIN_ARTICLE_WORDS && paragraphs.length >= 2 ? null
    : signals.paywalled ? `the article is behind a paywall: only ${count(words, 'word')} of it are on the page`
    : signals.video ? `it is a video page, with only ${count(words, 'word')} of text`
    : signals.collection ? 'it is a home or section page (a list of links to articles), not one article'
    : `no article body was found on it (only ${count(words, 'word')} of text)`;
  if (refusal) return { ok: false, reason: refusal };

  const title = meta.title ?? paragraphs[0]!.text.split(/\s+/).slice(0, 10).join(' ');
  const body = [`# ${escapeLine(title)}`, ...blocks.map((b) => (b.kind === 'heading' ? `## ${escapeLine(b.text)}` : b.kind === 'item' ? `- ${b.text}` : escapeLine(b.text)))];
  return {
    ok: true,
    name: fileName(meta.source, title, 'md'),
    text: `${frontMatter({ ...meta, title })}\n${body.join('\n\n')}\n`,
    meta: { ...meta, title },
    words,
    paragraphs: paragraphs.length,
  };
}

/** A text/plain page is already an article: only the front matter is added. */
function extractText(page: Page): Extraction {
  const body = page.text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trim();
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  const words = wordCount(body);
  if (words < MIN_ARTICLE_WORDS || lines.length < 2) return { ok: false, reason: `no article body was found on it (only ${count(words, 'word')} of text)` };
  if (/^---\s*$/.test(lines[0]!)) return { ok: false, reason: 'the text starts with its own front matter; upload it as a file instead' };
  const title = lines[0]!.length <= 120 && !/[.!?]["'\u201D]?$/.test(lines[0]!) ? repairParagraph(lines[0]!) : null;
  const meta: PageMeta & { title: string } = { title: title ?? 'Untitled', source: linkSafe(page.url), published: null, author: null, language: null };
  return { ok: true, name: fileName(page.url, meta.title, 'txt'), text: `${frontMatter({ ...meta, title: title ?? undefined })}\n${body}\n`, meta, words, paragraphs: lines.length };
}

/** linkedom keeps `CONTENT=` and `CLASS=` as written; old pages write them in capitals, and selectors must find them. */
function lowerCaseAttributes(document: ParentNode): void {
  for (const el of document.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (name === name.toLowerCase()) continue;
      el.removeAttribute(name);
      if (!el.hasAttribute(name.toLowerCase())) el.setAttribute(name.toLowerCase(), value);
    }
  }
}

/* ---------- metadata ---------- */

interface Signals {
  meta: PageMeta;
  paywalled: boolean;
  video: boolean;
  collection: boolean;
}

const ARTICLE_TYPE = /(^|[^a-z])(\w*Article|BlogPosting|Report)$/i;

/** What the page says about itself, read before Readability rewrites the document. */
function readSignals(document: ParentNode & { documentElement?: Element | null }, pageUrl: string): Signals {
  const nodes = jsonLd(document);
  const types = (n: Record<string, unknown>) => [n['@type']].flat().filter((t): t is string => typeof t === 'string');
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const metaContent = (selector: string) => text(document.querySelector(selector)?.getAttribute('content'));
  const ogType = metaContent('meta[property="og:type"]').toLowerCase();

  const title = text(str(article?.headline)) || metaContent('meta[property="og:title"]') || metaContent('meta[name="twitter:title"]') || null;
  const canonical = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent('meta[property="og:url"]'),
    str(article?.url),
    str((article?.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ?? str(article?.mainEntityOfPage),
  ]
    .map((href) => absoluteHttp(href, pageUrl))
    .find(Boolean);
  const published = [
    str(article?.datePublished),
    metaContent('meta[property="article:published_time"]'),
    metaContent('meta[itemprop="datePublished"]'),
    metaContent('meta[name="date"]'),
    metaContent('meta[name="parsely-pub-date"]'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]
    .map(isoDate)
    .find(Boolean);
  const authors = [article?.author].flat().map((a) => (typeof a === 'string' ? a : str((a as Record<string, unknown> | undefined)?.name))).map(byline).filter(Boolean);
  const author = authors.length ? [...new Set(authors)].join(', ') : byline(metaContent('meta[name="author"]')) ?? byline(metaContent('meta[property="article:author"]'));
  const lang = (document.documentElement?.getAttribute('lang') || str(article?.inLanguage) || metaContent('meta[property="og:locale"]')).replace('_', '-');
  const language = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/i.test(lang) ? lang.replace(/^[a-z]+/i, (p) => p.toLowerCase()) : null;

  const free = (v: unknown) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false');
  const paywalled =
    nodes.some((n) => free(n.isAccessibleForFree) || [n.hasPart].flat().some((p) => free((p as Record<string, unknown> | undefined)?.isAccessibleForFree))) ||
    /^(locked|metered|premium|subscriber)/i.test(metaContent('meta[property="article:content_tier"]'));
  const video = ogType.startsWith('video') || (!article && nodes.some((n) => types(n).includes('VideoObject')));
  const collection = !article && (ogType === 'website' || nodes.some((n) => types(n).some((t) => /^(WebSite|CollectionPage|ItemList|SearchResultsPage)$/.test(t))));
  return { meta: { title, source: linkSafe(canonical ?? pageUrl), published: published ?? null, author: author ?? null, language }, paywalled, video, collection };
}

/** A `source` may not hold `()<>` (they could end a citation link early); percent-encoded, it is the same address. */
const linkSafe = (url: string) => url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Every JSON-LD object on the page, `@graph` and arrays flattened; broken blocks are skipped. */
function jsonLd(document: ParentNode): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      if ('@graph' in value) visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Sites ship broken JSON-LD often enough; the other sources still apply.
    }
  }
  return out;
}

/* ---------- cleaning and reading the body ---------- */

const JUNK_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'video', 'audio', 'dialog',
  '[hidden]', '[aria-hidden="true"]',
  '[role="navigation"]', '[role="dialog"]', '[role="alertdialog"]', '[role="banner"]', '[role="complementary"]', '[role="contentinfo"]', '[role="search"]',
].join(',');

/** Words in a class or id that mark page furniture rather than the story. */
const JUNK_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'dfp', 'sponsor', 'sponsored', 'promo', 'promoted',
  'newsletter', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'related', 'recommended', 'recirculation', 'trending', 'popular',
  'mostread', 'most', 'share', 'sharing', 'social', 'comments', 'outbrain', 'taboola', 'caption', 'credit', 'credits', 'breadcrumb',
  'breadcrumbs', 'navigation', 'menu', 'sidebar', 'subscribe', 'modal', 'popup', 'toolbar', 'byline', 'dateline', 'tags',
]);

/**
 * Remove what Readability would sometimes keep: captions, asides, ads, banners, share bars.
 * An element named like furniture is kept when it holds a large part of the page's text or
 * several long paragraphs, because sites also put such words on the wrapper of the story
 * itself (`article-body share-enabled`) or on each of its parts.
 */
function clean(document: ParentNode & { body?: Element | null }): void {
  for (const el of [...document.querySelectorAll(JUNK_ELEMENTS)]) el.remove();
  const total = (document.body?.textContent ?? '').length || 1;
  for (const el of [...document.querySelectorAll('[class],[id]')]) {
    if (!el.isConnected || /^(HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])/);
    if (!words.some((w) => JUNK_WORDS.has(w) || /^\w*(nav|menu)$/.test(w))) continue;
    const long = [...el.querySelectorAll('p')].filter((p) => wordCount(p.textContent ?? '') >= 30).length;
    if ((el.textContent ?? '').length < total * 0.3 && long < 3) el.remove();
  }
}

const BLOCK = /^(P|H[1-6]|UL|OL|LI|BLOCKQUOTE|DIV|SECTION|ARTICLE|HEADER|MAIN|DL|DT|DD|PRE|HR|TABLE|THEAD|TBODY|TFOOT|TR|TD|TH|CENTER|ADDRESS|DETAILS)$/;
const BLOCK_SELECTOR = 'p,li,div,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,table,section,article,br';

/**
 * Paragraphs, list items and headings in reading order. Text between blocks (old pages put it
 * straight into a cell or a <font>) is cut into paragraphs at each line break.
 */
function blocksOf(root: Element): Block[] {
  // Inside a paragraph a line break is only a space.
  for (const br of [...root.querySelectorAll('p br, li br, dd br, h1 br, h2 br, h3 br, h4 br, h5 br, h6 br')]) br.replaceWith(' ');
  const out: Block[] = [];
  let inline = '';
  let linked = 0;
  const flush = () => {
    const t = foldWhitespace(inline);
    if (t && linked / t.length < 0.8) out.push({ kind: 'paragraph', text: t });
    inline = '';
    linked = 0;
  };
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) inline += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.tagName === 'BR') {
        flush();
        continue;
      }
      if (!BLOCK.test(el.tagName)) {
        // A <font> or <span> around whole paragraphs is a container, not inline text.
        if (el.querySelector(BLOCK_SELECTOR)) {
          flush();
          walk(el);
          flush();
        } else {
          inline += el.textContent ?? '';
          linked += el.tagName === 'A' ? foldWhitespace(el.textContent ?? '').length : [...el.querySelectorAll('a')].reduce((n, a) => n + foldWhitespace(a.textContent ?? '').length, 0);
        }
        continue;
      }
      flush();
      const t = foldWhitespace(el.textContent ?? '');
      if (!t) continue;
      if (/^H[1-6]$/.test(el.tagName)) out.push({ kind: 'heading', text: t });
      // Readability sometimes wraps a heading's container in a <p>: only a block without blocks inside is a paragraph.
      else if (/^(P|DT|DD|LI)$/.test(el.tagName) && !el.querySelector(BLOCK_SELECTOR)) {
        if (subheading(el)) out.push({ kind: 'heading', text: t });
        else if (!isMostlyLinks(el)) out.push({ kind: el.tagName === 'LI' ? 'item' : 'paragraph', text: t });
      } else if (el.tagName !== 'HR') walk(el);
    }
  };
  walk(root);
  flush();
  return out;
}

/** A paragraph that is all bold and reads like a label (`<p><strong>What happens next</strong></p>`) is a subheading. */
function subheading(el: Element): boolean {
  const t = foldWhitespace(el.textContent ?? '');
  const bold = [...el.querySelectorAll('strong,b')].map((b) => b.textContent ?? '').join('');
  return t.length > 0 && foldWhitespace(bold) === t && wordCount(t) <= 12 && !/[.!:;,]["'\u201D\u2019]?$/.test(t);
}

/** Read-more lines, related-story lists: a block whose text is nearly all link text. */
function isMostlyLinks(el: Element): boolean {
  const all = foldWhitespace(el.textContent ?? '').length;
  if (!all) return false;
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + foldWhitespace(a.textContent ?? '').length, 0);
  return linked / all >= 0.8;
}

function linkShare(root: Element): number {
  const all = foldWhitespace(root.textContent ?? '').length;
  if (!all) return 0;
  return [...root.querySelectorAll('a')].reduce((n, a) => n + foldWhitespace(a.textContent ?? '').length, 0) / all;
}

/**
 * Repair every block, then drop what is not the story: the title repeated, labels that are
 * not sentences (`Advertisement`, `Share this article`, a dateline), and headings that head
 * nothing (a `Related` heading whose list was removed).
 */
function tidy(blocks: Block[], title: string | null): Block[] {
  const repaired = blocks.map((b) => ({ ...b, text: repairParagraph(b.text) })).filter((b) => b.text);
  const kept = repaired.filter((b) => {
    if (b.kind === 'heading') return !(title && sameText(b.text, title));
    if (b.kind === 'item') return true;
    if (title && sameText(b.text, title)) return false;
    if (/^(copyright\b|©|\(c\) \d)/i.test(b.text)) return false;
    return !(wordCount(b.text) <= 6 && !/[.!?:;]["'\u201D\u2019)]*$/.test(b.text));
  });
  return kept.filter((b, i) => b.kind !== 'heading' || (kept[i + 1] !== undefined && kept[i + 1]!.kind !== 'heading'));
}

/** `Story title -- Site name` from <title> becomes `Story title` when the page's first line is exactly that. */
function siteNameDropped(title: string | null, firstLine: string | undefined): string | null {
  if (!title || !firstLine || title.length <= firstLine.length) return title;
  const rest = title.slice(firstLine.length);
  return title.toLowerCase().startsWith(firstLine.toLowerCase()) && /^\s*(--?|[–—|:»/\\·])\s/.test(rest) ? firstLine : title;
}

/* ---------- writing the file ---------- */

function frontMatter(meta: Partial<PageMeta>): string {
  const fields = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

/** A paragraph that starts like a Markdown heading, list item or quote is escaped; the parser takes the backslash back out. */
function escapeLine(t: string): string {
  return t.replace(/^(#|>|[-+](?=\s)|(\d+)[.)](?=\s))/, (m) => `\\${m}`).replace(/^\\(\d+)([.)])/, '$1\\$2');
}

/** A file name for the id: the link's own slug when it is made of words, else the title's first words. */
function fileName(link: string, title: string, ext: 'md' | 'txt'): string {
  let slug = '';
  try {
    const segments = new URL(link).pathname.split('/').filter(Boolean);
    slug = decodeURIComponent(segments.at(-1) ?? '').replace(/\.(s?html?|php|aspx?|jsp|txt)$/i, '');
  } catch {
    // Not a link: use the title.
  }
  const words = slug.split(/[-_+]+/).filter((w) => /\p{L}{2,}/u.test(w));
  const base = words.length >= 3 ? slug : title.split(/\s+/).slice(0, 8).join('-');
  return `${base.replace(/[\\/.]+/g, '-')}.${ext}`;
}

/* ---------- small helpers ---------- */

function text(value: string | null | undefined): string {
  return foldWhitespace(value ?? '');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function absoluteHttp(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `2026-05-04T18:30:00-04:00` -> `2026-05-04`: the date as the page states it, not moved to UTC. */
function isoDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1 ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** `By Jane Doe` -> `Jane Doe`; links (profile URLs in `article:author`) are not names. */
function byline(value: string | null | undefined): string | null {
  const t = text(value).replace(/^by\s+/i, '');
  if (!t || /^https?:\/\//i.test(t) || t.length > 200) return null;
  return t;
}

/** Chinese and Japanese write no spaces between words: each of their characters counts as one. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function wordCount(t: string): number {
  return t.split(/\s+/).reduce((n, w) => n + (w.match(UNSPACED)?.length ?? 0) + (/[\p{L}\p{N}]/u.test(w.replace(UNSPACED, '')) ? 1 : 0), 0);
}

function sameText(a: string, b: string): boolean {
  return foldWhitespace(a).toLowerCase() === foldWhitespace(b).toLowerCase();
}
