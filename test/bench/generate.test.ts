import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArticles, writeArticles } from '../../bench/generate.ts';
import { parseArticleText } from '../../src/core/article.ts';

const sample = generateArticles(200, 7);

describe('bench article generator', () => {
  test('is deterministic: the same count and seed give identical output', () => {
    expect(generateArticles(60, 7)).toEqual(sample.slice(0, 60));
    expect(generateArticles(5)).toEqual(generateArticles(5));
  });

  test('different seeds give different articles', () => {
    const other = generateArticles(60, 8);
    const same = other.filter((a, i) => a.text === sample[i]!.text).length;
    expect(same).toBe(0);
  });

  test('ids are unique and files are named after them', () => {
    expect(new Set(sample.map((a) => a.id)).size).toBe(sample.length);
    for (const a of sample) {
      expect(a.file).toMatch(/^a\d{5}-[a-z0-9-]+\.(md|txt)$/);
      expect(a.file.replace(/\.(md|txt)$/, '')).toBe(a.id);
    }
    const md = sample.filter((a) => a.file.endsWith('.md')).length;
    expect(md).toBeGreaterThan(50);
    expect(md).toBeLessThan(150);
  });

  test('every article parses, with at least 2 sections and 5 paragraphs', () => {
    for (const a of sample) {
      const r = parseArticleText(a.id, a.file.endsWith('.md') ? 'md' : 'txt', a.text);
      if (!r.ok) throw new Error(`${a.file}: ${r.error.message}`);
      expect(r.article.sections.length, a.file).toBeGreaterThanOrEqual(2);
      expect(r.article.paragraphs.length, a.file).toBeGreaterThanOrEqual(5);
      // No template syntax leaks into the text (Markdown links aside).
      expect(a.text.replace(/\[[^\]]+\]\(https?:[^)]+\)/g, ''), a.file).not.toMatch(/[{}[\]|~]/);
    }
  });

  test('articles are varied: few duplicate paragraphs, many distinct sentences', () => {
    const paragraphs: string[] = [];
    const sentences: string[] = [];
    for (const a of sample) {
      const r = parseArticleText(a.id, a.file.endsWith('.md') ? 'md' : 'txt', a.text);
      if (!r.ok) continue;
      for (const p of r.article.paragraphs) {
        paragraphs.push(p.text);
        sentences.push(...p.sentences.map((s) => s.text));
      }
    }
    const dupParagraphs = paragraphs.length - new Set(paragraphs).size;
    expect(dupParagraphs / paragraphs.length).toBeLessThan(0.05);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.7);
    const kinds = new Set(sample.map((a) => a.id.replace(/^a\d+-/, '').split('-').slice(0, 2).join('-')));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
  });

  test('writeArticles writes every file and reports the bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-gen-'));
    try {
      const bytes = await writeArticles(dir, 12, 7);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(sample.slice(0, 12).map((a) => a.file).sort());
      let total = 0;
      for (const f of files) total += (await readFile(join(dir, f))).length;
      expect(bytes).toBe(total);
      expect(await readFile(join(dir, sample[0]!.file), 'utf8')).toBe(sample[0]!.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
