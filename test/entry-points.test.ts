/**
 * What the entry points do with their command line and with a knowledge folder that is not
 * there, run as `npm start` runs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;

function run(entry: string, args: string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', STATE_DIR: mkdtempSync(join(tmpdir(), 'entry-state-')), ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line flags', () => {
  test.each(['src/main.ts', 'src/sharded.ts', 'src/deploy.ts'])('%s --help prints its usage and exits 0, starting nothing', (entry) => {
    const r = run(entry, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm (start|run)/);
    expect(r.stderr).toBe('');
  });

  test('an unknown flag is refused with the usage, and the console does not start', () => {
    const r = run('src/main.ts', ['--jsn'], {}, '/sources\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Unknown option '--jsn'\.\n\nUsage: npm start/);
    expect(r.stderr).not.toMatch(/running the offline console/);
    expect(r.stdout).toBe('');
  });

  test('a stray argument is refused too', () => {
    const r = run('src/sharded.ts', ['now']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Unexpected argument 'now'\./);
  });
});

describe('a KNOWLEDGE_DIR that does not exist', () => {
  test('is named as missing, and no state folder is made for it', () => {
    const state = join(mkdtempSync(join(tmpdir(), 'entry-state-')), 'state');
    const r = run('src/main.ts', [], { KNOWLEDGE_DIR: '/nonexistent/articles', STATE_DIR: state });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('The knowledge folder is missing: /nonexistent/articles (set KNOWLEDGE_DIR, or create it with .md or .txt articles).\n');
    expect(existsSync(state)).toBe(false);
  });
});

describe('logs', () => {
  test('are JSON lines when stderr is not a terminal', () => {
    const r = run('src/main.ts', [], { LOG_LEVEL: 'INFO' });
    expect(r.stderr.split('\n')[0]).toMatch(/^\{"level":30,.*"msg":"knowledge loaded"\}$/);
  });

  test('are readable lines with LOG_PRETTY=true', () => {
    const r = run('src/main.ts', [], { LOG_PRETTY: 'true' });
    expect(r.stderr.split('\n')[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: knowledge loaded \{"articles":1,"passages":\d+,"version":"\w+"\}$/);
    expect(r.stderr).not.toContain('"level"');
  });
});
