import type { Request, Responder } from '../../core/respond.js';
import type { Answer } from '../../core/types.js';
import type { Logger } from '../../log.js';

/**
 * The one path from a platform request to an Answer: timed, logged as one line per question, and
 * never throwing. `undefined` means the engine failed and the adapter should apologise.
 */
export async function answerAndLog(responder: Responder, request: Request, log: Logger): Promise<Answer | undefined> {
  const started = performance.now();
  try {
    const answer = await responder.handle(request);
    log.info(
      {
        conversation: request.conversationId,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        answered: answer.answered,
        claims: [...new Set(answer.citations.map((c) => c.claimId))],
      },
      'question answered',
    );
    return answer;
  } catch (error) {
    log.error({ err: error, conversation: request.conversationId }, 'answering failed');
    return undefined;
  }
}

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again.';
