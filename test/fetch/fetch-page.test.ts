import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../src/knowledge/admin.ts';
import { decode, fetchPage, forbiddenRange, USER_AGENT, type FetchPolicy } from '../../src/knowledge/fetch-page.ts';
import { startPageServer, type PageServer } from './page-server.ts';

let site: PageServer;
/** A second host on the loopback range, never allowed: it must see no connection at all. */
let forbidden: PageServer;

beforeAll(async () => {
  forbidden = await startPageServer('127.0.0.2');
  site = await startPageServer('127.0.0.1', {
    '/to-other-loopback': (_req, res) => void res.writeHead(302, { Location: `${forbidden.origin}/pages/city-paper-wordpress.html` }).end(),
  });
});

afterAll(async () => {
  await site?.close();
  await forbidden?.close();
});

const allowed: FetchPolicy = { allowHosts: ['127.0.0.1'], timeoutMs: 10_000, maxBytes: MAX_UPLOAD_BYTES };
const strict: FetchPolicy = { ...allowed, allowHosts: [] };

describe('forbiddenRange', () => {
  test.each([
    ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['::1', 'loopback'],
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'], ['fd12:3456::1', 'private'], ['fc00::1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'], ['100.127.255.254', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local (where cloud metadata services live)'], ['169.254.1.1', 'link-local (where cloud metadata services live)'], ['fe80::1', 'link-local (where cloud metadata services live)'],
    ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'], ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'IPv4-mapped IPv6'], ['::ffff:8.8.8.8', 'IPv4-mapped IPv6'], ['64:ff9b::a00:1', 'IPv4-embedded IPv6 (NAT64, SIIT or IPv4-compatible)'],
    ['64:ff9b:1::a9fe:a9fe', 'IPv4-embedded IPv6 (NAT64, SIIT or IPv4-compatible)'], ['::ffff:0:7f00:1', 'IPv4-embedded IPv6 (NAT64, SIIT or IPv4-compatible)'],
    ['2002:7f00:1::1', 'IPv6-over-IPv4 tunnel (6to4 or Teredo)'], ['2002:a9fe:a9fe::', 'IPv6-over-IPv4 tunnel (6to4 or Teredo)'], ['2002:808:808::1', 'IPv6-over-IPv4 tunnel (6to4 or Teredo)'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'IPv6-over-IPv4 tunnel (6to4 or Teredo)'], ['192.88.99.1', 'IPv6-over-IPv4 tunnel (6to4 or Teredo)'],
    ['255.255.255.255', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(forbiddenRange(address)).toBe(kind);
  });

  test.each(['8.8.8.8', '2001:4860:4860::8888', '192.88.100.1', '172.32.0.1', '100.128.0.1', '93.184.216.34', '2606:4700:4700::1111', '2a00:1450:4007:80c::200e'])('%s is an ordinary public address', (address) => {
    expect(forbiddenRange(address)).toBeNull();
  });
});

describe('fetchPage on an allowed host', () => {
  test('fetches a page, says what it is and sends a descriptive User-Agent and no cookie', async () => {
    const before = site.requests.length;
    const page = await fetchPage(`${site.origin}/pages/city-paper-wordpress.html`, allowed);
    expect(page).toMatchObject({ ok: true, contentType: 'text/html', url: `${site.origin}/pages/city-paper-wordpress.html` });
    expect(page.ok && page.text).toContain('The Riverside city council voted 6-3');
    const request = site.requests[before]!;
    expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(request.headers.cookie).toBeUndefined();
  });

  test('a link wrapped in <> (as Discord users write them to stop the preview) is fetched', async () => {
    expect(await fetchPage(`<${site.origin}/pages/city-paper-wordpress.html>`, allowed)).toMatchObject({ ok: true });
  });

  test('follows a chain of three redirects, never sending back the cookies they set', async () => {
    const before = site.requests.length;
    const page = await fetchPage(`${site.origin}/r1`, allowed);
    expect(page).toMatchObject({ ok: true, url: `${site.origin}/pages/city-paper-wordpress.html` });
    const hops = site.requests.slice(before);
    expect(hops.map((r) => r.url)).toEqual(['/r1', '/r2', '/r3', '/pages/city-paper-wordpress.html']);
    expect(hops.every((r) => r.headers.cookie === undefined)).toBe(true);
  });

  test('stops after five redirects', async () => {
    const before = site.requests.length;
    expect(await fetchPage(`${site.origin}/loop`, allowed)).toEqual({ ok: false, reason: 'the link redirects more than 5 times' });
    expect(site.requests.length - before).toBe(6);
  });

  test.each([
    ['/to-metadata', /169\.254\.169\.254 is a link-local \(where cloud metadata services live\) address/],
    ['/to-private', /10\.0\.0\.8 is a private address/],
    ['/to-file', /redirected to file:, but only http and https/],
  ])('a redirect %s is refused before any connection to it', async (path, reason) => {
    const page = await fetchPage(`${site.origin}${path}`, allowed);
    expect(page.ok).toBe(false);
    expect(!page.ok && page.reason).toMatch(reason);
  });

  test('a redirect to another loopback address is refused and that server sees no connection', async () => {
    const page = await fetchPage(`${site.origin}/to-other-loopback`, allowed);
    expect(page).toEqual({ ok: false, reason: '127.0.0.2 is a loopback address, which the bot never fetches' });
    expect(forbidden.connections).toBe(0);
  });

  test.each([
    ['/pdf', 'the link is a application/pdf document, not a web page (only text/html and text/plain are read)'],
    ['/no-type', 'the link is of no stated type, not a web page (only text/html and text/plain are read)'],
    ['/pages/city-paper-wordpress.html?type=application/json', 'the link is a application/json document, not a web page (only text/html and text/plain are read)'],
    ['/huge', 'the page is larger than 512 KiB'],
    ['/huge-chunked', 'the page is larger than 512 KiB'],
    ['/nothing-here', 'the site answered HTTP 404 Not Found'],
  ])('%s is refused: %s', async (path, reason) => {
    expect(await fetchPage(`${site.origin}${path}`, allowed)).toEqual({ ok: false, reason });
  });

  test('a gzipped page is unpacked; a small gzip that unpacks to 30 MB is stopped at the limit', async () => {
    const page = await fetchPage(`${site.origin}/gzip`, allowed);
    expect(page.ok && page.text).toContain('Margaret Olsen still climbs the 145 steps');
    expect(await fetchPage(`${site.origin}/gzip-bomb`, allowed)).toEqual({ ok: false, reason: 'the page is larger than 512 KiB' });
  });

  test('a host name in FETCH_ALLOW_HOSTS is reached at the address it resolves to', async () => {
    const page = await fetchPage(`http://localhost:${site.port}/pages/city-paper-wordpress.html`, { ...allowed, allowHosts: ['localhost'] });
    expect(page.ok).toBe(true);
  });

  test('a page that trickles in is cut off at the time limit', async () => {
    expect(await fetchPage(`${site.origin}/trickle`, { ...allowed, timeoutMs: 1000 })).toEqual({ ok: false, reason: 'the site did not send the page within 1 s' });
  });

  test.each([
    ['its <meta> tag', ''],
    ['the Content-Type header', '?charset=iso-8859-1'],
  ])('an ISO-8859-1 page is decoded by %s', async (_, query) => {
    const page = await fetchPage(`${site.origin}/pages/old-cms-latin1.html${query}`, allowed);
    expect(page.ok && page.text).toContain('Owner and chef José Ferreira opened the café in March with his partner, Anaïs Dubois');
    expect(page.ok && page.text).toContain('£32');
  });
});

describe('fetchPage refuses unsafe links without connecting', () => {
  test('loopback is refused unless FETCH_ALLOW_HOSTS names it, and the server sees no connection', async () => {
    const before = site.connections;
    expect(await fetchPage(`${site.origin}/pages/city-paper-wordpress.html`, strict)).toEqual({ ok: false, reason: '127.0.0.1 is a loopback address, which the bot never fetches' });
    const named = await fetchPage(`http://localhost:${site.port}/pages/city-paper-wordpress.html`, strict);
    expect(!named.ok && named.reason).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(site.connections).toBe(before);
  });

  test.each([
    ['credentials', (s: PageServer) => `http://editor:secret@127.0.0.1:${s.port}/pages/city-paper-wordpress.html`, 'the link with a user name or password, which the bot never sends'],
    ['ftp', (s: PageServer) => `ftp://127.0.0.1:${s.port}/x`, 'the link is ftp:, but only http and https links are fetched'],
    ['file', () => 'file:///etc/passwd', 'the link is file:, but only http and https links are fetched'],
    ['javascript', () => 'javascript:alert(1)', 'the link is javascript:, but only http and https links are fetched'],
    ['not a link', () => 'council vote tonight', 'that is not a link (expected https://…)'],
    ['IPv6 loopback', (s: PageServer) => `http://[::1]:${s.port}/`, '::1 is a loopback address, which the bot never fetches'],
    ['IPv4-mapped loopback', (s: PageServer) => `http://[::ffff:127.0.0.1]:${s.port}/`, '::ffff:7f00:1 is a IPv4-mapped IPv6 address, which the bot never fetches'],
    ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local (where cloud metadata services live) address, which the bot never fetches'],
    ['a private address', () => 'https://192.168.1.1/', '192.168.1.1 is a private address, which the bot never fetches'],
    ['carrier-grade NAT', () => 'http://100.100.100.200/', '100.100.100.200 is a carrier-grade NAT address, which the bot never fetches'],
    ['an IPv4 address written as one number', () => 'http://2130706433/', '127.0.0.1 is a loopback address, which the bot never fetches'],
  ])('%s', async (_, link, reason) => {
    const before = site.connections;
    // Credentials are refused even for an allowed host.
    expect(await fetchPage(link(site), allowed.allowHosts.length && _ === 'credentials' ? allowed : strict)).toEqual({ ok: false, reason });
    expect(site.connections).toBe(before);
  });
});

describe('decode', () => {
  const cp1252 = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x20, 0x69, 0x74, 0x92, 0x73]);
  test.each([
    ['the declared charset', 'windows-1252', false],
    ['bytes that are not UTF-8, with nothing declared', undefined, true],
  ])('windows-1252 text is read from %s', (_, charset, html) => {
    expect(decode(cp1252, charset, html)).toBe('\u201CCafé\u201D €5 it\u2019s');
  });

  test('UTF-8 stays UTF-8 and a byte-order mark wins over a wrong <meta>', () => {
    const text = 'Grève à Nantes';
    expect(decode(new TextEncoder().encode(text), undefined, true)).toBe(text);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`<meta charset="iso-8859-1">${text}`)]), undefined, true)).toBe(`<meta charset="iso-8859-1">${text}`);
  });
});
