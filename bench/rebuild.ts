import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/core/engine.js';
import { loadLibrary } from '../src/core/library.js';
import { LiveEngine } from '../src/core/live-engine.js';
import type { StoredPaper } from '../src/core/store.js';
import { preparePaper } from '../src/ingest/add.js';
import { readJats } from '../src/ingest/jats.js';

/**
 * How long a library change holds the event loop: the index rebuilt at once (the alternative) and
 * a slice at a time (what the bot does), for a year of weekly papers (the three JATS fixtures,
 * twenty times over, beside the shipped fixture library). Measured as the longest gap between
 * ticks of a 1 ms timer while one paper is removed and added back.
 */
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const COPIES = 20;

export interface RebuildFigures {
  papers: number;
  claims: number;
  rows: Array<{ how: string; totalMs: number; longestPauseMs: number }>;
}

export async function rebuildFigures(): Promise<RebuildFigures> {
  const shipped = loadLibrary(`${FIXTURES}papers`);
  const stored: StoredPaper[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const file of ['ehp-116-1694.nxml', 'mds526.nxml', '1472-6831-8-11.nxml']) {
      const id = `week-${copy}-${file.slice(0, 3)}`;
      const { files, report } = preparePaper(readJats(readFileSync(`${FIXTURES}jats/${file}`, 'utf8')), { id, today: '2026-11-29', publish: true });
      stored.push({ id, status: report.status, source: file, parts: files, addedBy: 'bench', addedAt: new Date(), updatedAt: new Date() });
    }
  }
  const byId = new Map(stored.map((p) => [p.id, p]));
  const versions = (list: StoredPaper[]) => list.map((p) => ({ id: p.id, status: p.status, updatedAt: p.updatedAt! }));
  const warm = (engine: Engine) => (engine.warmUp(), engine);
  const ways: Array<[string, (library: ConstructorParameters<typeof Engine>[0]) => Promise<Engine>]> = [
    ['at once (new Engine)', async (library) => warm(new Engine(library))],
    ['a slice at a time (Engine.create, what the bot does)', async (library) => warm(await Engine.create(library, () => new Promise((resolve) => setImmediate(resolve))))],
  ];
  const rows: RebuildFigures['rows'] = [];
  let claims = 0;
  for (const [how, rebuild] of ways) {
    const live = new LiveEngine(shipped, (library) => warm(new Engine(library)), rebuild);
    await live.update(versions(stored), async (id) => byId.get(id));
    claims = live.current.library.claimById.size;
    let totalMs = 0;
    let longestPauseMs = 0;
    for (const list of [stored.slice(1), stored, stored.slice(1), stored]) {
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestPauseMs = Math.max(longestPauseMs, now - last);
        last = now;
      }, 1);
      totalMs += (await live.update(versions(list), async (id) => byId.get(id))).buildMs;
      clearInterval(ticker);
      // The gap from the last tick to the end of the update counts too.
      longestPauseMs = Math.max(longestPauseMs, performance.now() - last);
    }
    rows.push({ how, totalMs: totalMs / 4, longestPauseMs });
  }
  return { papers: shipped.papers.length + stored.length, claims, rows };
}
