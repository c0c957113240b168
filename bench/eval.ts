import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Engine } from '../src/core/engine.js';
import { loadLibrary } from '../src/core/library.js';
import { evalCaseSchema, runCase, scoreByKind, type CaseResult } from './eval/score.js';

/**
 * npm run eval [-- --set tuning|kept|all|<one set>] [--data DIR] [--failures] [--json]
 * Answer quality per kind of question, on the public evaluation sets in test/fixtures/eval:
 * the tuning sets are what the engine was tuned on; the sets kept apart were written by someone
 * who had seen neither the claims nor the other sets, and only their totals are read.
 */
const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    data: { type: 'string' },
    failures: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const dir = (name: string) => fileURLToPath(new URL(`../test/fixtures/eval/${name}.json`, import.meta.url));
// heldout and final were kept apart until 2026-11-29, then tuned on; final2 to final7 are kept apart.
const TUNING = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'sdev1', 'sdev2', 'sdev3', 'sdev4', 'dev34', 'dev35', 'sdev5', 'dev36', 'sdev6', 'sdev7', 'dev37', 'sdev8', 'sdev9', 'sdev10', 'sdev11', 'dev38', 'sdev12', 'heldout', 'final'];
const KEPT_APART = ['final2', 'final3', 'final4', 'final5', 'final6', 'final7', 'final8', 'final9', 'final10', 'final11', 'final12', 'final13', 'final14', 'final15', 'final16', 'sfinal1', 'sfinal2', 'final17', 'final18', 'sfinal3', 'final19', 'sfinal4', 'final20'];
const sets = values.set === 'all' ? [...TUNING, ...KEPT_APART] : values.set === 'tuning' ? TUNING : values.set === 'kept' ? KEPT_APART : [values.set!];
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
