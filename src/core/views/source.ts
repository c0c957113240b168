import { withMarker } from '../citations.js';
import { MESSAGES } from '../messages.js';
import type { Citation, Claim, Library, Quotation } from '../types.js';
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
  // The caveat is shown once, with the others under the answer.
  if (claim.note) caveats.push(claim.note);
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

/**
 * `source <n>`: one numbered source location of the last answer. One claim read there: its full
 * provenance. Several: each of them, cited to this location. Either way, the stored passage at the
 * location, shown as a quotation with its locator when the paper's licence allows quoting it.
 */
export function sourceLocationDraft(library: Library, at: Citation[], n: number): Draft {
  const first = at[0]!;
  const paper = library.papers.find((p) => p.data.id === first.paperId);
  const locator = first.quote?.locator ?? first.source.locator;
  const claims = [...new Set(at.map((c) => c.claimId))].map((id) => library.claimById.get(id)).filter((c): c is Claim => c !== undefined);
  let draft: Draft;
  if (claims.length === 1) {
    draft = sourceDraft(library, claims[0]!.id);
  } else {
    const writer = new AnswerWriter(library);
    for (const entry of at) {
      const claim = library.claimById.get(entry.claimId);
      writer.sentence(entry.text, writer.list.citeSources(entry.paperId, entry.claimId, entry.text, [{ source: entry.source.id, locator }], (claim?.evidence ?? entry.evidence) as Claim['evidence']));
    }
    draft = { ...writer.draft('command'), notices: [MESSAGES.locationDetail(n, first.source.title, locator, at.length)] };
  }
  const passage = paper?.passages.get(first.source.id)?.get(locator);
  const caveats = [...draft.caveats];
  let quotation: Quotation | undefined;
  if (passage && paper?.licence.permitsQuoting) {
    quotation = { text: passage, title: first.source.title, locator, licence: paper.licence.label, url: first.source.url };
  } else if (passage) {
    caveats.push(MESSAGES.passageNotQuotable(paper!.licence.label));
  } else {
    caveats.push(MESSAGES.passageNotStored(locator));
  }
  return { ...draft, caveats, ...(quotation ? { quotation } : {}) };
}
