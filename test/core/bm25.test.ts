import { describe, expect, it } from 'vitest';
import { Bm25Builder, Bm25Index, type TermWeights } from '../../src/core/bm25.js';
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

/** Each term's documents and weights, collected the plain way. */
function expected(): Map<string, { docs: number[]; tf: number[] }> {
  const postings = new Map<string, { docs: number[]; tf: number[] }>();
  documents.forEach((terms, doc) => {
    for (const [term, tf] of terms) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { docs: [], tf: [] }));
      p.docs.push(doc);
      p.tf.push(Math.fround(tf));
    }
  });
  return postings;
}

describe('BM25 postings', () => {
  it('hold every document of every term, ascending, with its weight, whether built at once or a document at a time', () => {
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
        expect(Array.from(got.tf)).toEqual(p.tf);
        expect(index.df(term)).toBe(p.docs.length);
        let max = 0;
        for (let i = 0; i < got.docs.length; i++) max = Math.max(max, index.score(got, i));
        expect(got.max).toBe(max);
        expect(index.scoreIn(got, p.docs.at(-1)!)).toBe(index.score(got, got.docs.length - 1));
      }
    }
  });
});
