/**
 * The knowledge folder's files: which entries are articles (visible `.md` and `.txt` regular
 * files, named by their id), reading one file's bytes, and what a file that failed to load
 * reports. Reading and parsing the whole folder is build.ts's `readFolder`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MAX_ARTICLE_BYTES, type ArticleFormat } from '../core/article.ts';

export interface FileFailure {
  file: string;
  line: number | null;
  reason: string;
  /** The file vanished while being read: a removal, not a broken article. */
  missing?: boolean;
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

/** The one line that names a failed file for a log, a report or the audit channel: `file:line: reason`. */
export function describeFailure(f: FileFailure & { keptLastGood?: boolean }): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}${f.keptLastGood ? ' (the last good version keeps serving)' : ''}`;
}

/** The knowledge folder is there (it may have been deleted while the bot runs). */
export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
