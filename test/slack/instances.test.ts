import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, sleep, startMain, waitFor, type RunningProcess } from '../helpers/process.js';
import { BOT_USER_ID, eventBody, postToBot, SlackStandIn } from '../helpers/slack-standin.js';

/** Two instances behind a load balancer, one PostgreSQL: a retried event is answered once in all. */
const PG_URL = process.env.TEST_DATABASE_URL;
if (!PG_URL) console.warn('\n*** Slack multi-instance test SKIPPED: set TEST_DATABASE_URL (bash scripts/test-postgres.sh) ***\n');

const SECRET = 'abcdef0123456789abcdef0123456789';
let slack: SlackStandIn;
const bots: Array<{ process: RunningProcess; port: number }> = [];

describe.skipIf(!PG_URL)('two Slack instances sharing PostgreSQL', () => {
  beforeAll(async () => {
    // A database of its own, so the store contract tests resetting theirs cannot interfere.
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS claims_instances WITH (FORCE)');
    await admin.query('CREATE DATABASE claims_instances');
    await admin.end();
    const url = new URL(PG_URL!);
    url.pathname = '/claims_instances';
    slack = new SlackStandIn();
    await slack.start();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const process = startMain({ SLACK_BOT_TOKEN: 'xoxb-1-2-instances', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DATABASE_URL: url.toString() });
      bots.push({ process, port });
    }
    for (const bot of bots) await waitFor(async () => ((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).ok ? true : undefined), `instance on ${bot.port}\n${bot.process.stderr()}`);
  });

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.process.stop()));
    await slack?.stop();
  });

  it('answers an event retried to the other instance only once', async () => {
    const body = eventBody('EvMulti1', { type: 'app_mention', user: 'U0001', text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: '1700000200.000100', channel: 'C-MULTI' });
    // Both at once: the retry races the original, the worst case for claiming a message.
    const [first, retry] = await Promise.all([
      postToBot(bots[0]!.port, body, 'application/json', { secret: SECRET }),
      postToBot(bots[1]!.port, body, 'application/json', { secret: SECRET }, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C-MULTI') ? true : undefined), () => `a reply\n${JSON.stringify(slack.calls.map((c) => c.path))}\n${bots.map((b) => b.process.stderr()).join('\n')}`);
    await sleep(500);
    expect(slack.posts().filter((p) => p.body.channel === 'C-MULTI')).toHaveLength(1);
  });
});
