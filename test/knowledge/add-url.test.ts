import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ask } from '../../src/core/answers.ts';
import { moderatorAnswers } from '../helpers/moderator.ts';
import { createAdmin } from '../../src/knowledge/admin.ts';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import { createLogger } from '../../src/log.ts';
import type { Invoker } from '../../src/registry/registry.ts';
import { startPageServer, type PageServer } from '../fetch/page-server.ts';
import { tempDir } from '../helpers/temp.ts';

const log = createLogger('silent');
const moderator: Invoker = { id: '1', tag: 'mod#0001', moderator: true };
const SEED = new URL('../../knowledge/', import.meta.url).pathname;
let site: PageServer;

beforeAll(async () => {
  site = await startPageServer();
});
afterAll(async () => {
  await site?.close();
});

async function setup(allowHosts = ['127.0.0.1']) {
  const dir = tempDir('url-knowledge-');
  cpSync(SEED, dir, { recursive: true });
  const store = await KnowledgeStore.open({ dir, stateDir: tempDir('url-state-') });
  const audit: string[] = [];
  const admin = await moderatorAnswers(createAdmin({ store, log, audit: (line) => void audit.push(line), fetch: { allowHosts, timeoutMs: 10_000 } }), store);
  return { dir, store, admin, audit };
}

describe('knowledge add url', () => {
  describe('a link holding a password or a token', () => {
    /** The real admin writing its log lines where the test can read them. */
    async function recorded() {
      const lines: string[] = [];
      const sink = new Writable({ write: (chunk, _, done) => void (lines.push(String(chunk)), done()) });
      const dir = tempDir('url-knowledge-');
      cpSync(SEED, dir, { recursive: true });
      const store = await KnowledgeStore.open({ dir, stateDir: tempDir('url-state-') });
      const audit: string[] = [];
      const admin = await moderatorAnswers(createAdmin({ store, log: pino({ level: 'info' }, sink), audit: (line) => void audit.push(line), fetch: { allowHosts: ['127.0.0.1'], timeoutMs: 10_000 } }), store);
      return { admin, audit, lines };
    }
    /** What a moderator reads, apart from the command line they typed themselves. */
    const shown = (answer: { input: string }) => JSON.stringify({ ...answer, input: undefined });

    test('refused, it shows in the reply, the log and the audit without them', async () => {
      const { admin, audit, lines } = await recorded();
      const origin = site.origin.replace('http://', 'http://reader:s3cret-pass@');
      const answer = await admin.addUrl(`${origin}/pages/city-paper-wordpress.html?token=tok-4411#top`, false, moderator);
      expect(answer.error).toBe(`Refused ${site.origin}/pages/city-paper-wordpress.html?…: the link with a user name or password, which the bot never sends. Nothing was changed.`);
      expect(lines.join('')).toContain('link refused');
      for (const output of [shown(answer), lines.join(''), audit.join('')]) expect(output).not.toMatch(/reader|s3cret-pass|tok-4411/);
    });

    test('added, the audit and the log name the page without the query', async () => {
      const { admin, audit, lines } = await recorded();
      const answer = await admin.addUrl(`${site.origin}/pages/city-paper-wordpress.html?token=tok-4411`, false, moderator);
      expect(answer.items[0]!.heading).toMatch(/^Added: /);
      expect(audit).toEqual([expect.stringMatching(new RegExp(`added .* from ${site.origin}/pages/city-paper-wordpress\\.html\\?…$`))]);
      for (const output of [shown(answer), lines.join(''), audit.join('')]) expect(output).not.toContain('tok-4411');
    });
  });

  test('a news page is fetched, extracted, written, loaded, audited and previewed with its word count', async () => {
    const { dir, store, admin, audit } = await setup();
    const url = `${site.origin}/pages/city-paper-wordpress.html`;
    const answer = await admin.addUrl(url, false, moderator);
    expect(answer.error).toBeUndefined();
    expect(answer.input).toBe(`/knowledge add url:${url}`);
    expect(answer.items[0]!.heading).toBe('Added: Riverside council approves new bus lanes after heated debate');
    expect(answer.items[0]!.detail).toMatch(/^id riverside-council-approves-bus-lanes · \/who finds \d+ people .* · 228 words in 7 paragraphs from https:\/\/courier\.example\.com\/2026\/03\/12\/riverside-council-approves-bus-lanes\/$/);
    const file = readFileSync(join(dir, 'riverside-council-approves-bus-lanes.md'), 'utf8');
    expect(file).toMatch(/^---\ntitle: Riverside council approves new bus lanes after heated debate\nsource: https:\/\/courier\.example\.com\/2026\/03\/12\/riverside-council-approves-bus-lanes\/\npublished: 2026-03-12\nauthor: Dana Whitfield\n/);
    expect(ask(store.corpus(), 'How many parking spaces will be removed?').items[0]!.quotes[0]).toMatchObject({ article: 'riverside-council-approves-bus-lanes', text: expect.stringContaining('140 parking spaces') });
    expect(audit[0]).toBe(`mod#0001 (1) added riverside-council-approves-bus-lanes.md (${Buffer.byteLength(file)} bytes) from ${url}`);
  });

  test('the same link again needs replace:true', async () => {
    const { admin } = await setup();
    const url = `${site.origin}/pages/magazine-longform.html`;
    expect((await admin.addUrl(url, false, moderator)).error).toBeUndefined();
    expect((await admin.addUrl(url, false, moderator)).error).toMatch(/exists already .*replace:true/);
    expect((await admin.addUrl(url, true, moderator)).items[0]!.heading).toMatch(/^Replaced: The last lighthouse keepers/);
  });

  test.each([
    ['a paywall stub', '/pages/refuse-paywall-stub.html', /^Refused .*: the article is behind a paywall: only \d+ words of it are on the page\. Nothing was changed\.$/],
    ['a home page', '/pages/refuse-home-page.html', /: it is a home or section page/],
    ['a video page', '/pages/refuse-video-page.html', /: it is a video page/],
    ['a redirect to the metadata address', '/to-metadata', /: 169\.254\.169\.254 is a link-local .* address, which the bot never fetches/],
    ['a PDF', '/pdf', /: the link is a application\/pdf document/],
    ['a 30 MB page', '/huge-chunked', /: the page is larger than 512 KiB/],
  ])('%s is refused with the reason and nothing changes', async (_, path, reason) => {
    const { dir, store, admin, audit } = await setup();
    const before = { files: readdirSync(dir), version: store.snapshot.version };
    const answer = await admin.addUrl(`${site.origin}${path}`, false, moderator);
    expect(answer.error).toMatch(reason);
    expect(readdirSync(dir)).toEqual(before.files);
    expect(store.snapshot.version).toBe(before.version);
    expect(audit).toEqual([]);
  });

  test('without FETCH_ALLOW_HOSTS the loopback site is refused and never contacted', async () => {
    const { admin } = await setup([]);
    const connections = site.connections;
    expect((await admin.addUrl(`${site.origin}/pages/city-paper-wordpress.html`, false, moderator)).error).toBe(
      `Refused ${site.origin}/pages/city-paper-wordpress.html: 127.0.0.1 is a loopback address, which the bot never fetches. Nothing was changed.`,
    );
    expect(site.connections).toBe(connections);
  });

  test('links count against the moderator rate limit', async () => {
    const { admin } = await setup();
    for (let i = 0; i < 4; i++) await admin.addUrl(`${site.origin}/pdf`, false, moderator);
    expect((await admin.addUrl(`${site.origin}/pdf`, false, moderator)).error).toMatch(/^Reloads are limited to 4 a minute/);
  });
});
