import { MESSAGES } from './messages.js';
import type { QueryConcept } from './retrieve.js';
import { EVERYDAY_RANK, FILLER_RANK } from './words.js';

export type Coverage =
  | { answer: true; partialNotice?: string }
  | { answer: false; message: string; keepNotices: boolean };

/**
 * Whether the claims cover what a question asks. Only the clause that asks counts against it (an
 * aside such as "need it for my slides" does not). A question is declined when nothing specific in
 * it is covered; when the first thing it asks about is a word the claims never use ("does
 * pembrolizumab work for brain mets?", "the weather in Hwasun"); when an uncommon word the claims
 * never use weighs as much as what is covered; when most of its words are missing; or when all
 * that matched were guesses at misspellings. Everyday fillers ("really", "week") never count.
 */
export function judgeCoverage(concepts: QueryConcept[]): Coverage {
  const anySpecific = concepts.filter((c) => !c.generic);
  // What the asking clause names decides; a preamble's words neither rescue nor sink it.
  const specific = anySpecific.some((c) => c.main) ? anySpecific.filter((c) => c.main) : anySpecific;
  const covered = specific.filter((c) => c.covered);
  const uncovered = specific.filter((c) => !c.covered && c.main && c.rank >= FILLER_RANK);
  const missingSubjects = uncovered.filter((c) => c.rank >= EVERYDAY_RANK);
  const subject = specific.find((c) => c.main && (c.covered || c.rank >= FILLER_RANK));
  const subjectMissing = subject !== undefined && !subject.covered;
  const named = (subjectMissing ? [subject!] : missingSubjects.length > 0 ? missingSubjects : uncovered).map((c) => `"${c.surface}"`).join(', ');
  const onlyGuessed = covered.length > 0 && covered.every((c) => c.correctedTo) && uncovered.length > 0;
  const decline =
    (specific.length > 0 && covered.length === 0) ||
    subjectMissing ||
    (missingSubjects.length > 0 && missingSubjects.length >= covered.length) ||
    (uncovered.length > 0 && uncovered.length >= 2 * covered.length) ||
    onlyGuessed;
  if (decline) {
    const also = covered.length > 0 && !onlyGuessed ? MESSAGES.alsoCovered(covered.map((c) => c.label).join(', ')) : '';
    return { answer: false, message: named ? `${MESSAGES.notCoveredNamed(named)}${also}` : MESSAGES.notCovered, keepNotices: !onlyGuessed };
  }
  return missingSubjects.length > 0 ? { answer: true, partialNotice: MESSAGES.partial(missingSubjects.map((c) => `"${c.surface}"`).join(', ')) } : { answer: true };
}
