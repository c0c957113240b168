import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { freePort, startMain, tempDatabase, waitFor, waitForLog, type RunningProcess } from '../helpers/process.js';
import { blockActionBody, BOT_USER_ID, eventBody, FORM, JSON_TYPE, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'e');
const BOT_TOKEN = 'xoxb-1111-2222-abcdefABCDEF123456';

let slack: SlackStandIn;
let bot: RunningProcess;
let port: number;
const database = tempDatabase();

/** Every text a person would see (text fields, not button values), joined, to check nothing could ping anyone. */
function visibleText(value: unknown): string {
  if (Array.isArray(value)) return value.map(visibleText).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (k === 'text' && typeof v === 'string' ? v : k === 'value' ? '' : visibleText(v)))
      .join('\n');
  }
  return '';
}
const sentText = () => visibleText(slack.calls.map((c) => c.body));

beforeAll(async () => {
  slack = new SlackStandIn();
  await slack.start();
  port = await freePort();
  bot = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, PORT: String(port), DATABASE_PATH: database });
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), `the bot on port ${port}\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await slack?.stop();
});

describe('Slack over HTTP, signed requests to the running server', () => {
  it('verifies the token with auth.test at start-up and reports health', async () => {
    expect(slack.posts('auth.test').length).toBeGreaterThanOrEqual(1);
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', adapters: { slack: { state: 'connected' } } });
  });

  it('answers a slash command within 3 s, ephemeral, restating the question, with cited Block Kit', async () => {
    const res = await postToBot(port, slashCommandBody('what does IL26 activate?', slack.responseUrl('cmd')), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const message = JSON.parse(res.text);
    expect(message.response_type).toBe('ephemeral');
    expect(message.blocks[0].elements[0].text).toBe('You asked: what does IL26 activate?');
    const section = message.blocks.find((b: any) => b.type === 'section');
    expect(section.text.text).toMatch(/JAK-STAT3 pathway in NSCLC cells \[1\]\[2\]\./);
    const sources = JSON.stringify(message.blocks.filter((b: any) => b.type === 'context'));
    expect(sources).toContain('<https://doi.org/10.1186/s40164-025-00713-9|');
    const actions = message.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.action_id)).toEqual(['claims_share', 'claims_feedback_up', 'claims_feedback_down']);
    expect(message.text).toContain('JAK-STAT3');
  });

  it('runs shared commands through the slash command', async () => {
    const res = await postToBot(port, slashCommandBody('define EMT', slack.responseUrl('cmd2')), FORM, { secret: SECRET });
    expect(JSON.stringify(JSON.parse(res.text).blocks)).toContain('epithelial');
  });

  it('rejects a forged signature, a stale timestamp and an unsigned request with 401', async () => {
    const body = slashCommandBody('what does IL26 activate?', slack.responseUrl('x'));
    expect((await postToBot(port, body, FORM, { secret: SECRET, forge: true })).status).toBe(401);
    expect((await postToBot(port, body, FORM, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect((await postToBot(port, body, FORM, { secret: SECRET, unsigned: true })).status).toBe(401);
  });

  it('answers an app_mention once, in its thread, even when Slack retries it', async () => {
    const body = eventBody('Ev0001', { type: 'app_mention', user: 'U0001', text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: '1700000000.000100', channel: 'C0001' });
    expect((await postToBot(port, body, JSON_TYPE, { secret: SECRET })).status).toBe(200);
    await waitFor(() => (slack.posts().some((p) => p.body.thread_ts === '1700000000.000100') ? true : undefined), 'the threaded reply');
    // Slack signs each retry as it sends it: the same event, a later timestamp.
    const retry = await postToBot(port, body, JSON_TYPE, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 1 }, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await waitForLog(bot, 'slack:message:C0001:1700000000.000100');
    const replies = slack.posts().filter((p) => p.body.thread_ts === '1700000000.000100');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body.channel).toBe('C0001');
    expect(String(replies[0]!.body.unfurl_links)).toBe('false');
    expect(JSON.stringify(replies[0]!.body.blocks)).toMatch(/JAK-STAT3/);
  });

  it('answers a DM, and the message + mention double delivery of one message only once', async () => {
    const ts = '1700000000.000300';
    const dm = { type: 'message', channel_type: 'im', user: 'U0001', text: 'who led the study?', ts, channel: 'D0001' };
    await postToBot(port, eventBody('Ev0003', dm), JSON_TYPE, { secret: SECRET });
    await postToBot(port, eventBody('Ev0004', { ...dm, type: 'app_mention', text: `<@${BOT_USER_ID}> who led the study?` }), JSON_TYPE, { secret: SECRET });
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'D0001') ? true : undefined), 'the DM reply');
    await waitForLog(bot, `slack:message:D0001:${ts}`);
    const replies = slack.posts().filter((p) => p.body.channel === 'D0001');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body.text).toContain('Moon Kyung-Sub');
  });

  it("ignores other bots' messages and its own", async () => {
    const before = slack.posts().length;
    await postToBot(port, eventBody('Ev0005', { type: 'app_mention', user: 'U0002', bot_id: 'B0999', text: `<@${BOT_USER_ID}> IL26?`, ts: '1700000000.000500', channel: 'C0001' }), JSON_TYPE, { secret: SECRET });
    await postToBot(port, eventBody('Ev0006', { type: 'message', channel_type: 'im', user: BOT_USER_ID, text: 'IL26?', ts: '1700000000.000600', channel: 'D0002' }), JSON_TYPE, { secret: SECRET });
    await postToBot(port, eventBody('Ev0007', { type: 'message', subtype: 'bot_message', channel_type: 'im', bot_id: 'B0999', text: 'IL26?', ts: '1700000000.000700', channel: 'D0003' }), JSON_TYPE, { secret: SECRET });
    // A person's mention sent after them is answered: by then the bots' messages have been passed over.
    await postToBot(port, eventBody('Ev0007b', { type: 'app_mention', user: 'U0001', text: `<@${BOT_USER_ID}> who led the study?`, ts: '1700000000.000710', channel: 'C-AFTER-BOTS' }), JSON_TYPE, { secret: SECRET });
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C-AFTER-BOTS') ? true : undefined), 'the reply to the person');
    expect(slack.posts().length).toBe(before + 1);
  });

  it('never lets <!channel>, <!here> or a user mention typed into a question reach Slack live', async () => {
    const text = `<@${BOT_USER_ID}> <!channel> does IL26 &lt;!here&gt; cause Alzheimer's in <@U0999>?`;
    await postToBot(port, eventBody('Ev0008', { type: 'app_mention', user: 'U0001', text, ts: '1700000000.000800', channel: 'C0002' }), JSON_TYPE, { secret: SECRET });
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C0002') ? true : undefined), 'the reply');
    const slash = await postToBot(port, slashCommandBody('&lt;!channel&gt; &lt;@U0999&gt; IL26 & friends', slack.responseUrl('esc')), FORM, { secret: SECRET });
    const restated = JSON.parse(slash.text).blocks[0].elements[0].text as string;
    // Mention syntax names no one in a question: the question read, and restated, is what is left.
    expect(restated).toBe('You asked: IL26 &amp; friends');
    for (const payload of [sentText(), visibleText(JSON.parse(slash.text))]) {
      expect(payload).not.toMatch(/<!(channel|here|everyone)/);
      expect(payload).not.toMatch(/<@U0999/);
    }
  });

  it('"Share in channel" posts the answer publicly, naming who asked', async () => {
    const res = await postToBot(port, blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), slack.responseUrl('share')), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    const [shared] = await waitFor(() => (slack.responses('share').length ? slack.responses('share') : undefined), 'the shared answer');
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.blocks[0].elements[0].text).toBe('<@U0001> asked: what does IL26 activate?');
    expect(JSON.stringify(shared!.body.blocks)).toContain('JAK-STAT3');
  });

  it('acknowledges 👍, stores it against the paper and logs it, without leaking the token', async () => {
    const value = JSON.stringify({ q: 'what does IL26 activate?', c: ['il26-jakstat3'] });
    const res = await postToBot(port, blockActionBody('claims_feedback_up', value, slack.responseUrl('fb')), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    await waitFor(() => (slack.responses('fb').length ? true : undefined), 'the thank-you');
    await waitFor(() => (bot.stderr().includes('feedback received') ? true : undefined), 'the feedback log line');
    const line = bot.stderr().split('\n').find((l) => l.includes('feedback received'))!;
    expect(JSON.parse(line).feedback).toMatchObject({ vote: 'up', claimIds: ['il26-jakstat3'], userId: 'U0001' });
    const store = openSqliteStore(database);
    try {
      const paper = (await store.activity(new Date(Date.now() - 60_000))).find((a) => a.paperId === 'bm-caf-il26-2025');
      expect(paper).toMatchObject({ up: 1, down: 0 });
    } finally {
      await store.close();
    }
    expect(bot.stderr()).not.toContain(BOT_TOKEN);
    expect(bot.stderr()).not.toContain(SECRET);
  });

  it('logs one line per question with latency and cited claims', () => {
    const lines = bot.stderr().split('\n').filter((l) => l.includes('question answered')).map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[0]).toMatchObject({ platform: 'slack', answered: true });
    expect(typeof lines[0].latencyMs).toBe('number');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await bot.stop('SIGTERM')).toBe(0);
  });
});

describe('Slack configuration errors stop start-up naming the variable', () => {
  it('a bot token without a signing secret or app token', async () => {
    const p = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN/);
  });

  it('a token that is not a bot token', async () => {
    const p = startMain({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: SECRET });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
    expect(p.stderr()).not.toContain('xoxp-user-token');
  });

  it('a token Slack rejects', async () => {
    const standIn = new SlackStandIn();
    standIn.authOk = false;
    await standIn.start();
    try {
      const p = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: standIn.apiUrl, PORT: String(await freePort()) });
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/SLACK_BOT_TOKEN was not accepted by Slack \(auth\.test failed: invalid_auth\)/);
      expect(p.stderr()).not.toContain(BOT_TOKEN);
    } finally {
      await standIn.stop();
    }
  });
});
