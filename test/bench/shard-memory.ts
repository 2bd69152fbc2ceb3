/**
 * Memory of `npm run start:sharded` with two shards: every shard in one process (the default)
 * against one process per shard (SHARDS_PER_PROCESS=1), over the same knowledge folder, read
 * from the manager's /metrics once every shard is up and the processes have settled.
 *
 *   npx tsx bench/generate.ts /tmp/k1000 1000
 *   npx tsx test/bench/shard-memory.ts /tmp/k1000
 *
 * Without a folder it uses the shipped knowledge. A first start builds the cache in STATE_DIR,
 * so both measured starts load it the same way.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { guildIdForShard, startFakeDiscord } from '../fake-discord/server.ts';
import { freePort, knowledgeCopy, spawnBot } from '../discord/harness.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : knowledgeCopy();
const stateDir = mkdtempSync(join(tmpdir(), 'bot-state-'));
const SETTLE_MS = 10_000;

const fake = await startFakeDiscord({ shards: 2, guilds: [{ id: guildIdForShard(0, 2) }, { id: guildIdForShard(1, 2) }] });

/** Per process (its `shard` label): heap used and resident set, in MB. */
async function measure(perProcess: string): Promise<Map<string, { heap: number; rss: number }>> {
  const port = await freePort();
  const manager = spawnBot('src/sharded.ts', fake, {
    KNOWLEDGE_DIR: dir,
    STATE_DIR: stateDir,
    SHARD_COUNT: '2',
    SHARDS_PER_PROCESS: perProcess,
    HEALTH_PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  try {
    const started = Date.now();
    while (true) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (ready?.status === 200) break;
      if (manager.process.exitCode !== null) throw new Error(`the manager exited:\n${manager.stderr().slice(-2000)}`);
      if (Date.now() - started > 300_000) throw new Error(`not ready after 5 minutes:\n${manager.stderr().slice(-2000)}`);
      await sleep(500);
    }
    await sleep(SETTLE_MS);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const per = new Map<string, { heap: number; rss: number }>();
    for (const [, name, shard, value] of metrics.matchAll(/^(nodejs_heap_size_used_bytes|process_resident_memory_bytes)\{shard="([^"]+)"\} (\S+)$/gm)) {
      if (shard === 'manager') continue;
      const entry = per.get(shard!) ?? { heap: 0, rss: 0 };
      entry[name === 'nodejs_heap_size_used_bytes' ? 'heap' : 'rss'] = Number(value) / 1e6;
      per.set(shard!, entry);
    }
    return per;
  } finally {
    await manager.stop();
  }
}

await measure('all'); // builds the cache
console.log(`knowledge: ${dir}; Node ${process.version}; settled ${SETTLE_MS / 1000} s after every shard was up`);
for (const [perProcess, what] of [
  ['all', '1 process serving shards 0 and 1'],
  ['1', '2 processes serving 1 shard each'],
] as const) {
  const per = await measure(perProcess);
  const sum = (key: 'heap' | 'rss') => [...per.values()].reduce((total, m) => total + m[key], 0);
  const each = [...per].map(([shard, m]) => `shard ${shard}: heap ${m.heap.toFixed(0)} MB, rss ${m.rss.toFixed(0)} MB`).join('; ');
  console.log(`${what.padEnd(34)} heap ${sum('heap').toFixed(0)} MB, rss ${sum('rss').toFixed(0)} MB in all (${each})`);
}
await fake.close();
