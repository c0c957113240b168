import type { Citation, Claim, Library } from './types.js';

/**
 * Numbers citations in the order sentences use them: one number per source location (a paper's
 * abstract, press ¶5, Results ¶3), so two claims read in the same abstract share [1]. Each claim
 * cited there keeps its own entry (the `ask --json` contract lists claims).
 */
export class CitationList {
  readonly citations: Citation[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byLocation = new Map<string, number>();

  constructor(private readonly library: Library) {}

  /** Adds every source of the claim and returns its marker, e.g. "[1][2]". */
  cite(claim: Claim): string {
    const paper = paperOf(this.library, claim.paperId);
    const numbers = claim.sources.map((ref) => {
      const key = `${claim.id}|${ref.source}|${ref.locator}`;
      let n = this.byKey.get(key);
      if (n === undefined) {
        const source = paper?.sources.get(ref.source);
        // A quotation names where it is quoted from and the licence that allows it (its attribution).
        const locator = claim.quote ? `quoted from ${ref.locator}${paper ? ` (${paper.licence.label})` : ''}` : ref.locator;
        const location = `${claim.paperId}|${ref.source}|${ref.locator}`;
        n = this.byLocation.get(location) ?? this.byLocation.size + 1;
        this.byLocation.set(location, n);
        this.byKey.set(key, n);
        this.citations.push({
          n,
          claimId: claim.id,
          paperId: claim.paperId,
          paperTitle: paper?.data.shortTitle ?? claim.paperId,
          text: claim.text,
          evidence: claim.evidence,
          source: { id: ref.source, title: source?.title ?? ref.source, locator, url: source?.url ?? null },
          ...(claim.quote ? { quote: { locator: ref.locator, licence: paper?.licence.label ?? '' } } : {}),
        });
      }
      return n;
    });
    return [...new Set(numbers)].map((n) => `[${n}]`).join('');
  }

  /** Cites sourced text that is not a claim (a glossary definition, an open question) under its own id. */
  citeSources(paperId: string, id: string, text: string, sources: Claim['sources'], evidence: Claim['evidence'] = 'background'): string {
    return this.cite({
      id,
      paperId,
      text,
      sources,
      evidence,
      tags: [],
      topics: [],
      conflictsWith: [],
      draft: false,
      order: 0,
      derived: true,
    });
  }
}

/** Puts the citation marker before the sentence's closing punctuation: "... pathway [1]."; a quotation keeps its marks: "“… pathway” [1]." */
export function withMarker(sentence: string, rawMarker: string): string {
  const trimmed = sentence.trim();
  if (!rawMarker) return trimmed;
  // Claims read at one location share its number: "[1][1][2]" reads as "[1][2]".
  const marker = [...new Set(rawMarker.match(/\[\d+\]/g) ?? [rawMarker])].join('');
  const quoted = /([.!?]?)([”"’]+)$/.exec(trimmed);
  if (quoted) {
    const [all, stop, marks] = quoted;
    const body = stop === '.' ? trimmed.slice(0, -all.length) + marks : trimmed;
    return `${body} ${marker}.`;
  }
  const end = /[.!?]$/.exec(trimmed)?.[0] ?? '.';
  const body = /[.!?]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
  return `${body} ${marker}${end}`;
}

// A library's papers by id, built once per library: a citation must not scan thousands of papers.
const papersById = new WeakMap<Library, Map<string, Library['papers'][number]>>();
function paperOf(library: Library, id: string): Library['papers'][number] | undefined {
  let byId = papersById.get(library);
  if (!byId) papersById.set(library, (byId = new Map(library.papers.map((p) => [p.data.id, p]))));
  return byId.get(id);
}
