import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';
import { SocketModeStandIn } from '../helpers/slack-socket-standin.js';
import { BOT_USER_ID, SlackStandIn } from '../helpers/slack-standin.js';

const BOT_TOKEN = 'xoxb-1111-2222-abcdefABCDEF123456';
const APP_TOKEN = 'xapp-1-A0001-1111-abcdef0123456789';

let slack: SlackStandIn;
let socket: SocketModeStandIn;
let bot: RunningProcess;

const event = (eventId: string, ev: Record<string, unknown>) => ({
  token: 'x', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event: { event_ts: ev.ts, ...ev },
});

beforeAll(async () => {
  slack = new SlackStandIn();
  await slack.start();
  socket = new SocketModeStandIn();
  await socket.start();
  slack.socketUrl = socket.url;
  bot = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, PORT: '0', DATABASE_PATH: tempDatabase() });
  await waitFor(() => (bot.stderr().includes('connected over Socket Mode') && socket.current ? true : undefined), `Socket Mode to connect\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await socket?.stop();
  await slack?.stop();
});

describe('Slack Socket Mode end to end (loopback apps.connections.open and WebSocket)', () => {
  it('opens the connection through apps.connections.open with the app token', () => {
    const open = slack.posts('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(socket.connections).toBe(1);
  });

  it('acks an events_api envelope and answers the mention in a thread through the Web API', async () => {
    const id = socket.send('events_api', event('EvS1', { type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: '1700000300.000001' }));
    await waitFor(() => socket.acks.find((a) => a.envelope_id === id), `the ack of ${id}\n${bot.stderr()}`);
    const reply = await waitFor(() => slack.posts().find((c) => c.body.thread_ts === '1700000300.000001'), `the reply\n${bot.stderr()}`);
    expect(JSON.stringify(reply.body)).toMatch(/JAK-STAT3/);
  });

  it('acks a slash_commands envelope with the answer as its response payload', async () => {
    const id = socket.send('slash_commands', {
      token: 'x', team_id: 'T0001', channel_id: 'C0001', user_id: 'U0001', command: '/claims', text: 'summary', api_app_id: 'A0001', response_url: slack.responseUrl('sock-cmd'), trigger_id: '1.2.3',
    });
    const ack = await waitFor(() => socket.acks.find((a) => a.envelope_id === id), `the ack of ${id}\n${bot.stderr()}`);
    const answered = ack.payload ? JSON.stringify(ack.payload) : JSON.stringify(slack.responses('sock-cmd').map((c) => c.body));
    expect(answered).toMatch(/BM-CAFs/);
  });

  it('after a refresh_requested disconnect, reconnects and answers every envelope exactly once', async () => {
    const before = socket.connections;
    socket.refresh();
    await waitFor(() => (socket.connections > before && socket.current ? true : undefined), `a new connection\n${bot.stderr()}`);
    const id = socket.send('events_api', event('EvS2', { type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@${BOT_USER_ID}> what does CX3CL1 activate?`, ts: '1700000300.000002' }));
    await waitFor(() => socket.acks.find((a) => a.envelope_id === id), `the ack after reconnecting\n${bot.stderr()}`);
    // Slack redelivers an envelope whose ack it may have missed across the refresh: answered once all the same.
    const again = socket.send('events_api', event('EvS2', { type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@${BOT_USER_ID}> what does CX3CL1 activate?`, ts: '1700000300.000002' }), { retryAttempt: 1 });
    await waitFor(() => socket.acks.find((a) => a.envelope_id === again), 'the ack of the redelivery');
    const barrier = socket.send('events_api', event('EvS3', { type: 'app_mention', channel: 'C0001', user: 'U0002', text: `<@${BOT_USER_ID}> who led the study?`, ts: '1700000300.000003' }));
    await waitFor(() => socket.acks.find((a) => a.envelope_id === barrier), 'the barrier ack');
    await waitFor(() => slack.posts().find((c) => c.body.thread_ts === '1700000300.000003'), 'the barrier reply');
    expect(slack.posts().filter((c) => c.body.thread_ts === '1700000300.000002')).toHaveLength(1);
    expect(slack.posts().filter((c) => c.body.thread_ts === '1700000300.000001')).toHaveLength(1);
  });

  it('after a dropped socket, reconnects and acks an interactive envelope (Share in channel) answered once', async () => {
    const before = socket.connections;
    socket.current!.terminate();
    await waitFor(() => (socket.connections > before && socket.current ? true : undefined), `a new connection after the drop\n${bot.stderr()}`);
    const payload = {
      type: 'block_actions', team: { id: 'T0001', domain: 'lab' }, user: { id: 'U0001', username: 'ada', team_id: 'T0001' }, api_app_id: 'A0001', token: 'x',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0001', is_ephemeral: true }, trigger_id: '9.9.9', channel: { id: 'C0001', name: 'journal-club' },
      response_url: slack.responseUrl('sock-share'),
      actions: [{ action_id: 'claims_share', block_id: 'claims_actions', value: JSON.stringify({ q: 'define EMT' }), type: 'button', action_ts: '1700000001.000200', text: { type: 'plain_text', text: 'x' } }],
    };
    const id = socket.send('interactive', payload);
    await waitFor(() => socket.acks.find((a) => a.envelope_id === id), `the ack of ${id}\n${bot.stderr()}`);
    const shared = await waitFor(() => slack.responses('sock-share')[0], `the shared answer\n${bot.stderr()}`);
    expect(shared.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.body)).toMatch(/EMT/);
    expect(socket.acks.filter((a) => a.envelope_id === id)).toHaveLength(1);
  });
});
