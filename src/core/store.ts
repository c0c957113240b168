import type { Feedback } from './feedback.js';

/** One question as the log keeps it. */
export interface QuestionRecord {
  at: Date;
  platform: string;
  channel: string;
  userId: string | null;
  paperId: string | null;
  question: string;
  /** normalised content words, so "Which cells secrete IL26?" and "which cell secretes il-26" group together */
  questionKey: string;
  answered: boolean;
  /** answered, but part of the question named something the claims do not cover */
  partial: boolean;
  claimIds: string[];
  latencyMs: number;
}

/** A bot reply on a platform that reports reactions (Discord), so a 👍 can be tied to its answer. */
export interface AnswerMessage {
  messageId: string;
  platform: string;
  channel: string;
  question: string;
  paperId: string | null;
  claimIds: string[];
}

export interface GapRow {
  questionKey: string;
  example: string;
  asked: number;
  declined: number;
  partial: number;
  lastAsked: Date;
}

export interface PaperActivity {
  paperId: string;
  questions: number;
  answered: number;
  declined: number;
  up: number;
  down: number;
}

/**
 * Where the journal club's history lives. The core owns the contract; SQLite and PostgreSQL
 * implement it behind the same migrations, and one contract test suite runs against both.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  logQuestion(record: QuestionRecord): Promise<void>;
  recordFeedback(feedback: Feedback & { paperId: string | null; messageId?: string }): Promise<void>;
  rememberAnswerMessage(message: AnswerMessage): Promise<void>;
  findAnswerMessage(platform: string, messageId: string): Promise<AnswerMessage | undefined>;
  /**
   * Marks a platform delivery (an event id, a message) as handled; true only for the first caller,
   * across every instance sharing the store, so a retry landing on another instance is not answered twice.
   */
  claimDelivery(key: string, at: Date): Promise<boolean>;
  setChannelPaper(channel: string, paperId: string): Promise<void>;
  channelPapers(): Promise<Map<string, string>>;
  /** the most asked questions that were declined or only partly answered since `since`, most frequent first */
  gaps(since: Date, limit: number): Promise<GapRow[]>;
  activity(since: Date): Promise<PaperActivity[]>;
  /** a cheap round trip, so /healthz can tell a store that stopped answering while nothing was written */
  ping(): Promise<void>;
  /** releases the connection; bounded in time, so a stalled server cannot hold up a shutdown */
  close(): Promise<void>;
}
