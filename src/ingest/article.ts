/**
 * What every reader (JATS, PDF, press text) makes of a file: the bibliographic record it states
 * and its text as numbered passages. The draft builder turns an Article into a paper folder.
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface ArticleMeta {
  title?: string;
  /** display names in the paper's order ("Sean C. Lema") */
  authors: string[];
  /** the same authors' family names ("Lema", "van der Meulen"), for "Lema et al." */
  surnames: string[];
  affiliations: Array<{ name: string; authors: string[] }>;
  correspondingAuthors: string[];
  journal?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  /** "1694–1699", or one page */
  pages?: string;
  /** article number of journals without pages (JATS elocation-id) */
  elocation?: string;
  published: { print?: PartialDate; online?: PartialDate; collection?: PartialDate };
  /** a date as a curator typed it ("2026", "the September 2025 issue"), when there is no structured one */
  dateText?: string;
  doi?: string;
  pmid?: string;
  /** with its PMC prefix */
  pmcid?: string;
  licence?: { url: string | null; text: string | null };
  keywords: string[];
  /** JATS article-type: research-article, review-article, case-report... */
  articleType?: string;
}

export type PassageKind = 'abstract' | 'body' | 'figure' | 'table' | 'back' | 'press';

export interface ArticlePassage {
  /** "Results ¶3", "Abstract (Conclusions)", "Figure 2 legend", "¶4" */
  locator: string;
  /** the top-level section it belongs to: "Results", "Abstract", "Figure 2" */
  section: string;
  kind: PassageKind;
  /** as stored and quoted */
  text: string;
  /** the same text with CITATION_MARK where it cited references (tells background from findings) */
  marked: string;
  /** whether its sentences are worth offering as claims (not supplementary lists, not bare links) */
  candidates: boolean;
}

/** What a press article says about itself, beside the paper's record it reports on. */
export interface PressDetails {
  /** the article's own headline: the press source's title, never ¶1 */
  headline?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface Article {
  /** what kind of source the file is: the paper itself, or a press article about it */
  kind: 'paper' | 'press';
  format: 'jats' | 'pdf' | 'text' | 'html';
  /** the paper's bibliographic record (for a press article: what the curator says of the paper it reports) */
  meta: ArticleMeta;
  passages: ArticlePassage[];
  press?: PressDetails;
}

export const emptyMeta = (): ArticleMeta => ({ authors: [], surnames: [], affiliations: [], correspondingAuthors: [], published: {}, keywords: [] });
