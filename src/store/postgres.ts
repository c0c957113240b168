import pg from 'pg';
import { articleKeys, type AddOutcome, type Store, type SyncTopic } from '../core/store.js';
import { scrubUrl } from './url.js';
import { StoreError } from './errors.js';
import { dialectSql, MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
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
  SYNC_CHANNEL,
  toAnswerMessage,
  toGapRow,
  toLibraryChange,
  toStoredPaper,
  toStoredPaperVersion,
  toSyncVersions,
} from './queries.js';

type Row = Record<string, unknown>;

/** `?` placeholders -> `$1, $2, ...` */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

// Any number would do: it only has to be the same for every instance of this bot.
const MIGRATION_LOCK = 731_204_511;

/**
 * Limits that keep a slow or stalled server from stalling the bot. A question waits on its log row
 * before it is answered, and Slack wants an acknowledgement within 3 s, so a statement gets 2 s on
 * the server, a server that stops answering altogether is given up on after 2.5 s, and a connection
 * must open within 2 s. At most POOL_SIZE statements run at once and MAX_WAITING wait for a
 * connection; beyond that a call fails at once (back-pressure) instead of queueing without end.
 */
export const PG_LIMITS = {
  poolSize: 10,
  maxWaiting: 100,
  statementTimeoutMs: 2000,
  queryTimeoutMs: 2500,
  connectTimeoutMs: 2000,
  /** the curator's reports scan the whole period: they get longer, on a connection of their own */
  reportTimeoutMs: 15_000,
  /** closing waits this long for statements still running, then lets go */
  closeTimeoutMs: 3000,
  /** a lost LISTEN connection is opened again after this long (the version poll covers the gap) */
  relistenMs: 2000,
} as const;

export class StoreBusyError extends Error {
  constructor(waiting: number) {
    super(`the database is not keeping up: ${waiting} statements already waiting for a connection`);
    this.name = 'StoreBusyError';
  }
}

/**
 * The shared store for hosts whose disk is wiped on restart (Procfile hosts) and for several
 * instances serving one workspace: PostgreSQL, same migrations and queries as SQLite.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: PG_LIMITS.poolSize,
    connectionTimeoutMillis: PG_LIMITS.connectTimeoutMs,
    statement_timeout: PG_LIMITS.statementTimeoutMs,
    query_timeout: PG_LIMITS.queryTimeoutMs,
    idle_in_transaction_session_timeout: PG_LIMITS.reportTimeoutMs,
    keepAlive: true,
    application_name: 'journal-club-claims-bot',
  });
  pool.on('error', () => undefined); // an idle client dropping is reported by the next query instead
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`DATABASE_URL: cannot use ${scrubUrl(url)} (${(error as Error).message}).`);
  }
  const run = async (sql: string, params: unknown[]) => {
    if (pool.waitingCount >= PG_LIMITS.maxWaiting) throw new StoreBusyError(pool.waitingCount);
    return pool.query(numbered(sql), params);
  };
  const q = async (sql: string, params: unknown[]) => (await run(sql, params)).rows as Row[];
  const report = async (sql: string, params: unknown[]) => {
    if (pool.waitingCount >= PG_LIMITS.maxWaiting) throw new StoreBusyError(pool.waitingCount);
    const client = await pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL statement_timeout = ${PG_LIMITS.reportTimeoutMs}`);
      // query_timeout per query is honoured by pg (it reads the config's query_timeout) though its types omit it.
      const result = await client.query({ text: numbered(sql), values: params, query_timeout: PG_LIMITS.reportTimeoutMs + 500 } as pg.QueryConfig);
      await client.query('COMMIT');
      return result.rows as Row[];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  type Query = (sql: string, params: unknown[]) => Promise<pg.QueryResult>;
  // Several statements that must land together (a paper, its change-log row, the version bump and
  // the notification, which PostgreSQL delivers only on commit).
  const tx = async <T>(work: (query: Query) => Promise<T>): Promise<T> => {
    if (pool.waitingCount >= PG_LIMITS.maxWaiting) throw new StoreBusyError(pool.waitingCount);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work((sql, params) => client.query(numbered(sql), params));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const changed = async (query: Query, topic: SyncTopic) => {
    await query(SQL.bumpVersion, [topic]);
    await query('SELECT pg_notify(?, ?)', [SYNC_CHANNEL, topic]);
  };
  const watcher = new SyncListener(url);
  let claims = 0;
  return {
    kind: 'postgres',
    logQuestion: async (r) => void (await q(SQL.insertQuestion, questionParams(r))),
    recordFeedback: async (f) => void (await q(SQL.insertFeedback, feedbackParams(f))),
    rememberAnswerMessage: async (m) => void (await q(SQL.upsertAnswerMessage, answerMessageParams(m))),
    findAnswerMessage: async (platform, messageId) => {
      const [row] = await q(SQL.findAnswerMessage, [platform, messageId]);
      return row ? toAnswerMessage(row) : undefined;
    },
    claimDelivery: async (key, at) => {
      if (++claims % PRUNE_EVERY === 0) await q(SQL.pruneDeliveries, pruneParams(at));
      return (await run(SQL.claimDelivery, [key, at.toISOString()])).rowCount === 1;
    },
    setChannelPaper: (channel, paperId) =>
      tx(async (query) => {
        await query(SQL.upsertChannelPaper, [channel, paperId, new Date().toISOString()]);
        await changed(query, 'channels');
      }),
    savePaper: (paper, change) =>
      tx(async (query) => {
        await query(SQL.upsertPaper, paperParams(paper, change.at));
        for (const key of articleKeys(paper.parts.paper)) await query(SQL.insertIdentifier, [key, paper.id]);
        await query(SQL.insertChange, changeParams(change));
        await changed(query, 'library');
      }),
    addPaper: async (paper, change) => {
      try {
        return await tx(async (query): Promise<AddOutcome> => {
          if ((await query(SQL.insertPaper, paperParams(paper, change.at))).rowCount === 0) return { added: false };
          for (const key of articleKeys(paper.parts.paper)) {
            if ((await query(SQL.insertIdentifier, [key, paper.id])).rowCount === 0) {
              const [holder] = (await query(SQL.identifierHolder, [key])).rows as Row[];
              throw new SameArticle(String(holder?.paper_id));
            }
          }
          await query(SQL.insertChange, changeParams(change));
          await changed(query, 'library');
          return { added: true };
        });
      } catch (error) {
        if (error instanceof SameArticle) return { added: false, sameArticle: error.paperId };
        throw error;
      }
    },
    publishPaper: (id, parts, change) =>
      tx(async (query) => {
        if ((await query(SQL.publishDraft, [JSON.stringify(parts), change.at.toISOString(), id])).rowCount === 0) return false;
        await query(SQL.insertChange, changeParams(change));
        await changed(query, 'library');
        return true;
      }),
    removePaper: (id, change, options) =>
      tx(async (query) => {
        if ((await query(SQL.deletePaper, [id])).rowCount === 0) return false;
        await query(SQL.deleteIdentifiers, [id]);
        await query(SQL.insertChange, changeParams(change));
        await changed(query, 'library');
        // Channels that chose it go back to the default, rather than to a paper re-added under its id.
        if (!options?.keepChannels && ((await query(SQL.forgetChannelsReading, [id])).rowCount ?? 0) > 0) await changed(query, 'channels');
        return true;
      }),
    storedPapers: async () => (await q(SQL.storedPapers, [])).map(toStoredPaper),
    storedPaperVersions: async () => (await q(SQL.storedPaperVersions, [])).map(toStoredPaperVersion),
    storedPaper: async (id) => {
      const [row] = await q(SQL.storedPaper, [id]);
      return row ? toStoredPaper(row) : undefined;
    },
    libraryChanges: async (limit) => (await q(SQL.libraryChanges, [limit])).map(toLibraryChange),
    syncVersions: async () => toSyncVersions(await q(SQL.syncVersions, [])),
    watch: (listener) => watcher.add(listener),
    channelPapers: async () => new Map((await q(SQL.channelPapers, [])).map((r) => [String(r.channel), String(r.paper_id)])),
    gaps: async (since, limit) => (await report(SQL.gaps, [since.toISOString(), limit])).map(toGapRow),
    activity: async (since) => mergeActivity(await report(SQL.questionActivity, [since.toISOString()]), await report(SQL.feedbackActivity, [since.toISOString()])),
    ping: async () => void (await q('SELECT 1', [])),
    close: async () => {
      await watcher.close();
      await closeWithin(pool, PG_LIMITS.closeTimeoutMs);
    },
  };
}

/**
 * One connection outside the pool that LISTENs for other instances' changes. Opened on the first
 * listener; a lost connection is opened again after a pause, and the caller's version poll covers
 * whatever was notified while it was down.
 */
class SyncListener {
  private readonly listeners = new Set<(topic: SyncTopic) => void>();
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  add(listener: (topic: SyncTopic) => void): () => void {
    this.listeners.add(listener);
    void this.listen();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, PG_LIMITS.closeTimeoutMs).unref())]);
  }

  private async listen(): Promise<void> {
    if (this.closed || this.client || this.listeners.size === 0) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: PG_LIMITS.connectTimeoutMs, keepAlive: true, application_name: 'journal-club-claims-bot (listen)' });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => void this.listen(), PG_LIMITS.relistenMs).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      if (n.channel !== SYNC_CHANNEL || (n.payload !== 'library' && n.payload !== 'channels')) return;
      for (const listener of this.listeners) listener(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SYNC_CHANNEL}`);
    } catch {
      lost();
    }
  }
}

/** pool.end() waits for every checked-out client; a statement stuck on a dead server must not hold a shutdown. */
async function closeWithin(pool: pg.Pool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([pool.end().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Waiting for another instance's migration is expected at start-up: not the 2 s a question gets.
    await client.query('SET LOCAL statement_timeout = 60000');
    // Several instances may start at once: one migrates, the others wait and then find nothing to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      for (const sql of m.sql) await client.query(dialectSql(sql, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
