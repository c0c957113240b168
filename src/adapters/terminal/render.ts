import type { Answer } from '../../core/types.js';

/** Answer -> plain text for a terminal or the CLI: summary, numbered sources, caveats, suggestions. */
export function renderText(answer: Answer): string {
  const out: string[] = [];
  for (const notice of answer.notices) out.push(`(${notice})`);
  out.push(answer.summary);
  if (answer.citations.length > 0) {
    out.push('', 'Sources:');
    for (const c of answer.citations) {
      const link = c.source.url ? ` ${c.source.url}` : '';
      out.push(`  [${c.n}] ${c.source.title}, ${c.source.locator}${link} (${c.evidence}; claim ${c.claimId}; paper: ${c.paperTitle})`);
    }
  }
  if (answer.caveats.length > 0) {
    out.push('', 'Caveats:');
    for (const caveat of answer.caveats) out.push(`  - ${caveat}`);
  }
  if (answer.suggestions.length > 0) {
    out.push('', 'Try:');
    for (const s of answer.suggestions) out.push(`  - ${s}`);
  }
  return out.join('\n');
}
