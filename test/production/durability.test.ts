import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { slashBurst } from '../helpers/burst.js';
import { freshDatabase, PG_URL, withClient } from '../helpers/postgres.js';
import { freePort, startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';
import { SlackStandIn } from '../helpers/slack-standin.js';

/**
 * Issue 13, finding 1: every answered question is in the question log, even when the process is
 * killed with SIGKILL in the middle of a burst; and finding 2: a stalled database cannot hold up a
 * shutdown. Both against the real process (`npm start`'s entry point) and real signed requests.
 */
if (!PG_URL) console.warn('\n*** PostgreSQL durability tests SKIPPED: set TEST_DATABASE_URL (bash scripts/test-postgres.sh) ***\n');

const SECRET = 'abcdef0123456789abcdef0123456789';
const running: RunningProcess[] = [];
const standIns: SlackStandIn[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
  await Promise.all(standIns.splice(0).map((s) => s.stop()));
});

async function startBot(env: NodeJS.ProcessEnv) {
  const slack = new SlackStandIn();
  await slack.start();
  standIns.push(slack);
  const port = await freePort();
  const bot = startMain({ SLACK_BOT_TOKEN: 'xoxb-1-2-durability', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', ...env });
  running.push(bot);
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), () => `the bot\n${bot.stderr()}`);
  return { slack, port, bot };
}

describe('kill -9 in the middle of a burst loses no acknowledged question', () => {
  it('with SQLite', async () => {
    const file = tempDatabase();
    const { port, bot, slack } = await startBot({ DATABASE_PATH: file });
    const acknowledged = await burstThenKill(port, bot, slack, 'sqlite-kill');
    const db = new Database(file, { readonly: true });
    const stored = new Set((db.prepare("SELECT question FROM questions WHERE question LIKE 'sqlite-kill %'").all() as Array<{ question: string }>).map((r) => r.question));
    db.close();
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    expect(acknowledged.filter((q) => !stored.has(q))).toEqual([]);
  }, 60_000);

  it.skipIf(!PG_URL)('with PostgreSQL', async () => {
    const url = await freshDatabase('kill');
    const { port, bot, slack } = await startBot({ DATABASE_URL: url });
    const acknowledged = await burstThenKill(port, bot, slack, 'pg-kill');
    const stored = await withClient(url, async (c) => new Set((await c.query("SELECT question FROM questions WHERE question LIKE 'pg-kill %'")).rows.map((r) => String(r.question))));
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    expect(acknowledged.filter((q) => !stored.has(q))).toEqual([]);
  }, 60_000);
});

/** Starts a burst and SIGKILLs the bot after 100 acknowledged answers, with requests still in flight. */
async function burstThenKill(port: number, bot: RunningProcess, slack: SlackStandIn, tag: string): Promise<string[]> {
  let killed = false;
  const acknowledgedSoFar: string[] = [];
  const burst = slashBurst({
    port,
    secret: SECRET,
    responseUrl: slack.responseUrl(tag),
    total: 3000,
    concurrency: 25,
    question: (i) => `${tag} ${i}: what does IL26 activate?`,
    stop: () => killed,
    onAcknowledged: (q) => acknowledgedSoFar.push(q),
  });
  await waitFor(() => (acknowledgedSoFar.length >= 100 ? true : undefined), () => `100 answers (${acknowledgedSoFar.length} so far)\n${bot.stderr()}`, 30_000);
  bot.child.kill('SIGKILL');
  killed = true;
  await bot.exited;
  return (await burst).acknowledged;
}

const lockWaiters = (url: string) =>
  withClient(url, async (c) => Number((await c.query("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO questions%'")).rows[0].n));

describe('a stalled or failing database', () => {
  it.skipIf(!PG_URL)('cannot hold up a shutdown: SIGTERM exits within 30 s while PostgreSQL holds every write', async () => {
    const url = await freshDatabase('stall');
    const { port, bot, slack } = await startBot({ DATABASE_URL: url, LOG_LEVEL: 'info' });
    await withClient(url, async (admin) => {
      // Another session holds the question log locked: every insert waits on it, as on a stalled server.
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE questions IN ACCESS EXCLUSIVE MODE');
      const burst = slashBurst({ port, secret: SECRET, responseUrl: slack.responseUrl('stall'), total: 10, concurrency: 10, question: (i) => `stall ${i}: what does IL26 activate?` });
      // The requests are in: each waits on the locked table (the log write) before it can be answered.
      await waitFor(async () => ((await lockWaiters(url)) >= 5 ? true : undefined), 'inserts waiting on the lock');
      const started = Date.now();
      bot.child.kill('SIGTERM');
      const code = await Promise.race([bot.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 30_000))]);
      expect(code).not.toBe('hung');
      expect(Date.now() - started).toBeLessThan(30_000);
      await burst;
      await admin.query('ROLLBACK');
    });
  }, 60_000);

  it('turns /healthz non-200 within 30 s when every question-log write fails (SQLite full)', async () => {
    const file = tempDatabase();
    const { port, bot } = await startBot({ DATABASE_PATH: file });
    // What a full disk looks like to the bot: every insert into the log fails.
    const db = new Database(file);
    db.exec("CREATE TRIGGER disk_full BEFORE INSERT ON questions BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END");
    db.close();
    const res = await slashBurst({ port, secret: SECRET, responseUrl: 'http://127.0.0.1:9/x', total: 3, concurrency: 1, question: (i) => `full ${i}: what does IL26 activate?` });
    // The asker still gets the answer; the failure shows in health, not in their channel, and the
    // row itself is in the operator's logs.
    expect(res.acknowledged).toHaveLength(3);
    const failed = bot.stderr().split('\n').filter((l) => l.includes('question log row not stored')).map((l) => JSON.parse(l));
    expect(failed.map((l) => l.record.question).sort()).toEqual(['full 0: what does IL26 activate?', 'full 1: what does IL26 activate?', 'full 2: what does IL26 activate?']);
    const report = await waitFor(
      async () => {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        return r.status !== 200 ? { status: r.status, body: (await r.json()) as { store: { state: string; reason?: string } } } : undefined;
      },
      () => `a non-200 health check\n${bot.stderr()}`,
      30_000,
    );
    expect(report.status).toBe(503);
    expect(report.body.store.state).toBe('failing');
    expect(report.body.store.reason).toMatch(/disk is full/);
  }, 60_000);
});

describe('the PostgreSQL pool under a stall', () => {
  it.skipIf(!PG_URL)('queues a bounded number of statements and refuses the rest at once, instead of queueing without end', async () => {
    const { openPostgresStore, PG_LIMITS } = await import('../../src/store/postgres.js');
    const url = await freshDatabase('pool');
    const store = await openPostgresStore(url);
    try {
      await withClient(url, async (admin) => {
        await admin.query('BEGIN');
        await admin.query('LOCK TABLE questions IN ACCESS EXCLUSIVE MODE');
        const record = { at: new Date(), platform: 'slack', channel: 'c', userId: 'u', paperId: null, question: 'q', questionKey: 'q', answered: true, partial: false, claimIds: [], latencyMs: 1 };
        const started = Date.now();
        const writes = Array.from({ length: PG_LIMITS.poolSize + PG_LIMITS.maxWaiting + 20 }, () =>
          store.logQuestion(record).then(
            () => 'stored',
            (error: Error) => (error.name === 'StoreBusyError' ? `busy after ${Date.now() - started} ms` : 'timed out'),
          ),
        );
        const outcomes = await Promise.all(writes);
        await admin.query('ROLLBACK');
        const busy = outcomes.filter((o) => o.startsWith('busy'));
        // At most poolSize running and maxWaiting queued (a statement waiting for a new connection counts as queued).
        expect(outcomes.length - busy.length).toBeLessThanOrEqual(PG_LIMITS.poolSize + PG_LIMITS.maxWaiting);
        expect(busy.length).toBeGreaterThanOrEqual(20);
        // Refused at once, not after waiting for the statement timeout.
        for (const b of busy) expect(Number(/after (\d+)/.exec(b)![1])).toBeLessThan(PG_LIMITS.statementTimeoutMs);
        // The rest waited on the lock and gave up within the statement and connection timeouts.
        expect(outcomes.filter((o) => o === 'timed out').length).toBe(outcomes.length - busy.length);
      });
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe('a shutdown never waits without end', () => {
  it('gives a reply Slack never accepts 10 s, then exits anyway', async () => {
    const { port, bot, slack } = await startBot({ LOG_LEVEL: 'info' });
    slack.postDelayMs = 120_000;
    const { eventBody, postToBot, BOT_USER_ID } = await import('../helpers/slack-standin.js');
    await postToBot(port, eventBody('EvHang1', { type: 'app_mention', user: 'UHANG1', text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: '1700000700.000001', channel: 'C-HANG' }), 'application/json', { secret: SECRET });
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C-HANG') ? true : undefined), 'the reply to be on its way');
    const started = Date.now();
    bot.child.kill('SIGTERM');
    const code = await Promise.race([bot.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 29_000))]);
    expect(code).not.toBe('hung');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(bot.stderr()).toMatch(/answers still running after 10 s; exiting anyway/);
  }, 45_000);
});
