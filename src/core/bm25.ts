/**
 * A compact inverted index with BM25 weights. Scoring touches only the postings of the query's
 * terms, so a question costs time in proportion to how many claims share its words, not to the
 * size of the library.
 */
export type TermWeights = Map<string, number>;

interface Postings {
  docs: Int32Array;
  tf: Float32Array;
  idf: number;
  /** the highest BM25 any one posting of the term scores: the bound that lets a search stop early */
  max: number;
}

const K1 = 1.2;
// Claims are single sentences; their lengths differ mostly by lists (of authors, of markers) that should not bury them.
const B = 0.5;

/**
 * Collects documents one at a time (so a large library never holds every document's term map at
 * once, and a rebuild can pause between documents to let answers through), then makes the index.
 */
export class Bm25Builder {
  // Typed arrays grown by doubling: a posting costs 8 bytes, not two boxed array slots.
  private readonly building = new Map<string, { docs: Int32Array; tf: Float32Array; n: number }>();
  private readonly lengths: number[] = [];

  add(terms: TermWeights): void {
    const doc = this.lengths.length;
    let length = 0;
    for (const [term, tf] of terms) {
      let p = this.building.get(term);
      if (!p) this.building.set(term, (p = { docs: new Int32Array(4), tf: new Float32Array(4), n: 0 }));
      if (p.n === p.docs.length) {
        const docs = new Int32Array(p.n * 2);
        docs.set(p.docs);
        const tfs = new Float32Array(p.n * 2);
        tfs.set(p.tf);
        p.docs = docs;
        p.tf = tfs;
      }
      p.docs[p.n] = doc;
      p.tf[p.n] = tf;
      p.n += 1;
      length += tf;
    }
    this.lengths.push(length);
  }

  finish(): Bm25Index {
    return new Bm25Index(this);
  }

  /** @internal the finished parts, for Bm25Index's constructor */
  parts(): { postings: Map<string, Postings>; docNorm: Float32Array; size: number } {
    const size = this.lengths.length;
    const avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, size) || 1;
    const docNorm = Float32Array.from(this.lengths, (len) => K1 * (1 - B + (B * len) / avg));
    const postings = new Map<string, Postings>();
    for (const [term, p] of this.building) {
      const idf = Math.log(1 + (size - p.n + 0.5) / (p.n + 0.5));
      // Trimmed to size, and the growing copy let go at once: the index never holds both for every term.
      const entry: Postings = { docs: p.docs.slice(0, p.n), tf: p.tf.slice(0, p.n), idf, max: 0 };
      this.building.delete(term);
      for (let i = 0; i < p.n; i++) entry.max = Math.max(entry.max, bm25(entry, i, docNorm));
      postings.set(term, entry);
    }
    return { postings, docNorm, size };
  }
}

function bm25(p: Postings, i: number, docNorm: Float32Array): number {
  const f = p.tf[i]!;
  return (p.idf * f * (K1 + 1)) / (f + docNorm[p.docs[i]!]!);
}

export class Bm25Index {
  private readonly postings: Map<string, Postings>;
  private readonly docNorm: Float32Array;
  readonly size: number;

  /** From documents one at a time, or from a builder that has them. */
  constructor(documents: Iterable<TermWeights> | Bm25Builder) {
    let builder: Bm25Builder;
    if (documents instanceof Bm25Builder) builder = documents;
    else {
      builder = new Bm25Builder();
      for (const terms of documents) builder.add(terms);
    }
    const { postings, docNorm, size } = builder.parts();
    this.postings = postings;
    this.docNorm = docNorm;
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
    return bm25(p, i, this.docNorm);
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
