/**
 * Reads KNOWLEDGE_DIR: every `.md` and `.txt` file is one article. A file that cannot be
 * read or parsed is reported with its reason and skipped; the others load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MAX_ARTICLE_BYTES, parseArticle, type ArticleFormat } from '../core/article.ts';
import type { Article } from '../core/types.ts';

export interface FileFailure {
  file: string;
  line: number | null;
  reason: string;
  /** The file vanished while being read: a removal, not a broken article. */
  missing?: boolean;
}

export interface LoadedFile {
  file: string;
  article: Article;
  bytes: Buffer;
}

export interface LoadResult {
  loaded: LoadedFile[];
  failures: FileFailure[];
}

/** Which files of a folder are articles: visible `.md`/`.txt` files. */
export function articleFormat(file: string): ArticleFormat | null {
  if (file.startsWith('.')) return null;
  const ext = extname(file).toLowerCase();
  return ext === '.md' ? 'md' : ext === '.txt' ? 'txt' : null;
}

export function articleId(file: string): string {
  return file.slice(0, file.length - extname(file).length);
}

/**
 * The article files of a folder, and every other entry with an article's name (a symbolic
 * link, a folder) with why it is skipped. Links are not followed: one could lead outside
 * the knowledge folder.
 */
export async function listArticleFiles(dir: string): Promise<{ files: string[]; skipped: FileFailure[] }> {
  const files: string[] = [];
  const skipped: FileFailure[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!articleFormat(entry.name)) continue;
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const target = await stat(join(dir, entry.name)).then(() => true, () => false);
      skipped.push({
        file: entry.name,
        line: null,
        reason: target
          ? 'it is a symbolic link; links are not followed (one could lead outside the knowledge folder)'
          : 'it is a symbolic link to nothing (its target is missing)',
      });
    } else skipped.push({ file: entry.name, line: null, reason: 'it is not a regular file' });
  }
  return { files: files.sort(), skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

export async function loadKnowledge(dir: string): Promise<LoadResult> {
  const { files, skipped } = await listArticleFiles(dir);
  const loaded: LoadedFile[] = [];
  const failures: FileFailure[] = [...skipped];
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = articleId(file);
    const other = seen.get(id);
    if (other) {
      failures.push({ file, line: null, reason: `another file (${other}) already has the id "${id}"` });
      continue;
    }
    const result = await loadFile(dir, file);
    if ('reason' in result) failures.push(result);
    else {
      seen.set(id, file);
      loaded.push(result);
    }
  }
  return { loaded, failures: failures.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/** Read and parse one file; a vanished or unreadable file is a failure, not a crash. */
export async function loadFile(dir: string, file: string): Promise<LoadedFile | FileFailure> {
  const read = await readArticleFile(dir, file);
  if ('reason' in read) return read;
  const parsed = parseArticle(articleId(file), articleFormat(file)!, read.bytes);
  if (!parsed.ok) return { file, line: parsed.error.line, reason: parsed.error.message };
  return { file, article: parsed.article, bytes: read.bytes };
}

/** Read one file's bytes (size-checked) without parsing them. */
export async function readArticleFile(dir: string, file: string): Promise<{ bytes: Buffer } | FileFailure> {
  const path = join(dir, file);
  try {
    const info = await stat(path);
    if (info.size > MAX_ARTICLE_BYTES) return { file, line: null, reason: 'the file is larger than 1 MiB' };
    return { bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, line: null, reason: 'the file disappeared while it was being read', missing: true };
    return { file, line: null, reason: `the file could not be read (${code ?? 'error'})` };
  }
}

export function describeFailure(f: FileFailure): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}`;
}
