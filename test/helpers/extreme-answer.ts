import type { Answer, Citation } from '../../src/core/types.js';

/** Mention and markup syntax for all three surfaces, to put in every field a user could see. */
export const MENTIONS = '<!channel> <@U123> @everyone @here <@&42> <#C1> **bold** `code` [x](https://evil.example) |';

/**
 * The presentation model's extremes: 50 source locations (each with two claims), a 20,000-character
 * summary, and mention syntax in every field.
 */
export function extremeAnswer(): Answer {
  const sentence = `IL26 ${MENTIONS} signals through JAK-STAT3 in a sentence that keeps going [1]. `;
  const citations: Citation[] = Array.from({ length: 50 }, (_, i) =>
    [0, 1].map((k) => ({
      n: i + 1,
      claimId: `claim-${i}-${k}-${MENTIONS}`,
      paperId: 'p',
      paperTitle: `Paper ${MENTIONS}`,
      text: `Claim ${MENTIONS}`,
      evidence: `in-vitro ${MENTIONS}`,
      source: { id: 's', title: `Source ${i} ${MENTIONS}`, locator: `Results ¶${i} ${MENTIONS}`, url: `https://example.org/${'a'.repeat(120)}/${i}?q=(x)|<y>` },
    })),
  ).flat();
  return {
    question: `${MENTIONS} ${'q'.repeat(3000)}`,
    answered: true,
    reason: 'answered',
    papers: [
      { id: 'p', title: `Paper ${MENTIONS}` },
      { id: 'q', title: `Other ${MENTIONS}` },
    ],
    libraryPapers: 3,
    summary: sentence.repeat(Math.ceil(20_000 / sentence.length)),
    citations,
    disputed: true,
    suggestions: Array.from({ length: 10 }, (_, i) => `suggestion ${i} ${MENTIONS}`),
    caveats: Array.from({ length: 20 }, (_, i) => `caveat ${i} ${MENTIONS} ${'c'.repeat(400)}`),
    notices: [`notice ${MENTIONS}`],
  };
}
