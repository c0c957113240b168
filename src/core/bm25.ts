/**
 * A compact inverted index with BM25 weights. Scoring touches only the postings of the query's
 * terms, so a question costs time in proportion to how many claims share its words, not to the
 * size of the library.
 */
export type TermWeights = Map<string, number>;

interface Postings {
  docs: Int32Array;
  /**
   * each posting's BM25, worked out when the index is made (the index never changes after): a search
   * reads it beside the document number instead of fetching the document's length from elsewhere
   */
  impact: Float32Array;
  idf: number;
  /** the highest BM25 any one posting of the term scores: the bound that lets a search stop early */
  max: number;
}

const K1 = 1.2;
// Claims are single sentences; their lengths differ mostly by lists (of authors, of markers) that should not bury them.
const B = 0.5;

// Postings arrive document by document and are kept in fixed-size chunks until the index is made:
// growing never copies, and the chunks are handed back to the system as soon as the index is made
// rather than at some later full collection (a library of 100k claims logs about 13 MB of them).
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

type Releasable = ArrayBuffer & { resize(bytes: number): void };

/** A resizable ArrayBuffer (ES2024; Node 20 has it, the ES2023 typings do not): resize(0) returns its pages at once. */
function releasable(bytes: number): Releasable {
  const Resizable = ArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => Releasable;
  return new Resizable(bytes, { maxByteLength: bytes });
}

/**
 * Collects documents one at a time (so a large library never holds every document's term map at
 * once, and a rebuild can pause between documents to let answers through), then makes the index.
 */
export class Bm25Builder {
  private readonly termIds = new Map<string, number>();
  /** per term id, how many documents hold it so far */
  private df = new Int32Array(1024);
  /** each posting's term id and weight, in the order documents were added */
  private readonly termChunks: Int32Array[] = [];
  private readonly tfChunks: Float32Array[] = [];
  private count = 0;
  /** per document, where its postings end */
  private readonly ends: number[] = [];
  private readonly lengths: number[] = [];

  add(terms: TermWeights): void {
    let length = 0;
    for (const [term, tf] of terms) {
      const at = this.count & (CHUNK - 1);
      if (at === 0) {
        this.termChunks.push(new Int32Array(releasable(CHUNK * 4)));
        this.tfChunks.push(new Float32Array(releasable(CHUNK * 4)));
      }
      const chunk = this.count >>> CHUNK_BITS;
      this.termChunks[chunk]![at] = this.termId(term);
      this.tfChunks[chunk]![at] = tf;
      this.count += 1;
      length += tf;
    }
    this.ends.push(this.count);
    this.lengths.push(length);
  }

  finish(): Bm25Index {
    return new Bm25Index(this);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      if (id === this.df.length) {
        const grown = new Int32Array(id * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    this.df[id]! += 1;
    return id;
  }

  /**
   * @internal the finished parts, for Bm25Index's constructor. Every term's postings are a view into
   * one pair of arrays sized exactly, filled term by term (so each term's documents stay ascending).
   */
  parts(): { postings: Map<string, Postings>; size: number } {
    const size = this.lengths.length;
    const avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, size) || 1;
    const docNorm = Float32Array.from(this.lengths, (len) => K1 * (1 - B + (B * len) / avg));
    const terms = this.termIds.size;
    const starts = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) starts[id + 1] = starts[id]! + this.df[id]!;
    const next = starts.slice(0, terms);
    const allDocs = new Int32Array(this.count);
    const allTf = new Float32Array(this.count);
    let doc = 0;
    for (let i = 0; i < this.count; i++) {
      while (this.ends[doc]! <= i) doc++;
      const chunk = i >>> CHUNK_BITS;
      const at = i & (CHUNK - 1);
      const slot = next[this.termChunks[chunk]![at]!]!++;
      allDocs[slot] = doc;
      allTf[slot] = this.tfChunks[chunk]![at]!;
    }
    for (const chunk of [...this.termChunks, ...this.tfChunks]) (chunk.buffer as Releasable).resize(0);
    this.termChunks.length = 0;
    this.tfChunks.length = 0;
    const postings = new Map<string, Postings>();
    for (const [term, id] of this.termIds) {
      const n = this.df[id]!;
      const idf = Math.log(1 + (size - n + 0.5) / (n + 0.5));
      const docs = allDocs.subarray(starts[id], starts[id + 1]);
      // The weights become the scores in place: no second array of postings is ever held.
      const impact = allTf.subarray(starts[id], starts[id + 1]);
      let max = 0;
      for (let i = 0; i < n; i++) {
        const f = impact[i]!;
        impact[i] = (idf * f * (K1 + 1)) / (f + docNorm[docs[i]!]!);
        max = Math.max(max, impact[i]!);
      }
      postings.set(term, { docs, impact, idf, max });
    }
    return { postings, size };
  }
}

/**
 * The first position at or after `from` whose document is `doc` or later (docs.length when none):
 * strides that double, then halving, so a run of ascending lookups costs the log of each gap rather
 * than the log of the whole list.
 */
export function seek(docs: Int32Array, doc: number, from: number): number {
  const n = docs.length;
  let lo = from;
  let hi = from;
  let stride = 1;
  // Every position before lo holds an earlier document.
  while (hi < n && docs[hi]! < doc) {
    lo = hi + 1;
    hi = lo + stride;
    stride *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Bm25Index {
  private readonly postings: Map<string, Postings>;
  readonly size: number;

  /** From documents one at a time, or from a builder that has them. */
  constructor(documents: Iterable<TermWeights> | Bm25Builder) {
    let builder: Bm25Builder;
    if (documents instanceof Bm25Builder) builder = documents;
    else {
      builder = new Bm25Builder();
      for (const terms of documents) builder.add(terms);
    }
    const { postings, size } = builder.parts();
    this.postings = postings;
    this.size = size;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    return this.postings.get(term)?.idf ?? 0;
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** The term's postings (documents in ascending order, with term weights and idf), or undefined. */
  postingsOf(term: string): Postings | undefined {
    return this.postings.get(term);
  }

  /** BM25 of one posting. */
  score(p: Postings, i: number): number {
    return p.impact[i]!;
  }

  /** BM25 of the term in one document, found by binary search (postings are in document order); 0 if absent. */
  scoreIn(p: Postings, doc: number): number {
    const docs = p.docs;
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid]!;
      if (d === doc) return this.score(p, mid);
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

export type { Postings };
