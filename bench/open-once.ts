/**
 * A fresh process opening the knowledge, as a restart does: prints how long the store took
 * to be ready and whether it came from the cache. Used by the benchmark.
 */
import { KnowledgeStore } from '../src/knowledge/store.ts';

const [dir, stateDir] = process.argv.slice(2);
const started = performance.now();
const store = await KnowledgeStore.open({ dir: dir!, stateDir: stateDir! });
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, origin: store.snapshot.origin })}\n`);
