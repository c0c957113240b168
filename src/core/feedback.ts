import type { Deliveries } from './deliveries.js';
import type { UserLimits } from './rate-limit.js';
import type { Store } from './store.js';

/** A 👍 or 👎 on an answer. The core owns the shape; where it is stored is the caller's choice. */
export interface Feedback {
  platform: 'slack' | 'discord';
  conversationId: string;
  userId: string;
  question: string;
  vote: 'up' | 'down';
  claimIds: string[];
}

/** What became of a vote: adapters tell the person (privately) which it was. */
export type FeedbackOutcome = 'recorded' | 'repeat' | 'limited' | 'failed';

export interface FeedbackSink {
  record(feedback: Feedback): Promise<FeedbackOutcome>;
}

export interface FeedbackBookOptions {
  store?: Pick<Store, 'recordFeedback'>;
  deliveries: Deliveries;
  limits: UserLimits;
  /** claim id -> paper id, to tie a vote to the paper its claims come from */
  paperOf: (claimId: string) => string | undefined;
  onStoreError?: (error: unknown, what: string) => void;
}

/**
 * Feedback, counted once: one 👍 and one 👎 per person per answer however often the button is
 * clicked or the request replayed, and no more votes a minute than questions, so a vote count
 * means what it says.
 */
export class FeedbackBook implements FeedbackSink {
  constructor(private readonly options: FeedbackBookOptions) {}

  /**
   * `answerKey` names the answer voted on (a message id, or the question and its claims when the
   * platform gives no lasting id); without one the question and claims stand in for it.
   */
  async record(feedback: Feedback & { messageId?: string; answerKey?: string }): Promise<FeedbackOutcome> {
    const { store, deliveries, limits, paperOf, onStoreError } = this.options;
    const who = `${feedback.platform}:${feedback.userId}`;
    if ((await limits.take('feedback', who)) > 0) return 'limited';
    const answer = feedback.messageId ?? feedback.answerKey ?? `${feedback.conversationId}:${feedback.question}:${feedback.claimIds.join(',')}`;
    if (!(await deliveries.claim(`feedback:${who}:${feedback.vote}:${answer}`))) return 'repeat';
    if (!store) return 'recorded';
    const paperIds = [...new Set(feedback.claimIds.map(paperOf).filter((id): id is string => Boolean(id)))];
    const { answerKey: _answerKey, ...row } = feedback;
    try {
      await store.recordFeedback({ ...row, paperId: paperIds.length === 1 ? paperIds[0]! : null });
      return 'recorded';
    } catch (error) {
      onStoreError?.(error, 'recording feedback');
      return 'failed';
    }
  }
}
