import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { freePort, startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';
import { blockActionBody, BOT_USER_ID, eventBody, FORM, JSON_TYPE, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

/** What the attack run of issue 13 sent: signed but malformed bodies, replays, foreign response URLs, broadcasts, floods. */
const SECRET = 'c0ffee0123456789abcdef0123456789';
const BOT_TOKEN = 'xoxb-9999-8888-attackRunToken';

let slack: SlackStandIn;
let elsewhere: SlackStandIn;
let bot: RunningProcess;
let port: number;
const database = tempDatabase();
let n = 0;

const slash = async (text: string, user = 'U0001') => {
  const res = await postToBot(port, slashCommandBody(text, slack.responseUrl(`s${++n}`), '/claims', user), FORM, { secret: SECRET });
  return { ...res, json: res.text ? JSON.parse(res.text) : undefined };
};
const mention = (channel: string, user: string, text: string) => {
  n += 1;
  return postToBot(port, eventBody(`EvA${n}`, { type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts: `1700000300.${String(n).padStart(6, '0')}`, channel }), JSON_TYPE, { secret: SECRET });
};
const serving = async () => {
  const res = await slash('what does IL26 activate?', `U-SERVE${++n}`);
  return res.status === 200 && JSON.stringify(res.json?.blocks).includes('JAK-STAT3');
};
const feedbackRows = () => {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  slack = new SlackStandIn();
  elsewhere = new SlackStandIn();
  await Promise.all([slack.start(), elsewhere.start()]);
  port = await freePort();
  bot = startMain({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_HOOKS_URL: slack.hooksUrl,
    PORT: String(port),
    DATABASE_PATH: database,
    RATE_LIMIT_PER_MINUTE: '3',
  });
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), () => `the bot on port ${port}\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await Promise.all([slack?.stop(), elsewhere?.stop()]);
});

describe('signed but malformed requests never end the process', () => {
  it('answers 400 to signed null, array and scalar bodies (JSON and form) and goes on serving', async () => {
    const bodies: Array<[string, string]> = [
      ['null', JSON_TYPE],
      ['[]', JSON_TYPE],
      ['42', JSON_TYPE],
      ['"text"', JSON_TYPE],
      ['{"type":', JSON_TYPE],
      ['payload=null', FORM],
      ['payload=%5B%5D', FORM],
      ['payload=%22x%22', FORM],
    ];
    for (const [body, type] of bodies) {
      const res = await postToBot(port, body, type, { secret: SECRET });
      expect(res.status, body).toBe(400);
    }
    expect(await serving()).toBe(true);
    expect(bot.child.exitCode).toBeNull();
  });

  it('refuses a body larger than Slack sends with 413, and an unsigned one before reading it', async () => {
    const big = `payload=${'x'.repeat(600 * 1024)}`;
    expect((await postToBot(port, big, FORM, { secret: SECRET })).status).toBe(413);
    expect((await postToBot(port, big, FORM, { secret: SECRET, unsigned: true })).status).toBe(401);
    expect(await serving()).toBe(true);
  });
});

describe('replays', () => {
  it('answers a replayed slash command once', async () => {
    const body = slashCommandBody('what does IL26 activate?', slack.responseUrl('replay'), '/claims', 'U-REPLAY');
    const timestamp = Math.floor(Date.now() / 1000);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await postToBot(port, body, FORM, { secret: SECRET, timestamp }));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.text.includes('JAK-STAT3'))).toHaveLength(1);
  });

  it('acts once on a replayed Share (one public post) and a replayed 👎 (one feedback row)', async () => {
    const share = blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), slack.responseUrl('replay-share'), 'USHARE1');
    const down = blockActionBody('claims_feedback_down', JSON.stringify({ q: 'what does IL26 activate?', c: ['il26-jakstat3'] }), slack.responseUrl('replay-down'), 'UDOWN1');
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) expect((await postToBot(port, share, FORM, { secret: SECRET, timestamp })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await postToBot(port, down, FORM, { secret: SECRET, timestamp })).status).toBe(200);
    await waitFor(() => (slack.responses('replay-share').length && slack.responses('replay-down').length ? true : undefined), () => `the share and the thank-you\n${bot.stderr()}`);
    // A later, genuine request from the same user is handled after the replays: everything before it has been too.
    expect(await serving()).toBe(true);
    await waitFor(() => (bot.stderr().split('\n').filter((l) => l.includes('replayed request ignored')).length >= 6 ? true : undefined), () => `the replays to be logged\n${bot.stderr()}`);
    expect(slack.responses('replay-share').filter((c) => c.body.response_type === 'in_channel')).toHaveLength(1);
    expect(feedbackRows()).toBe(1);
  });

  it('records one vote per person per answer, however often the button is clicked', async () => {
    const value = JSON.stringify({ q: 'which cells secrete IL26?', c: ['bmcaf-il26'] });
    for (let i = 0; i < 4; i++) await postToBot(port, blockActionBody('claims_feedback_up', value, slack.responseUrl(`vote${i}`), 'UVOTER1'), FORM, { secret: SECRET });
    await waitFor(() => (slack.responses('vote3').length ? true : undefined), 'the fourth click to be answered');
    expect(feedbackRows()).toBe(2);
  });

  it('never POSTs to a response_url outside Slack\'s hooks host', async () => {
    const body = blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), elsewhere.responseUrl('ssrf'), 'USSRF1');
    expect((await postToBot(port, body, FORM, { secret: SECRET })).status).toBe(200);
    await waitFor(() => (bot.stderr().includes('response_url outside') ? true : undefined), () => `the refusal to be logged\n${bot.stderr()}`);
    expect(elsewhere.calls).toHaveLength(0);
  });
});

describe('echo', () => {
  it('neutralises bare @here, @channel and @everyone typed into a question', async () => {
    // Standing alone they are dropped as addressing; glued to a word they reach the echo, defused.
    const res = await slash('@here what does IL26 activate?@channel @everyone', 'U-ECHO');
    // What people see: every text, not the button values Slack hands back to the bot on a click.
    const visible = JSON.stringify(res.json, (key, value) => (key === 'value' ? undefined : value));
    expect(visible).toContain('JAK-STAT3');
    expect(visible).not.toMatch(/(?<!\u200b)@(here|channel|everyone)/u);
    expect(visible).toMatch(/@\u200bchannel/u);
  });

  it('acts on no Share whose user id is not a Slack user id, so a forged one can render no mention or broadcast', async () => {
    const body = blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), slack.responseUrl('forged'), 'U1> <!channel');
    expect((await postToBot(port, body, FORM, { secret: SECRET })).status).toBe(200);
    await waitFor(() => (bot.stderr().includes('malformed user id') ? true : undefined), () => `the refusal to be logged\n${bot.stderr()}`);
    expect(slack.responses('forged')).toHaveLength(0);
    expect(JSON.stringify(slack.calls)).not.toMatch(/<!channel|<@U1>/);
  });
});

describe('one user cannot hurt others', () => {
  it('answers a flooder up to the limit, then tells them once and privately; nothing else is posted publicly', async () => {
    for (let i = 0; i < 8; i++) expect((await mention('C-FLOOD', 'U-FLOOD', `what does IL26 activate? ${i}`)).status).toBe(200);
    await waitFor(() => (slack.posts('chat.postEphemeral').some((c) => c.body.user === 'U-FLOOD') ? true : undefined), () => `the private notice\n${bot.stderr()}`);
    // a bystander's mention afterwards, in the same channel, is answered: the flood has been worked through
    await mention('C-FLOOD', 'U-BYSTANDER', 'who led the study?');
    await waitFor(() => (slack.posts().some((p) => p.body.channel === 'C-FLOOD' && JSON.stringify(p.body).includes('Moon Kyung-Sub')) ? true : undefined), 'the bystander\'s answer');
    const publicPosts = slack.posts().filter((p) => p.body.channel === 'C-FLOOD');
    expect(publicPosts).toHaveLength(3 + 1);
    expect(publicPosts.map((p) => JSON.stringify(p.body)).filter((t) => /asking faster/.test(t))).toHaveLength(0);
    const notices = slack.posts('chat.postEphemeral').filter((c) => c.body.user === 'U-FLOOD');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body.text).toMatch(/asking faster than I can keep up with \(3 questions a minute\)/);
  });

  it('rate-limits gaps, feedback and Share like questions', async () => {
    const texts = [];
    for (let i = 0; i < 4; i++) texts.push(JSON.stringify((await slash('gaps', 'U-GAPS')).json));
    expect(texts.slice(0, 3).every((t) => !/asking faster/.test(t))).toBe(true);
    expect(texts[3]).toMatch(/asking faster/);

    for (let i = 0; i < 4; i++) {
      await postToBot(port, blockActionBody('claims_share', JSON.stringify({ q: `what does IL26 activate? ${i}` }), slack.responseUrl(`share-limit${i}`), 'USHARER1'), FORM, { secret: SECRET });
    }
    const [limited] = await waitFor(() => (slack.responses('share-limit3').length ? slack.responses('share-limit3') : undefined), 'the fourth share to be answered');
    expect(limited!.body.response_type).toBe('ephemeral');
    expect(limited!.body.text).toMatch(/asking faster/);
  });
});

describe('logs and start-up messages', () => {
  it('never writes the signing secret or the bot token to the logs', () => {
    expect(bot.stderr()).not.toContain(SECRET);
    expect(bot.stderr()).not.toContain(BOT_TOKEN);
  });

  it('scrubs a token Slack echoes back in a start-up error', async () => {
    const echoing = new SlackStandIn();
    echoing.authOk = false;
    echoing.authError = `invalid_auth (${BOT_TOKEN} / ${SECRET})`;
    await echoing.start();
    try {
      const p = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: echoing.apiUrl, PORT: String(await freePort()) });
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/SLACK_BOT_TOKEN was not accepted by Slack/);
      expect(p.stderr()).not.toContain(BOT_TOKEN);
      expect(p.stderr()).not.toContain(SECRET);
    } finally {
      await echoing.stop();
    }
  });

  it('tells an unreachable Slack from a rejected token', async () => {
    const closed = await freePort();
    const p = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${closed}/api/`, PORT: String(await freePort()) });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/Could not reach Slack/);
    expect(p.stderr()).toMatch(/network|firewall|proxy/);
    expect(p.stderr()).not.toMatch(/not accepted/);
  }, 30_000);
});
