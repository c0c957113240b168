import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, PG_URL } from '../helpers/postgres.js';
import { freePort, startMain, waitFor, waitForLog, type RunningProcess } from '../helpers/process.js';
import { BOT_USER_ID, eventBody, FORM, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

/** Two instances behind a load balancer, one PostgreSQL: what one has seen or counted, the other knows. */
if (!PG_URL) console.warn('\n*** Slack multi-instance test SKIPPED: set TEST_DATABASE_URL (bash scripts/test-postgres.sh) ***\n');

const SECRET = 'abcdef0123456789abcdef0123456789';
let slack: SlackStandIn;
const bots: Array<{ process: RunningProcess; port: number }> = [];

describe.skipIf(!PG_URL)('two Slack instances sharing PostgreSQL', () => {
  beforeAll(async () => {
    // A database of its own, so the store contract tests resetting theirs cannot interfere.
    const url = await freshDatabase('instances');
    slack = new SlackStandIn();
    await slack.start();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const process = startMain({ SLACK_BOT_TOKEN: 'xoxb-1-2-instances', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, PORT: String(port), DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '3' });
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
      // Slack signs the retry as it sends it: same event, a later timestamp, so it is no replay of the original.
      postToBot(bots[1]!.port, body, 'application/json', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 1 }, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C-MULTI') ? true : undefined), () => `a reply\n${JSON.stringify(slack.calls.map((c) => c.path))}\n${bots.map((b) => b.process.stderr()).join('\n')}`);
    // The instance that lost the claim says so.
    await waitForLog(bots.map((b) => b.process), 'slack:message:C-MULTI:1700000200.000100');
    expect(slack.posts().filter((p) => p.body.channel === 'C-MULTI')).toHaveLength(1);
  });

  it('answers a captured slash command replayed to the other instance only once', async () => {
    const body = slashCommandBody('who led the study?', slack.responseUrl('replay'), '/claims', 'UREPLAY1');
    const timestamp = Math.floor(Date.now() / 1000);
    const a = await postToBot(bots[0]!.port, body, FORM, { secret: SECRET, timestamp });
    const b = await postToBot(bots[1]!.port, body, FORM, { secret: SECRET, timestamp });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.text, b.text].filter((t) => t.includes('Moon Kyung-Sub'))).toHaveLength(1);
  });

  it('holds one per-user limit across both instances', async () => {
    const ask = async (port: number) => (await postToBot(port, slashCommandBody('what does IL26 activate?', slack.responseUrl('limit'), '/claims', 'ULIMIT1'), FORM, { secret: SECRET })).text;
    const answers = [await ask(bots[0]!.port), await ask(bots[1]!.port), await ask(bots[0]!.port), await ask(bots[1]!.port)];
    expect(answers.slice(0, 3).every((t) => t.includes('JAK-STAT3'))).toBe(true);
    expect(answers[3]).toMatch(/asking faster than I can keep up with \(3 questions a minute\)/);
  });
});
