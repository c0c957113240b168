import type { Cite, ClaimData, Evidence, GlossaryEntry, PaperData, SourceData } from './schema.js';

export type { Cite, Evidence, GlossaryEntry, SourceData };

/** A claim as the engine sees it: the data plus the paper it belongs to. */
export interface Claim extends ClaimData {
  paperId: string;
  /** Position in the paper's narrative (claims.json order); summaries follow it rather than raw score. */
  order: number;
  /** Bibliographic claims derived from paper.json rather than written in claims.json. */
  derived: boolean;
}

export interface Paper {
  data: PaperData;
  /** claims users can see: drafts are left out */
  claims: Claim[];
  /** how many draft candidates still wait for a curator */
  drafts: number;
  glossary: GlossaryEntry[];
  sources: Map<string, SourceData>;
}

export interface Library {
  papers: Paper[];
  claimById: Map<string, Claim>;
}

export interface CitationSource {
  id: string;
  title: string;
  locator: string;
  url: string | null;
}

export interface Citation {
  n: number;
  claimId: string;
  paperId: string;
  /** the paper's short title: with a library of papers, every citation names its paper */
  paperTitle: string;
  text: string;
  evidence: string;
  source: CitationSource;
}

/** What every surface receives; adapters only render it. */
export interface Answer {
  question: string;
  answered: boolean;
  summary: string;
  citations: Citation[];
  suggestions: string[];
  caveats: string[];
  /** Notes about the input itself, e.g. that a long question was shortened. */
  notices: string[];
  /** answered, but part of the question named something the claims do not cover */
  partial?: boolean;
  /** not answered because the user hit the rate limit (and so not a gap in the claims) */
  rateLimited?: boolean;
}
