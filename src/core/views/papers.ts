import { withMarker } from '../citations.js';
import type { Library } from '../types.js';
import { AnswerWriter, type Draft } from '../writer.js';

/** The library's papers, one line each, marking the channel's. */
export function papersDraft(library: Library, currentId?: string): Draft {
  const writer = new AnswerWriter(library);
  const lines = library.papers.map((p) => {
    const titleClaim = library.claimById.get(`${p.data.id}:title`);
    const marker = titleClaim ? writer.cite([titleClaim]) : '';
    const where = [p.data.journal?.name, p.data.date?.text].filter(Boolean).join(', ');
    const flags = [p.data.id === currentId ? 'this channel' : '', p.data.status === 'draft' ? `draft, ${p.drafts} claims to curate` : ''].filter(Boolean);
    return withMarker(`${p.data.id}: ${p.data.shortTitle}${where ? ` (${where})` : ''}${flags.length ? ` [${flags.join('; ')}]` : ''}`, marker);
  });
  return { answered: true, reason: 'command', summary: lines.join('\n'), citations: writer.list.citations, disputed: false, suggestions: [], caveats: [] };
}
