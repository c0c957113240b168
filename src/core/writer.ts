import { CitationList, withMarker } from './citations.js';
import type { Answer, AnswerReason, Claim, GlossaryEntry, Library, Paper } from './types.js';

/** An answer before the engine adds the question, the papers read and the input notices. */
export type Draft = Omit<Answer, 'question' | 'notices' | 'papers'> & { notices?: string[] };

/**
 * Builds one answer: every sentence cited, each claim, note and caveat written once. A note shown
 * in the summary is not repeated under caveats, so a disagreement reads once with both sides.
 */
export class AnswerWriter {
  readonly list: CitationList;
  private readonly parts: string[] = [];
  private readonly caveats: string[] = [];
  private readonly written = new Set<string>();
  private readonly claimsShown = new Set<string>();
  private disputed = false;

  constructor(library: Library) {
    this.list = new CitationList(library);
  }

  get sentences(): number {
    return this.parts.length;
  }

  /** What the answer says so far, summary and caveats. */
  get text(): string {
    return [...this.parts, ...this.caveats].join(' ');
  }

  has(claim: Claim): boolean {
    return this.claimsShown.has(claim.id);
  }

  /** The claim as a sentence, optionally after a label ("Mice (in vivo): ..."). Returns its marker. */
  claim(claim: Claim, label?: string): string {
    const marker = this.list.cite(claim);
    if (this.claimsShown.has(claim.id)) return marker;
    this.claimsShown.add(claim.id);
    this.add(label ? `${label}: ${claim.text}` : claim.text, marker);
    return marker;
  }

  /** Cites the claims without writing their sentences (for a sentence that speaks of them). */
  cite(claims: Claim[]): string {
    return claims.map((c) => this.list.cite(c)).join('');
  }

  /** A sentence of our own (a note, a lead), cited to the claims it rests on. */
  sentence(text: string, marker: string): void {
    this.add(text, marker);
  }

  /** The note explaining a disagreement between the claims just written, cited to both sides. */
  disagreement(note: string, marker: string): void {
    this.disputed = true;
    this.add(note, marker);
  }

  /** A caveat under the answer; dropped when the summary already says it. */
  caveat(text: string): void {
    if (this.written.has(text) || this.caveats.includes(text)) return;
    this.caveats.push(text);
  }

  private add(text: string, marker: string): void {
    if (this.written.has(text)) return;
    this.written.add(text);
    this.parts.push(withMarker(text, marker));
    // A caveat that the summary now states would read twice.
    const at = this.caveats.indexOf(text);
    if (at !== -1) this.caveats.splice(at, 1);
  }

  draft(reason: AnswerReason = 'answered', separator = ' '): Draft {
    return { answered: true, reason, summary: this.parts.join(separator), citations: this.list.citations, disputed: this.disputed, suggestions: [], caveats: [...this.caveats] };
  }
}

export function declined(reason: AnswerReason, message: string, suggestions: string[] = []): Draft {
  return { answered: false, reason, summary: message, citations: [], disputed: false, suggestions, caveats: [] };
}

/** A glossary entry as a sentence of the answer ("Xenograft: …"), cited to its sources; `lead` names it otherwise. */
export function writeEntry(writer: AnswerWriter, paper: Paper, entry: GlossaryEntry, lead = entry.term): void {
  writer.sentence(`${lead}: ${entry.definition}`, writer.list.citeSources(paper.data.id, `glossary:${entry.id}`, entry.definition, entry.sources));
}
