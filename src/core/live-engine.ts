import { buildLibrary, buildPaper, Interner, type LibraryEntry } from './build-paper.js';
import { Engine } from './engine.js';
import type { StoredPaper, StoredPaperVersion } from './store.js';
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
  /** the stored papers built so far, reused while their version is unchanged */
  private readonly built = new Map<string, { key: string; paper: Paper }>();
  private readonly strings = new Interner();

  /**
   * `make` builds the first engine (at start-up, before any question); `rebuild` the later ones,
   * while the bot answers (Engine.create builds the index a slice at a time). Without it, `make`.
   */
  constructor(
    private readonly shipped: Library,
    private readonly make: (library: Library) => Engine = (library) => new Engine(library),
    private readonly rebuild: (library: Library) => Promise<Engine> = async (library) => make(library),
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

  /**
   * Rebuilds the engine from the shipped papers and the stored ones, given by version: only papers
   * new or changed since the last update are read (`load`) and checked; the others keep the Paper
   * built before, and unchanged input keeps the engine as it is.
   */
  async update(versions: StoredPaperVersion[], load: (id: string) => Promise<StoredPaper | undefined>): Promise<ApplyResult> {
    const started = performance.now();
    const before = new Set(this.built.keys());
    const problems: string[] = [];
    const entries: LibraryEntry[] = this.shipped.papers.map((paper) => ({ paper, claimsName: `data/papers/${paper.data.id}/claims.json` }));
    const taken = new Set(this.shipped.papers.map((p) => p.data.id));
    const claimIds = new Set(this.shipped.papers.flatMap((p) => p.claims.map((c) => c.id)));
    const next = new Map<string, { key: string; paper: Paper }>();
    for (const v of versions) {
      if (taken.has(v.id)) {
        problems.push(`stored paper "${v.id}" is left out: a paper with that id ships in data/papers/${v.id}, which wins`);
        continue;
      }
      const key = versionKey(v);
      const reused = this.built.get(v.id);
      let entry = reused?.key === key ? reused : undefined;
      if (!entry) {
        const stored = await load(v.id);
        const paper = stored && this.buildStored(stored, problems);
        if (!paper) continue;
        entry = { key, paper };
      }
      const clash = entry.paper.claims.find((c) => claimIds.has(c.id));
      if (clash) {
        problems.push(`stored paper "${v.id}" is left out: its claim id "${clash.id}" is already used by another paper`);
        continue;
      }
      for (const c of entry.paper.claims) claimIds.add(c.id);
      taken.add(v.id);
      next.set(v.id, entry);
      entries.push({ paper: entry.paper, claimsName: `stored paper ${v.id}` });
    }
    const unchanged = next.size === this.built.size && [...next].every(([id, b]) => this.built.get(id)?.paper === b.paper);
    if (!unchanged) {
      const library = buildLibrary(entries, problems);
      // Checked paper by paper above, so this only fails on a bug; the old engine then stays.
      if (library) {
        // Built beside the old engine, which answers meanwhile; swapped in one assignment.
        this.engine = await this.rebuild(library);
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

/** A stored paper's version as an instance compares it: its status and when it was last stored. */
function versionKey(v: StoredPaperVersion): string {
  return `${v.status}\u0000${v.updatedAt.toISOString()}`;
}
