import type { ClaimData, PaperData } from './schema.js';

/**
 * Text left for someone to fill in ("(authors to be added)", "TODO", "[insert journal]"): fine in
 * a draft, never in a published paper, where the bot would serve it as a fact.
 */
const PLACEHOLDER = [
  /\bto be (?:added|confirmed|completed|written|filled(?: in)?|determined|announced)\b/i,
  /\b(?:TBD|TBC|TODO|FIXME|XXX+)\b/,
  /\blorem ipsum\b/i,
  /\[(?:insert|add|fill in|enter|your)\b[^\]]*\]/i,
  /<(?:insert|add|fill in|enter|your)\b[^>]*>/i,
  /^(?:\.\.\.|…|\?+|-+|n\/a|unknown|none|placeholder)$/i,
];

export const isPlaceholder = (text: string): boolean => PLACEHOLDER.some((p) => p.test(text.trim()));

/** Every string in a JSON value, with its path ("authors[0]", "journal.name"). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

export function placeholderProblems(paper: PaperData, paperName: string, claims: ClaimData[], claimsName: string): string[] {
  const problems: string[] = [];
  for (const [path, text] of strings(paper, '')) {
    if (path === 'licence.text' || path.endsWith('.url') || path === 'url') continue;
    if (isPlaceholder(text)) problems.push(`${paperName} field ${path}: "${text}" is a placeholder; give the real value or leave the field out`);
  }
  for (const claim of claims) {
    if (isPlaceholder(claim.text)) problems.push(`${claimsName}: claim "${claim.id}" field text: "${claim.text}" is a placeholder`);
  }
  return problems;
}
