import pg from 'pg';
import type { Store } from '../core/store.js';
import { scrubUrl } from './url.js';
import { StoreError } from './errors.js';
import { dialectSql, MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { answerMessageParams, DELIVERY_MEMORY_MS, feedbackParams, mergeActivity, PRUNE_EVERY, questionParams, SQL, toAnswerMessage, toGapRow } from './queries.js';

type Row = Record<string, unknown>;

/** `?` placeholders -> `$1, $2, ...` */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

// Any number would do: it only has to be the same for every instance of this bot.
const MIGRATION_LOCK = 731_204_511;

/**
 * The shared store for hosts whose disk is wiped on restart (Procfile hosts) and for several
 * instances serving one workspace: PostgreSQL, same migrations and queries as SQLite.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // an idle client dropping is reported by the next query instead
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`DATABASE_URL: cannot use ${scrubUrl(url)} (${(error as Error).message}).`);
  }
  const q = async (sql: string, params: unknown[]) => (await pool.query(numbered(sql), params)).rows as Row[];
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
      if (++claims % PRUNE_EVERY === 0) await q(SQL.pruneDeliveries, [new Date(at.getTime() - DELIVERY_MEMORY_MS).toISOString()]);
      return (await pool.query(numbered(SQL.claimDelivery), [key, at.toISOString()])).rowCount === 1;
    },
    setChannelPaper: async (channel, paperId) => void (await q(SQL.upsertChannelPaper, [channel, paperId, new Date().toISOString()])),
    channelPapers: async () => new Map((await q(SQL.channelPapers, [])).map((r) => [String(r.channel), String(r.paper_id)])),
    gaps: async (since, limit) => (await q(SQL.gaps, [since.toISOString(), limit])).map(toGapRow),
    activity: async (since) => mergeActivity(await q(SQL.questionActivity, [since.toISOString()]), await q(SQL.feedbackActivity, [since.toISOString()])),
    close: () => pool.end(),
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
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
