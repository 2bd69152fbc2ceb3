/**
 * Answer quality through `npm run eval`, the real commands over real articles: every practice
 * check passes, and our own paraphrases and unseen articles stay at or above the 90% bar.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

async function evaluate(file: string): Promise<{ pass: number; total: number; output: string }> {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'eval', '--', file], { cwd: root, encoding: 'utf8' });
  const [, pass, total] = /summary: (\d+)\/(\d+) checks passed/.exec(stdout) ?? [];
  return { pass: Number(pass), total: Number(total), output: stdout };
}

describe('npm run eval', () => {
  test('every practice check passes (seed and practice articles)', async () => {
    const r = await evaluate('test/fixtures/eval/questions.json');
    expect(r.output).not.toContain('miss:');
    expect(r.pass).toBe(r.total);
    expect(r.total).toBeGreaterThan(70);
  });

  test.each(['test/fixtures/eval/paraphrases.json', 'test/fixtures/eval/seed-phrasings/questions.json', 'test/fixtures/eval/unseen/questions.json', 'test/fixtures/eval/unseen-health/questions.json', 'test/fixtures/extraction/ask.json'])(
    '%s stays at or above the 90 percent bar',
    async (file) => {
      const r = await evaluate(file);
      expect(r.total).toBeGreaterThan(10);
      expect(r.pass / r.total).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe('npm run eval -- --squad', () => {
  const run = (args: string[]) =>
    promisify(execFile)('npm', ['run', '--silent', 'eval', '--', ...args], { cwd: root, encoding: 'utf8' }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  test('scores a SQuAD-format file beside plain MiniSearch, and writes every question to --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'squad-eval-'));
    try {
      const out = join(dir, 'report.json');
      const r = await run(['--squad', 'test/fixtures/squad/tiny.json', '--json', out, '--verbose']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('articles 2 · answerable questions 6 · unanswerable 2');
      expect(r.stdout).toMatch(/^bot {10}top-1 \d+\.\d% · top-3 \d+\.\d% · mean top-1 quote \d+ chars$/m);
      expect(r.stdout).toMatch(/^MiniSearch {3}top-1 \d+\.\d% · top-3 /m);
      expect(r.stdout).toMatch(/^confidence {3}low on \d+\.\d% of unanswerable questions · on \d+\.\d% of answerable ones$/m);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.cases).toHaveLength(8);
      const built = report.cases.find((c: { question: string }) => c.question === 'When was the Gull Point lighthouse built?');
      expect(built).toMatchObject({ article: 'lighthouse-keepers', golds: ['1871'], impossible: false, top1: true });
      expect(built.quote).toContain('1871');
      expect(built.confidence).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown flag is refused with the usage, and --help prints it', async () => {
    const bad = await run(['--squad', 'test/fixtures/squad/tiny.json', '--top', '5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--top'");
    expect(bad.stderr).toContain('usage: npm run eval');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--squad FILE');
  });
});
