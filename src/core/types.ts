import type { Licence } from './licence.js';
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
  /** the stored text behind locators: source id -> locator ("Results ¶3", "¶2") -> passage */
  passages: Map<string, Map<string, string>>;
  /** the paper's reuse licence, as classified from paper.json (unknown when it states none) */
  licence: Licence;
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

/**
 * One claim cited at one source location. Numbers go per location (a paper's abstract, press ¶5,
 * Results ¶3): claims cited at the same location share `n`, so a reader meets each location once.
 */
export interface Citation {
  n: number;
  claimId: string;
  paperId: string;
  /** the paper's short title; surfaces name it only when the library holds more than one paper */
  paperTitle: string;
  text: string;
  evidence: string;
  source: CitationSource;
  /** set when the claim quotes its source: the locator as stored and the licence that allows quoting */
  quote?: { locator: string; licence: string };
}

/**
 * Why an answer looks the way it does. Tests and surfaces branch on the reason, never on wording;
 * the words a user reads for each reason live in messages.ts.
 */
export type AnswerReason =
  /** a cited answer to the question */
  | 'answered'
  /** answered, but part of the question named something the claims do not cover */
  | 'partial'
  /** the output of a command (summary, define, claims, source, papers, use, discuss, help, gaps) */
  | 'command'
  /** declined: the question names nothing the claims could answer */
  | 'empty'
  /** declined: the claims do not cover what was asked */
  | 'not-covered'
  /** declined here, but another paper in the library covers it (the answer says which) */
  | 'other-paper'
  /** declined: personal medical advice, which the bot never gives */
  | 'medical'
  /** declined: a command could not find what it was asked for (an unknown term, claim, paper or citation) */
  | 'not-found'
  /** not answered because the user hit the rate limit (and so not a gap in the claims) */
  | 'rate-limited'
  /** a curator's command from someone who is not a curator */
  | 'not-allowed';

/** A paper an answer read, so surfaces can name it when the library holds more than one. */
export interface PaperRef {
  id: string;
  title: string;
}

/** Stored source text shown verbatim (a licence that permits reuse), with where it is from. */
export interface Quotation {
  text: string;
  /** the source's title and the locator: "Lema et al. …, Abstract (Results)" */
  title: string;
  locator: string;
  /** the licence that allows quoting it, e.g. "CC BY 4.0", "public domain" */
  licence: string;
  url: string | null;
}

/** What every surface receives; adapters only render it. */
export interface Answer {
  question: string;
  answered: boolean;
  reason: AnswerReason;
  /** the papers the answer was read from (its citations' papers, or the paper asked when declined) */
  papers: PaperRef[];
  /** how many papers the library holds: surfaces name the paper an answer read only when there is a choice */
  libraryPapers?: number;
  summary: string;
  citations: Citation[];
  /** the summary shows sources that disagree (both sides and the note that explains it) */
  disputed: boolean;
  suggestions: string[];
  caveats: string[];
  /** Notes about the input itself, e.g. that a long question was shortened. */
  notices: string[];
  /** `source <n>`: the stored passage behind the citation, when its licence allows showing it */
  quotation?: Quotation;
}
