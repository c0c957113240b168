import { classifyLicence } from './licence.js';
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
  if (paper.authors.length > 0) {
    add(
      'authors',
      paper.authors.length === 1 ? `The paper has one author, ${paper.authors[0]}.` : `The paper lists ${paper.authors.length} authors, in this order: ${paper.authors.join(', ')}.`,
      paperCite,
      ['authors', 'author list', 'who wrote', 'co-authors', 'how many authors', 'names', 'byline', 'team size', 'last author', 'author order'],
    );
  }
  if (paper.affiliations.length > 0) {
    const places = paper.affiliations.map((a) => `${a.name} (${a.authors.join(', ')})`);
    add('affiliations', `The authors' affiliations are: ${places.join('; ')}.`, paperCite, [
      'affiliation', 'institution', 'university', 'hospital', 'institute', 'where', 'country', 'centre', 'center', 'department', 'based',
    ]);
  }
  if (paper.correspondingAuthors && paper.correspondingAuthors.length > 0) {
    const names = paper.correspondingAuthors;
    add('corresponding', `The corresponding author${names.length > 1 ? 's are' : ' is'} ${names.join(' and ')}.`, paperCite, ['corresponding', 'contact', 'correspondence', 'email']);
  }
  if (paper.firstAuthor) add('first-author', `The first author is ${paper.firstAuthor.name}.`, paper.firstAuthor.cite, ['first-named', 'shared first authorship', 'name first', 'named first', 'listed first']);
  if (paper.teamLeads.length > 0) {
    const leads = paper.teamLeads.map((l) => (l.department ? `${l.name} of the ${l.department}` : l.name));
    const places = [...new Set(paper.teamLeads.map((l) => l.affiliation))];
    add(
      'team-leads',
      `The research team was led by ${leads.join(' and ')}, at ${places.join('; ')}.`,
      paper.teamLeadsCite,
      ['led', 'lead', 'leader', 'team', 'principal investigator', 'PI', 'professor', 'senior author', 'last author', 'corresponding author', 'hospital', 'institution', 'institute', 'university', 'department', 'affiliation', 'country', 'city', 'based', 'lab', 'group', 'carried out', 'location', 'located', 'contact', 'in charge', 'scientists', 'researchers', 'main', 'headed'],
      paper.correspondingAuthors ? undefined : 'Which authors are corresponding authors is not confirmed in the stored records.',
    );
  }
  if (paper.journal) {
    const publisher = paper.journal.publisher ? ` (${paper.journal.publisher})` : '';
    add('journal', `The paper appeared in the journal ${paper.journal.name}${publisher}.`, paper.journal.cite, ['journal', 'publisher', 'venue', 'appeared in']);
  }
  if (paper.date) {
    const where = [
      paper.volume && `volume ${paper.volume}`,
      paper.issue && `issue ${paper.issue}`,
      paper.pages && (/[–-]/.test(paper.pages) ? `pages ${paper.pages}` : `page ${paper.pages}`),
      paper.articleNumber && `article ${paper.articleNumber}`,
    ].filter((part): part is string => Boolean(part) && !paper.date!.text.toLowerCase().includes((part as string).toLowerCase()));
    const details = where.length > 0 ? `, ${where.join(', ')}` : '';
    // "the September 2025 issue" reads after "in"; a bare date reads after the journal.
    const text = /^the\b/i.test(paper.date.text) || !paper.journal
      ? `It was published in ${paper.date.text}${paper.journal ? ` of ${paper.journal.name}` : ''}${details}.`
      : `It was published in ${paper.journal.name} in ${paper.date.text}${details}.`;
    add('date', text, paper.date.cite, ['date', 'published', 'year', 'month', 'issue', 'volume', 'pages', 'came out', 'publication date'],
      paper.volume ? undefined : 'Volume and article number are not confirmed in the stored records.');
  }
  if (paper.doi || paper.pmid || paper.pmcid) {
    const ids = [
      paper.doi && `DOI ${paper.doi}${paper.url ? ` (${paper.url})` : ''}`,
      paper.pmid && `PubMed ID ${paper.pmid}`,
      paper.pmcid && `PubMed Central ID ${paper.pmcid}`,
    ].filter(Boolean);
    const text = paper.doi && ids.length === 1 ? `The paper's DOI is ${paper.doi}${paper.url ? `, linked at ${paper.url}` : ''}.` : `The paper's identifiers: ${ids.join('; ')}.`;
    add('doi', text, paperCite, ['DOI', 'link', 'url', 'read', 'full text', 'find the paper', 'PMID', 'PubMed', 'PMC', 'PMCID', 'identifier', 'code']);
  }
  if (paper.licence) {
    const licence = classifyLicence(paper.licence);
    const link = licence.url ? ` (${licence.url})` : '';
    const named = licence.kind === 'public-domain' ? `is in the public domain${link}` : licence.kind === 'unknown' ? `is published under its own terms${link}` : `is published under ${licence.label}${link}`;
    add('licence', `The paper ${named}: ${licence.allows}.`, paperCite, ['licence', 'license', 'copyright', 'open access', 'reuse', 'quote', 'creative commons', 'rights']);
  }
  if (paper.impactFactor) {
    add(
      'impact-factor',
      `The journal's impact factor is ${paper.impactFactor.value}, as reported by ${paper.impactFactor.reportedBy}.`,
      paper.impactFactor.cite,
      ['impact factor', 'ranking', 'prestige', 'prestigious', 'big-deal', 'high impact', 'respected', 'reputable'],
    );
  }
  if (paper.recognition) {
    add('recognition', paper.recognition.text, paper.recognition.cite, ['feature', 'selected', 'award', 'recognition', 'BRIC', 'POSTECH']);
  }
  return claims;
}

/**
 * "Format it as a citation for me": one line a reference list can take, built from the record's
 * fields alone. Names stay as the record gives them, so no citation style is claimed.
 */
export function referenceLine(paper: PaperData): string | undefined {
  if (!paper.journal || paper.authors.length === 0) return undefined;
  const year = /\b(?:19|20)\d{2}\b/.exec(paper.date?.text ?? '')?.[0];
  const authors = paper.authors.length > 6 ? `${paper.authors.slice(0, 6).join(', ')}, et al` : paper.authors.join(', ');
  const where = [year, paper.volume && `;${paper.volume}`, paper.issue && `(${paper.issue})`, (paper.pages ?? paper.articleNumber) && `:${paper.pages ?? paper.articleNumber}`].filter(Boolean).join('');
  // Semicolons between the parts keep the line one sentence in the answer; a reference manager takes it as it is.
  return `A reference for it: ${[`${authors}`, paper.title.replace(/\.$/, ''), paper.journal.name, where, paper.doi && `doi:${paper.doi}`].filter(Boolean).join('; ')}`;
}

/**
 * "is Kyung-Hwa Lee on the author list? where in the order": each author a question names in full
 * (given name first or family name first), with where they stand on the list.
 */
export function authorPlaces(question: string, authors: string[]): string[] {
  const plain = (text: string) => ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const asked = plain(question);
  return authors.flatMap((name, at) => {
    const parts = plain(name).trim().split(' ');
    const familyFirst = ` ${[parts[parts.length - 1], ...parts.slice(0, -1)].join(' ')} `;
    if (parts.length < 2 || !(asked.includes(plain(name)) || asked.includes(familyFirst))) return [];
    const where = at === 0 ? ' (the first)' : at === authors.length - 1 ? ' (the last)' : '';
    return [`${name} is ${ordinal(at + 1)} of the ${authors.length} authors${where}.`];
  });
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function paperSourceId(paper: PaperData): string {
  return paper.sources.find((s) => s.kind === 'paper')?.id ?? paper.sources[0]!.id;
}
