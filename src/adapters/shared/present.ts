import type { Answer, Citation } from '../../core/types.js';

/**
 * What every surface shows, worded once. Renderers (terminal, Slack, Discord) only format these
 * sections; they never decide what a heading says or how sources are grouped.
 */
export const LABELS = {
  paper: 'Paper',
  papers: 'Papers',
  sources: 'Sources',
  caveats: 'Caveats',
  disputedCaveats: 'Caveats and disagreements',
  suggestions: 'Try asking',
  passage: 'The passage',
  claim: 'claim',
  claims: 'claims',
  quoted: 'quoted',
} as const;

export interface PresentedClaim {
  id: string;
  text: string;
  evidence: string;
  /** set when the claim quotes the source: the licence that allows it, e.g. "CC BY 4.0" */
  quotedUnder?: string;
}

/** One numbered source location and the claims the answer read there. */
export interface PresentedSource {
  n: number;
  title: string;
  locator: string;
  url: string | null;
  claims: PresentedClaim[];
}

export type Tone = 'answered' | 'disputed' | 'declined';

export interface Presentation {
  question: string;
  tone: Tone;
  /** "Paper: …" line, once per answer, only when the library holds more than one paper */
  paper?: { label: string; text: string };
  notices: string[];
  answer: string;
  sources: PresentedSource[];
  /** `source <n>`: the stored passage, shown as a quotation under its attribution */
  quotation?: { text: string; attribution: string; url: string | null };
  caveats: { heading: string; items: string[] };
  suggestions: { heading: string; items: string[] };
  /** claim ids in the order the answer cites them (feedback buttons, logs) */
  claimIds: string[];
}

/** Groups citations by their number (one per source location), claims in order of first use. */
export function groupSources(citations: readonly Citation[]): PresentedSource[] {
  const byN = new Map<number, PresentedSource>();
  for (const c of citations) {
    const locator = c.quote ? c.quote.locator : c.source.locator;
    let group = byN.get(c.n);
    if (!group) {
      group = { n: c.n, title: c.source.title, locator, url: c.source.url, claims: [] };
      byN.set(c.n, group);
    }
    if (group.claims.some((x) => x.id === c.claimId)) continue;
    group.claims.push({ id: c.claimId, text: c.text, evidence: c.evidence, ...(c.quote ? { quotedUnder: c.quote.licence } : {}) });
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

export function present(answer: Answer): Presentation {
  const tone: Tone = !answer.answered ? 'declined' : answer.disputed || answer.caveats.length > 0 ? 'disputed' : 'answered';
  const library = answer.libraryPapers ?? answer.papers.length;
  const paper =
    library > 1 && answer.papers.length > 0
      ? { label: answer.papers.length === 1 ? LABELS.paper : LABELS.papers, text: answer.papers.map((p) => p.title).join('; ') }
      : undefined;
  return {
    question: answer.question,
    tone,
    ...(paper ? { paper } : {}),
    notices: [...answer.notices],
    answer: answer.summary,
    sources: groupSources(answer.citations),
    ...(answer.quotation
      ? { quotation: { text: answer.quotation.text, attribution: `${LABELS.passage}, quoted from ${answer.quotation.title}, ${answer.quotation.locator} (${answer.quotation.licence})`, url: answer.quotation.url } }
      : {}),
    caveats: { heading: answer.disputed ? LABELS.disputedCaveats : LABELS.caveats, items: [...answer.caveats] },
    suggestions: { heading: LABELS.suggestions, items: [...answer.suggestions] },
    claimIds: [...new Set(answer.citations.map((c) => c.claimId))],
  };
}

/** "in-vitro: il26-jakstat3, cx3cl1-both-pathways; animal: invivo-cisplatin" — the claims under a source, by evidence. */
export function claimsLine(source: PresentedSource): string {
  const byEvidence = new Map<string, string[]>();
  for (const c of source.claims) {
    const id = c.quotedUnder !== undefined ? `${c.id} (${LABELS.quoted}${c.quotedUnder ? `, ${c.quotedUnder}` : ''})` : c.id;
    byEvidence.set(c.evidence, [...(byEvidence.get(c.evidence) ?? []), id]);
  }
  return [...byEvidence].map(([evidence, ids]) => `${evidence}: ${ids.join(', ')}`).join('; ');
}
