/**
 * What moderators do to the knowledge: reload, add (an upload or a link), remove, list. Every
 * change is validated before anything is written, written atomically, reloaded with
 * build-then-swap, rate-limited, and recorded in the audit log. Returns facts (what changed,
 * or why nothing did); the moderator commands put them into words.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArticle, type ArticleFormat } from '../core/article.ts';
import { count } from '../core/count.ts';
import { extractArticle } from '../core/extract-page.ts';
import type { Logger } from '../log.ts';
import { writeAtomically } from './write-atomically.ts';
import { fetchPage } from './fetch-page.ts';
import { linkShown } from './link-shown.ts';
import { isFolder } from './load.ts';
import { reloadSummary, type EverywhereReport, type KnowledgeStore, type Snapshot } from './store.ts';

/** Uploads are articles, not archives: anything larger is refused before it is downloaded. */
export const MAX_UPLOAD_BYTES = 512 * 1024;

/** How much one server's shelf may hold; the shared shelf has no limits. */
export interface ShelfLimits {
  articles: number;
  bytes: number;
}

export interface AdminOptions {
  /** The shelf's store, or how to open it on first use (a server's shelf that may not exist yet). */
  store: KnowledgeStore | (() => Promise<KnowledgeStore>);
  /** Refuse an upload that would take the shelf past these. */
  limits?: ShelfLimits;
  log: Logger;
  /** Posts a line to the audit channel, when one is configured. */
  audit?: (line: string) => Promise<void> | void;
  /** At most this many moderator reloads per minute. */
  reloadsPerMinute?: number;
  /** Runs a reload everywhere the knowledge is served (every shard); defaults to this store. */
  reloadEverywhere?: () => Promise<EverywhereReport>;
  now?: () => number;
  /** For `/knowledge add url:`: hosts exempt from the address check, and the time limit of one fetch. */
  fetch?: { allowHosts: readonly string[]; timeoutMs: number };
}

export type SlugResult = { ok: true; id: string; format: ArticleFormat } | { ok: false; reason: string };

/**
 * A safe article id from an uploaded file name: the base name only, lower-case letters (of
 * any script: a Russian or Chinese title makes a Russian or Chinese id), digits and dashes.
 * Accents come off Latin letters only, as users type them without; in other scripts the marks
 * are part of the letter (dropping Japanese dakuten changes the word). Paths, dot-files and
 * other extensions are refused.
 */
export function slugFor(fileName: string): SlugResult {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (!base || base.startsWith('.')) return { ok: false, reason: 'hidden files and empty names are not articles' };
  if (base !== fileName) return { ok: false, reason: 'the file name must not contain a path' };
  const ext = extname(base).toLowerCase();
  if (ext !== '.md' && ext !== '.txt') return { ok: false, reason: 'only .md and .txt files are articles' };
  const id = base
    .slice(0, -ext.length)
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    // 80 UTF-16 units fit a Discord choice value (100) and a file name (255 bytes); never half a surrogate pair.
    .slice(0, 80)
    .replace(/[\uD800-\uDBFF]$/, '');
  if (!id) return { ok: false, reason: 'the file name has no letters or digits to make an id from' };
  return { ok: true, id, format: ext === '.md' ? 'md' : 'txt' };
}

/** Who made a change, for the audit log. */
export interface Actor {
  id: string;
  tag: string;
}

/** An article file to add: a Discord attachment, a local file in the console, or a fetched page. */
export interface ArticleUpload {
  name: string;
  size: number;
  /** Fetches the content; bounded by the caller's size check. */
  read(): Promise<Uint8Array>;
  /** The link the text was extracted from, when it did not come as a file, as linkShown() shows it. */
  origin?: string;
}

/** Why a moderator's change was not made. Nothing on disk or in the served knowledge changed. */
export type Refusal =
  | { kind: 'rate-limited'; perMinute: number; retryS: number }
  | { kind: 'folder-missing' }
  | { kind: 'bad-name'; name: string; reason: string }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'unreadable-upload' }
  | { kind: 'invalid'; line: number | null; reason: string }
  | { kind: 'exists'; id: string; files: string[] }
  | { kind: 'write-failed'; code: string }
  /** `url` as linkShown() shows it: replies and the audit never carry a link's credentials or query. */
  | { kind: 'link-refused'; url: string; reason: string }
  | { kind: 'no-such-article'; id: string }
  /** The server's shelf holds as many articles, or bytes, as it may (`max`). */
  | { kind: 'shelf-full'; limit: 'articles' | 'bytes'; max: number };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

/** An article that was added or replaced, with what extraction found in it. */
export interface Added {
  replaced: boolean;
  id: string;
  title: string;
  /** What /who, /claims and /next now find in it (absent when it did not load after all). */
  found?: { people: number; firstPerson: string | null; claims: number; outlook: number };
  /** For a link: how much text the page gave, and its canonical source. */
  page?: { words: number; paragraphs: number; source: string };
  report: EverywhereReport;
}

export interface Listing {
  articles: Array<{ id: string; title: string; file: string; bytes: number; published: string | null; passages: number }>;
  version: string;
  loadedAt: Date;
  failures: Snapshot['failures'];
}

/** The moderator operations, as the commands receive them. */
export interface KnowledgeAdmin {
  reload(by: Actor): Promise<Outcome<{ report: EverywhereReport }>>;
  add(file: ArticleUpload, replace: boolean, by: Actor): Promise<Outcome<Added>>;
  /** Fetch a page, extract its article and add it exactly like an upload. */
  addUrl(url: string, replace: boolean, by: Actor): Promise<Outcome<Added>>;
  remove(articleId: string, by: Actor): Promise<Outcome<{ files: string[]; report: EverywhereReport }>>;
  list(): Promise<Listing>;
}

export function createAdmin(options: AdminOptions): KnowledgeAdmin {
  const { log } = options;
  const opened = typeof options.store === 'function' ? null : options.store;
  const open = opened ? async () => opened : (options.store as () => Promise<KnowledgeStore>);
  const now = options.now ?? Date.now;
  const limit = options.reloadsPerMinute ?? 4;
  const recent: number[] = [];
  const reloadEverywhere = async () => {
    const store = await open();
    const report = await (options.reloadEverywhere ?? (() => store.reload()))();
    if (report.warning) log.warn({ dir: store.dir }, report.warning);
    return report;
  };

  const record = async (by: Actor, action: string) => {
    const line = `${by.tag} (${by.id}) ${action}`;
    log.info({ audit: true, user: by.id, tag: by.tag, action, at: new Date(now()).toISOString() }, 'knowledge changed');
    try {
      await options.audit?.(line);
    } catch (error) {
      log.warn({ err: error }, 'could not post to the audit channel');
    }
  };

  /** Moderator reloads are rate-limited; an upload or removal reloads as part of its change. */
  const allowReload = (): Refusal | null => {
    const t = now();
    while (recent.length && t - recent[0]! > 60_000) recent.shift();
    if (recent.length >= limit) return { kind: 'rate-limited', perMinute: limit, retryS: Math.ceil((60_000 - (t - recent[0]!)) / 1000) };
    recent.push(t);
    return null;
  };
  const refuse = (refusal: Refusal) => ({ ok: false as const, refusal });

  const admin: KnowledgeAdmin = {
    async reload(by) {
      const refused = allowReload();
      if (refused) return refuse(refused);
      const report = await reloadEverywhere();
      await record(by, `reloaded the knowledge: ${reloadSummary(report)}`);
      return { ok: true, report };
    },

    async add(file, replace, by) {
      const slug = slugFor(file.name);
      if (!slug.ok) return refuse({ kind: 'bad-name', name: file.name, reason: slug.reason });
      if (file.size > MAX_UPLOAD_BYTES) return refuse({ kind: 'too-large', maxBytes: MAX_UPLOAD_BYTES });
      let bytes: Uint8Array;
      try {
        bytes = await file.read();
      } catch {
        return refuse({ kind: 'unreadable-upload' });
      }
      if (bytes.length > MAX_UPLOAD_BYTES) return refuse({ kind: 'too-large', maxBytes: MAX_UPLOAD_BYTES });
      const parsed = parseArticle(slug.id, slug.format, bytes);
      if (!parsed.ok) return refuse({ kind: 'invalid', line: parsed.error.line, reason: parsed.error.message });
      const store = await open();
      if (!(await isFolder(store.dir))) return refuse({ kind: 'folder-missing' });

      const existing = await filesWithId(store.dir, slug.id);
      if (existing.length && !replace) return refuse({ kind: 'exists', id: slug.id, files: existing });
      const full = options.limits && (await overLimit(store.dir, existing, bytes.length, options.limits));
      if (full) return refuse(full);
      const fileName = `${slug.id}.${slug.format}`;
      try {
        await writeAtomically(join(store.dir, fileName), bytes);
      } catch (error) {
        log.error({ err: error, file: fileName }, 'could not write an uploaded article');
        return refuse({ kind: 'write-failed', code: (error as NodeJS.ErrnoException).code ?? 'error' });
      }
      for (const other of existing) if (other !== fileName) await rm(join(store.dir, other), { force: true });
      const report = await reloadEverywhere();
      await record(by, `${existing.length ? 'replaced' : 'added'} ${fileName} (${count(bytes.length, 'byte')})${file.origin ? ` from ${file.origin}` : ''}`);

      const corpus = store.corpus();
      const x = corpus.extracted.get(slug.id);
      return {
        ok: true,
        replaced: existing.length > 0,
        id: slug.id,
        title: corpus.byId.get(slug.id)?.title ?? parsed.article.title,
        ...(x ? { found: { people: x.people.length, firstPerson: x.people[0]?.name ?? null, claims: x.claims.length, outlook: x.outlook.length } } : {}),
        report,
      };
    },

    async addUrl(url, replace, by) {
      // A fetch costs the bot a connection and up to the time limit: it counts as a reload.
      const refused = allowReload();
      if (refused) return refuse(refused);
      const page = await fetchPage(url, { allowHosts: options.fetch?.allowHosts ?? [], timeoutMs: options.fetch?.timeoutMs ?? 20_000, maxBytes: MAX_UPLOAD_BYTES });
      const extracted = page.ok ? extractArticle(page) : page;
      const shown = linkShown(url);
      if (!extracted.ok) {
        log.info({ user: by.id, url: shown, reason: extracted.reason }, 'link refused');
        return refuse({ kind: 'link-refused', url: shown, reason: extracted.reason });
      }
      const bytes = new TextEncoder().encode(extracted.text);
      const added = await admin.add({ name: extracted.name, size: bytes.length, read: async () => bytes, origin: shown }, replace, by);
      if (!added.ok) return added;
      return { ...added, page: { words: extracted.words, paragraphs: extracted.paragraphs, source: extracted.meta.source } };
    },

    async remove(articleId, by) {
      const store = await open();
      if (!(await isFolder(store.dir))) return refuse({ kind: 'folder-missing' });
      const files = await filesWithId(store.dir, articleId.trim());
      if (!files.length) return refuse({ kind: 'no-such-article', id: articleId });
      for (const f of files) await rm(join(store.dir, f), { force: true });
      const report = await reloadEverywhere();
      await record(by, `removed ${files.join(', ')}`);
      return { ok: true, files, report };
    },

    async list() {
      const snapshot = (await open()).snapshot;
      return {
        articles: snapshot.corpus.articles.map((a) => {
          const f = snapshot.files.get(a.id);
          return { id: a.id, title: a.title, file: f?.file ?? a.id, bytes: f?.bytes ?? 0, published: a.published, passages: a.paragraphs.length };
        }),
        version: snapshot.version,
        loadedAt: snapshot.loadedAt,
        failures: snapshot.failures,
      };
    },
  };
  return admin;
}

/** Why adding `bytes` more (replacing `replaced`) would take the folder past its limits, or null. */
async function overLimit(dir: string, replaced: string[], bytes: number, limits: ShelfLimits): Promise<Refusal | null> {
  let articles = 1;
  let total = bytes;
  for (const name of await readdir(dir)) {
    if (!/\.(md|txt)$/i.test(name) || name.startsWith('.') || replaced.includes(name)) continue;
    const info = await lstat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    articles++;
    total += info.size;
  }
  if (articles > limits.articles) return { kind: 'shelf-full', limit: 'articles', max: limits.articles };
  if (total > limits.bytes) return { kind: 'shelf-full', limit: 'bytes', max: limits.bytes };
  return null;
}

/** Regular files only: a link (even one pointing nowhere) is not an article, and is left alone. */
async function filesWithId(dir: string, id: string): Promise<string[]> {
  const names = await readdir(dir);
  const out: string[] = [];
  for (const name of names) {
    if (!/\.(md|txt)$/i.test(name) || name.startsWith('.') || name.slice(0, -extname(name).length) !== id) continue;
    if ((await lstat(join(dir, name)).catch(() => null))?.isFile()) out.push(name);
  }
  return out;
}
