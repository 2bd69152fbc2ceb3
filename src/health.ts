/**
 * The optional health endpoint (HEALTH_PORT): `/healthz` says the process is up, `/readyz`
 * whether it can answer (503 with the reason until then), `/metrics` the Prometheus text.
 * Bound to 127.0.0.1 unless HEALTH_HOST says otherwise: the metrics name no secret, but
 * nothing outside the machine needs them unless the operator says so.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './log.ts';

/** Ready, or why not (`gateway not connected`, `shard 1 not ready`...). */
export type Readiness = { ready: true } | { ready: false; reason: string };

export interface HealthOptions {
  port: number;
  host: string;
  readiness(): Readiness;
  metrics(): Promise<{ contentType: string; body: string }>;
  log: Logger;
}

export interface HealthServer {
  /** `http://host:port`, as bound. */
  url: string;
  close(): Promise<void>;
}

export async function startHealthServer(options: HealthOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, body: string, contentType = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'GET only\n');
    if (path === '/healthz') return send(200, 'ok\n');
    if (path === '/readyz') {
      const state = options.readiness();
      return state.ready ? send(200, 'ready\n') : send(503, `not ready: ${state.reason}\n`);
    }
    if (path === '/metrics') {
      options.metrics().then(
        ({ contentType, body }) => send(200, body, contentType),
        (error: unknown) => {
          options.log.error({ err: error }, 'collecting metrics failed');
          send(500, 'metrics unavailable\n');
        },
      );
      return;
    }
    send(404, 'not found: try /healthz, /readyz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A scraper's keep-alive connection must not hold the process open at shutdown.
  server.unref();
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  options.log.info({ url }, 'health endpoint listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
