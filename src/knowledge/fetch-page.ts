/**
 * Fetching a page whose link a moderator pasted. The link comes from outside, so every hop is
 * checked: http(s) only, no credentials, the host's resolved addresses outside loopback,
 * private, link-local (cloud metadata), multicast and other special ranges, the connection
 * pinned to the address that was checked (a second DNS answer cannot move it), at most five
 * redirects each checked again, one time limit for the whole exchange, a size limit, only
 * text/html and text/plain, and no cookies. Misses come back as a reason, never a throw.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';

export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'NewsquoteBot/0.1 (a Discord bot that files news articles its moderators link; fetches one page per request)';

export interface FetchPolicy {
  /** Hosts or addresses exempt from the address check (lower-case), e.g. `127.0.0.1` for a local test server. */
  allowHosts: readonly string[];
  /** For the whole exchange: every redirect, and the body. */
  timeoutMs: number;
  /** Largest body read, after decompression. */
  maxBytes: number;
}

export type FetchedPage =
  | { ok: true; url: string; contentType: 'text/html' | 'text/plain'; text: string; bytes: number }
  | { ok: false; reason: string };

type Range = { name: string; v4: BlockList; v6: BlockList };

/** Addresses no link may reach; the first match names the reason (`::1` is loopback before it is IPv4-compatible). */
const RANGES: Range[] = [
  range('IPv4-mapped IPv6', [['::ffff:0:0', 96, 'ipv6']]),
  range('unspecified', [['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']]),
  range('loopback', [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]),
  // These carry an IPv4 address inside (SIIT ::ffff:0:a.b.c.d, 6to4 2002:AABB:CCDD::, Teredo, NAT64) that a
  // gateway may deliver to, loopback and metadata included; no news site is reached only this way.
  range('IPv4-embedded IPv6 (NAT64, SIIT or IPv4-compatible)', [['64:ff9b::', 96, 'ipv6'], ['64:ff9b:1::', 48, 'ipv6'], ['::ffff:0:0:0', 96, 'ipv6'], ['::', 96, 'ipv6']]),
  range('IPv6-over-IPv4 tunnel (6to4 or Teredo)', [['2002::', 16, 'ipv6'], ['2001::', 32, 'ipv6'], ['192.88.99.0', 24, 'ipv4']]),
  range('private', [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6'], ['fec0::', 10, 'ipv6']]),
  range('carrier-grade NAT', [['100.64.0.0', 10, 'ipv4']]),
  range('link-local (where cloud metadata services live)', [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]),
  range('multicast', [['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']]),
  range('reserved', [
    ['240.0.0.0', 4, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'],
    ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['100::', 64, 'ipv6'], ['2001:db8::', 32, 'ipv6'],
  ]),
];

// One list per family: a BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too.
function range(name: string, subnets: Array<[string, number, 'ipv4' | 'ipv6']>): Range {
  const r = { name, v4: new BlockList(), v6: new BlockList() };
  for (const [net, prefix, type] of subnets) (type === 'ipv4' ? r.v4 : r.v6).addSubnet(net, prefix, type);
  return r;
}

/** The kind of forbidden range `address` is in, or null for an ordinary public address. */
export function forbiddenRange(address: string): string | null {
  const family = isIP(address);
  if (!family) return 'not an IP address';
  if (family === 4) return RANGES.find((r) => r.v4.check(address, 'ipv4'))?.name ?? null;
  return RANGES.find((r) => r.v6.check(address, 'ipv6'))?.name ?? null;
}

class Refusal extends Error {}

/** Fetch one page under `policy`. */
export async function fetchPage(link: string, policy: FetchPolicy): Promise<FetchedPage> {
  const controller = new AbortController();
  const seconds = Math.round(policy.timeoutMs / 100) / 10;
  const timer = setTimeout(() => controller.abort(new Refusal(`the site did not send the page within ${seconds} s`)), policy.timeoutMs);
  try {
    return await follow(link, policy, controller.signal);
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof Refusal) return { ok: false, reason: controller.signal.reason.message };
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    return { ok: false, reason: describeNetworkError(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function follow(link: string, policy: FetchPolicy, signal: AbortSignal): Promise<FetchedPage> {
  let url = checkUrl(link, null);
  for (let hop = 0; ; hop++) {
    const pinned = await resolveChecked(url, policy, signal);
    const response = await send(url, pinned, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.destroy();
      if (hop === MAX_REDIRECTS) throw new Refusal(`the link redirects more than ${MAX_REDIRECTS} times`);
      url = checkUrl(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new Refusal(`the site answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const [type = '', ...params] = String(response.headers['content-type'] ?? '').split(';');
    const contentType = type.trim().toLowerCase();
    if (contentType !== 'text/html' && contentType !== 'text/plain') {
      response.destroy();
      throw new Refusal(`the link is ${contentType ? `a ${contentType} document` : 'of no stated type'}, not a web page (only text/html and text/plain are read)`);
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > policy.maxBytes) {
      response.destroy();
      throw new Refusal(tooLarge(policy.maxBytes));
    }
    const body = await readBody(response, policy.maxBytes);
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean);
    return { ok: true, url: url.href, contentType, text: decode(body, charset, contentType === 'text/html'), bytes: body.length };
  }
}

/** A link (or a redirect's Location, relative to `base`) that may be fetched at all. */
function checkUrl(link: string, base: URL | null): URL {
  let url: URL;
  try {
    // Discord users wrap links in <> to stop the preview.
    url = base ? new URL(link, base) : new URL(link.trim().replace(/^<(.*)>$/, '$1'));
  } catch {
    throw new Refusal(base ? 'the site redirected to an address that is not a link' : 'that is not a link (expected https://…)');
  }
  const where = base ? 'the site redirected to ' : 'the link is ';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal(`${where}${url.protocol.replace(/:$/, '')}:, but only http and https links are fetched`);
  if (url.username || url.password) throw new Refusal(`${base ? 'the site redirected to a link' : 'the link'} with a user name or password, which the bot never sends`);
  return url;
}

type Pinned = Array<{ address: string; family: 4 | 6 }>;

/** The addresses to connect to: every address the host resolves to must be allowed, and only those are used. */
async function resolveChecked(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<Pinned> {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const exempt = (h: string) => policy.allowHosts.includes(h.toLowerCase());
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await abortable(dnsLookup(host, { all: true, verbatim: true }), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new Refusal(`the host ${host} could not be found`);
    }
  }
  if (!addresses.length) throw new Refusal(`the host ${host} could not be found`);
  if (!exempt(host)) {
    for (const { address } of addresses) {
      const kind = forbiddenRange(address);
      if (kind && !exempt(address)) {
        throw new Refusal(host === address ? `${host} is a ${kind} address, which the bot never fetches` : `${host} resolves to ${address}, a ${kind} address, which the bot never fetches`);
      }
    }
  }
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

function send(url: URL, pinned: Pinned, signal: AbortSignal): Promise<IncomingMessage> {
  // Connect to the checked addresses whatever DNS says by now (rebinding), while TLS still checks
  // the host's name. All of them, so Node can fall back from IPv6 to IPv4 as a browser would.
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: Pinned) => void)(null, pinned);
    else callback(null, pinned[0]!.address, pinned[0]!.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      lookup,
      // No shared agent: no pooled socket to some other address, no cookies or state between requests.
      agent: false,
      signal,
      headers: { 'User-Agent': USER_AGENT, Accept: 'text/html, text/plain;q=0.9', 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'en' },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decompress = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  // pipeline carries a dropped connection or a timeout through to the reader.
  let stream: Readable = response;
  if (decompress) stream = pipeline(response, decompress, () => {});
  else if (encoding !== 'identity') {
    response.destroy();
    throw new Refusal(`the page is sent in an unknown encoding (${encoding})`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      // Counted after decompression, so a small compressed bomb is stopped as early as a big page.
      if (total > maxBytes) throw new Refusal(tooLarge(maxBytes));
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.destroy();
    if (stream !== response) stream.destroy();
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): string {
  return `the page is larger than ${Math.round(maxBytes / 1024)} KiB`;
}

/**
 * Text from bytes: the charset the server declared, else a byte-order mark, else an HTML
 * page's own `<meta charset>`, else UTF-8 when the bytes are valid UTF-8 and windows-1252
 * (what browsers assume for old pages) when they are not.
 */
export function decode(bytes: Uint8Array, declared: string | undefined, html: boolean): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
    : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be'
    : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : undefined;
  const head = html ? Buffer.from(bytes.subarray(0, 2048)).toString('latin1') : '';
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [declared, bom, meta]) {
    if (!label) continue;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch {
      continue; // An unknown label: try the next source.
    }
    return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

// Node 20's windows-1252 decoder is plain ISO-8859-1: bytes 0x80–0x9F come out as control
// characters instead of the curly quotes, dashes and € that old pages use them for.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192)).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A short reason for a failed connection, without paths, stacks or internal addresses beyond the link's. */
function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ECONNREFUSED') return 'the site refused the connection';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'the site closed the connection';
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the site could not be reached';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host could not be found';
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test((error as Error | undefined)?.message ?? '')) return "the site's certificate could not be verified";
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) return 'the site sent a malformed answer';
  return 'the page could not be fetched';
}
