/**
 * `/knowledge add url:` through the real `npm start` console, against a news site on 127.0.0.1
 * allowed only through FETCH_ALLOW_HOSTS.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPageServer, type PageServer } from '../fetch/page-server.ts';

const root = new URL('../../', import.meta.url).pathname;
let site: PageServer;

beforeAll(async () => {
  site = await startPageServer();
});
afterAll(async () => {
  await site?.close();
});

/** `npm start -- --json` with piped stdin; async, so the page server in this process can answer. */
function start(lines: string[], env: Record<string, string>): Promise<{ code: number | null; answers: Array<Record<string, any>> }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent', '--', '--json'], {
      cwd: root,
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', STATE_DIR: mkdtempSync(join(tmpdir(), 'console-state-')), ...env },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, answers: stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) }));
    child.stdin.end(lines.join('\n') + '\n');
  });
}

describe('the console adds an article by its link', () => {
  test('the page is filed, previewed and answered from; loopback without the setting is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-knowledge-'));
    cpSync(new URL('../../knowledge/', import.meta.url).pathname, dir, { recursive: true });
    const url = `${site.origin}/pages/public-radio-storytext.html`;
    const r = await start([`/knowledge add url:${url}`, '/ask How many districts did the study compare?'], { KNOWLEDGE_DIR: dir, FETCH_ALLOW_HOSTS: '127.0.0.1' });
    expect(r.code).toBe(0);
    const [added, asked] = r.answers;
    expect(added!.error).toBeUndefined();
    expect(added!.items[0].heading).toBe('Added: State study finds four-day school week did not hurt test scores');
    expect(added!.items[0].detail).toMatch(/· 201 words in 6 paragraphs from https:\/\/www\.vpr\.example\.org\//);
    expect(asked!.items[0].quotes[0]).toMatchObject({ article: 'four-day-school-week-study', text: expect.stringContaining('compared 40 districts') });
    expect(readdirSync(dir).sort()).toEqual(['four-day-school-week-study.md', 'guette-nato-exit.txt']);

    const connections = site.connections;
    const refused = await start([`/knowledge add ${url}`], { KNOWLEDGE_DIR: dir });
    expect(refused.answers[0]!.error).toBe(`Refused ${url}: 127.0.0.1 is a loopback address, which the bot never fetches. Nothing was changed.`);
    expect(site.connections).toBe(connections);
  });
});
