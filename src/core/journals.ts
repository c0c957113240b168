import type { Paper } from './types.js';

// Capitalised where a journal is meant ("in Nature", "Nature's impact factor"), or lower-case where only a
// journal can be meant ("the impact factor of nature"); "Cell lines" is not the journal.
const JOURNALS = 'Nature(?: Medicine| Communications| Genetics| Biotechnology)?|Science|Cell|Cancer Cell|The Lancet|Lancet|NEJM|New England Journal of Medicine|JAMA|PNAS|BMJ|PLOS ONE|PLoS ONE|eLife';
const JOURNAL_NAMED = new RegExp(
  `\\b(?:in|of|from|than|like|to|for|about) (${JOURNALS})\\b(?![-'’])|\\b(${JOURNALS})(?:['’]s| (?:paper|papers|journal|article|impact factor))\\b|\\b(?:impact factor of|published in|paper in|article in|study in|papers? from) (${JOURNALS.toLowerCase()})\\b`,
);

/** A well-known journal the question names that none of the library's papers appeared in ("What's Nature's impact factor?"). */
export function otherJournal(question: string, papers: Paper[]): string | undefined {
  const match = JOURNAL_NAMED.exec(question);
  const named = match?.slice(1).find(Boolean);
  if (!match || !named) return undefined;
  // "the BMC/Springer Nature paper": the publisher a paper here names, not another journal.
  const before = question.slice(0, match.index + match[0].indexOf(named)).toLowerCase();
  const publisher = papers.some((p) => {
    const name = p.data.journal?.publisher?.toLowerCase() ?? '';
    return name.includes(named.toLowerCase()) && name.split(/\W+/).some((w) => w.length > 2 && w !== named.toLowerCase() && before.includes(w));
  });
  const held = papers.some((p) => p.data.journal?.name.toLowerCase().startsWith(named.toLowerCase()));
  return held || publisher ? undefined : named;
}
