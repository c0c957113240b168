import { withMarker } from '../citations.js';
import type { Claim, Library, Paper } from '../types.js';
import { AnswerWriter, type Draft } from '../writer.js';

/** How many prompts of each kind `discuss` shows; `discuss more` shows them all. */
export const DISCUSS_SHORT = 3;

interface Prompt {
  text: string;
  cite: (writer: AnswerWriter) => string;
}

const KINDS = [
  { key: 'disagreements', heading: 'Disagreements between sources', one: 'disagreement', many: 'disagreements' },
  { key: 'caveats', heading: 'Caveats', one: 'caveat', many: 'caveats' },
  { key: 'open', heading: 'Open questions', one: 'open question', many: 'open questions' },
] as const;

/**
 * Prompts for the journal club, grouped by kind: every disagreement between sources (both sides
 * cited), every caveat the data records, and the questions the paper leaves open. The short form
 * shows a few of each and says how many more `discuss more` lists. `undefined` when there are none.
 */
export function discussDraft(library: Library, papers: Paper[], more = false): Draft | undefined {
  const prompts: Record<(typeof KINDS)[number]['key'], Prompt[]> = { disagreements: [], caveats: [], open: [] };
  const seenPairs = new Set<string>();
  for (const paper of papers) {
    const own = paper.claims.filter((c) => !c.derived);
    for (const claim of own) {
      for (const otherId of claim.conflictsWith) {
        const other = library.claimById.get(otherId);
        const pair = [claim.id, otherId].sort().join('|');
        if (!other || seenPairs.has(pair) || !claim.note) continue;
        seenPairs.add(pair);
        prompts.disagreements.push({ text: claim.note, cite: (w) => w.cite([claim, other as Claim]) });
      }
    }
    for (const claim of own.filter((c) => c.note && c.conflictsWith.length === 0)) {
      prompts.caveats.push({ text: claim.note!, cite: (w) => w.cite([claim]) });
    }
    paper.data.openQuestions.forEach((open, i) => {
      prompts.open.push({ text: open.text, cite: (w) => w.list.citeSources(paper.data.id, `${paper.data.id}:open-${i + 1}`, open.text, open.cite, 'bibliographic') });
    });
  }
  const total = KINDS.reduce((n, k) => n + prompts[k.key].length, 0);
  if (total === 0) return undefined;
  // Only the prompts shown are cited, so the numbers stay 1..n for what the reader sees.
  const writer = new AnswerWriter(library);
  const lines: string[] = [];
  const hidden: string[] = [];
  for (const kind of KINDS) {
    const all = prompts[kind.key];
    if (all.length === 0) continue;
    const shown = more ? all : all.slice(0, DISCUSS_SHORT);
    lines.push(`${kind.heading} (${all.length}):`);
    for (const prompt of shown) lines.push(`- ${withMarker(prompt.text, prompt.cite(writer))}`);
    const rest = all.length - shown.length;
    if (rest > 0) hidden.push(`${rest} more ${rest === 1 ? kind.one : kind.many}`);
  }
  if (hidden.length > 0) lines.push(`(${hidden.join(', ')}: type "discuss more" for every prompt.)`);
  return { answered: true, reason: 'command', summary: lines.join('\n'), citations: writer.list.citations, disputed: seenPairs.size > 0, suggestions: [], caveats: [] };
}
