import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

/** A loopback stand-in for Slack's Web API and response URLs: answers what the bot calls and records it. */
export interface RecordedCall {
  path: string;
  body: Record<string, any>;
}

export const BOT_USER_ID = 'UBOT0001';
/** Content types Slack sends: slash commands and interactions as forms, events as JSON. */
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  /** Socket Mode: the WebSocket URL apps.connections.open hands out (see slack-socket-standin.ts) */
  socketUrl: (() => string) | undefined = undefined;
  /** per API method, responses to give before the normal one (e.g. a 429) */
  readonly failures = new Map<string, Array<{ status: number; headers?: Record<string, string>; body: unknown }>>();
  authOk = true;
  /** users.info reports these as workspace admins */
  readonly admins = new Set<string>();
  /** the error auth.test reports when authOk is false */
  authError = 'invalid_auth';
  /** how long chat.postMessage takes to answer, to hold a reply in flight */
  postDelayMs = 0;
  /** replies whose response was fully sent back to the bot (a post held by postDelayMs counts once it completes) */
  readonly completed: RecordedCall[] = [];
  /**
   * Slack's own per-channel limit on chat.postMessage (about one a second, with a short burst): beyond
   * `burst` posts in a channel within a second, answer 429 with Retry-After: 1. Off (0) by default.
   */
  channelBurst = 0;
  private readonly channelPosts = new Map<string, number[]>();
  private server: Server | undefined;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** SLACK_HOOKS_URL for a bot talking to this stand-in: its response URLs live under it */
  get hooksUrl(): string {
    return `http://127.0.0.1:${this.port}/response/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  posts(method = 'chat.postMessage'): RecordedCall[] {
    return this.calls.filter((c) => c.path === `/api/${method}`);
  }

  responses(id: string): RecordedCall[] {
    return this.calls.filter((c) => c.path === `/response/${id}`);
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const body = parseBody(req.headers['content-type'] ?? '', await readBody(req));
      const path = (req.url ?? '').split('?')[0]!;
      const method = path.replace('/api/', '');
      const queued = this.failures.get(method)?.shift();
      if (queued) {
        this.calls.push({ path: `${path}#failed`, body });
        res.writeHead(queued.status, { 'content-type': 'application/json', ...queued.headers });
        res.end(JSON.stringify(queued.body));
        return;
      }
      if (path === '/api/chat.postMessage' && this.channelBurst > 0 && this.overChannelLimit(String(body.channel))) {
        this.calls.push({ path: `${path}#limited`, body });
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      const call = { path, body };
      this.calls.push(call);
      if (path === '/api/chat.postMessage' && this.postDelayMs) await new Promise((r) => setTimeout(r, this.postDelayMs));
      res.on('finish', () => this.completed.push(call));
      res.writeHead(200, { 'content-type': 'application/json' });
      if (path === '/api/apps.connections.open' && this.socketUrl) {
        res.end(JSON.stringify({ ok: true, url: this.socketUrl() }));
      } else if (path === '/api/auth.test') {
        res.end(JSON.stringify(this.authOk ? { ok: true, team_id: 'T0001', user_id: BOT_USER_ID, bot_id: 'B0001', user: 'claims' } : { ok: false, error: this.authError }));
      } else if (path === '/api/users.info') {
        const id = String(body.user);
        res.end(JSON.stringify({ ok: true, user: { id, name: id.toLowerCase(), is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false } }));
      } else if (path === '/api/chat.postMessage') {
        res.end(JSON.stringify({ ok: true, channel: body.channel, ts: `${Date.now() / 1000}` }));
      } else {
        res.end(JSON.stringify({ ok: true }));
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  private overChannelLimit(channel: string): boolean {
    const now = Date.now();
    const recent = (this.channelPosts.get(channel) ?? []).filter((t) => t > now - 1000);
    const limited = recent.length >= this.channelBurst;
    if (!limited) recent.push(now);
    this.channelPosts.set(channel, recent);
    return limited;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

/** The Web API client sends forms whose nested fields (blocks) are JSON strings; response URLs get JSON. */
function parseBody(type: string, raw: string): Record<string, any> {
  if (type.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** Signs a request body exactly as Slack does: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postToBot(
  port: number,
  body: string,
  contentType: string,
  signing: { secret: string; timestamp?: number; forge?: boolean; unsigned?: boolean },
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, ...extraHeaders };
  if (!signing.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signing.forge ? slackSignature('not-the-secret', timestamp, body) : slackSignature(signing.secret, timestamp, body);
  }
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text(), ms: performance.now() - started };
}

let triggers = 0;
/** Slack gives every slash command and click its own trigger id, so no two genuine bodies are byte-identical. */
const triggerId = () => `${Date.now()}.${++triggers}.abc`;

export function slashCommandBody(text: string, responseUrl: string, command = '/claims', userId = 'U0001'): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'lab',
    channel_id: 'C0001',
    channel_name: 'journal-club',
    user_id: userId,
    user_name: 'ada',
    command,
    text,
    api_app_id: 'A0001',
    response_url: responseUrl,
    trigger_id: triggerId(),
  }).toString();
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: event.ts, ...event },
    authorizations: [{ team_id: 'T0001', user_id: BOT_USER_ID, is_bot: true }],
  });
}

export function blockActionBody(actionId: string, value: string, responseUrl: string, userId = 'U0001'): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'lab' },
    user: { id: userId, username: 'ada', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0001', is_ephemeral: true },
    trigger_id: triggerId(),
    channel: { id: 'C0001', name: 'journal-club' },
    response_url: responseUrl,
    actions: [{ action_id: actionId, block_id: 'claims_actions', value, type: 'button', action_ts: '1700000001.000200', text: { type: 'plain_text', text: 'x' } }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
