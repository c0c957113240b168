import { withMarker } from '../citations.js';
import { MESSAGES } from '../messages.js';
import type { Claim, Library } from '../types.js';
import { AnswerWriter, declined, type Draft } from '../writer.js';

/** Full provenance of one claim: its text, every source with locator and link, its caveat and what it conflicts with. */
export function sourceDraft(library: Library, claimId: string): Draft {
  const claim = library.claimById.get(claimId.trim());
  if (!claim) return declined('not-found', MESSAGES.noSuchClaim(claimId));
  const writer = new AnswerWriter(library);
  const sentences = [withMarker(claim.text, writer.cite([claim]))];
  const caveats: string[] = [];
  const others = claim.conflictsWith.map((id) => library.claimById.get(id)).filter((c): c is Claim => c !== undefined);
  for (const other of others) sentences.push(withMarker(`Compare: ${other.text}`, writer.cite([other])));
  if (claim.note) {
    caveats.push(claim.note);
    sentences.push(withMarker(claim.note, [...new Set(writer.list.citations.map((c) => c.n))].map((n) => `[${n}]`).join('')));
  }
  return {
    answered: true,
    reason: 'command',
    summary: sentences.join(' '),
    citations: writer.list.citations,
    disputed: others.length > 0,
    suggestions: [],
    caveats,
    notices: [MESSAGES.claimDetail(claim.id, claim.evidence)],
  };
}
