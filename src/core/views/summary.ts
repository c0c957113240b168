import type { Library, Paper } from '../types.js';
import { AnswerWriter, type Draft } from '../writer.js';

/** The papers' TL;DR claims, cited, with their caveats. */
export function summaryDraft(library: Library, papers: Paper[], reason: 'command' | 'answered' = 'command'): Draft {
  const writer = new AnswerWriter(library);
  for (const paper of papers) {
    for (const id of paper.data.tldr) {
      const claim = library.claimById.get(id);
      if (!claim) continue;
      writer.claim(claim);
      if (claim.note) writer.caveat(claim.note);
    }
  }
  return writer.draft(reason);
}
