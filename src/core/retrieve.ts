import { buildAliasTable, matchAliases, type AliasTable } from './aliases.js';
import { Bm25Builder, Bm25Index, seek, type Postings, type TermWeights } from './bm25.js';
import { isStopWord, stem, tokenize } from './text.js';
import { FuzzyVocabulary } from './typos.js';
import type { GlossaryEntry } from './types.js';

/** The retrieval stage: an inverted index over the claims, and the ranking of claims for a question's concepts. */

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
  /** reached through the lay lexicon rather than the claims' own words */
  lay?: boolean;
  /** in the clause that asks the question, rather than in a preamble or an aside ("need it for my slides") */
  main: boolean;
  /** typed with a capital letter in mid-sentence: a name ("Seoul", "Alzheimer") */
  proper?: boolean;
}

export interface Hit {
  doc: number;
  score: number;
  /** share of the question's distinctive weight this document matches, 0..1 */
  coverage: number;
}

// A term in more than this share of documents (and more than SELECTIVE_MIN_DF) is looked up, not walked.
const SELECTIVE_SHARE = 0.02;
const SELECTIVE_MIN_DF = 200;
const WALKED_WEIGHT_SHARE = 0.6;
const LOOSE_SHARE = 0.05;

function* mapLazily<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

/**
 * The claims' index: BM25 postings, the words the claims use (for typo correction and coverage),
 * and the glossary's alias table. Documents are numbered in the order given.
 */
export class ClaimIndex {
  readonly aliases: AliasTable;
  private readonly index: Bm25Index;
  private readonly surface = new Set<string>();
  readonly fuzzy: FuzzyVocabulary;
  /**
   * per document, the score found so far and the question's weight it matched, side by side (at 2d
   * and 2d + 1) so that a posting costs one memory fetch, not two, in a library of a million claims
   */
  private readonly found: Float64Array;
  private readonly conceptBest: Float64Array;
  private readonly conceptStamp: Int32Array;
  /** the documents a search found, in the order found; and those one concept found */
  private readonly touched: Int32Array;
  private readonly conceptDocs: Int32Array;
  private stamp = 0;

  /**
   * Builds the index while pausing now and then (`pause` resolves once other work has had its turn),
   * so a library rebuilt while the bot answers never holds the event loop for long: reading each
   * document's terms is nearly all of the cost.
   */
  static async build(documents: Iterable<SearchDocument>, glossaries: GlossaryEntry[][], pause: () => Promise<void>, sliceMs = 4): Promise<ClaimIndex> {
    const aliases = buildAliasTable(glossaries);
    const surface = new Set<string>();
    const builder = new Bm25Builder();
    let since = performance.now();
    for (const doc of documents) {
      builder.add(documentTerms(doc, aliases, surface));
      if (performance.now() - since > sliceMs) {
        await pause();
        since = performance.now();
      }
    }
    return new ClaimIndex([], glossaries, { aliases, surface, builder });
  }

  constructor(documents: Iterable<SearchDocument>, glossaries: GlossaryEntry[][], prepared?: { aliases: AliasTable; surface: Set<string>; builder: Bm25Builder }) {
    this.aliases = prepared?.aliases ?? buildAliasTable(glossaries);
    if (prepared) for (const t of prepared.surface) this.surface.add(t);
    this.index = prepared ? prepared.builder.finish() : new Bm25Index(mapLazily(documents, (d) => documentTerms(d, this.aliases, this.surface)));
    this.fuzzy = new FuzzyVocabulary(new Set([...this.surface, ...this.aliases.tokens]));
    const n = this.index.size;
    this.found = new Float64Array(2 * n);
    this.conceptBest = new Float64Array(n);
    this.conceptStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.conceptDocs = new Int32Array(n);
  }

  get size(): number {
    return this.index.size;
  }


  /** The index terms a text holds (stems and glossary concepts), as the index would see it. */
  termsOf(text: string): Set<string> {
    const tokens = tokenize(text);
    const stems = tokens.map(stem);
    return new Set([...stems.filter((_, i) => !isStopWord(tokens[i]!)), ...matchAliases(stems, this.aliases).map((m) => m.key)]);
  }

  /** A word some claim uses as written (not only its stem). */
  usesWord(token: string): boolean {
    return this.surface.has(token);
  }

  /** An index term (a stem or a glossary concept key) some claim holds. */
  has(term: string): boolean {
    return this.index.has(term);
  }

  /** How many claims hold the term. */
  df(term: string): number {
    return this.index.df(term);
  }

  /** The documents holding the term, in ascending order (empty when none). */
  docsWith(term: string): Int32Array {
    return this.index.postingsOf(term)?.docs ?? new Int32Array(0);
  }

  /**
   * Ranks documents by BM25 over the concepts, weighted by how much of the question each one covers.
   * Rare concepts walk their postings; common ones are only looked up (binary search) in the
   * documents the rare ones found, so a question costs in proportion to its distinctive terms.
   * `boost` scales a document's score (e.g. to favour the evidence a question asks about);
   * `maxBoost` is the most it ever returns, which lets the search skip documents that cannot reach
   * the top (without it, every found document is scored in full).
   *
   * Top-k stops early (MaxScore): each looked-up concept has an upper bound (its best posting's
   * BM25), so a document's best possible score is known from the walked concepts alone; documents
   * whose bound cannot beat the current k-th score are neither looked up nor offered to `accept`
   * and `boost`. A first pass scores the documents with the highest bounds, so the bar is high from
   * the start. The result is the same as scoring every found document.
   */
  search(concepts: QueryConcept[], limit = 20, accept: (doc: number) => boolean = () => true, boost?: (doc: number) => number, maxBoost = Infinity): Hit[] {
    const { found, conceptBest, conceptStamp, index } = this;
    // Glossary terms name what a question is about; generic words and asides ("for my slides") say less.
    const boosts = concepts.map((c) => (c.key.startsWith('@') ? 2 : c.generic ? 0.5 : 1) * (c.main ? 1 : 0.5));
    const plans = concepts
      .map((c, i) => {
        const alternatives = c.alternatives
          .map((a) => ({ postings: index.postingsOf(a.term), weight: a.weight }))
          .filter((a): a is { postings: Postings; weight: number } => a.postings !== undefined)
          // A looser wording (lay or related term) that half the library shares ranks nothing and costs a long walk.
          .filter((a, i, all) => a.weight >= 1 || all.length === 1 || a.postings.docs.length <= Math.max(SELECTIVE_MIN_DF, index.size * LOOSE_SHARE));
        const weight = c.covered ? Math.max(0, ...alternatives.map((a) => a.postings.idf * a.weight)) * boosts[i]! : 0;
        const df = alternatives.reduce((n, a) => n + a.postings.docs.length, 0);
        const bound = Math.max(0, ...alternatives.map((a) => a.postings.max * a.weight)) * boosts[i]!;
        return { alternatives, weight, boost: boosts[i]!, df, bound };
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
    // A concept that can add neither score nor coverage (a word every claim holds) is not looked up at all.
    const lookedUp = plans.slice(split).filter((p) => p.bound > 0 || p.weight > 0);

    const touched = this.touched;
    let count = 0;
    const queryStamp = ++this.stamp;
    // Each posting list walked appends its new documents in ascending order: a run that the looked-up
    // lists can be searched along (each search starting where the last one ended) rather than from the top.
    const runs: number[] = [];
    for (const plan of walked) {
      const stampValue = ++this.stamp;
      if (plan.alternatives.length === 1) {
        runs.push(count);
        // One wording: each document appears once, so its score is added as it is read.
        const { postings, weight } = plan.alternatives[0]!;
        const { docs, impact } = postings;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (conceptStamp[doc]! < queryStamp) {
            found[2 * doc] = 0;
            found[2 * doc + 1] = 0;
            touched[count++] = doc;
          }
          conceptStamp[doc] = stampValue;
          found[2 * doc]! += impact[i]! * weight * plan.boost;
          found[2 * doc + 1]! += plan.weight;
        }
        continue;
      }
      let added = 0;
      for (const { postings, weight } of plan.alternatives) {
        runs.push(count);
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
            found[2 * doc] = 0;
            found[2 * doc + 1] = 0;
            touched[count++] = doc;
          }
          conceptStamp[doc] = stampValue;
          conceptBest[doc] = v;
          this.conceptDocs[added++] = doc;
        }
      }
      for (let j = 0; j < added; j++) {
        const doc = this.conceptDocs[j]!;
        found[2 * doc]! += conceptBest[doc]! * plan.boost;
        found[2 * doc + 1]! += plan.weight;
      }
    }

    // What the looked-up concepts could still add, from the last one back: remaining[i] covers lookedUp[i..].
    const remainingScore = new Float64Array(lookedUp.length + 1);
    const remainingWeight = new Float64Array(lookedUp.length + 1);
    for (let i = lookedUp.length - 1; i >= 0; i--) {
      remainingScore[i] = remainingScore[i + 1]! + lookedUp[i]!.bound;
      remainingWeight[i] = remainingWeight[i + 1]! + lookedUp[i]!.weight;
    }
    const boostBound = boost ? maxBoost : 1;
    // Slightly generous, so rounding never prunes a document that would tie.
    const bestPossible = (score: number, weight: number) => {
      const coverage = totalWeight > 0 ? weight / totalWeight : 0;
      return score * coverage * coverage * boostBound * (1 + 1e-9);
    };

    const top: Hit[] = [];
    let bar = 0;
    let coverageOfLast = 0;
    // Where each looked-up wording's search along the current run has got to.
    const cursors = lookedUp.map((p) => new Int32Array(p.alternatives.length));
    // The full score of one document, or -1 when it cannot beat `bar` or is not accepted. Sums run in
    // the same order as a full scoring, so scores (and ties) are identical. `inRun`: documents come in
    // ascending order since the cursors were last set back, so each lookup goes on from its cursor.
    const scoreOf = (doc: number, inRun: boolean): number => {
      let score = found[2 * doc]!;
      let weight = found[2 * doc + 1]!;
      if (bestPossible(score + remainingScore[0]!, weight + remainingWeight[0]!) < bar) return -1;
      if (!accept(doc)) return -1;
      for (let l = 0; l < lookedUp.length; l++) {
        const plan = lookedUp[l]!;
        let best = 0;
        for (let a = 0; a < plan.alternatives.length; a++) {
          const { postings, weight: w } = plan.alternatives[a]!;
          let v: number;
          if (inRun) {
            const at = seek(postings.docs, doc, cursors[l]![a]!);
            cursors[l]![a] = at;
            v = postings.docs[at] === doc ? postings.impact[at]! : 0;
          } else v = index.scoreIn(postings, doc);
          best = Math.max(best, v * w);
        }
        if (best > 0) {
          score += best * plan.boost;
          weight += plan.weight;
        }
        if (bestPossible(score + remainingScore[l + 1]!, weight + remainingWeight[l + 1]!) < bar) return -1;
      }
      const coverage = totalWeight > 0 ? weight / totalWeight : 0;
      coverageOfLast = coverage;
      return score * coverage * coverage * (boost ? boost(doc) : 1);
    };

    // A first bar: the k-th best full score among the documents with the highest bounds. The k-th best
    // of any accepted documents is at most the final k-th best, so nothing that belongs in the top is skipped.
    if (boostBound < Infinity && count > limit * 4) {
      const seeds = this.highestBounds(count, Math.min(count, limit * 2), remainingScore[0]!, remainingWeight[0]!, bestPossible);
      const seedScores: number[] = [];
      for (const doc of seeds) {
        const s = scoreOf(doc, false);
        if (s >= 0) seedScores.push(s);
      }
      if (seedScores.length >= limit) bar = seedScores.sort((a, b) => b - a)[limit - 1]!;
    }

    // Keep the best `limit` in a small sorted array, in the order documents were found (which decides ties).
    let run = 0;
    for (let t = 0; t < count; t++) {
      if (t === runs[run]) {
        for (const c of cursors) c.fill(0);
        while (runs[run] === t) run++;
      }
      const doc = touched[t]!;
      const score = scoreOf(doc, true);
      if (score < 0) continue;
      if (top.length === limit && score <= top[top.length - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.doc > doc))) at--;
      top.splice(at, 0, { doc, score, coverage: coverageOfLast });
      if (top.length > limit) top.pop();
      if (top.length === limit && boostBound < Infinity) bar = Math.max(bar, top[top.length - 1]!.score);
    }
    return top;
  }

  /** The `n` found documents with the highest bounds on their final score. */
  private highestBounds(count: number, n: number, extraScore: number, extraWeight: number, bestPossible: (score: number, weight: number) => number): number[] {
    const docs: number[] = [];
    const bounds: number[] = [];
    for (let t = 0; t < count; t++) {
      const doc = this.touched[t]!;
      const b = bestPossible(this.found[2 * doc]! + extraScore, this.found[2 * doc + 1]! + extraWeight);
      if (docs.length === n && b <= bounds[n - 1]!) continue;
      let at = docs.length;
      while (at > 0 && bounds[at - 1]! < b) at--;
      docs.splice(at, 0, doc);
      bounds.splice(at, 0, b);
      if (docs.length > n) {
        docs.pop();
        bounds.pop();
      }
    }
    return docs;
  }
}

/** A document's weighted terms: stems of its words and the glossary concepts its words name. Adds its words to `surface`. */
function documentTerms(doc: SearchDocument, aliases: AliasTable, surface: Set<string>): TermWeights {
  const terms: TermWeights = new Map();
  const add = (term: string, w: number) => terms.set(term, (terms.get(term) ?? 0) + w);
  for (const [text, weight] of doc.fields) {
    const tokens = tokenize(text);
    const stems = tokens.map(stem);
    tokens.forEach((t, i) => {
      if (isStopWord(t)) return;
      surface.add(t);
      add(stems[i]!, weight);
    });
    for (const m of matchAliases(stems, aliases)) add(m.key, weight);
  }
  return terms;
}
