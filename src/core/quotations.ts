import type { Licence } from './licence.js';
import type { ClaimData, SourceData } from './schema.js';

/**
 * Licence-aware publishing: a claim may carry the paper's own words only as a marked quotation of
 * a paper whose licence permits reuse, matching the stored passage it cites; a claim written "in our
 * own words" must not copy a stored passage. These checks run on the data, so the engine needs no
 * notion of quoting: the loader puts quotation marks on the text and citations say "quoted from".
 */

/** Compares texts the way a reader would: case, spacing, typographic quotes and dashes ignored. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string) => normalizeForComparison(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A run of this many words shared with the source counts as copying, not restating. */
export const COPY_RUN_WORDS = 12;

export interface QuoteContext {
  licence: Licence;
  sources: Map<string, SourceData>;
  passages: Map<string, Map<string, string>>;
}

/** Problems with one claim's use of the source's words; `where` names the file and the claim. */
export function quotationProblems(claim: ClaimData, context: QuoteContext, where: string): string[] {
  if (claim.draft) return [];
  return claim.quote ? quoteProblems(claim, context, where) : copyProblems(claim, context, where);
}

function quoteProblems(claim: ClaimData, { licence, sources, passages }: QuoteContext, where: string): string[] {
  const problems: string[] = [];
  if (!licence.permitsQuoting) {
    const stated = licence.kind === 'unknown' ? 'paper.json states no licence this bot recognises' : `the paper's licence is ${licence.label}`;
    problems.push(`${where} field quote: ${stated}; ${licence.allows}. Rewrite the claim in your own words and remove "quote"`);
    return problems;
  }
  if (/^["“‘]/.test(claim.text.trim())) problems.push(`${where} field text: leave out the quotation marks; a quotation gets them when shown`);
  claim.sources.forEach((cite, i) => {
    const source = sources.get(cite.source);
    if (!source) return; // reported as an unknown source
    if (source.kind !== 'paper') {
      problems.push(`${where} field sources[${i}].source: only the paper itself can be quoted; "${cite.source}" is a ${source.kind} source (press articles and background papers are restated in our own words)`);
      return;
    }
    const passage = passages.get(cite.source)?.get(cite.locator);
    if (!passages.has(cite.source)) {
      problems.push(`${where} field quote: a quotation is checked against the paper's stored text, and none is stored for "${cite.source}" (passages.json)`);
    } else if (passage === undefined) {
      problems.push(`${where} field sources[${i}].locator: "${cite.locator}" is not a stored passage of "${cite.source}"`);
    } else if (!normalizeForComparison(passage).includes(normalizeForComparison(claim.text))) {
      problems.push(`${where} field text: a quotation must be the paper's words exactly, and this text is not in ${cite.locator}`);
    }
  });
  return problems;
}

function copyProblems(claim: ClaimData, { passages }: QuoteContext, where: string): string[] {
  // Most claims cite sources whose text is not stored: with nothing to compare, their words are not read.
  const compared = new Set(claim.sources.map((c) => c.source).filter((id) => passages.has(id)));
  if (compared.size === 0) return [];
  const claimWords = words(claim.text);
  if (claimWords.length < 6) return [];
  const n = Math.min(COPY_RUN_WORDS, claimWords.length);
  const shingles = [...shinglesOf(claimWords, n)];
  for (const sourceId of compared) {
    const stored = passages.get(sourceId)!;
    for (const [locator, passageShingles] of passageShinglesOf(stored, n)) {
      const copied = shingles.find((s) => passageShingles.has(s));
      if (copied) {
        return [
          `${where} field text: copies ${sourceId} ${locator} word for word ("${copied}"); claims are written in our own words (a paper whose licence permits it may be quoted instead: "quote": true with the exact text)`,
        ];
      }
    }
  }
  return [];
}

const shingleCache = new WeakMap<Map<string, string>, Map<number, Array<[string, Set<string>]>>>();

/** A source's passages as word runs, computed once per run length (a paper's claims share them). */
function passageShinglesOf(stored: Map<string, string>, n: number): Array<[string, Set<string>]> {
  let byLength = shingleCache.get(stored);
  if (!byLength) shingleCache.set(stored, (byLength = new Map()));
  let list = byLength.get(n);
  if (!list) byLength.set(n, (list = [...stored].map(([locator, text]) => [locator, shinglesOf(words(text), n)] as [string, Set<string>])));
  return list;
}

/** Every run of n consecutive words. */
function shinglesOf(tokens: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

/** The text users see for a claim: a quotation in quotation marks, anything else as written. */
export function displayText(claim: ClaimData): string {
  return claim.quote ? `“${claim.text.trim()}”` : claim.text;
}
