import type { ClaimData, PaperData } from './schema.js';

type DerivedClaim = Omit<ClaimData, 'conflictsWith' | 'topics'> & { conflictsWith: string[]; topics: string[] };

/**
 * Questions about the paper itself (authors, journal, DOI...) are answered from paper.json.
 * Turning its fields into claims lets the same search, citation and rendering path serve them.
 */
export function deriveBibliographicClaims(paper: PaperData): DerivedClaim[] {
  const paperCite = [{ source: paperSourceId(paper), locator: 'bibliographic record' }];
  const claims: DerivedClaim[] = [];
  const add = (key: string, text: string, sources: DerivedClaim['sources'], tags: string[], note?: string) =>
    claims.push({ id: `${paper.id}:${key}`, text, sources, evidence: 'bibliographic', tags, topics: [], conflictsWith: [], draft: false, ...(note ? { note } : {}) });

  add('title', `The paper is titled "${paper.title}".`, paperCite, ['title', 'called', 'name of the paper']);
  add(
    'authors',
    `The paper lists ${paper.authors.length} authors, in this order: ${paper.authors.join(', ')}.`,
    paperCite,
    ['authors', 'author list', 'who wrote', 'co-authors', 'how many authors', 'names', 'byline', 'team size'],
  );
  if (paper.firstAuthor) add('first-author', `The first author is ${paper.firstAuthor.name}.`, paper.firstAuthor.cite, ['first-named', 'shared first authorship']);
  if (paper.teamLeads.length > 0) {
    const leads = paper.teamLeads.map((l) => (l.department ? `${l.name} of the ${l.department}` : l.name));
    const places = [...new Set(paper.teamLeads.map((l) => l.affiliation))];
    add(
      'team-leads',
      `The research team was led by ${leads.join(' and ')}, at ${places.join('; ')}.`,
      paper.teamLeadsCite,
      ['led', 'lead', 'leader', 'team', 'principal investigator', 'PI', 'professor', 'senior author', 'last author', 'corresponding author', 'hospital', 'institution', 'institute', 'university', 'department', 'affiliation', 'country', 'city', 'based', 'lab', 'group'],
      paper.correspondingAuthors ? undefined : 'Which authors are corresponding authors is not confirmed in the stored records.',
    );
  }
  if (paper.journal) {
    const publisher = paper.journal.publisher ? ` (${paper.journal.publisher})` : '';
    add('journal', `The paper appeared in the journal ${paper.journal.name}${publisher}.`, paper.journal.cite, ['journal', 'publisher', 'venue', 'appeared in']);
  }
  if (paper.date) {
    add(
      'date',
      `It was published in ${paper.date.text}${paper.journal ? ` of ${paper.journal.name}` : ''}.`,
      paper.date.cite,
      ['date', 'published', 'year', 'month', 'issue', 'volume', 'came out', 'publication date'],
      paper.volume ? undefined : 'Volume and article number are not confirmed in the stored records.',
    );
  }
  if (paper.doi) {
    add('doi', `The paper's DOI is ${paper.doi}${paper.url ? `, linked at ${paper.url}` : ''}.`, paperCite, ['DOI', 'link', 'url', 'read', 'full text', 'find the paper']);
  }
  if (paper.impactFactor) {
    add(
      'impact-factor',
      `The journal's impact factor is ${paper.impactFactor.value}, as reported by ${paper.impactFactor.reportedBy}.`,
      paper.impactFactor.cite,
      ['impact factor', 'ranking', 'prestige'],
    );
  }
  if (paper.recognition) {
    add('recognition', paper.recognition.text, paper.recognition.cite, ['feature', 'selected', 'award', 'recognition', 'BRIC', 'POSTECH']);
  }
  return claims;
}

function paperSourceId(paper: PaperData): string {
  return paper.sources.find((s) => s.kind === 'paper')?.id ?? paper.sources[0]!.id;
}
