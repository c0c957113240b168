import type { Frame } from './analyse.js';
import type { Hit } from './retrieve.js';
import { tokenize } from './text.js';
import type { Claim } from './types.js';

// "Who is Moon Jae-in?": a run of capitalised words after the sentence's first.
const NAME_RUN = /(?<=\S\s+)(?:[A-Z][\w'-]*\s+)+[A-Z][\w'-]*/g;

/**
 * A question about something else that only the paper's record seems to cover: "who is Moon
 * Jae-in?" meets two authors' names, "the best way to learn Korean?" the country of a feature the
 * paper was chosen for. The record (authors, affiliations, a feature) holds names and places a
 * question may share by chance; when every claim found is a record line and the question is not
 * about the publication, what it asks must be there too: a name as one name, not parts of two,
 * and no word the claims lack. Returns what is not covered, or undefined.
 */
export function onlyInRecord(question: string, frame: Frame, hits: Hit[], claims: Claim[], minCoverage: number): string | undefined {
  if (frame.bibliographic || frame.whichPaper || hits.length === 0) return undefined;
  const found = hits.filter((h) => h.coverage >= minCoverage);
  if (found.length === 0 || !found.every((h) => claims[h.doc]!.derived)) return undefined;
  const missing = frame.concepts.filter((c) => c.main && !c.generic && !c.covered);
  if (missing.length > 0) return missing.map((c) => `"${c.surface}"`).join(', ');
  const top = tokenize(claims[found[0]!.doc]!.text);
  for (const run of question.match(NAME_RUN) ?? []) {
    const parts = tokenize(run);
    if (!parts.every((p) => top.includes(p))) continue;
    // Parts of one name stand together, in either order ("Moon Kyung-Sub", "Kyung-Sub Moon").
    const together = top.some((_, start) => parts.every((p) => top.slice(start, start + parts.length + 1).includes(p)));
    if (!together) return `"${run}"`;
  }
  return undefined;
}
