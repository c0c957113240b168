import { parseArgs } from 'node:util';
import { buildLibrary } from './corpus.js';
import { ENGINES } from './engines.js';
import { benchQueries, LABELLED } from './queries.js';

/** Measures one engine on one corpus in a fresh process, so memory figures are its own. Prints one JSON line. */
const { values } = parseArgs({ options: { engine: { type: 'string' }, size: { type: 'string' }, sample: { type: 'string' }, 'skip-quality': { type: 'boolean', default: false } } });
const make = ENGINES[values.engine ?? ''];
if (!make) throw new Error(`unknown engine ${values.engine}`);
const size = Number(values.size);
const sample = values.sample ? Number(values.sample) : Infinity;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const library = buildLibrary(size);
const claims = library.papers.reduce((n, p) => n + p.claims.length, 0);
gc();
const before = process.memoryUsage();
const engine = make();
const started = performance.now();
engine.build(library);
const buildMs = performance.now() - started;
gc();
const after = process.memoryUsage();

const all = benchQueries();
// Spread a sample over every kind of query rather than taking the first few.
const step = Math.max(1, Math.floor(all.length / Math.min(sample, all.length)));
const queries = all.filter((_, i) => i % step === 0).slice(0, sample);
for (const q of queries.slice(0, Math.min(10, Math.ceil(queries.length / 5)))) engine.query(q.q); // warm-up: JIT, caches
const latencies = queries.map(({ q }) => {
  const t = performance.now();
  engine.query(q);
  return performance.now() - t;
});
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;

let recall = 0;
let mrr = 0;
const skipQuality = values['skip-quality'];
for (const l of skipQuality ? [] : LABELLED) {
  const ids = engine.rank(l.q);
  recall += l.expect.filter((id) => ids.slice(0, 3).includes(id)).length / l.expect.length;
  const rank = ids.findIndex((id) => l.expect.includes(id));
  mrr += rank === -1 ? 0 : 1 / (rank + 1);
}
const offTopic = all.filter((q) => q.kind === 'off-topic');
const declined = engine.declines ? offTopic.filter((q) => engine.declines!(q.q)).length / offTopic.length : null;
const onTopicAnswered = engine.declines ? LABELLED.filter((l) => !engine.declines!(l.q)).length / LABELLED.length : null;

process.stdout.write(
  `${JSON.stringify({
    engine: engine.name,
    size,
    claims,
    queries: queries.length,
    buildMs,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    heapMB: after.heapUsed / 1e6,
    heapDeltaMB: (after.heapUsed - before.heapUsed) / 1e6,
    rssMB: after.rss / 1e6,
    recallAt3: skipQuality ? null : recall / LABELLED.length,
    mrr: skipQuality ? null : mrr / LABELLED.length,
    offTopicDeclined: declined,
    labelledAnswered: onTopicAnswered,
  })}\n`,
);
