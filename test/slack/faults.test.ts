import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, waitFor, type RunningProcess } from '../helpers/process.js';
import { BOT_USER_ID, eventBody, JSON_TYPE, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

const SECRET = 'abcdef0123456789abcdef0123456789';
let slack: SlackStandIn;
let bot: RunningProcess;
let port: number;
let n = 0;

const mention = (channel: string, text = 'what does IL26 activate?') => {
  n += 1;
  return postToBot(port, eventBody(`EvF${n}`, { type: 'app_mention', user: 'U0001', text: `<@${BOT_USER_ID}> ${text}`, ts: `1700000100.${String(n).padStart(6, '0')}`, channel }), JSON_TYPE, { secret: SECRET });
};
const delivered = (channel: string) => slack.posts().filter((p) => p.body.channel === channel);
const failed = (channel: string) => slack.calls.filter((c) => c.path === '/api/chat.postMessage#failed' && c.body.channel === channel);

beforeAll(async () => {
  slack = new SlackStandIn();
  await slack.start();
  port = await freePort();
  bot = startMain({ SLACK_BOT_TOKEN: 'xoxb-1-2-faults', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, PORT: String(port), RATE_LIMIT_PER_MINUTE: '3' });
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), `the bot\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await slack?.stop();
});

describe('Slack faults: no reply lost, none posted twice', () => {
  it('retries chat.postMessage after a 429 with Retry-After and posts once', async () => {
    slack.failures.set('chat.postMessage', [{ status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }]);
    await mention('C-429');
    // Once Slack has taken the reply (its response sent), nothing else is in flight for this question.
    await waitFor(() => (slack.completed.some((c) => c.body.channel === 'C-429') ? true : undefined), 'the reply after the 429');
    expect(failed('C-429')).toHaveLength(1);
    expect(delivered('C-429')).toHaveLength(1);
  });

  it('retries after a 503 and posts once', async () => {
    slack.failures.set('chat.postMessage', [{ status: 503, body: { ok: false, error: 'service_unavailable' } }]);
    await mention('C-503');
    await waitFor(() => (slack.completed.some((c) => c.body.channel === 'C-503') ? true : undefined), 'the reply after the 503');
    expect(failed('C-503')).toHaveLength(1);
    expect(delivered('C-503')).toHaveLength(1);
  });

  it('answers a fourth question within a minute with a friendly rate-limit message, per user', async () => {
    const ask = async (user: string) => {
      const body = slashCommandBody('what does IL26 activate?', slack.responseUrl('rl')).replace('user_id=U0001', `user_id=${user}`);
      return JSON.parse((await postToBot(port, body, 'application/x-www-form-urlencoded', { secret: SECRET })).text);
    };
    // The two mentions above came from U0001, so use fresh users here.
    for (let i = 0; i < 3; i++) expect(JSON.stringify((await ask('U0777')).blocks)).toContain('JAK-STAT3');
    const limited = await ask('U0777');
    expect(limited.text).toMatch(/asking faster than I can keep up with \(3 questions a minute\)/);
    expect(JSON.stringify((await ask('U0888')).blocks)).toContain('JAK-STAT3');
  });

  it('on SIGTERM finishes the answer in flight, then exits 0', async () => {
    slack.postDelayMs = 1500;
    await mention('C-TERM');
    await waitFor(() => (slack.calls.some((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C-TERM') ? true : undefined), 'the post to start');
    const exit = bot.stop('SIGTERM');
    expect(await exit).toBe(0);
    expect(delivered('C-TERM')).toHaveLength(1);
    expect(bot.stderr()).toMatch(/shutting down/);
    expect(bot.stderr()).not.toMatch(/still running after/);
  });
});
