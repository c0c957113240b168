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
}

const K1 = 1.2;
// Claims are single sentences; their lengths differ mostly by lists (of authors, of markers) that should not bury them.
const B = 0.5;

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly docNorm: Float32Array;
  readonly size: number;

  constructor(docs: TermWeights[]) {
    this.size = docs.length;
    const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length) || 1;
    this.docNorm = Float32Array.from(lengths, (len) => K1 * (1 - B + (B * len) / avg));

    const building = new Map<string, { docs: number[]; tf: number[] }>();
    docs.forEach((terms, doc) => {
      for (const [term, tf] of terms) {
        let p = building.get(term);
        if (!p) building.set(term, (p = { docs: [], tf: [] }));
        p.docs.push(doc);
        p.tf.push(tf);
      }
    });
    for (const [term, p] of building) {
      const df = p.docs.length;
      const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      this.postings.set(term, { docs: Int32Array.from(p.docs), tf: Float32Array.from(p.tf), idf });
    }
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

  /** Calls visit(doc, bm25) for every document containing the term. */
  forEachScore(term: string, visit: (doc: number, score: number) => void): void {
    const p = this.postings.get(term);
    if (!p) return;
    const { docs, tf, idf } = p;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const f = tf[i]!;
      visit(doc, (idf * f * (K1 + 1)) / (f + this.docNorm[doc]!));
    }
  }
}
