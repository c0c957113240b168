import { withMarker } from '../citations.js';
import type { Library, Paper } from '../types.js';
import { AnswerWriter, type Draft } from '../writer.js';

/**
 * Prompts for the journal club: every disagreement between sources (both sides cited), every
 * caveat the data records, and the questions the paper leaves open. `undefined` when there are none.
 */
export function discussDraft(library: Library, papers: Paper[]): Draft | undefined {
  const writer = new AnswerWriter(library);
  const lines: string[] = [];
  const seenPairs = new Set<string>();
  for (const paper of papers) {
    const own = paper.claims.filter((c) => !c.derived);
    for (const claim of own) {
      for (const otherId of claim.conflictsWith) {
        const other = library.claimById.get(otherId);
        const pair = [claim.id, otherId].sort().join('|');
        if (!other || seenPairs.has(pair) || !claim.note) continue;
        seenPairs.add(pair);
        lines.push(withMarker(`Disagreement: ${claim.note}`, writer.cite([claim, other])));
      }
    }
    for (const claim of own.filter((c) => c.note && c.conflictsWith.length === 0)) {
      lines.push(withMarker(`Caveat: ${claim.note}`, writer.cite([claim])));
    }
    paper.data.openQuestions.forEach((open, i) => {
      lines.push(withMarker(`Open question: ${open.text}`, writer.list.citeSources(paper.data.id, `${paper.data.id}:open-${i + 1}`, open.text, open.cite, 'bibliographic')));
    });
  }
  if (lines.length === 0) return undefined;
  return { answered: true, reason: 'command', summary: lines.join('\n'), citations: writer.list.citations, disputed: seenPairs.size > 0, suggestions: [], caveats: [] };
}
