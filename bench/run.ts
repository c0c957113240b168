import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type AutocompleteTiming, measureAutocomplete } from './autocomplete.js';
import { buildLibrary, SHIPPED_DATA, writeLibrary } from './corpus.js';
import { nodeFlags, npmStartArgs, procfileArgs } from './start-commands.js';
import { loadLibrary } from '../src/core/library.js';

/**
 * npm run bench [-- --json] [-- --quick] [-- --full]: every engine, at its defaults and tuned as its
 * docs advise, on both corpora (the 700-term worst case and the Zipf realistic one) at 1k, 10k and
 * 100k claims (--quick stops at 10k; --full adds 1M for ours and the tuned peers that can hold it, and
 * a cold start of 1M claims from disk).
 * Each measurement runs in its own process (so heap and RSS are that engine's), engine order rotates,
 * one table at the end. A slow engine gets a time budget per measurement and answers a spread sample.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    budget: { type: 'string', default: '20000' },
  },
});
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = values.quick ? [1000, 10_000] : values.full ? [1000, 10_000, 100_000, 1_000_000] : [1000, 10_000, 100_000];
const CORPORA = ['realistic', 'worst'] as const;
const ENGINE_ORDER = ['ours', 'ours-retrieval', 'minisearch', 'minisearch-tuned', 'flexsearch', 'flexsearch-tuned', 'fuse', 'fuse-tuned'];
// At 1M the defaults and fuse.js take minutes a question (or gigabytes): ours against the fastest tuned peers.
const AT_MILLION = new Set(['ours', 'ours-retrieval', 'minisearch-tuned', 'flexsearch-tuned']);

interface Result {
  engine: string;
  corpus: string;
  distinctTerms: number;
  passes: number;
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
  let turn = 0;
  for (const corpus of CORPORA) {
    for (const size of SIZES) {
      const engines = ENGINE_ORDER.filter((e) => size < 1_000_000 || AT_MILLION.has(e));
      const shift = turn++ % engines.length;
      for (const engine of [...engines.slice(shift), ...engines.slice(0, shift)]) {
        process.stderr.write(`  ${engine} on ${size} ${corpus} claims (load ${loadavg()[0]!.toFixed(2)})...\n`);
        const { stdout } = await run(['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/worker.ts', '--engine', engine, '--size', String(size), '--corpus', corpus, '--budget', values.budget!]);
        results.push(JSON.parse(stdout) as Result);
      }
    }
  }
  return results;
}

interface ColdStart {
  ms: number;
  rssMB: number;
}

/**
 * Spawn to ready: config, data read and validated, index built, the engine warmed, one question
 * answered. Compiled, as the Procfile starts it (built by `npm run build` at the beginning of the
 * run), and under tsx, as `npm start` does; node's flags are read from those two files.
 */
const READY_PROBE = `const { boot } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'boot.js')).href)});
const { engine } = boot();
engine.ask('warm-up question about IL26');
process.stdout.write('ready ' + engine.library.papers.length + ' rss=' + (process.memoryUsage().rss / 1e6).toFixed(0) + '\\n');`;

async function coldStart(dataDir: string, how: 'compiled' | 'tsx', runs = 5): Promise<ColdStart> {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    // node's flags as the Procfile and `npm start` give them (e.g. --no-regexp-tier-up), then the probe.
    const args = how === 'compiled' ? [...nodeFlags(procfileArgs()), '--input-type=module', '-e', READY_PROBE] : [...nodeFlags(npmStartArgs()), 'bench/ready.ts'];
    const { stdout, ms } = await run(args, { DATA_DIR: dataDir, DOTENV_CONFIG_PATH: '/nonexistent/.env' });
    samples.push({ ms, rssMB: Number(/rss=(\d+)/.exec(stdout)?.[1]) });
  }
  // Each figure its own median: the RSS of the run that happened to be the median in time is one sample
  // of the heap before or after a collection (it swung from 190 to 232 MB between runs of the same code).
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: median(samples.map((s) => s.ms)), rssMB: median(samples.map((s) => s.rssMB)) };
}

function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed: the compiled cold start cannot be measured');
}

const f = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));

function table(results: Result[], cold: Record<string, ColdStart>, typing: Record<string, AutocompleteTiming>, load: string): string {
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Command: npm run bench${values.quick ? ' -- --quick' : values.full ? ' -- --full' : ''}. Load average (1 min) ${load}.`,
    '',
    '| corpus | claims | distinct words | engine | queries × passes | build ms | p50 ms | p95 ms | p99 ms | heap MB | RSS MB | recall@3 | MRR | off-topic declined |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.corpus} | ${r.claims.toLocaleString('en')} | ${r.distinctTerms.toLocaleString('en')} | ${r.engine} | ${r.queries} × ${r.passes} | ${f(r.buildMs, 0)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.heapMB, 0)} | ${f(r.rssMB, 0)} | ${f(r.recallAt3)} | ${f(r.mrr)} | ${r.offTopicDeclined === null ? '—' : `${Math.round(r.offTopicDeclined * 100)}%`} |`,
    );
  }
  lines.push('', '| cold start: spawn to ready (data loaded and validated, index built), median | ms | RSS MB |', '| --- | ---: | ---: |');
  for (const [what, c] of Object.entries(cold)) lines.push(`| ${what} | ${f(c.ms, 0)} | ${f(c.rssMB, 0)} |`);
  lines.push('', '| Discord autocomplete, every keystroke of 10 typed questions (target ≤ 100 ms) | calls | p50 ms | p95 ms | max ms |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [what, t] of Object.entries(typing)) lines.push(`| ${what} | ${t.calls} | ${f(t.p50)} | ${f(t.p95)} | ${f(t.max)} |`);
  return lines.join('\n');
}

const loadBefore = loadavg()[0]!;
const results = await measureEngines();
build();
const cold: Record<string, ColdStart> = {
  'shipped data, compiled (node dist/, as the Procfile starts)': await coldStart(SHIPPED_DATA, 'compiled'),
  'shipped data, under tsx (npm start)': await coldStart(SHIPPED_DATA, 'tsx'),
};
if (!values.quick) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-100k-'));
  try {
    writeLibrary(buildLibrary(100_000), dir);
    cold['100,000 claims from disk, compiled'] = await coldStart(dir, 'compiled', 3);
    cold['100,000 claims from disk, under tsx'] = await coldStart(dir, 'tsx', 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.full) {
  // The million-claim library as production would hold it: read from disk by the loader (shared
  // strings, one claim shape), compiled, as the Procfile starts. One start: it takes about 20 s.
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-1m-'));
  try {
    writeLibrary(buildLibrary(1_000_000), dir);
    cold['1,000,000 claims from disk, compiled'] = await coldStart(dir, 'compiled', 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const typing: Record<string, AutocompleteTiming> = { 'shipped data': measureAutocomplete(loadLibrary(SHIPPED_DATA)) };
if (!values.quick) typing['100,000 claims, realistic corpus'] = measureAutocomplete(buildLibrary(100_000, 'realistic'));
const load = `${loadBefore.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`;
if (values.json) {
  process.stdout.write(`${JSON.stringify({ machine: { cores: cpus().length, node: process.version, load }, results, coldStartMs: cold, autocompleteMs: typing }, null, 2)}\n`);
} else {
  process.stdout.write(`${table(results, cold, typing, load)}\n`);
}
writeFileSync(path.join(tmpdir(), 'claims-bench-last.json'), JSON.stringify({ results, cold, typing, load }));
