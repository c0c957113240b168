import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Engine } from '../src/core/engine.js';
import { loadLibrary } from '../src/core/library.js';
import { evalCaseSchema, runCase, scoreByKind, type CaseResult } from './eval/score.js';
import { KEPT_APART_SETS, TUNING_SETS } from './eval/sets.js';

/**
 * npm run eval [-- --set tuning|kept|all|<one set>] [--data DIR] [--failures] [--json]
 * Answer quality per kind of question, on the public evaluation sets in test/fixtures/eval:
 * the tuning sets are what the engine was tuned on; the sets kept apart were written by someone
 * who had seen neither the claims nor the other sets, and only their totals are read.
 */
const USAGE = 'usage: npm run eval [-- --set tuning|kept|all|<one set>] [--data DIR] [--failures] [--json]';
const options = {
  set: { type: 'string', default: 'all' },
  data: { type: 'string' },
  failures: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values } = parseArgs({ options }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const dir = (name: string) => fileURLToPath(new URL(`../test/fixtures/eval/${name}.json`, import.meta.url));
const sets = values.set === 'all' ? [...TUNING_SETS, ...KEPT_APART_SETS] : values.set === 'tuning' ? TUNING_SETS : values.set === 'kept' ? KEPT_APART_SETS : [values.set!];
const unknown = sets.filter((set) => !existsSync(dir(set)));
if (unknown.length > 0) {
  process.stderr.write(`no evaluation set named ${unknown.join(', ')} in test/fixtures/eval\n${USAGE}\n`);
  process.exit(2);
}
const dataDir = values.data ?? fileURLToPath(new URL('../test/fixtures/papers', import.meta.url));
const engine = new Engine(loadLibrary(dataDir));

const rows: Array<{ set: string; results: CaseResult[] }> = sets.map((set) => {
  const cases = z.array(evalCaseSchema).parse(JSON.parse(readFileSync(dir(set), 'utf8')));
  return { set, results: cases.map((c) => runCase(engine, c)) };
});

if (values.json) {
  process.stdout.write(`${JSON.stringify(rows.map((r) => ({ set: r.set, kinds: scoreByKind(r.results) })))}\n`);
  process.exit(0);
}
const pct = (p: number, t: number) => (t === 0 ? '-' : `${Math.round((100 * p) / t)}%`);
const kinds = scoreByKind(rows.flatMap((r) => r.results)).map((k) => k.kind);
const header = ['kind', ...rows.map((r) => r.set)];
const lines = kinds.map((kind) => [kind, ...rows.map((r) => {
  const k = scoreByKind(r.results).find((s) => s.kind === kind);
  return k ? `${pct(k.passed, k.total)} (${k.passed}/${k.total})` : '-';
})]);
const totals = ['all', ...rows.map((r) => `${pct(r.results.filter((x) => x.pass).length, r.results.length)} (${r.results.filter((x) => x.pass).length}/${r.results.length})`)];
const widths = header.map((_, i) => Math.max(...[header, ...lines, totals].map((l) => l[i]!.length)));
const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
if (values.failures) {
  for (const { set, results } of rows) {
    for (const r of results.filter((x) => !x.pass)) {
      process.stdout.write(`${set} ${r.case.id} [${r.case.kind}] ${r.case.before.length ? `(${r.case.before.join(' / ')}) ` : ''}${r.case.q}\n  - ${r.failures.join('\n  - ')}\n  cited: ${[...new Set(r.answer.citations.map((c) => c.claimId))].join(', ') || '(none)'} | ${r.answer.reason}\n`);
    }
  }
  process.stdout.write('\n');
}
process.stdout.write(`Answer quality on ${dataDir}\n${[fmt(header), fmt(header.map((_, i) => '-'.repeat(widths[i]!))), ...lines.map(fmt), fmt(totals)].join('\n')}\n`);
