import { prng, pick } from './prng.js';
import { VOCAB } from './vocabulary.js';

/**
 * A realistic vocabulary for the second corpus: about 57,000 distinct terms (the shared biomedical
 * words of vocabulary.ts first, then generated gene and protein symbols and compound biomedical
 * words), drawn with Zipf-distributed frequencies, so a few words are everywhere and most are rare,
 * as in a real library. The 700-term corpus is the worst case for posting-list length; this one is
 * what a lab's papers look like.
 */
const PREFIXES = 'cardio neuro hepato nephro osteo myelo angio lympho dermo gastro pulmo endo immuno cyto histo onco hemato chondro fibro adeno myo glio leuko erythro thrombo vaso broncho entero colo pancreato thyro adreno spleno retino oto rhino laryngo masto uro gluco lipo'.split(' ');
const MIDDLES = 'blast cyt gen kin lys morph path phag plast spor troph tox stat sclero necr mit mer log lith kary'.split(' ');
const SUFFIXES = 'osis itis oma ase genesis lysis trophy plasia pathy cyte blastic toxicity regulin modulin statin genic philic tropic kinase receptor factor'.split(' ');
const GENE_LETTERS = 'ABCDEFGHIKLMNPRSTVWXYZ';

export interface ZipfVocabulary {
  /** every term, most frequent first */
  terms: string[];
  /** gene and protein symbols, most frequent first */
  genes: string[];
  /** one term, drawn with probability proportional to 1 / rank^s */
  draw(random: () => number, from?: 'terms' | 'genes'): string;
}

function cumulative(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / Math.pow(r + 1, s);
  for (let r = 0; r < n; r++) cdf[r]! /= sum;
  return cdf;
}

function drawFrom(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let cached: ZipfVocabulary | undefined;

export function zipfVocabulary(seed = 1234): ZipfVocabulary {
  if (cached) return cached;
  const random = prng(seed);
  const genes = new Set<string>(VOCAB.genes);
  while (genes.size < 40_000) {
    const letters = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, [...GENE_LETTERS])).join('');
    const digits = String(1 + Math.floor(random() * (random() < 0.5 ? 9 : 99)));
    const tail = random() < 0.3 ? pick(random, [...'ABCDL']) + (random() < 0.5 ? String(1 + Math.floor(random() * 9)) : '') : '';
    genes.add(`${letters}${digits}${tail}`);
  }
  const words = new Set<string>([...VOCAB.processes, ...VOCAB.cells, ...VOCAB.cancers, ...VOCAB.therapies].flatMap((w) => w.toLowerCase().split(/[\s-]+/)));
  for (const p of PREFIXES) for (const m of MIDDLES) for (const s of SUFFIXES) words.add(`${p}${m}${s}`);
  // Shuffle genes and words together (head first: the shared vocabulary stays frequent), then rank.
  const head = [...VOCAB.genes, ...[...words].slice(0, 300)];
  const tail = [...genes, ...words].filter((t) => !head.includes(t));
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [tail[i], tail[j]] = [tail[j]!, tail[i]!];
  }
  const terms = [...head, ...tail];
  const geneList = terms.filter((t) => genes.has(t));
  const cdfTerms = cumulative(terms.length, 1.0);
  const cdfGenes = cumulative(geneList.length, 1.0);
  cached = {
    terms,
    genes: geneList,
    draw: (r, from = 'terms') => (from === 'genes' ? geneList[drawFrom(cdfGenes, r())]! : terms[drawFrom(cdfTerms, r())]!),
  };
  return cached;
}
