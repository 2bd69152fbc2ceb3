import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Run the real `npm start` with piped stdin, as a user would. */
function start(lines: string[], args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync('npm', ['start', '--silent', '--', ...args], {
    cwd: root,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', STATE_DIR: mkdtempSync(join(tmpdir(), 'console-state-')), ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the offline console (npm start without a token)', () => {
  test('answers each line with one JSON Answer, in order, and exits 0', () => {
    const r = start(
      ['/ask question:When was NATO founded?', 'What is Guetté planning to submit?', '/ask', '/nope', '/sources', '/help'],
      ['--json'],
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/offline console/);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.command)).toEqual(['ask', 'ask', 'ask', 'nope', 'sources', 'help']);
    expect(answers[0].items[0].quotes[0]).toEqual({
      text: expect.stringContaining('established in 1949'),
      article: 'guette-nato-exit',
      section: 'Background',
      paragraph: 6,
    });
    expect(answers[1].items[0].quotes[0].text).toContain('submit a resolution');
    expect(answers[2].error).toMatch(/needs question/);
    expect(answers[3].error).toMatch(/Unknown command \/nope/);
    expect(answers[4].items[0].detail).toMatch(/id: guette-nato-exit/);
    expect(r.stdout).not.toMatch(/France\\"s|NATO\\"s/);
  });

  test('prints quotes and citations as text by default', () => {
    const r = start(['/ask When was NATO founded?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^> The North Atlantic Treaty Organization \(NATO\) was established in 1949/m);
    expect(r.stdout).toMatch(/— .* · Background · paragraph 6/);
  });

  test('a mistyped command suggests the closest one, and nothing when none is close', () => {
    const r = start(['/aks When was NATO founded?', '/HLEP', '/knowlege list', '/weather']);
    expect(r.code).toBe(0);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toEqual([
      'error: Unknown command /aks. Did you mean /ask?',
      'error: Unknown command /HLEP. Did you mean /help?',
      'error: Unknown command /knowlege. Did you mean /knowledge?',
      expect.stringMatching(/^error: Unknown command \/weather\. Try \/article, \/ask, .*\/who\.$/),
    ]);
  });

  test('/help shows subcommands as words to type, alternatives with |, and optional options in brackets', () => {
    const r = start(['/help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('• /knowledge add file:… | url:… [replace:…] [shelf:…] — Add an article from a .md or .txt file (up to 512 KiB) or from its link');
    expect(lines).toContain('• /knowledge remove article:… [shelf:…] — Remove an article');
    expect(lines).toContain('• /knowledge list [shelf:…] — The article files, with sizes');
    expect(lines).toContain('• /article set article:… — Moderators: questions in this channel are about this article');
    expect(lines).toContainEqual(expect.stringMatching(/^• \/ask question:… \[article:…\] \[private:…\] — /));
    expect(r.stdout).not.toMatch(/\[(add|remove|list):/);
    expect(r.stdout).not.toMatch(/^• \/knowledge —/m);
  });

  test('a count of one reads in the singular: 1 person, 1 passage, 1 file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-knowledge-'));
    writeFileSync(join(dir, 'bridge.md'), '---\ntitle: Bridge to reopen\n---\nThe old bridge will reopen in May after two years of repairs, the council said on Tuesday.\n');
    writeFileSync(join(dir, 'broken.md'), '---\npublished: never\n---\nText.');
    const upload = join(mkdtempSync(join(tmpdir(), 'upload-')), 'mayor.md');
    writeFileSync(upload, '---\ntitle: Mayor speaks\n---\nMayor Alma Torres said on Monday that the market hall would close for a month.\n');
    const r = start(['/sources', '/knowledge list', `/knowledge add file:${upload}`], [], { KNOWLEDGE_DIR: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^• Bridge to reopen — id: bridge · 1 passage$/m);
    expect(r.stdout).toMatch(/1 file failed to load/);
    expect(r.stdout).toMatch(/\/who finds 1 person \(first: Alma Torres\) · \/claims \d+ claims? · \/next \d+ passages?/);
    expect(r.stdout).not.toMatch(/\b1 (passages|people|files|claims)\b/);
  });

  test('with no loadable article it says why and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-knowledge-'));
    writeFileSync(join(dir, 'broken.md'), '---\npublished: never\n---\nText.');
    const r = start([], [], { KNOWLEDGE_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No article could be loaded/);
    expect(r.stderr).toMatch(/broken\.md:2: front matter field `published`/);
  });

  test('bad configuration lists each problem and exits 1 without a stack trace', () => {
    const r = start([], [], { LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'x' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LOG_LEVEL/);
    expect(r.stderr).toMatch(/DISCORD_GUILD_ID/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
