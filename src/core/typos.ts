import Fuse from 'fuse.js';

/** The one module that imports fuse.js: it corrects misspelt question words against the library's vocabulary. */

const MIN_FUZZY_LENGTH = 5;
const FUSE_THRESHOLD = 0.4;
const FUZZY_CACHE_SIZE = 5000;
const SHORTLIST_SIZE = 40;

/**
 * Typo correction against the vocabulary. Shared letter pairs shortlist a few dozen words of
 * similar length (a single typo leaves most pairs intact), Fuse ranks the shortlist, and the edit
 * distance has the last word. A question word costs a shortlist, not a scan of the vocabulary.
 */
export class FuzzyVocabulary {
  private readonly words: string[] = [];
  private readonly byBigram = new Map<string, number[]>();
  private readonly cache = new Map<string, string | null>();
  private readonly counts: Uint16Array;

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
