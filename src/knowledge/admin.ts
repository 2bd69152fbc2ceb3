/**
 * What moderators do to the knowledge: reload, add (upload), remove, list. Every change is
 * validated before anything is written, written atomically, reloaded with build-then-swap,
 * rate-limited, and recorded in the audit log. Returns Answers, like every command.
 */
import { lstat, readdir, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArticle, type ArticleFormat } from '../core/article.ts';
import { fold } from '../core/text.ts';
import type { Answer, AnswerItem } from '../core/types.ts';
import type { Logger } from '../log.ts';
import type { Invoker, KnowledgeAdmin, UploadedFile } from '../registry.ts';
import { extractArticle } from '../core/extract-page.ts';
import { fetchPage } from './fetch-page.ts';
import { describeFailure } from './load.ts';
import { writeAtomically } from './build.ts';
import type { KnowledgeStore, ReloadReport } from './store.ts';

/** Uploads are articles, not archives: anything larger is refused before it is downloaded. */
export const MAX_UPLOAD_BYTES = 512 * 1024;

export interface AdminOptions {
  store: KnowledgeStore;
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

/** How far a reload reached when the bot runs as several shards (processes). */
export interface ShardReach {
  /** Shards the bot runs as. */
  count: number;
  /** Shards that reloaded (or tried to, and reported why not). */
  reached: number;
  /** One line per shard that did not reload or serves another version, e.g. `shard 1: no answer within 60 s`. */
  failures: string[];
}

/** This process's reload report, plus the other shards' outcome when sharded. */
export type EverywhereReport = ReloadReport & { shards?: ShardReach };

export type SlugResult = { ok: true; id: string; format: ArticleFormat } | { ok: false; reason: string };

/**
 * A safe article id from an uploaded file name: the base name only, lower-case letters,
 * digits and dashes. Paths, dot-files and other extensions are refused.
 */
export function slugFor(fileName: string): SlugResult {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (!base || base.startsWith('.')) return { ok: false, reason: 'hidden files and empty names are not articles' };
  if (base !== fileName) return { ok: false, reason: 'the file name must not contain a path' };
  const ext = extname(base).toLowerCase();
  if (ext !== '.md' && ext !== '.txt') return { ok: false, reason: 'only .md and .txt files are articles' };
  const id = fold(base.slice(0, -ext.length))
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
  if (!id) return { ok: false, reason: 'the file name has no letters or digits to make an id from' };
  return { ok: true, id, format: ext === '.md' ? 'md' : 'txt' };
}

export function createAdmin(options: AdminOptions): KnowledgeAdmin {
  const { store, log } = options;
  const now = options.now ?? Date.now;
  const limit = options.reloadsPerMinute ?? 4;
  const recent: number[] = [];
  const reloadAll = options.reloadEverywhere ?? (() => store.reload());
  const reloadEverywhere = async () => {
    const report = await reloadAll();
    if (report.warning) log.warn({ dir: store.dir }, report.warning);
    return report;
  };

  const record = async (by: Invoker, action: string) => {
    const line = `${by.tag} (${by.id}) ${action}`;
    log.info({ audit: true, user: by.id, tag: by.tag, action, at: new Date(now()).toISOString() }, 'knowledge changed');
    try {
      await options.audit?.(line);
    } catch (error) {
      log.warn({ err: error }, 'could not post to the audit channel');
    }
  };

  /** Moderator reloads are rate-limited; an upload or removal reloads as part of its change. */
  const allowReload = (): string | null => {
    const t = now();
    while (recent.length && t - recent[0]! > 60_000) recent.shift();
    if (recent.length >= limit) return `Reloads are limited to ${limit} a minute; try again in ${Math.ceil((60_000 - (t - recent[0]!)) / 1000)} s.`;
    recent.push(t);
    return null;
  };

  const admin: KnowledgeAdmin = {
    async reload(by) {
      const refused = allowReload();
      if (refused) return { input: '/reload', command: 'reload', items: [], error: refused };
      const report = await reloadEverywhere();
      await record(by, `reloaded the knowledge: ${summary(report)}`);
      return reportAnswer('/reload', 'reload', report);
    },

    async add(file: UploadedFile, replace: boolean, by) {
      const input = `/knowledge add ${file.origin ? `url:${file.origin}` : `file:${file.name}`}${replace ? ' replace:true' : ''}`;
      const fail = (error: string): Answer => ({ input, command: 'knowledge', items: [], error });
      const slug = slugFor(file.name);
      if (!slug.ok) return fail(`Refused "${file.name}": ${slug.reason}.`);
      if (file.size > MAX_UPLOAD_BYTES) return fail(`Refused: the file is larger than ${MAX_UPLOAD_BYTES / 1024} KiB.`);
      let bytes: Uint8Array;
      try {
        bytes = await file.read();
      } catch {
        return fail('The file could not be downloaded; try again.');
      }
      if (bytes.length > MAX_UPLOAD_BYTES) return fail(`Refused: the file is larger than ${MAX_UPLOAD_BYTES / 1024} KiB.`);
      const parsed = parseArticle(slug.id, slug.format, bytes);
      if (!parsed.ok) return fail(`Refused: ${parsed.error.line ? `line ${parsed.error.line}: ` : ''}${parsed.error.message}. Nothing was changed.`);
      if (!(await isFolder(store.dir))) return fail(FOLDER_MISSING);

      const existing = await filesWithId(store.dir, slug.id);
      if (existing.length && !replace) {
        return fail(`An article with the id "${slug.id}" exists already (${existing.join(', ')}). Add replace:true to replace it.`);
      }
      const fileName = `${slug.id}.${slug.format}`;
      try {
        await writeAtomically(join(store.dir, fileName), bytes);
      } catch (error) {
        log.error({ err: error, file: fileName }, 'could not write an uploaded article');
        return fail(`The file could not be written to the knowledge folder (${(error as NodeJS.ErrnoException).code ?? 'error'}). Nothing was changed.`);
      }
      for (const other of existing) if (other !== fileName) await rm(join(store.dir, other), { force: true });
      const report = await reloadEverywhere();
      await record(by, `${existing.length ? 'replaced' : 'added'} ${fileName} (${bytes.length} bytes)${file.origin ? ` from ${file.origin}` : ''}`);

      const x = store.corpus().extracted.get(slug.id);
      const article = store.corpus().byId.get(slug.id);
      const found: AnswerItem = {
        heading: `${existing.length ? 'Replaced' : 'Added'}: ${article?.title ?? parsed.article.title}`,
        detail: x
          ? `id ${slug.id} · /who finds ${x.people.length} people${x.people[0] ? ` (first: ${x.people[0].name})` : ''} · /claims ${x.claims.length} claims · /next ${x.outlook.length} passages`
          : `id ${slug.id}`,
        quotes: [],
      };
      const answer = reportAnswer(input, 'knowledge', report);
      return { ...answer, items: [found, ...answer.items] };
    },

    async addUrl(url, replace, by) {
      const input = `/knowledge add url:${url}${replace ? ' replace:true' : ''}`;
      const fail = (error: string): Answer => ({ input, command: 'knowledge', items: [], error });
      // A fetch costs the bot a connection and up to the time limit: it counts as a reload.
      const refused = allowReload();
      if (refused) return fail(refused);
      const page = await fetchPage(url, { allowHosts: options.fetch?.allowHosts ?? [], timeoutMs: options.fetch?.timeoutMs ?? 20_000, maxBytes: MAX_UPLOAD_BYTES });
      const extracted = page.ok ? extractArticle(page) : page;
      if (!extracted.ok) {
        log.info({ user: by.id, url, reason: extracted.reason }, 'link refused');
        return fail(`Refused ${url}: ${extracted.reason}. Nothing was changed.`);
      }
      const bytes = new TextEncoder().encode(extracted.text);
      const answer = await admin.add({ name: extracted.name, size: bytes.length, read: async () => bytes, origin: url }, replace, by);
      const [found, ...rest] = answer.items;
      if (answer.error || !found) return answer;
      return { ...answer, items: [{ ...found, detail: `${found.detail} · ${extracted.words} words in ${extracted.paragraphs} paragraphs from ${extracted.meta.source}` }, ...rest] };
    },

    async remove(articleId, by) {
      const input = `/knowledge remove article:${articleId}`;
      if (!(await isFolder(store.dir))) return { input, command: 'knowledge', items: [], error: FOLDER_MISSING };
      const files = await filesWithId(store.dir, articleId.trim());
      if (!files.length) return { input, command: 'knowledge', items: [], error: `No article file has the id "${articleId}". /knowledge list shows them.` };
      for (const f of files) await rm(join(store.dir, f), { force: true });
      const report = await reloadEverywhere();
      await record(by, `removed ${files.join(', ')}`);
      return reportAnswer(input, 'knowledge', report);
    },

    async list() {
      const snapshot = store.snapshot;
      return {
        input: '/knowledge list',
        command: 'knowledge',
        items: snapshot.corpus.articles.map((a) => {
          const f = snapshot.files.get(a.id);
          return {
            heading: a.title,
            detail: [`${f?.file ?? a.id} · ${formatBytes(f?.bytes ?? 0)}`, a.published ? `published ${a.published}` : null, `${a.paragraphs.length} passages`]
              .filter(Boolean)
              .join(' · '),
            quotes: [],
          };
        }),
        note: `Knowledge version ${snapshot.version}, loaded ${snapshot.loadedAt.toISOString()}.${snapshot.failures.length ? ` ${snapshot.failures.length} file(s) failed to load: ${snapshot.failures.map(describeFailure).join('; ')}` : ''}`,
      };
    },
  };
  return admin;
}

const FOLDER_MISSING = 'The knowledge folder is missing, so nothing was changed; the current knowledge keeps serving. Ask the operator to restore it.';

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
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

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}

export function summary(r: EverywhereReport): string {
  const shards = r.shards ? `, ${r.shards.reached}/${r.shards.count} shards` : '';
  return `${r.before.articles} → ${r.after.articles} articles, +${r.added.length} ~${r.changed.length} −${r.removed.length}, ${r.failures.length} failed, ${Math.round(r.ms)} ms${shards}`;
}

/** A reload report as an Answer: counts before → after, what changed, and each failure. */
export function reportAnswer(input: string, command: string, r: EverywhereReport): Answer {
  const items: AnswerItem[] = [
    {
      heading: r.ok ? `Reloaded in ${Math.round(r.ms)} ms` : 'Reload failed: the current knowledge stays',
      detail: `articles ${r.before.articles} → ${r.after.articles} · passages ${r.before.passages} → ${r.after.passages} · people ${r.before.people} → ${r.after.people} · version ${r.version}`,
      quotes: [],
    },
  ];
  const list = (label: string, ids: string[]) => ids.length && items.push({ heading: label, detail: ids.join(', '), quotes: [] });
  list('Added', r.added);
  list('Changed', r.changed);
  list('Removed', r.removed);
  if (r.shards) {
    const { count, reached, failures } = r.shards;
    items.push({
      heading: reached === count ? `Reached ${count === 1 ? 'the only shard' : `all ${count} shards`}` : `Reached ${reached} of ${count} shards`,
      detail: failures.length ? failures.join(' · ') : `every shard serves version ${r.version}`,
      quotes: [],
    });
  }
  for (const f of r.failures) {
    items.push({ heading: `Failed: ${f.file}${f.line ? ` line ${f.line}` : ''}`, detail: `${f.reason}${f.keptLastGood ? ' — the last good version keeps serving' : ' — not loaded'}`, quotes: [] });
  }
  return { input, command, items, ...(r.error ? { error: r.error } : {}), ...(r.warning ? { note: `Warning: ${r.warning}.` } : {}) };
}
