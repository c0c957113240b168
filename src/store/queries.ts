import type { AnswerMessage, GapRow, LibraryAction, LibraryChange, PaperActivity, QuestionRecord, StoredPaper, StoredPaperVersion, SyncVersions } from '../core/store.js';
import type { Feedback } from '../core/feedback.js';

/**
 * The SQL both stores run, with `?` placeholders (the PostgreSQL store numbers them), and the
 * mapping between rows and the core's records. Keeping it in one place keeps the two stores equal.
 */
export const SQL = {
  insertQuestion: `INSERT INTO questions (at, platform, channel, user_id, paper_id, question, question_key, answered, partial, claim_ids, latency_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertFeedback: `INSERT INTO feedback (at, platform, channel, user_id, paper_id, message_id, question, vote, claim_ids)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  upsertAnswerMessage: `INSERT INTO answer_messages (platform, message_id, channel, question, paper_id, claim_ids, at)
    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, message_id) DO NOTHING`,
  findAnswerMessage: `SELECT platform, message_id, channel, question, paper_id, claim_ids FROM answer_messages WHERE platform = ? AND message_id = ?`,
  upsertChannelPaper: `INSERT INTO channel_settings (channel, paper_id, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (channel) DO UPDATE SET paper_id = excluded.paper_id, updated_at = excluded.updated_at`,
  channelPapers: `SELECT channel, paper_id FROM channel_settings`,
  upsertPaper: `INSERT INTO papers (id, status, source, files, added_by, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET status = excluded.status, source = excluded.source, files = excluded.files, updated_at = excluded.updated_at`,
  insertPaper: `INSERT INTO papers (id, status, source, files, added_by, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  deletePaper: `DELETE FROM papers WHERE id = ?`,
  publishDraft: `UPDATE papers SET status = 'published', files = ?, updated_at = ? WHERE id = ? AND status = 'draft'`,
  insertIdentifier: `INSERT INTO paper_identifiers (identifier, paper_id) VALUES (?, ?) ON CONFLICT (identifier) DO NOTHING`,
  identifierHolder: `SELECT paper_id FROM paper_identifiers WHERE identifier = ?`,
  deleteIdentifiers: `DELETE FROM paper_identifiers WHERE paper_id = ?`,
  forgetChannelsReading: `DELETE FROM channel_settings WHERE paper_id = ?`,
  storedPapers: `SELECT id, status, source, files, added_by, added_at, updated_at FROM papers ORDER BY added_at, id`,
  storedPaper: `SELECT id, status, source, files, added_by, added_at, updated_at FROM papers WHERE id = ?`,
  storedPaperVersions: `SELECT id, status, updated_at FROM papers ORDER BY added_at, id`,
  insertChange: `INSERT INTO library_changes (at, action, paper_id, actor, detail) VALUES (?, ?, ?, ?, ?)`,
  libraryChanges: `SELECT at, action, paper_id, actor, detail FROM library_changes ORDER BY id DESC LIMIT ?`,
  bumpVersion: `UPDATE sync_versions SET version = version + 1 WHERE name = ?`,
  syncVersions: `SELECT name, version FROM sync_versions`,
  claimDelivery: `INSERT INTO deliveries (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`,
  // Signatures of Slack requests only matter within Slack's 5-minute window, and there is one per
  // request: they go after 10 minutes; other deliveries are kept a day.
  pruneDeliveries: `DELETE FROM deliveries WHERE at < ? OR (at < ? AND key LIKE 'slack:request:%')`,
  gaps: `SELECT question_key, MIN(question) AS example, COUNT(*) AS asked,
      SUM(CASE WHEN answered = 0 THEN 1 ELSE 0 END) AS declined,
      SUM(partial) AS partial, MAX(at) AS last_asked
    FROM questions
    WHERE at >= ? AND (answered = 0 OR partial = 1) AND question_key <> ''
    GROUP BY question_key
    ORDER BY COUNT(*) DESC, MAX(at) DESC
    LIMIT ?`,
  questionActivity: `SELECT paper_id, COUNT(*) AS questions, SUM(answered) AS answered
    FROM questions WHERE at >= ? AND paper_id IS NOT NULL GROUP BY paper_id`,
  feedbackActivity: `SELECT paper_id, SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END) AS down
    FROM feedback WHERE at >= ? AND paper_id IS NOT NULL GROUP BY paper_id`,
} as const;

export const questionParams = (r: QuestionRecord) => [
  r.at.toISOString(),
  r.platform,
  r.channel,
  r.userId,
  r.paperId,
  r.question,
  r.questionKey,
  r.answered ? 1 : 0,
  r.partial ? 1 : 0,
  JSON.stringify(r.claimIds),
  r.latencyMs,
];

export const feedbackParams = (f: Feedback & { paperId: string | null; messageId?: string }, at = new Date()) => [
  at.toISOString(),
  f.platform,
  f.conversationId,
  f.userId,
  f.paperId,
  f.messageId ?? null,
  f.question,
  f.vote,
  JSON.stringify(f.claimIds),
];

export const answerMessageParams = (m: AnswerMessage, at = new Date()) => [m.platform, m.messageId, m.channel, m.question, m.paperId, JSON.stringify(m.claimIds), at.toISOString()];

type Row = Record<string, unknown>;

/** Deliveries older than a day can no longer be retried by any platform. */
export const DELIVERY_MEMORY_MS = 86_400_000;
export const REQUEST_MEMORY_MS = 10 * 60_000;

/** The two cut-offs of SQL.pruneDeliveries, for a claim made at `at`. */
export const pruneParams = (at: Date) => [new Date(at.getTime() - DELIVERY_MEMORY_MS).toISOString(), new Date(at.getTime() - REQUEST_MEMORY_MS).toISOString()];
export const PRUNE_EVERY = 1000;

export const toAnswerMessage = (row: Row): AnswerMessage => ({
  platform: String(row.platform),
  messageId: String(row.message_id),
  channel: String(row.channel),
  question: String(row.question),
  paperId: row.paper_id === null ? null : String(row.paper_id),
  claimIds: JSON.parse(String(row.claim_ids)) as string[],
});

export const toGapRow = (row: Row): GapRow => ({
  questionKey: String(row.question_key),
  example: String(row.example),
  asked: Number(row.asked),
  declined: Number(row.declined),
  partial: Number(row.partial),
  lastAsked: new Date(String(row.last_asked)),
});

export function mergeActivity(questionRows: Row[], feedbackRows: Row[]): PaperActivity[] {
  const byPaper = new Map<string, PaperActivity>();
  const get = (id: string) => {
    let a = byPaper.get(id);
    if (!a) byPaper.set(id, (a = { paperId: id, questions: 0, answered: 0, declined: 0, up: 0, down: 0 }));
    return a;
  };
  for (const r of questionRows) {
    const a = get(String(r.paper_id));
    a.questions = Number(r.questions);
    a.answered = Number(r.answered);
    a.declined = a.questions - a.answered;
  }
  for (const r of feedbackRows) {
    const a = get(String(r.paper_id));
    a.up = Number(r.up);
    a.down = Number(r.down);
  }
  return [...byPaper.values()].sort((x, y) => y.questions - x.questions || x.paperId.localeCompare(y.paperId));
}

export const paperParams = (p: StoredPaper, at: Date) => [p.id, p.status, p.source, JSON.stringify(p.parts), p.addedBy, p.addedAt.toISOString(), at.toISOString()];

export const changeParams = (c: LibraryChange) => [c.at.toISOString(), c.action, c.paperId, c.actor, c.detail ?? null];

export const toStoredPaper = (row: Row): StoredPaper => ({
  id: String(row.id),
  status: row.status === 'published' ? 'published' : 'draft',
  source: String(row.source),
  parts: JSON.parse(String(row.files)) as StoredPaper['parts'],
  addedBy: String(row.added_by),
  addedAt: new Date(String(row.added_at)),
  updatedAt: new Date(String(row.updated_at)),
});

export const toStoredPaperVersion = (row: Row): StoredPaperVersion => ({
  id: String(row.id),
  status: row.status === 'published' ? 'published' : 'draft',
  updatedAt: new Date(String(row.updated_at)),
});

export const toLibraryChange = (row: Row): LibraryChange => ({
  at: new Date(String(row.at)),
  action: String(row.action) as LibraryAction,
  paperId: String(row.paper_id),
  actor: String(row.actor),
  ...(row.detail === null || row.detail === undefined ? {} : { detail: String(row.detail) }),
});

export const toSyncVersions = (rows: Row[]): SyncVersions => {
  const versions: SyncVersions = { library: 0, channels: 0 };
  for (const r of rows) if (r.name === 'library' || r.name === 'channels') versions[r.name] = Number(r.version);
  return versions;
};

/** Thrown inside an add's transaction to undo it: a stored paper is already this article. */
export class SameArticle extends Error {
  constructor(readonly paperId: string) {
    super(`already stored as ${paperId}`);
  }
}

/** The PostgreSQL channel every instance listens on; the payload is the topic that changed. */
export const SYNC_CHANNEL = 'claims_bot_sync';
