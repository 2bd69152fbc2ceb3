/**
 * A fresh process opening the knowledge, as a restart does: prints how long the store took
 * to be ready and whether it came from the cache; given a folder of servers' shelves, also how
 * long opening every one of them from the cache took on top. Used by the benchmark.
 */
import { Library } from '../src/knowledge/library.ts';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import { createLogger } from '../src/log.ts';

const [dir, stateDir, shelvesDir] = process.argv.slice(2);
const started = performance.now();
const store = await KnowledgeStore.open({ dir: dir!, stateDir: stateDir! });
const library = shelvesDir ? await Library.open({ shared: store, shelvesDir, stateDir: stateDir!, limits: { articles: 1000, bytes: 2 ** 30 }, log: createLogger('silent') }) : null;
const ms = performance.now() - started;
if (library) for (const guildId of library.servers) await library.read(guildId);
process.stdout.write(`${JSON.stringify({ ms, allMs: performance.now() - started - ms, origin: store.snapshot.origin })}\n`);
