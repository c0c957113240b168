import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLibrary, SHIPPED_DATA, writeLibrary } from './corpus.js';

/**
 * npm run bench [-- --json] [-- --quick]: every engine on every corpus, each measurement in its own
 * process (so heap and RSS are that engine's), engine order rotated per corpus, one table at the end.
 */
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = values.quick ? [0, 1000, 10_000] : [0, 1000, 10_000, 100_000];
const ENGINE_ORDER = ['ours', 'minisearch', 'flexsearch', 'fuse'];
// Plain fuse.js scans every claim per question (about 12 s at 100k): it gets a spread sample there.
const FUSE_SAMPLE: Record<number, number> = { 0: 210, 1000: 210, 10_000: 42, 100_000: 10 };

interface Result {
  engine: string;
  size: number;
  claims: number;
  queries: number;
  buildMs: number;
  p50: number;
  p95: number;
  p99: number;
  heapMB: number;
  heapDeltaMB: number;
  rssMB: number;
  recallAt3: number | null;
  mrr: number | null;
  offTopicDeclined: number | null;
  labelledAnswered: number | null;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let ready = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!ready && stdout.includes('ready')) ready = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, ms: ready || performance.now() - started }) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function measureEngines(): Promise<Result[]> {
  const results: Result[] = [];
  for (const [i, size] of SIZES.entries()) {
    const order = [...ENGINE_ORDER.slice(i % ENGINE_ORDER.length), ...ENGINE_ORDER.slice(0, i % ENGINE_ORDER.length)];
    for (const engine of order) {
      // At 100k, 36 labelled questions would keep plain fuse.js busy for minutes: its quality is measured up to 10k.
      const sample = engine === 'fuse' ? ['--sample', String(FUSE_SAMPLE[size] ?? 10), ...(size > 10_000 ? ['--skip-quality'] : [])] : [];
      process.stderr.write(`  ${engine} on ${size || 'shipped'} claims...\n`);
      const { stdout } = await run(['--expose-gc', '--import', 'tsx', 'bench/worker.ts', '--engine', engine, '--size', String(size), ...sample]);
      results.push(JSON.parse(stdout) as Result);
    }
  }
  return results;
}

interface ColdStart {
  ms: number;
  rssMB: number;
}

async function coldStart(dataDir: string, runs = 5): Promise<ColdStart> {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout, ms } = await run(['--import', 'tsx', 'bench/ready.ts'], { DATA_DIR: dataDir });
    samples.push({ ms, rssMB: Number(/rss=(\d+)/.exec(stdout)?.[1]) });
  }
  return samples.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
}

const f = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));

function table(results: Result[], cold: Record<string, ColdStart>): string {
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Command: npm run bench${values.quick ? ' -- --quick' : ''}`,
    '',
    '| corpus (claims) | engine | queries | build ms | p50 ms | p95 ms | p99 ms | heap MB | RSS MB | recall@3 | MRR | off-topic declined |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.claims.toLocaleString('en')} | ${r.engine} | ${r.queries} | ${f(r.buildMs, 0)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.heapMB, 0)} | ${f(r.rssMB, 0)} | ${f(r.recallAt3)} | ${f(r.mrr)} | ${r.offTopicDeclined === null ? '—' : `${Math.round(r.offTopicDeclined * 100)}%`} |`,
    );
  }
  lines.push('', '| cold start: spawn to ready (data loaded and validated, index built), median | ms | RSS MB |', '| --- | ---: | ---: |');
  for (const [what, c] of Object.entries(cold)) lines.push(`| ${what} | ${f(c.ms, 0)} | ${f(c.rssMB, 0)} |`);
  return lines.join('\n');
}

const results = await measureEngines();
const cold: Record<string, ColdStart> = { 'shipped data': await coldStart(SHIPPED_DATA) };
if (!values.quick) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-100k-'));
  try {
    writeLibrary(buildLibrary(100_000), dir);
    cold['100,000 claims from disk'] = await coldStart(dir, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.json) {
  process.stdout.write(`${JSON.stringify({ machine: { cores: cpus().length, node: process.version }, results, coldStartMs: cold }, null, 2)}\n`);
} else {
  process.stdout.write(`${table(results, cold)}\n`);
}
writeFileSync(path.join(tmpdir(), 'claims-bench-last.json'), JSON.stringify({ results, cold }));
