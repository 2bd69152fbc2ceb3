/**
 * A news site on 127.0.0.1 for the fetch tests: the saved pages under test/fixtures/pages, plus
 * the hostile answers a link may lead to. It counts the connections it accepts, so a test can
 * show that a refused link never reached it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const PAGES = new URL('../fixtures/pages/', import.meta.url).pathname;

export interface PageServer {
  /** `http://127.0.0.1:port` (or the host it listens on). */
  origin: string;
  port: number;
  connections: number;
  /** Headers of every request received, in order. */
  requests: Array<{ url: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, server: PageServer) => void;

export async function startPageServer(host = '127.0.0.1', extra: Record<string, Route> = {}): Promise<PageServer> {
  const state = { connections: 0, requests: [] as PageServer['requests'] };
  const routes: Record<string, Route> = { ...ROUTES, ...extra };
  let self!: PageServer;
  const server: Server = createServer((req, res) => {
    state.requests.push({ url: req.url ?? '', headers: req.headers });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path] ?? (path.startsWith('/pages/') ? servePage : null);
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res, self);
  });
  server.on('connection', (socket) => {
    state.connections++;
    // The client hangs up on purpose (a body too large, a timeout): not an error here.
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  self = {
    origin: `http://${host}:${port}`,
    port,
    get connections() {
      return state.connections;
    },
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return self;
}

/** `/pages/NAME.html` serves that fixture; `?charset=X` declares X in the header, `?type=T` overrides the type. */
const servePage: Route = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const name = url.pathname.slice('/pages/'.length);
  if (!/^[\w-]+\.(html|txt)$/.test(name)) return void res.writeHead(400).end();
  let body: Buffer;
  try {
    body = readFileSync(PAGES + name);
  } catch {
    return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
  const type = url.searchParams.get('type') ?? (name.endsWith('.txt') ? 'text/plain' : 'text/html');
  const charset = url.searchParams.get('charset');
  res.writeHead(200, { 'Content-Type': charset ? `${type}; charset=${charset}` : type, 'Set-Cookie': 'session=abc123; Path=/' }).end(body);
};

const ROUTES: Record<string, Route> = {
  // Three hops to a real page; every hop sets a cookie that must never come back.
  '/r1': (_req, res) => void res.writeHead(301, { Location: '/r2', 'Set-Cookie': 'tracker=1; Path=/' }).end(),
  '/r2': (_req, res, s) => void res.writeHead(302, { Location: `${s.origin}/r3` }).end(),
  '/r3': (_req, res) => void res.writeHead(307, { Location: '/pages/city-paper-wordpress.html' }).end(),
  // Six hops: one more than allowed.
  '/loop': (req, res) => {
    const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
    res.writeHead(302, { Location: `/loop?n=${n + 1}` }).end();
  },
  '/to-metadata': (_req, res) => void res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-private': (_req, res) => void res.writeHead(302, { Location: 'http://10.0.0.8/admin' }).end(),
  '/to-file': (_req, res) => void res.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
  '/pdf': (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7 ...'),
  '/no-type': (_req, res) => void res.end('<p>Hello</p>'),
  // 30 MB, announced.
  '/huge': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(30 * 1024 * 1024) });
    streamMegabytes(res, 30);
  },
  // 30 MB, not announced (chunked): only counting stops it.
  '/huge-chunked': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    streamMegabytes(res, 30);
  },
  // A page that arrives one byte every 200 ms, forever.
  '/trickle': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    const timer = setInterval(() => res.write('<'), 200);
    res.on('close', () => clearInterval(timer));
  },
  // The fixture gzipped, as most sites send it.
  '/gzip': (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }).end(gzipSync(readFileSync(PAGES + 'magazine-longform.html'))),
  // 40 KiB on the wire, 30 MB once unpacked.
  '/gzip-bomb': (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(30 * 1024 * 1024, ' '))),
  '/echo': (req, res) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(JSON.stringify(req.headers)),
};

function streamMegabytes(res: ServerResponse, megabytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, '<p>padding</p>\n');
  let left = (megabytes * 1024 * 1024) / chunk.length;
  const write = () => {
    while (left > 0) {
      left--;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  res.on('close', () => (left = 0));
  write();
}
