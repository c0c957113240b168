import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';
import { BOT_USER_ID, eventBody, FORM, JSON_TYPE, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const BOT_TOKEN = 'xoxb-1111-2222-abcdefABCDEF123456';

let slack: SlackStandIn;
let bot: RunningProcess;
let port: number;

beforeAll(async () => {
  slack = new SlackStandIn();
  await slack.start();
  port = await freePort();
  bot = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, PORT: String(port), DATABASE_PATH: tempDatabase() });
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), `the bot on port ${port}\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await slack?.stop();
});

let shortcuts = 0;
function shortcutBody(text: string): string {
  const payload = {
    type: 'message_action',
    callback_id: 'claims_ask_message',
    trigger_id: `${Date.now()}.${++shortcuts}.abc`,
    action_ts: '1700000001.000200',
    team: { id: 'T0001', domain: 'lab' },
    user: { id: 'U0001', username: 'ada', team_id: 'T0001', name: 'ada' },
    channel: { id: 'C0001', name: 'journal-club' },
    message_ts: `1700000000.00${shortcuts}`,
    message: { type: 'message', user: 'U0002', ts: `1700000000.00${shortcuts}`, text },
    response_url: slack.responseUrl(`shortcut-${shortcuts}`),
    token: 'legacy-verification-token',
    api_app_id: 'A0001',
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('Slack surfaces beyond messages, signed requests to the running server', () => {
  it('publishes the App Home tab when it is opened: the library, how to ask, the commands', async () => {
    const res = await postToBot(port, eventBody('EvHOME1', { type: 'app_home_opened', user: 'U0001', channel: 'D0001', tab: 'home', ts: '1700000000.000001' }), JSON_TYPE, { secret: SECRET });
    expect(res.status).toBe(200);
    const publish = await waitFor(() => slack.posts('views.publish')[0], `views.publish\n${bot.stderr()}`);
    expect(publish.body.user_id).toBe('U0001');
    const view = typeof publish.body.view === 'string' ? JSON.parse(publish.body.view) : publish.body.view;
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Brain-metastasis CAFs, IL26 and CX3CL1 in NSCLC (2025)');
    expect(text).toContain('/claims');
    expect(text).toContain('discuss');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    // With a log, curators see the week's gaps; no channel has chosen a paper yet.
    expect(text).toContain('For curators: what the claims could not answer (last 7 days)');
    expect(text).toContain('Every channel reads the default paper');
    // The messages tab being opened publishes nothing.
    await postToBot(port, eventBody('EvHOME2', { type: 'app_home_opened', user: 'U0001', channel: 'D0001', tab: 'messages', ts: '1700000000.000002' }), JSON_TYPE, { secret: SECRET });
    await postToBot(port, eventBody('EvHOME3', { type: 'app_home_opened', user: 'U0003', channel: 'D0003', tab: 'home', ts: '1700000000.000003' }), JSON_TYPE, { secret: SECRET });
    await waitFor(() => slack.posts('views.publish').find((c) => c.body.user_id === 'U0003'), 'the second publish');
    expect(slack.posts('views.publish')).toHaveLength(2);
  });

  it('lists on the App Home the channels that chose a paper with `use`, linked to the channel', async () => {
    await postToBot(port, slashCommandBody('use caf-il6-stat3-2017', slack.responseUrl('use-home')), FORM, { secret: SECRET });
    await postToBot(port, eventBody('EvHOME4', { type: 'app_home_opened', user: 'U0004', channel: 'D0004', tab: 'home', ts: '1700000000.000004' }), JSON_TYPE, { secret: SECRET });
    const publish = await waitFor(() => slack.posts('views.publish').find((c) => c.body.user_id === 'U0004'), `views.publish\n${bot.stderr()}`);
    const view = typeof publish.body.view === 'string' ? JSON.parse(publish.body.view) : publish.body.view;
    expect(JSON.stringify(view.blocks)).toContain('<#C0001>: Lung CAFs, IL-6/STAT3 and metastatic potential (2017)');
    await postToBot(port, slashCommandBody('use bm-caf-il26-2025', slack.responseUrl('use-back')), FORM, { secret: SECRET });
  });

  it('answers the message shortcut privately, with the message text as the question', async () => {
    const res = await postToBot(port, shortcutBody('Does IL26 switch on JAK-STAT3?'), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    const eph = await waitFor(() => slack.posts('chat.postEphemeral').find((c) => String(c.body.text).includes('JAK')), `chat.postEphemeral\n${bot.stderr()}`);
    expect(eph.body.user).toBe('U0001');
    expect(eph.body.channel).toBe('C0001');
    const blocks = typeof eph.body.blocks === 'string' ? JSON.parse(eph.body.blocks) : eph.body.blocks;
    expect(JSON.stringify(blocks)).toContain('You asked: Does IL26 switch on JAK-STAT3?');
    expect(JSON.stringify(blocks)).toMatch(/\[1\]/);
    await postToBot(port, shortcutBody('   '), FORM, { secret: SECRET });
    await waitFor(() => slack.posts('chat.postEphemeral').find((c) => c.body.text === 'That message has no text to ask about.'), 'the no-text notice');
  });

  it('answers a group DM (message.mpim) that mentions the bot, once, in a thread; other group DM talk is left alone', async () => {
    const chatter = eventBody('EvMPIM1', { type: 'message', channel: 'G0001', channel_type: 'mpim', user: 'U0002', text: 'see you at journal club', ts: '1700000100.000001' });
    await postToBot(port, chatter, JSON_TYPE, { secret: SECRET });
    const asked = { type: 'message', channel: 'G0001', channel_type: 'mpim', user: 'U0002', text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: '1700000100.000002' };
    await postToBot(port, eventBody('EvMPIM2', asked), JSON_TYPE, { secret: SECRET });
    // Slack also sends app_mention for the same message: still one reply.
    await postToBot(port, eventBody('EvMPIM3', { ...asked, type: 'app_mention' }), JSON_TYPE, { secret: SECRET });
    const reply = await waitFor(() => slack.posts().find((c) => c.body.channel === 'G0001'), `a reply in the group DM\n${bot.stderr()}`);
    expect(reply.body.thread_ts).toBe('1700000100.000002');
    // A later message in the same conversation proves the earlier ones were all handled.
    await postToBot(port, eventBody('EvMPIM4', { ...asked, ts: '1700000100.000009', text: `<@${BOT_USER_ID}> summary` }), JSON_TYPE, { secret: SECRET });
    await waitFor(() => slack.posts().find((c) => c.body.thread_ts === '1700000100.000009'), 'the later reply');
    expect(slack.posts().filter((c) => c.body.channel === 'G0001')).toHaveLength(2);
  });

  it('sets suggested prompts when an assistant thread starts, and answers in the thread with a status while it reads', async () => {
    await postToBot(
      port,
      eventBody('EvAST1', { type: 'assistant_thread_started', assistant_thread: { user_id: 'U0001', context: { channel_id: 'C0001' }, channel_id: 'D0009', thread_ts: '1700000200.000001' }, event_ts: '1700000200.000002' }),
      JSON_TYPE,
      { secret: SECRET },
    );
    const prompts = await waitFor(() => slack.posts('assistant.threads.setSuggestedPrompts')[0], `setSuggestedPrompts\n${bot.stderr()}`);
    expect(prompts.body.channel_id).toBe('D0009');
    expect(prompts.body.thread_ts).toBe('1700000200.000001');
    const list = typeof prompts.body.prompts === 'string' ? JSON.parse(prompts.body.prompts) : prompts.body.prompts;
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(4);
    for (const p of list) expect(p).toEqual({ title: expect.any(String), message: expect.any(String) });

    await postToBot(
      port,
      eventBody('EvAST2', { type: 'message', channel: 'D0009', channel_type: 'im', user: 'U0001', text: 'what does IL26 activate?', ts: '1700000200.000003', thread_ts: '1700000200.000001' }),
      JSON_TYPE,
      { secret: SECRET },
    );
    const reply = await waitFor(() => slack.posts().find((c) => c.body.channel === 'D0009'), `the assistant-thread reply\n${bot.stderr()}`);
    expect(reply.body.thread_ts).toBe('1700000200.000001');
    const status = slack.posts('assistant.threads.setStatus');
    expect(status.map((c) => c.body.status)).toEqual(['reading the claims…']);
    expect(slack.calls.indexOf(status[0]!)).toBeLessThan(slack.calls.indexOf(reply));
  });
});
