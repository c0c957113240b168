import { describe, expect, it } from 'vitest';
import { Bm25Builder, Bm25Index, seek, type TermWeights } from '../../src/core/bm25.js';
import { prng } from '../../bench/prng.js';

// Enough postings to cross the builder's chunk boundary (65,536) a few times, with empty documents among them.
const random = prng(7);
const documents: TermWeights[] = Array.from({ length: 12_000 }, (_, doc) => {
  const terms: TermWeights = new Map();
  if (doc % 997 === 0) return terms;
  const n = 1 + Math.floor(random() * 30);
  for (let i = 0; i < n; i++) {
    const term = `t${Math.floor(random() ** 2 * 400)}`;
    terms.set(term, (terms.get(term) ?? 0) + (random() < 0.3 ? 0.3 : 1));
  }
  return terms;
});

/** Each term's documents and BM25 scores (k1 1.2, b 0.5), worked out the plain way from the textbook formula. */
function expected(): Map<string, { docs: number[]; scores: number[] }> {
  const lengths = documents.map((terms) => [...terms.values()].reduce((a, b) => a + Math.fround(b), 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const byTerm = new Map<string, { docs: number[]; tf: number[] }>();
  documents.forEach((terms, doc) => {
    for (const [term, tf] of terms) {
      let p = byTerm.get(term);
      if (!p) byTerm.set(term, (p = { docs: [], tf: [] }));
      p.docs.push(doc);
      p.tf.push(Math.fround(tf));
    }
  });
  const postings = new Map<string, { docs: number[]; scores: number[] }>();
  for (const [term, { docs, tf }] of byTerm) {
    const idf = Math.log(1 + (documents.length - docs.length + 0.5) / (docs.length + 0.5));
    const scores = docs.map((doc, i) => (idf * tf[i]! * 2.2) / (tf[i]! + 1.2 * (0.5 + (0.5 * lengths[doc]!) / avg)));
    postings.set(term, { docs, scores });
  }
  return postings;
}

describe('BM25 postings', () => {
  it('hold every document of every term, ascending, with its BM25 score, whether built at once or a document at a time', () => {
    const builder = new Bm25Builder();
    for (const terms of documents) builder.add(terms);
    const indexes = [new Bm25Index(documents), builder.finish()];
    const want = expected();
    expect(want.size).toBeGreaterThan(300);
    for (const index of indexes) {
      expect(index.size).toBe(documents.length);
      expect([...index.terms()]).toEqual([...want.keys()]);
      for (const [term, p] of want) {
        const got = index.postingsOf(term)!;
        expect(Array.from(got.docs)).toEqual(p.docs);
        // Stored in single precision, so equal to about seven digits.
        Array.from(got.impact).forEach((score, i) => expect(score).toBeCloseTo(p.scores[i]!, 5));
        expect(index.df(term)).toBe(p.docs.length);
        let max = 0;
        for (let i = 0; i < got.docs.length; i++) max = Math.max(max, index.score(got, i));
        expect(got.max).toBe(max);
        expect(index.scoreIn(got, p.docs.at(-1)!)).toBe(index.score(got, got.docs.length - 1));
      }
    }
  });
});

describe('seeking along a posting list', () => {
  it('finds the first document at or after the one asked, from wherever the last search stopped', () => {
    const rnd = prng(11);
    for (const density of [0.002, 0.05, 0.5, 1]) {
      const docs = Int32Array.from(Array.from({ length: 20_000 }, (_, d) => d).filter(() => rnd() < density));
      const firstAtOrAfter = (doc: number) => {
        const i = docs.findIndex((d) => d >= doc);
        return i === -1 ? docs.length : i;
      };
      // Ascending lookups (as a run of found documents makes), each going on from the previous answer.
      let cursor = 0;
      for (let doc = Math.floor(rnd() * 50); doc < 20_100; doc += 1 + Math.floor(rnd() * 400)) {
        const at = seek(docs, doc, cursor);
        expect(at).toBe(firstAtOrAfter(doc));
        cursor = at;
      }
      // From the start, and from a position already at or past the answer's run.
      for (const doc of [0, docs[0] ?? 0, docs.at(-1) ?? 0, 25_000]) expect(seek(docs, doc, 0)).toBe(firstAtOrAfter(doc));
      if (docs.length > 10) expect(seek(docs, docs[10]!, 10)).toBe(10);
    }
    expect(seek(new Int32Array(0), 5, 0)).toBe(0);
  });
});
