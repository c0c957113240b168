/** A 👍 or 👎 on an answer. The core owns the shape; where it is stored is the caller's choice. */
export interface Feedback {
  platform: 'slack' | 'discord';
  conversationId: string;
  userId: string;
  question: string;
  vote: 'up' | 'down';
  claimIds: string[];
}

export interface FeedbackSink {
  record(feedback: Feedback): void | Promise<void>;
}
