import type { Answer, AnswerReason } from './types.js';

/** An answer that is text alone, no citations: a command's output, a refusal, a usage note. */
export const plainAnswer = (question: string, summary: string, reason: AnswerReason = 'command'): Answer => ({
  question,
  answered: reason === 'command',
  reason,
  papers: [],
  summary,
  citations: [],
  disputed: false,
  suggestions: [],
  caveats: [],
  notices: [],
});
