import { describe, expect, it } from 'vitest';
import { ClaimIndex, type QueryConcept } from '../../src/core/retrieve.js';
import { prng, pick } from '../../bench/prng.js';
import { VOCAB } from '../../bench/vocabulary.js';

// A library large enough that the search walks some concepts and only looks up the common ones.
const random = prng(42);
const documents = Array.from({ length: 20_000 }, () => {
  const text = `${pick(random, VOCAB.genes)} ${pick(random, VOCAB.raised)} ${pick(random, VOCAB.processes)} of ${pick(random, VOCAB.cancers)} cells through ${pick(random, VOCAB.pathways)} ${pick(random, VOCAB.models)}.`;
  return { fields: [[text, 1]] as Array<[string, number]> };
});
const index = new ClaimIndex(documents, []);

// Some concepts reach a second, looser term (as a lay wording does), so a claim may match one concept twice.
const looser = [...index.termsOf(VOCAB.processes.join(' '))];

function concepts(question: string): QueryConcept[] {
  return [...index.termsOf(question)].map((term, i) => ({
    key: term,
    surface: term,
    label: term,
    alternatives: i % 3 === 0 ? [{ term, weight: 1 }, { term: looser[i % looser.length]!, weight: 0.6 }] : [{ term, weight: 1 }],
    generic: i % 4 === 3,
    rank: Infinity,
    covered: true,
    main: i % 5 !== 4,
  }));
}

const questions = Array.from({ length: 60 }, () => `${pick(random, VOCAB.genes)} ${pick(random, VOCAB.processes)} ${pick(random, VOCAB.cancers)} ${random() < 0.5 ? pick(random, VOCAB.pathways) : ''} cells`);

describe('top-k search that stops early', () => {
  it('returns exactly the hits, scores and order of scoring every found claim', () => {
    // A boost that favours a third of the claims, as the setting asked about does.
    const boost = (doc: number) => (doc % 3 === 0 ? 1.8 : doc % 7 === 0 ? 0.45 : 1);
    const accept = (doc: number) => doc % 11 !== 0;
    for (const q of questions) {
      for (const limit of [1, 10, 30]) {
        const everything = index.search(concepts(q), limit, accept, boost); // no bound given: nothing is skipped
        const early = index.search(concepts(q), limit, accept, boost, 1.8);
        expect(early).toEqual(everything);
        expect(early.length).toBe(limit);
        expect(index.search(concepts(q), limit)).toEqual(index.search(concepts(q), limit, undefined, () => 1));
      }
    }
  });

  it('ranks a claim holding every word of the question first', () => {
    const hits = index.search(concepts(documents[123]!.fields[0]![0]), 5);
    expect(hits[0]!.coverage).toBe(1);
    expect(index.termsOf(documents[hits[0]!.doc]!.fields[0]![0])).toEqual(index.termsOf(documents[123]!.fields[0]![0]));
  });
});

describe('building the index a slice at a time', () => {
  it('gives the same hits as building it at once, pausing between slices so answers can go out meanwhile', async () => {
    const few = documents.slice(0, 2000);
    const atOnce = new ClaimIndex(few, []);
    let pauses = 0;
    // A slice of no time at all: a pause after every document.
    const sliced = await ClaimIndex.build(few, [], async () => void pauses++, -1);
    expect(pauses).toBe(few.length);
    for (const q of ['TP53 raised invasion of lung cells through STAT3', 'EGFR migration of glioma cells', 'KRAS apoptosis']) {
      const ask = (i: ClaimIndex) => i.search([...i.termsOf(q)].map((term) => ({ key: term, surface: term, label: term, alternatives: [{ term, weight: 1 }], generic: false })) as QueryConcept[], 10);
      expect(ask(sliced)).toEqual(ask(atOnce));
      expect(ask(sliced).length).toBeGreaterThan(0);
    }
  });
});
