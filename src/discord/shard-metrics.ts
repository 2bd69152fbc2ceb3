/**
 * One health endpoint for every shard. Under `npm run start:sharded` only the manager
 * listens on HEALTH_PORT (its processes inherit its environment but never bind it); at each
 * scrape it asks every process for its metrics over the process's IPC channel and serves them
 * together, each process's labelled with its shards (`shard="0"`, or `shard="0-3"` for a
 * process holding shards 0 to 3 over one knowledge store), with the manager's own beside them.
 *
 *   manager --{ newsquote: 'metrics', id }--------------------> every process
 *   process --{ newsquote: 'metrics-report', id, metrics }----> manager
 */
import { randomUUID } from 'node:crypto';
import { Gauge } from 'prom-client';
import { startHealthServer, type HealthServer } from '../health.ts';
import type { Logger } from '../log.ts';
import { aggregate, labelProcess, registry, type MetricsJson } from '../metrics.ts';
import type { ShardProcess } from './shard-process.ts';

type MetricsMessage = { newsquote: 'metrics'; id: string } | { newsquote: 'metrics-report'; id: string; metrics: MetricsJson };

const isMetricsMessage = (message: unknown): message is MetricsMessage =>
  typeof message === 'object' && message !== null && ['metrics', 'metrics-report'].includes((message as { newsquote?: unknown }).newsquote as string);

/** A process that does not answer a scrape within this long is left out of it. */
const SCRAPE_TIMEOUT_MS = 2_000;

interface Port {
  send(message: MetricsMessage, callback: (error: Error | null) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

/** The process's half: label its metrics with its shards (`0-3`) and answer the manager's scrapes. */
export function answerMetricScrapes(shards: string, log: Logger, port: Port = process as unknown as Port): () => void {
  labelProcess(shards);
  const onMessage = (message: unknown) => {
    if (!isMetricsMessage(message) || message.newsquote !== 'metrics') return;
    void registry
      .getMetricsAsJSON()
      .then((metrics) => port.send({ newsquote: 'metrics-report', id: message.id, metrics: metrics as MetricsJson }, () => undefined))
      .catch((error: unknown) => log.warn({ err: error }, 'could not report metrics to the shard manager'));
  };
  port.on('message', onMessage);
  return () => port.off('message', onMessage);
}

function scrape(shard: ShardProcess): Promise<MetricsJson | null> {
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = (metrics: MetricsJson | null) => {
      clearTimeout(timer);
      shard.off('message', onMessage);
      resolve(metrics);
    };
    const onMessage = (message: unknown) => {
      if (isMetricsMessage(message) && message.newsquote === 'metrics-report' && message.id === id) done(message.metrics);
    };
    const timer = setTimeout(() => done(null), SCRAPE_TIMEOUT_MS);
    shard.on('message', onMessage);
    shard.send({ newsquote: 'metrics', id } satisfies MetricsMessage).catch(() => done(null));
  });
}

/**
 * The manager's endpoint: ready once every one of the `count` shards is connected (each
 * process has loaded its knowledge before connecting); metrics of every process that answers in time.
 */
export function serveShardedHealth(options: { processes: readonly ShardProcess[]; count: number; port: number; host: string; log: Logger }): Promise<HealthServer> {
  const { processes, count } = options;
  const up = (id: number) => processes.some((p) => p.connected.has(id));
  labelProcess('manager');
  new Gauge({
    name: 'newsquote_shard_ready',
    help: 'Per shard: 1 while its process runs and its gateway connection is ready, else 0.',
    labelNames: ['id'] as const,
    registers: [registry],
    collect() {
      for (let id = 0; id < count; id++) this.set({ id: String(id) }, up(id) ? 1 : 0);
    },
  });
  return startHealthServer({
    port: options.port,
    host: options.host,
    log: options.log,
    readiness() {
      const waiting = Array.from({ length: count }, (_, id) => id).filter((id) => !up(id));
      return waiting.length ? { ready: false, reason: `shard ${waiting.join(', ')} not ready` } : { ready: true };
    },
    async metrics() {
      const shards = await Promise.all(processes.map(scrape));
      const all = [(await registry.getMetricsAsJSON()) as MetricsJson, ...shards.filter((m): m is MetricsJson => m !== null)];
      return { contentType: registry.contentType, body: await aggregate(all) };
    },
  });
}
