import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyLicence } from '../src/core/licence.js';
import { loadLibrary } from '../src/core/library.js';
import type { Claim, Library, Paper } from '../src/core/types.js';
import { prng, pick } from './prng.js';
import { VOCAB } from './vocabulary.js';
import { zipfVocabulary } from './zipf.js';

/** `worst`: 700 distinct terms at every size (the longest posting lists); `realistic`: Zipf over about 57,000 terms. */
export type CorpusKind = 'worst' | 'realistic';

export const SHIPPED_DATA = fileURLToPath(new URL('../data/papers', import.meta.url));
const CLAIMS_PER_PAPER = 100;
const EVIDENCE = ['in-vitro', 'animal', 'patient-tissue', 'press-statement', 'background'] as const;

/** One synthetic claim sentence from a handful of templates over the vocabulary. */
function sentence(random: () => number): { text: string; tags: string[] } {
  const g = pick(random, VOCAB.genes);
  const g2 = pick(random, VOCAB.genes);
  const cell = pick(random, VOCAB.cells);
  const cancer = pick(random, VOCAB.cancers);
  const proc = pick(random, VOCAB.processes);
  const path = pick(random, VOCAB.pathways);
  const therapy = pick(random, VOCAB.therapies);
  const model = pick(random, VOCAB.models);
  const up = pick(random, VOCAB.raised);
  const down = pick(random, VOCAB.lowered);
  const templates = [
    `${g} secreted by ${cell} ${up} ${proc} of ${cancer} cells through ${path} ${model}.`,
    `Blocking ${g} ${down} ${path} and restored sensitivity of ${cancer} to ${therapy} ${model}.`,
    `${cell} with high ${g} expression were linked to ${proc} and poor survival in ${cancer}.`,
    `${g} ${up} ${g2} expression in ${cancer} cells, which ${up} ${proc} ${model}.`,
    `Loss of ${g} ${down} ${proc} and resistance to ${therapy} in ${cancer} ${model}.`,
    `In ${cancer}, ${cell} used ${path} to ${up.replace(/ed$/, 'e')} ${proc} after ${therapy}.`,
  ];
  return { text: pick(random, templates), tags: [g, path, cell, cancer, proc] };
}

/** A claim sentence over the Zipf vocabulary: the same shapes, with words from a long-tailed vocabulary. */
function realisticSentence(random: () => number): { text: string; tags: string[] } {
  const v = zipfVocabulary();
  const g = v.draw(random, 'genes');
  const g2 = v.draw(random, 'genes');
  const [a, b, c, d] = [v.draw(random), v.draw(random), v.draw(random), v.draw(random)];
  const up = pick(random, VOCAB.raised);
  const down = pick(random, VOCAB.lowered);
  const model = pick(random, VOCAB.models);
  const templates = [
    `${g} ${up} ${a} and ${b} of ${c} cells through ${g2} ${model}.`,
    `Blocking ${g} ${down} ${a} and restored ${b} in ${c} ${d} ${model}.`,
    `${a} ${b} with high ${g} expression were linked to ${c} and poor survival in ${d}.`,
    `${g} ${up} ${g2} in ${a} ${b}, which ${up} ${c} ${model}.`,
    `Loss of ${g} ${down} ${a} and ${b} in ${c} ${model}.`,
  ];
  return { text: pick(random, templates), tags: [g, a, b, c] };
}

function syntheticPaper(index: number, random: () => number, count: number, kind: CorpusKind = 'worst'): Paper {
  const sentenceOf = kind === 'realistic' ? realisticSentence : sentence;
  const id = `syn-${String(index).padStart(5, '0')}`;
  const claims: Claim[] = Array.from({ length: count }, (_, i) => {
    const { text, tags } = sentenceOf(random);
    return {
      id: `${id}-c${i}`,
      text,
      sources: [{ source: 'paper', locator: random() < 0.5 ? 'abstract' : `¶${1 + Math.floor(random() * 9)}` }],
      evidence: pick(random, EVIDENCE),
      tags,
      topics: [],
      conflictsWith: [],
      draft: false,
      paperId: id,
      order: i,
      derived: false,
    };
  });
  const data = {
    id,
    status: 'published' as const,
    shortTitle: `Synthetic study ${index}`,
    title: `Synthetic study ${index} on ${claims[0]!.tags[3]}`,
    authors: ['A. Author', 'B. Author'],
    firstAuthor: { name: 'A. Author', cite: [{ source: 'paper', locator: 'bibliographic record' }] },
    teamLeads: [],
    teamLeadsCite: [],
    correspondingAuthors: null,
    journal: { name: 'Journal of Synthetic Results', cite: [{ source: 'paper', locator: 'bibliographic record' }] },
    date: { text: '2025', cite: [{ source: 'paper', locator: 'bibliographic record' }] },
    volume: null,
    issue: null,
    pages: null,
    articleNumber: null,
    doi: null,
    pmid: null,
    pmcid: null,
    affiliations: [],
    url: null,
    impactFactor: null,
    recognition: null,
    sources: [{ id: 'paper', kind: 'paper' as const, title: `Synthetic study ${index}`, publisher: null, date: null, url: null }],
    tldr: [claims[0]!.id],
    topics: [],
    openQuestions: [],
  };
  return { data, claims, drafts: 0, glossary: [], sources: new Map(data.sources.map((s) => [s.id, s])), passages: new Map(), licence: classifyLicence(undefined) };
}

/** The shipped library plus synthetic papers up to `size` claims in all, generated from a fixed seed. */
export function buildLibrary(size: number, kind: CorpusKind = 'worst', seed = 20251020): Library {
  const shipped = loadLibrary(SHIPPED_DATA);
  const random = prng(seed);
  const papers = [...shipped.papers];
  let total = papers.reduce((n, p) => n + p.claims.length, 0);
  for (let i = 1; total < size; i++) {
    const paper = syntheticPaper(i, random, Math.min(CLAIMS_PER_PAPER, size - total), kind);
    papers.push(paper);
    total += paper.claims.length;
  }
  return { papers, claimById: new Map(papers.flatMap((p) => p.claims.map((c) => [c.id, c] as const))) };
}

/** Writes a library to disk in the data/papers layout, so cold start can be measured through the real loader. */
export function writeLibrary(library: Library, root: string): void {
  for (const paper of library.papers) {
    const dir = path.join(root, paper.data.id);
    mkdirSync(dir, { recursive: true });
    const own = paper.claims.filter((c) => !c.derived).map(({ paperId: _p, order: _o, derived: _d, ...claim }) => claim);
    writeFileSync(path.join(dir, 'paper.json'), JSON.stringify(paper.data));
    writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(own));
    writeFileSync(path.join(dir, 'glossary.json'), JSON.stringify(paper.glossary));
  }
}
