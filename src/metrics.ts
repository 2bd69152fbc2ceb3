/**
 * What `/metrics` reports, in Prometheus's text format through prom-client. One registry per
 * process: the bot's own counters beside Node's default metrics (memory, event-loop delay,
 * garbage collection). Sharded, each shard labels its metrics `shard="N"` and the manager
 * serves every shard's together (./discord/shard-metrics.ts), so nothing is summed away.
 */
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type MetricObjectWithValues, type MetricValue } from 'prom-client';

/** How a command ended, as counted by `newsquote_commands_total{outcome}`. */
export type CommandOutcome =
  /** Answered with items or a note. */
  | 'answered'
  /** Answered with the Answer's `error` (bad input, no match, a refused moderator command). */
  | 'error'
  /** Threw: the user saw the apology. */
  | 'failed';

/** What a knowledge snapshot shows of itself, read at each scrape. */
export interface KnowledgeFacts {
  version: string;
  articles: number;
  passages: number;
  loadedAt: Date;
}

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const commands = new Counter({
  name: 'newsquote_commands_total',
  help: 'Slash commands handled, by command name and outcome.',
  labelNames: ['command', 'outcome'] as const,
  registers: [registry],
});

const latency = new Histogram({
  name: 'newsquote_answer_seconds',
  help: 'Time from receiving a command to sending its answer, by command name.',
  labelNames: ['command'] as const,
  // Reading commands answer in milliseconds; moderator commands reload and take seconds.
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

const reloads = new Counter({
  name: 'newsquote_reloads_total',
  help: 'Knowledge reloads (moderator, upload, watcher or another shard), by outcome: ok, or failed (the old knowledge kept serving).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** Count one handled command and how long it took to answer. */
export function commandHandled(command: string, outcome: CommandOutcome, seconds: number): void {
  commands.inc({ command, outcome });
  latency.observe({ command }, seconds);
}

/**
 * Count every reload of `store`: moderators, uploads, the watcher and other shards all reload
 * through its `reload`, so wrapping that one method sees them all.
 */
export function countReloads<R extends { ok: boolean }>(store: { reload(): Promise<R> }): void {
  const reload = store.reload.bind(store);
  store.reload = async () => {
    try {
      const report = await reload();
      reloads.inc({ outcome: report.ok ? 'ok' : 'failed' });
      return report;
    } catch (error) {
      reloads.inc({ outcome: 'failed' });
      throw error;
    }
  };
}

/**
 * Report the served knowledge and the gateway state, read at each scrape. Called once by a
 * bot process; the shard manager never calls it, so it shows no knowledge of its own.
 */
export function observe(sources: { knowledge: () => KnowledgeFacts; gateway: () => boolean }): void {
  const { knowledge, gateway } = sources;
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
  gauge('newsquote_knowledge_articles', 'Articles served.', () => knowledge().articles);
  gauge('newsquote_knowledge_passages', 'Passages (paragraphs) indexed.', () => knowledge().passages);
  gauge('newsquote_knowledge_loaded_seconds', 'When the served knowledge was loaded (Unix time).', () => knowledge().loadedAt.getTime() / 1000);
  gauge('newsquote_gateway_connected', '1 while the Discord gateway connection is ready, else 0.', () => (gateway() ? 1 : 0));
  new Gauge({
    name: 'newsquote_knowledge_info',
    help: 'Always 1, labelled with the served knowledge version (equal on every process serving the same articles).',
    labelNames: ['version'] as const,
    registers: [registry],
    collect() {
      this.reset();
      this.set({ version: knowledge().version }, 1);
    },
  });
}

/** Label every metric of this process (`shard="0"`, `shard="manager"`), so an aggregate keeps them apart. */
export function labelProcess(shard: string): void {
  registry.setDefaultLabels({ shard });
}

/** One Prometheus text of several processes' metrics (each from `registry.getMetricsAsJSON()`). */
export function aggregate(all: MetricsJson[]): Promise<string> {
  return AggregatorRegistry.aggregate(all).metrics();
}
