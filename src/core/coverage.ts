import type { QueryConcept } from './search.js';
import { EVERYDAY_RANK, FILLER_RANK } from './words.js';

export type Coverage =
  | { answer: true; partialNotice?: string }
  | { answer: false; message: string; keepNotices: boolean };

/**
 * Whether the claims cover what a question asks. A question is declined when nothing specific in
 * it is covered, when an uncommon word the claims never use (likely the subject: "alzheimer")
 * weighs as much as what is covered, when most of its words are missing, or when all that
 * matched were guesses at misspellings. Everyday fillers ("really", "week") never count against it.
 */
export function judgeCoverage(concepts: QueryConcept[]): Coverage {
  const specific = concepts.filter((c) => !c.generic);
  const covered = specific.filter((c) => c.covered);
  const uncovered = specific.filter((c) => !c.covered && c.rank >= FILLER_RANK);
  const missingSubjects = uncovered.filter((c) => c.rank >= EVERYDAY_RANK);
  const missing = (missingSubjects.length > 0 ? missingSubjects : uncovered).map((c) => `"${c.surface}"`).join(', ');
  const onlyGuessed = covered.length > 0 && covered.every((c) => c.correctedTo) && uncovered.length > 0;
  const decline =
    (specific.length > 0 && covered.length === 0) ||
    (missingSubjects.length > 0 && missingSubjects.length >= covered.length) ||
    (uncovered.length > 0 && uncovered.length >= 2 * covered.length) ||
    onlyGuessed;
  if (decline) {
    const also = covered.length > 0 && !onlyGuessed ? ` They do cover ${covered.map((c) => c.label).join(', ')}: try one of the suggestions.` : '';
    return { answer: false, message: missing ? `The paper's claims don't cover ${missing}.${also}` : "The paper's claims don't cover that.", keepNotices: !onlyGuessed };
  }
  return missingSubjects.length > 0 ? { answer: true, partialNotice: `The claims say nothing about ${missing}; this answer covers the rest of the question.` } : { answer: true };
}
