import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import FlexSearch, { Charset } from 'flexsearch';
import { isStopWord } from '../src/core/text.js';
import { Engine } from '../src/core/engine.js';
import type { Library } from '../src/core/types.js';

/** One engine under test: build an index over the library, then rank claim ids for a question. */
export interface BenchEngine {
  name: string;
  build(library: Library): void;
  /** what a user waits for: for ours the whole cited answer, for the others retrieval alone */
  query(q: string): void;
  /** claim ids, best first, for recall and MRR */
  rank(q: string): string[];
  /** ours only: does it decline this question? */
  declines?(q: string): boolean;
}

interface Doc {
  id: string;
  text: string;
  tags: string;
}

const docsOf = (library: Library): Doc[] => library.papers.flatMap((p) => p.claims.map((c) => ({ id: c.id, text: c.text, tags: c.tags.join(' ') })));

export function ours(): BenchEngine {
  let engine: Engine;
  return {
    name: 'ours',
    build: (library) => void (engine = new Engine(library)),
    query: (q) => void engine.ask(q),
    // What a reader sees: the claims the answer cites, in order (including both sides of a disagreement).
    rank: (q) => engine.answerClaims(q),
    declines: (q) => !engine.ask(q).answered,
  };
}

/**
 * Ours at the retrieval stage alone (the question's concepts read, the index searched), to set beside
 * the peers, which only retrieve: like for like. `ours` above is the whole cited answer a user waits for.
 */
export function oursRetrieval(): BenchEngine {
  let engine: Engine;
  const run = (q: string) => engine.rankedClaims(q).map((c) => c.id);
  return {
    name: 'ours (retrieval only)',
    build: (library) => void (engine = new Engine(library)),
    query: (q) => void run(q),
    rank: run,
  };
}

export function plainFuse(): BenchEngine {
  let fuse: Fuse<Doc>;
  const run = (q: string) => fuse.search(q, { limit: 10 });
  return {
    name: 'fuse.js (plain)',
    build: (library) => void (fuse = new Fuse(docsOf(library), { keys: ['text'] })),
    query: (q) => void run(q),
    rank: (q) => run(q).map((r) => r.item.id),
  };
}

export function miniSearch(): BenchEngine {
  let index: MiniSearch<Doc>;
  const run = (q: string) => index.search(q);
  return {
    name: 'MiniSearch',
    build: (library) => {
      index = new MiniSearch<Doc>({ fields: ['text', 'tags'], searchOptions: { fuzzy: 0.2, prefix: true } });
      index.addAll(docsOf(library));
    },
    query: (q) => void run(q),
    rank: (q) => run(q).slice(0, 10).map((r) => String(r.id)),
  };
}

export function flexSearch(): BenchEngine {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let index: any;
  const run = (q: string): string[] => {
    // suggest: rank documents that match only some of the words too, as the other engines do.
    const fields = index.search(q, { limit: 10, suggest: true }) as Array<{ field: string; result: string[] }>;
    return [...new Set(fields.flatMap((f) => f.result))].slice(0, 10);
  };
  return {
    name: 'FlexSearch',
    build: (library) => {
      index = new FlexSearch.Document({ document: { id: 'id', index: ['text', 'tags'] }, tokenize: 'forward' });
      for (const d of docsOf(library)) index.add(d);
    },
    query: (q) => void run(q),
    rank: run,
  };
}

/*
 * The same engines configured as their own documentation advises for typo-tolerant full-text search
 * (the options and the doc sections are listed in BENCHMARKS.md).
 */

/** fuse.js token search (https://fusejs.io/token-search): words matched one by one, ranked by BM25-style IDF. */
export function tunedFuse(): BenchEngine {
  let fuse: Fuse<Doc>;
  const run = (q: string) => fuse.search(q, { limit: 10 });
  return {
    name: 'fuse.js (token search)',
    build: (library) => void (fuse = new Fuse(docsOf(library), { keys: ['text', 'tags'], useTokenSearch: true, ignoreLocation: true })),
    query: (q) => void run(q),
    rank: (q) => run(q).map((r) => r.item.id),
  };
}

/**
 * MiniSearch as its README advises: stop words dropped in processTerm ("Term processing"), and fuzzy and
 * prefix matching only for words long enough to carry them (SearchOptions.fuzzy / prefix as functions).
 */
export function tunedMiniSearch(): BenchEngine {
  let index: MiniSearch<Doc>;
  const run = (q: string) => index.search(q);
  return {
    name: 'MiniSearch (tuned)',
    build: (library) => {
      index = new MiniSearch<Doc>({
        fields: ['text', 'tags'],
        processTerm: (term) => (isStopWord(term.toLowerCase()) ? null : term.toLowerCase()),
        searchOptions: { fuzzy: (term) => (term.length > 4 ? 0.2 : false), prefix: (term) => term.length > 3, maxFuzzy: 2 },
      });
      index.addAll(docsOf(library));
    },
    query: (q) => void run(q),
    rank: (q) => run(q).slice(0, 10).map((r) => String(r.id)),
  };
}

/**
 * FlexSearch as its README advises for typos ("Fuzzy-Search", "Tokenizer", "Use numeric IDs"): one Index
 * over text and tags with numeric ids, the `tolerant` tokenizer, the LatinBalance encoder, suggestions.
 */
export function tunedFlexSearch(): BenchEngine {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let index: any;
  let ids: string[] = [];
  const run = (q: string): string[] => (index.search(q, { limit: 10, suggest: true }) as number[]).map((i) => ids[i]!);
  return {
    name: 'FlexSearch (tuned)',
    build: (library) => {
      const docs = docsOf(library);
      ids = docs.map((d) => d.id);
      index = new FlexSearch.Index({ tokenize: 'tolerant', encoder: Charset.LatinBalance, resolution: 9 });
      docs.forEach((d, i) => index.add(i, `${d.text} ${d.tags}`));
    },
    query: (q) => void run(q),
    rank: run,
  };
}

export const ENGINES: Record<string, () => BenchEngine> = {
  ours,
  'ours-retrieval': oursRetrieval,
  fuse: plainFuse,
  'fuse-tuned': tunedFuse,
  minisearch: miniSearch,
  'minisearch-tuned': tunedMiniSearch,
  flexsearch: flexSearch,
  'flexsearch-tuned': tunedFlexSearch,
};
