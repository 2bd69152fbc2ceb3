/**
 * Answer quality through `npm run eval`, the real commands over real articles: every practice
 * check passes, and our own paraphrases and unseen articles stay at or above the 90% bar.
 */
import { execFile } from 'node:child_process';
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
