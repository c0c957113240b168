import type { Answer } from './types.js';

/** The documented JSON contract of `ask --json`: exactly these fields, nothing else. */
export function toJsonContract(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    summary: answer.summary,
    citations: answer.citations.map((c) => ({
      n: c.n,
      claimId: c.claimId,
      text: c.text,
      evidence: c.evidence,
      source: { id: c.source.id, title: c.source.title, locator: c.source.locator, url: c.source.url },
    })),
    suggestions: answer.suggestions,
  };
}
