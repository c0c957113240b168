import { z } from 'zod';
import type { Engine } from '../../src/core/engine.js';
import { Responder } from '../../src/core/respond.js';
import type { Answer } from '../../src/core/types.js';

/**
 * Scores the engine on questions written the way journal-club members talk. A right answer cites
 * at least one claim of every `must` group, none of `avoid`, matches every `says` pattern, cites
 * every sentence, and repeats nothing; a question to decline is declined (medical ones as medical).
 */
export const evalCaseSchema = z.object({
  id: z.string(),
  kind: z.enum(['fact', 'lay', 'focus', 'meta', 'which-paper', 'medical', 'off-topic', 'no-filler', 'follow-up']),
  before: z.array(z.string()).default([]),
  q: z.string(),
  expect: z.enum(['answer', 'decline']),
  declineKind: z.enum(['medical', 'off-topic']).optional(),
  must: z.array(z.array(z.string()).min(1)).default([]),
  avoid: z.array(z.string()).default([]),
  says: z.array(z.string()).default([]),
  /** the channel's paper, when not the library's default */
  channelPaper: z.string().optional(),
  why: z.string().optional(),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;
export const KINDS = evalCaseSchema.shape.kind.options;

export interface CaseResult {
  case: EvalCase;
  pass: boolean;
  failures: string[];
  answer: Answer;
}

const cited = (a: Answer) => [...new Set(a.citations.map((c) => c.claimId))];

/** Sentences as a reader splits them: at ". " / "? " / "! " and line breaks. */
export function sentencesOf(summary: string): string[] {
  return summary
    .split(/(?<![A-Z]\.|\b(?:Prof|Dr|al|vs|Fig|No|St|Mr|Ms|Mrs|e\.g|i\.e)\.)(?<=[.!?])\s+(?=[A-Z0-9"'(“])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function judge(c: EvalCase, answer: Answer): string[] {
  const failures: string[] = [];
  if (c.expect === 'decline') {
    if (answer.answered) failures.push(`answered (${answer.reason}) instead of declining`);
    if (c.declineKind === 'medical' && answer.reason !== 'medical') failures.push(`declined as ${answer.reason}, not as medical advice`);
    return failures;
  }
  if (!answer.answered) return [`declined (${answer.reason}): ${answer.summary.slice(0, 120)}`];
  const ids = new Set(cited(answer));
  for (const group of c.must) if (!group.some((id) => ids.has(id))) failures.push(`missing one of [${group.join(', ')}]`);
  for (const id of c.avoid) if (ids.has(id)) failures.push(`cites ${id}, which it should not`);
  // What a reader sees: the notices (which paper, how a typo was read), the summary and its caveats.
  const text = [...answer.notices, answer.summary, ...answer.caveats].join(' ');
  for (const pattern of c.says) if (!new RegExp(pattern, 'i').test(text)) failures.push(`does not say /${pattern}/`);
  const sentences = sentencesOf(answer.summary);
  const uncited = sentences.filter((s) => !/\[\d+\]/.test(s));
  if (uncited.length > 0) failures.push(`uncited sentence: "${uncited[0]!.slice(0, 80)}"`);
  const seen = new Set<string>();
  for (const s of [...sentences.map((x) => x.replace(/\s*(\[\d+\])+\.?$/, '')), ...answer.caveats]) {
    const key = s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) failures.push(`repeats "${s.slice(0, 60)}"`);
    seen.add(key);
  }
  return failures;
}

/** Runs one case in a fresh conversation: the channel's paper, the earlier turns, then the question. */
export function runCase(engine: Engine, c: EvalCase): CaseResult {
  const responder = new Responder(engine);
  const conversation = { platform: 'cli' as const, conversationId: `eval:${c.id}` };
  if (c.channelPaper) responder.respond({ ...conversation, text: `use ${c.channelPaper}` });
  for (const turn of c.before) responder.respond({ ...conversation, text: turn });
  const answer = responder.respond({ ...conversation, text: c.q });
  const failures = judge(c, answer);
  return { case: c, pass: failures.length === 0, failures, answer };
}

export interface KindScore {
  kind: string;
  passed: number;
  total: number;
}

export function scoreByKind(results: CaseResult[]): KindScore[] {
  return KINDS.map((kind) => {
    const of = results.filter((r) => r.case.kind === kind);
    return { kind, passed: of.filter((r) => r.pass).length, total: of.length };
  }).filter((k) => k.total > 0);
}
