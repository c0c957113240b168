import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Feedback } from '../core/feedback.js';
import { articleKeys, type AddOutcome, type AnswerMessage, type LibraryChange, type QuestionRecord, type Store, type StoredPaper } from '../core/store.js';
import { StoreError } from './errors.js';
import { dialectSql, MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { SqliteReports } from './sqlite-reports.js';
import {
  answerMessageParams,
  changeParams,
  feedbackParams,
  mergeActivity,
  paperParams,
  PRUNE_EVERY,
  pruneParams,
  questionParams,
  SameArticle,
  SQL,
  toAnswerMessage,
  toGapRow,
  toLibraryChange,
  toStoredPaper,
  toStoredPaperVersion,
  toSyncVersions,
} from './queries.js';

type Row = Record<string, unknown>;

/**
 * The single-machine store: one SQLite file in WAL mode. Every write is its own transaction and is
 * durable once the call returns, so a killed process loses nothing it had acknowledged.
 */
export function openSqliteStore(file: string): Store {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: 2000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    // Take the write lock once now: a file another process holds fails here, not on the first question.
    db.transaction(() => undefined).immediate();
  } catch (error) {
    const e = error as { code?: string; message: string };
    const why =
      e.code === 'SQLITE_BUSY' || /locked/i.test(e.message)
        ? 'is locked by another process (another bot running on the same file?)'
        : e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(e.message)
          ? 'is not a usable SQLite database (damaged, or another kind of file); move it aside and start again'
          : `cannot be opened (${e.message})`;
    throw new StoreError(`DATABASE_PATH: ${file} ${why}.`);
  }

  const insertQuestion = db.prepare(SQL.insertQuestion);
  const insertFeedback = db.prepare(SQL.insertFeedback);
  const pruneDeliveries = db.prepare(SQL.pruneDeliveries);
  let claims = 0;
  // Group commit: the rows written in the same turn of the event loop (question-log rows, delivery
  // claims) go in one transaction, and each caller is told only once that transaction has committed,
  // so no answer leaves before its row is stored and no delivery is acted on before it is claimed.
  const logQuestions = groupCommit(db, (record: QuestionRecord) => void insertQuestion.run(questionParams(record)));
  const upsertAnswer = db.prepare(SQL.upsertAnswerMessage);
  const findAnswer = db.prepare(SQL.findAnswerMessage);
  const upsertChannel = db.prepare(SQL.upsertChannelPaper);
  const channels = db.prepare(SQL.channelPapers);
  const claimDelivery = db.prepare(SQL.claimDelivery);
  const claimDeliveries = groupCommit(db, ({ key, at }: { key: string; at: Date }) => {
    if (++claims % PRUNE_EVERY === 0) pruneDeliveries.run(pruneParams(at));
    return claimDelivery.run(key, at.toISOString()).changes === 1;
  });
  const upsertPaper = db.prepare(SQL.upsertPaper);
  const insertPaper = db.prepare(SQL.insertPaper);
  const insertIdentifier = db.prepare(SQL.insertIdentifier);
  const identifierHolder = db.prepare(SQL.identifierHolder);
  const deleteIdentifiers = db.prepare(SQL.deleteIdentifiers);
  const publishDraft = db.prepare(SQL.publishDraft);
  const deletePaper = db.prepare(SQL.deletePaper);
  const insertChange = db.prepare(SQL.insertChange);
  const bumpVersion = db.prepare(SQL.bumpVersion);
  const setChannel = db.transaction((channel: string, paperId: string) => {
    upsertChannel.run(channel, paperId, new Date().toISOString());
    bumpVersion.run('channels');
  });
  const savePaper = db.transaction((paper: StoredPaper, change: LibraryChange) => {
    upsertPaper.run(paperParams(paper, change.at));
    for (const key of articleKeys(paper.parts.paper)) insertIdentifier.run(key, paper.id);
    insertChange.run(changeParams(change));
    bumpVersion.run('library');
  });
  const addPaper = db.transaction((paper: StoredPaper, change: LibraryChange): AddOutcome => {
    if (insertPaper.run(paperParams(paper, change.at)).changes === 0) return { added: false };
    for (const key of articleKeys(paper.parts.paper)) {
      if (insertIdentifier.run(key, paper.id).changes === 0) throw new SameArticle(String((identifierHolder.get(key) as Row).paper_id));
    }
    insertChange.run(changeParams(change));
    bumpVersion.run('library');
    return { added: true };
  });
  const publishPaper = db.transaction((id: string, parts: StoredPaper['parts'], change: LibraryChange) => {
    if (publishDraft.run(JSON.stringify(parts), change.at.toISOString(), id).changes === 0) return false;
    insertChange.run(changeParams(change));
    bumpVersion.run('library');
    return true;
  });
  const forgetChannels = db.prepare(SQL.forgetChannelsReading);
  // Channels that chose the paper go back to the default: a later paper re-added under the same id
  // must not quietly become theirs again.
  const removePaper = db.transaction((id: string, change: LibraryChange, keepChannels: boolean) => {
    if (deletePaper.run(id).changes === 0) return false;
    deleteIdentifiers.run(id);
    insertChange.run(changeParams(change));
    bumpVersion.run('library');
    if (!keepChannels && forgetChannels.run(id).changes > 0) bumpVersion.run('channels');
    return true;
  });
  // An in-memory database has no file for a second connection to read: its reports run here.
  const reports = file === ':memory:' ? undefined : new SqliteReports(file);
  const all = (sql: string, params: unknown[]) => (reports ? reports.all(sql, params) : Promise.resolve(db.prepare(sql).all(...params) as Row[]));

  return {
    kind: 'sqlite',
    logQuestion: (record: QuestionRecord) => logQuestions.add(record),
    recordFeedback: async (f: Feedback & { paperId: string | null; messageId?: string }) => void insertFeedback.run(feedbackParams(f)),
    rememberAnswerMessage: async (m: AnswerMessage) => void upsertAnswer.run(answerMessageParams(m)),
    findAnswerMessage: async (platform, messageId) => {
      const row = findAnswer.get(platform, messageId) as Row | undefined;
      return row ? toAnswerMessage(row) : undefined;
    },
    claimDelivery: (key, at) => claimDeliveries.add({ key, at }),
    setChannelPaper: async (channel, paperId) => void setChannel.immediate(channel, paperId),
    savePaper: async (paper, change) => void savePaper.immediate(paper, change),
    addPaper: async (paper, change) => {
      try {
        return addPaper.immediate(paper, change);
      } catch (error) {
        if (error instanceof SameArticle) return { added: false, sameArticle: error.paperId };
        throw error;
      }
    },
    publishPaper: async (id, parts, change) => publishPaper.immediate(id, parts, change),
    removePaper: async (id, change, options) => removePaper.immediate(id, change, options?.keepChannels === true),
    storedPapers: async () => (db.prepare(SQL.storedPapers).all() as Row[]).map(toStoredPaper),
    storedPaperVersions: async () => (db.prepare(SQL.storedPaperVersions).all() as Row[]).map(toStoredPaperVersion),
    storedPaper: async (id) => {
      const row = db.prepare(SQL.storedPaper).get(id) as Row | undefined;
      return row ? toStoredPaper(row) : undefined;
    },
    libraryChanges: async (limit) => (db.prepare(SQL.libraryChanges).all(limit) as Row[]).map(toLibraryChange),
    syncVersions: async () => toSyncVersions(db.prepare(SQL.syncVersions).all() as Row[]),
    channelPapers: async () => new Map((channels.all() as Row[]).map((r) => [String(r.channel), String(r.paper_id)])),
    gaps: async (since, limit) => (await all(SQL.gaps, [since.toISOString(), limit])).map(toGapRow),
    activity: async (since) => {
      const [questions, feedback] = await Promise.all([all(SQL.questionActivity, [since.toISOString()]), all(SQL.feedbackActivity, [since.toISOString()])]);
      return mergeActivity(questions, feedback);
    },
    ping: async () => void db.prepare('SELECT 1').get(),
    close: async () => {
      logQuestions.flush();
      claimDeliveries.flush();
      await reports?.close();
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      for (const sql of m.sql) db.exec(dialectSql(sql, 'sqlite'));
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}

/**
 * Statements that arrive in one turn of the event loop run in one transaction; each caller's promise
 * settles after the commit, with its own statement's result. A failed transaction fails every caller
 * in it (none of their rows was stored).
 */
function groupCommit<T, R>(db: Database.Database, run: (item: T) => R): { add(item: T): Promise<R>; flush(): void } {
  let pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  const all = db.transaction((items: T[]) => items.map(run));
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const results = all.immediate(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  };
  return {
    add: (item) =>
      new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      }),
    flush,
  };
}
