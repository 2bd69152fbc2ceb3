/**
 * The console given `--guild ID` reads and writes as that server: its view, its shelf, its
 * pins (for the console's fixed channel); without it, the shared shelf as before.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerLine, consoleContext } from '../../src/console/run.ts';
import { createLogger } from '../../src/log.ts';
import { loadRegistry, type Registry } from '../../src/registry/registry.ts';
import { A_WORDS, B_WORDS, twoServers, type Servers } from '../discord/servers.ts';
import { tempDir } from '../helpers/temp.ts';

const A = '111111111111111111';
const B = '222222222222222222';
const log = createLogger('silent');
let registry: Registry;
let servers: Servers;

beforeAll(async () => {
  registry = await loadRegistry();
  servers = await twoServers(A, B);
});
afterAll(() => servers?.remove());

const asServer = (line: string, guildId?: string) => answerLine(line, registry, consoleContext(servers.knowledge, guildId), log);
const text = (answer: unknown) => JSON.stringify(answer);

function articleFile(name: string, body: string): string {
  const path = join(tempDir('console-upload-'), name);
  writeFileSync(path, body);
  return path;
}

describe('the console with --guild', () => {
  test("sees that server's articles and the shared ones, never another server's", async () => {
    const inA = text(await asServer('/sources', A));
    expect(inA).toMatch(A_WORDS);
    expect(inA).toMatch(/night trains/);
    expect(inA).not.toMatch(B_WORDS);
    const shared = text(await asServer('/sources'));
    expect(shared).not.toMatch(A_WORDS);
    expect(shared).not.toMatch(B_WORDS);
  });

  test("changes that server's shelf by default, the shared one with shelf:shared; without --guild the shared one", async () => {
    const own = articleFile('ferry.txt', 'Ferry returns\n\nThe harbour ferry returns on Monday, operator Lena Vik said.\n');
    expect((await asServer(`/knowledge add file:${own}`, A)).items[0]!.heading).toMatch(/^Added: Ferry returns/);
    expect(servers.files('a')).toEqual(['ferry.txt', 'local-news.md']);
    expect(servers.files('b')).toEqual(['b-second.md', 'local-news.md']);
    expect(servers.files('shared')).toEqual(['night-trains.md']);

    const everyone = articleFile('museum.txt', 'Museum reopens\n\nThe city museum reopens on Sunday, its curator Ana Ruiz said.\n');
    await asServer(`/knowledge add file:${everyone} shelf:shared`, A);
    expect(servers.files('shared')).toEqual(['museum.txt', 'night-trains.md']);

    const plain = articleFile('park.txt', 'Park opens\n\nThe new park opens in May, gardener Joe Park said.\n');
    await asServer(`/knowledge add file:${plain}`);
    expect(servers.files('shared')).toEqual(['museum.txt', 'night-trains.md', 'park.txt']);
    expect((await asServer('/reload shelf:server')).error).toMatch(/no server here/);
  });

  test('pins an article for its channel of that server, and questions there default to it', async () => {
    expect((await asServer('/article set article:local-news', A)).items[0]!.heading).toMatch(/Alderbrook/);
    const answer = await asServer('/ask What will happen in June?', A);
    expect(answer.note).toMatch(/^From this channel's article: Alderbrook/);
    expect(answer.input).toBe('/ask question:What will happen in June? article:local-news');
    expect((await asServer('/article show', B)).items[0]!.heading).toBe('This channel has no current article');
    expect((await asServer('/article set article:local-news')).error).toMatch(/in its channels/);
  });
});
