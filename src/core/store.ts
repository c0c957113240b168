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

/** A paper's four parts as its data files hold them (paper.json, claims.json, glossary.json, passages.json). */
export interface PaperParts {
  paper: Record<string, unknown>;
  claims: Array<Record<string, unknown>>;
  glossary: Array<Record<string, unknown>>;
  passages: Array<{ source: string; locator: string; text: string }>;
}

/** A paper added from the chat (or imported), kept in the store so it survives restarts and reaches every instance. */
export interface StoredPaper {
  id: string;
  status: 'published' | 'draft';
  /** what it was added from: "PMC2599765", "DOI 10.1289/ehp.11570", "data/papers/x" */
  source: string;
  parts: PaperParts;
  /** who added it: "slack:U123", "discord:456", "terminal", "cli:alice" */
  addedBy: string;
  addedAt: Date;
  /** when it was last stored (set by the store when read back): tells an instance whether its copy is current */
  updatedAt?: Date;
}

/** What an instance needs to know whether to (re)load a stored paper, without reading its parts. */
export interface StoredPaperVersion {
  id: string;
  status: 'published' | 'draft';
  updatedAt: Date;
}

/**
 * What became of an add: stored; or not, because another paper holds the id (`sameArticle` unset:
 * try another id) or because a stored paper is the same article (its id in `sameArticle`).
 */
export type AddOutcome = { added: true } | { added: false; sameArticle?: string };

/** The keys an article is known by ("pmcid:PMC2599765", "doi:10.1289/ehp.11570", "pmid:19079722"): one stored paper each. */
export function articleKeys(record: Record<string, unknown>): string[] {
  const keys: string[] = [];
  if (typeof record.pmcid === 'string' && record.pmcid) keys.push(`pmcid:${record.pmcid.toUpperCase()}`);
  if (typeof record.doi === 'string' && record.doi) keys.push(`doi:${record.doi.toLowerCase()}`);
  if (typeof record.pmid === 'string' && record.pmid) keys.push(`pmid:${Number(record.pmid)}`);
  return keys;
}

export type LibraryAction = 'add' | 'remove' | 'publish' | 'import';

/** One change to the stored library, kept for the record: who did what, when. */
export interface LibraryChange {
  at: Date;
  action: LibraryAction;
  paperId: string;
  actor: string;
  detail?: string;
}

/** What other instances must notice: the stored library, and the channels' chosen papers. */
export type SyncTopic = 'library' | 'channels';
export type SyncVersions = Record<SyncTopic, number>;

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
  /** also bumps the `channels` version, so other instances see the choice */
  setChannelPaper(channel: string, paperId: string): Promise<void>;
  /** stores (or replaces) a paper and logs the change, in one transaction; bumps the `library` version */
  savePaper(paper: StoredPaper, change: LibraryChange): Promise<void>;
  /**
   * Stores a new paper only if no stored paper has its id (false then, and nothing is logged): two
   * curators adding different papers that suggest the same id, on any instances, never overwrite each other.
   */
  addPaper(paper: StoredPaper, change: LibraryChange): Promise<AddOutcome>;
  /** Publishes a stored draft, only if it is still there and still a draft (a remove may have won the race). */
  publishPaper(id: string, parts: PaperParts, change: LibraryChange): Promise<boolean>;
  /**
   * False when no stored paper has that id (nothing is logged then). Channels that chose it forget it,
   * unless `keepChannels` (a stored copy of a paper that ships in data/, which stays in the library).
   */
  removePaper(id: string, change: LibraryChange, options?: { keepChannels?: boolean }): Promise<boolean>;
  storedPapers(): Promise<StoredPaper[]>;
  /** every stored paper's id, status and last change, cheap enough to read at every sync */
  storedPaperVersions(): Promise<StoredPaperVersion[]>;
  storedPaper(id: string): Promise<StoredPaper | undefined>;
  /** the most recent changes first */
  libraryChanges(limit: number): Promise<LibraryChange[]>;
  /** cheap enough to poll every second or two */
  syncVersions(): Promise<SyncVersions>;
  /**
   * Told at once when any instance changes a topic (PostgreSQL LISTEN/NOTIFY). Stores without it are
   * polled through syncVersions; the poll also covers notifications lost while a connection was down.
   */
  watch?(listener: (topic: SyncTopic) => void): () => void;
  channelPapers(): Promise<Map<string, string>>;
  /** the most asked questions that were declined or only partly answered since `since`, most frequent first */
  gaps(since: Date, limit: number): Promise<GapRow[]>;
  activity(since: Date): Promise<PaperActivity[]>;
  /** a cheap round trip, so /healthz can tell a store that stopped answering while nothing was written */
  ping(): Promise<void>;
  /** releases the connection; bounded in time, so a stalled server cannot hold up a shutdown */
  close(): Promise<void>;
}
