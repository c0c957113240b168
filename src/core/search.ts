import Fuse from 'fuse.js';
import { buildAliasTable, matchAliases, type AliasTable } from './aliases.js';
import { Bm25Index, type Postings, type TermWeights } from './bm25.js';
import { isStopWord, stem, tokenize } from './text.js';
import { EVERYDAY_RANK, GENERIC_WORDS, wordRank } from './words.js';
import type { GlossaryEntry } from './types.js';

/** The one module that imports fuse.js: it corrects misspelt query words against the library's vocabulary. */

export interface SearchDocument {
  /** weighted text fields, e.g. [[claim text, 1], [tags, 1], [note, 0.3]] */
  fields: Array<[string, number]>;
}

export interface QueryConcept {
  key: string;
  /** the words of the question this concept stands for */
  surface: string;
  /** how to name it back to the user: the glossary's term, or the word as typed */
  label: string;
  /** index terms that satisfy it, with how much a match counts */
  alternatives: Array<{ term: string; weight: number }>;
  generic: boolean;
  /** frequency rank in spoken English (Infinity for glossary terms and rare words) */
  rank: number;
  covered: boolean;
  /** the vocabulary word a misspelling was corrected to */
  correctedTo?: string;
}

export interface Hit {
  doc: number;
  score: number;
  /** share of the question's distinctive weight this document matches, 0..1 */
  coverage: number;
}

const MIN_FUZZY_LENGTH = 5;
const FUSE_THRESHOLD = 0.4;
const MAX_CONCEPTS = 24;
const RELATED_WEIGHT = 0.6;
const FUZZY_CACHE_SIZE = 5000;
const SHORTLIST_SIZE = 40;
// A term in more than this share of documents (and more than SELECTIVE_MIN_DF) is looked up, not walked.
const SELECTIVE_SHARE = 0.02;
const SELECTIVE_MIN_DF = 200;
const WALKED_WEIGHT_SHARE = 0.6;

/**
 * Typo correction against the vocabulary. Shared letter pairs shortlist a few dozen words of
 * similar length (a single typo leaves most pairs intact), Fuse ranks the shortlist, and the edit
 * distance has the last word. A query word costs a shortlist, not a scan of the vocabulary.
 */
class FuzzyVocabulary {
  private readonly words: string[] = [];
  private readonly byBigram = new Map<string, number[]>();
  private readonly cache = new Map<string, string | null>();
  private counts = new Uint16Array(0);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < MIN_FUZZY_LENGTH - 1 || w.length > 34) continue;
      const id = this.words.push(w) - 1;
      for (const bg of new Set(bigrams(w))) {
        const list = this.byBigram.get(bg);
        if (list) list.push(id);
        else this.byBigram.set(bg, [id]);
      }
    }
    this.counts = new Uint16Array(this.words.length);
  }

  correct(word: string): string | undefined {
    if (word.length < MIN_FUZZY_LENGTH || word.length > 32) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.search(word);
    if (this.cache.size >= FUZZY_CACHE_SIZE) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private search(word: string): string | undefined {
    const { counts, words } = this;
    const grams = [...new Set(bigrams(word))];
    const touched: number[] = [];
    for (const bg of grams) {
      for (const id of this.byBigram.get(bg) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id]! += 1;
      }
    }
    const allowed = allowedEdits(word.length);
    // An edit changes at most two letter pairs, a transposition three.
    const needed = grams.length - 3 * allowed;
    const shortlist = touched
      .filter((id) => counts[id]! >= needed && Math.abs(words[id]!.length - word.length) <= allowed)
      .sort((a, b) => counts[b]! - counts[a]!)
      .slice(0, SHORTLIST_SIZE)
      .map((id) => words[id]!);
    for (const id of touched) counts[id] = 0;
    if (shortlist.length === 0) return undefined;

    let best: { word: string; distance: number } | undefined;
    const fuse = new Fuse(shortlist, { includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD, isCaseSensitive: true });
    for (const r of fuse.search(word, { limit: 5 })) {
      // Fuse happily matches inside longer words; the edit distance decides, so "channel" does not
      // become "changed" while "CX3LC1" still becomes "CX3CL1".
      const distance = editDistance(word, r.item);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: r.item, distance };
    }
    return best?.word;
  }
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions, the commonest typo. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** Short words tolerate one slip, long words two; below five letters a "typo" is as likely another word. */
function allowedEdits(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : length < 9 ? 1 : 2;
}

function bigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}

function* mapLazily<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

export class Searcher {
  private readonly aliases: AliasTable;
  private readonly index: Bm25Index;
  private readonly surface = new Set<string>();
  private readonly fuzzy: FuzzyVocabulary;
  private readonly scores: Float64Array;
  private readonly matchedWeight: Float64Array;
  private readonly conceptBest: Float64Array;
  private readonly conceptStamp: Int32Array;
  private stamp = 0;

  constructor(documents: Iterable<SearchDocument>, glossaries: GlossaryEntry[][]) {
    this.aliases = buildAliasTable(glossaries);
    this.index = new Bm25Index(mapLazily(documents, (d) => this.documentTerms(d)));
    this.fuzzy = new FuzzyVocabulary(new Set([...this.surface, ...this.aliases.tokens]));
    wordRank('warm-up'); // load the word list at start-up, not during the first question
    const n = this.index.size;
    this.scores = new Float64Array(n);
    this.matchedWeight = new Float64Array(n);
    this.conceptBest = new Float64Array(n);
    this.conceptStamp = new Int32Array(n);
  }

  private documentTerms(doc: SearchDocument): TermWeights {
    const terms: TermWeights = new Map();
    const add = (term: string, w: number) => terms.set(term, (terms.get(term) ?? 0) + w);
    for (const [text, weight] of doc.fields) {
      const tokens = tokenize(text);
      const stems = tokens.map(stem);
      tokens.forEach((t, i) => {
        if (isStopWord(t)) return;
        this.surface.add(t);
        add(stems[i]!, weight);
      });
      for (const m of matchAliases(stems, this.aliases)) add(m.key, weight);
    }
    return terms;
  }

  private isKnownWord(token: string): boolean {
    return (
      isStopWord(token) ||
      GENERIC_WORDS.has(token) ||
      this.surface.has(token) ||
      this.aliases.tokens.has(token) ||
      this.index.has(stem(token))
    );
  }

  /** Question -> concepts: typos corrected, alias phrases folded into one concept, stop words dropped. */
  analyze(question: string): QueryConcept[] {
    const tokens = tokenize(question);
    const corrections = new Map<number, string>();
    const words = tokens.map((t, i) => {
      // Everyday words are real words, not typos: "paris" must not become "pairs".
      if (this.isKnownWord(t) || wordRank(t) < EVERYDAY_RANK) return t;
      const fixed = this.fuzzy.correct(t);
      if (fixed) corrections.set(i, fixed);
      return fixed ?? t;
    });
    const stems = words.map(stem);
    const aliasAt = new Map(matchAliases(stems, this.aliases).map((m) => [m.start, m]));
    const concepts = new Map<string, QueryConcept>();
    for (let i = 0; i < words.length; ) {
      const alias = aliasAt.get(i);
      if (alias) {
        const related = this.aliases.related.get(alias.key) ?? [];
        const surface = tokens.slice(i, i + alias.length).join(' ');
        if (!concepts.has(alias.key)) {
          concepts.set(alias.key, {
            key: alias.key,
            surface,
            label: this.aliases.names.get(alias.key) ?? surface,
            alternatives: [{ term: alias.key, weight: 1 }, ...related.map((term) => ({ term, weight: RELATED_WEIGHT }))],
            generic: false,
            rank: Infinity,
            covered: false,
            ...(corrections.has(i) ? { correctedTo: this.aliases.names.get(alias.key) ?? words[i]! } : {}),
          });
        }
        i += alias.length;
        continue;
      }
      const word = words[i]!;
      if (!isStopWord(word) && !concepts.has(stems[i]!)) {
        concepts.set(stems[i]!, {
          key: stems[i]!,
          surface: tokens[i]!,
          label: tokens[i]!,
          alternatives: [{ term: stems[i]!, weight: 1 }],
          generic: GENERIC_WORDS.has(word) || word.length < 2,
          rank: Math.min(wordRank(word), wordRank(tokens[i]!)),
          covered: false,
          ...(corrections.has(i) ? { correctedTo: word } : {}),
        });
      }
      i += 1;
    }
    const list = [...concepts.values()].slice(0, MAX_CONCEPTS);
    for (const c of list) c.covered = c.alternatives.some((a) => this.index.has(a.term));
    return list;
  }

  /**
   * Ranks documents by BM25 over the concepts, weighted by how much of the question each one covers.
   * Rare concepts walk their postings; common ones are only looked up (binary search) in the
   * documents the rare ones found, so a question costs in proportion to its distinctive terms.
   */
  search(concepts: QueryConcept[], limit = 20, accept: (doc: number) => boolean = () => true): Hit[] {
    const { scores, matchedWeight, conceptBest, conceptStamp, index } = this;
    const boosts = concepts.map((c) => (c.key.startsWith('@') ? 2 : c.generic ? 0.5 : 1));
    const plans = concepts
      .map((c, i) => {
        const alternatives = c.alternatives
          .map((a) => ({ postings: index.postingsOf(a.term), weight: a.weight }))
          .filter((a): a is { postings: Postings; weight: number } => a.postings !== undefined);
        const weight = c.covered ? Math.max(0, ...alternatives.map((a) => a.postings.idf * a.weight)) * boosts[i]! : 0;
        const df = alternatives.reduce((n, a) => n + a.postings.docs.length, 0);
        return { alternatives, weight, boost: boosts[i]!, df };
      })
      .filter((p) => p.alternatives.length > 0)
      .sort((a, b) => a.df - b.df);
    if (plans.length === 0) return [];
    const totalWeight = plans.reduce((n, p) => n + p.weight, 0);
    // Walk the rarest concepts until they carry most of the question's weight: a document holding
    // none of them has coverage below 1 - WALKED_WEIGHT_SHARE and so a small fraction of any score.
    const common = Math.max(SELECTIVE_MIN_DF, index.size * SELECTIVE_SHARE);
    let walkedWeight = 0;
    let split = plans.length;
    for (let i = 0; i < plans.length; i++) {
      if (i > 0 && plans[i]!.df > common && walkedWeight >= totalWeight * WALKED_WEIGHT_SHARE) {
        split = i;
        break;
      }
      walkedWeight += plans[i]!.weight;
    }
    const walked = plans.slice(0, split);
    const lookedUp = plans.slice(split);

    const touched: number[] = [];
    const queryStamp = ++this.stamp;
    for (const plan of walked) {
      const stampValue = ++this.stamp;
      const docsThisConcept: number[] = [];
      for (const { postings, weight } of plan.alternatives) {
        const docs = postings.docs;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const v = index.score(postings, i) * weight;
          const seen = conceptStamp[doc]!;
          if (seen === stampValue) {
            if (v > conceptBest[doc]!) conceptBest[doc] = v;
            continue;
          }
          if (seen < queryStamp) {
            scores[doc] = 0;
            matchedWeight[doc] = 0;
            touched.push(doc);
          }
          conceptStamp[doc] = stampValue;
          conceptBest[doc] = v;
          docsThisConcept.push(doc);
        }
      }
      for (const doc of docsThisConcept) {
        scores[doc]! += conceptBest[doc]! * plan.boost;
        matchedWeight[doc]! += plan.weight;
      }
    }
    for (const plan of lookedUp) {
      for (const doc of touched) {
        let best = 0;
        for (const { postings, weight } of plan.alternatives) best = Math.max(best, index.scoreIn(postings, doc) * weight);
        if (best > 0) {
          scores[doc]! += best * plan.boost;
          matchedWeight[doc]! += plan.weight;
        }
      }
    }

    // Keep the best `limit` in a small sorted array instead of sorting every touched document.
    const top: Hit[] = [];
    for (const doc of touched) {
      if (!accept(doc)) continue;
      const coverage = totalWeight > 0 ? matchedWeight[doc]! / totalWeight : 0;
      const score = scores[doc]! * coverage * coverage;
      if (top.length === limit && score <= top[top.length - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.doc > doc))) at--;
      top.splice(at, 0, { doc, score, coverage });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
