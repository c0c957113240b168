import { buildLibrary, buildPaper, type LibraryEntry, type StringTable } from './build-paper.js';
import { Engine } from './engine.js';
import type { StoredPaper } from './store.js';
import type { Library, Paper } from './types.js';

/** Where the responder finds the engine to answer with: a fixed one, or a LiveEngine that is swapped. */
export interface EngineSource {
  readonly current: Engine;
}

export interface ApplyResult {
  /** stored papers the engine now holds that it did not before */
  added: string[];
  /** stored papers it held before and no longer does */
  removed: string[];
  /** stored papers left out, each with why (the rest of the library still loads) */
  problems: string[];
  /** how long building the new engine took, in milliseconds */
  buildMs: number;
}

/**
 * The engine over the shipped papers (data/) and the papers stored from the chat, rebuilt when the
 * stored ones change. The new engine is built beside the old one and replaces it in one assignment:
 * a question already under way finishes on the engine it began with, and no question ever sees half
 * a library. A stored paper whose parts no longer load is left out and named; it never takes the
 * rest of the library down with it.
 */
export class LiveEngine implements EngineSource {
  private engine: Engine;
  /** the stored papers built so far, reused while their parts are unchanged */
  private readonly built = new Map<string, { key: string; paper: Paper }>();
  private readonly strings: StringTable = new Map();

  constructor(
    private readonly shipped: Library,
    private readonly make: (library: Library) => Engine = (library) => new Engine(library),
  ) {
    this.engine = make(shipped);
  }

  get current(): Engine {
    return this.engine;
  }

  /** True when the paper ships in data/ (it can be removed only there). */
  isShipped(paperId: string): boolean {
    return this.shipped.papers.some((p) => p.data.id === paperId);
  }

  /** Rebuilds the engine from the shipped papers and these stored ones; unchanged input keeps the engine as it is. */
  apply(stored: StoredPaper[]): ApplyResult {
    const started = performance.now();
    const before = new Set(this.built.keys());
    const problems: string[] = [];
    const entries: LibraryEntry[] = this.shipped.papers.map((paper) => ({ paper, claimsName: `data/papers/${paper.data.id}/claims.json` }));
    const taken = new Set(this.shipped.papers.map((p) => p.data.id));
    const claimIds = new Set(this.shipped.papers.flatMap((p) => p.claims.map((c) => c.id)));
    const next = new Map<string, { key: string; paper: Paper }>();
    for (const s of stored) {
      if (taken.has(s.id)) {
        problems.push(`stored paper "${s.id}" is left out: a paper with that id ships in data/papers/${s.id}, which wins`);
        continue;
      }
      const key = `${s.status}\u0000${JSON.stringify(s.parts)}`;
      const reused = this.built.get(s.id);
      const paper = reused?.key === key ? reused.paper : this.buildStored(s, problems);
      if (!paper) continue;
      const clash = paper.claims.find((c) => claimIds.has(c.id));
      if (clash) {
        problems.push(`stored paper "${s.id}" is left out: its claim id "${clash.id}" is already used by another paper`);
        continue;
      }
      for (const c of paper.claims) claimIds.add(c.id);
      taken.add(s.id);
      next.set(s.id, { key, paper });
      entries.push({ paper, claimsName: `stored paper ${s.id}` });
    }
    const unchanged = next.size === this.built.size && [...next].every(([id, b]) => this.built.get(id)?.paper === b.paper);
    if (!unchanged) {
      const library = buildLibrary(entries, problems);
      // Checked paper by paper above, so this only fails on a bug; the old engine then stays.
      if (library) {
        this.engine = this.make(library);
        this.built.clear();
        for (const [id, b] of next) this.built.set(id, b);
      }
    }
    const after = new Set(this.built.keys());
    return {
      added: [...after].filter((id) => !before.has(id)),
      removed: [...before].filter((id) => !after.has(id)),
      problems,
      buildMs: performance.now() - started,
    };
  }

  private buildStored(s: StoredPaper, problems: string[]): Paper | undefined {
    const own: string[] = [];
    const names = { paper: `stored paper ${s.id} (paper)`, claims: `stored paper ${s.id} (claims)`, glossary: `stored paper ${s.id} (glossary)`, passages: `stored paper ${s.id} (passages)` };
    const paper = buildPaper({ paper: { ...s.parts.paper, status: s.status }, claims: s.parts.claims, glossary: s.parts.glossary, passages: s.parts.passages, names }, own, this.strings);
    if (paper && paper.data.id !== s.id) own.push(`stored paper "${s.id}": its paper.id is "${paper.data.id}"`);
    if (own.length > 0 || !paper) {
      problems.push(`stored paper "${s.id}" is left out: ${own.slice(0, 3).join('; ')}${own.length > 3 ? ` (and ${own.length - 3} more)` : ''}`);
      return undefined;
    }
    return paper;
  }
}
