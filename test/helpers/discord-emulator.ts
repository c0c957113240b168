import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A small loopback Discord: the REST routes discord.js calls to log in and reply, and a gateway that
 * says HELLO, takes IDENTIFY, sends READY and GUILD_CREATE, acknowledges heartbeats, and lets a test
 * inject MESSAGE_CREATE and INTERACTION_CREATE.
 */
export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000010';
export const CHANNEL_ID = '900000000000000020';
export const USER_ID = '900000000000000030';
export const OTHER_BOT_ID = '900000000000000040';
export const ROLE_ID = '900000000000000050';
/** a role with Manage Server: members holding it may add and remove papers when CURATORS is unset */
export const ORGANISER_ROLE_ID = '900000000000000060';
const MANAGE_GUILD = 1n << 5n;
const EVERYONE_PERMISSIONS = 2248473465835073n;

export interface RestCall {
  method: string;
  path: string;
  body: any;
  /** what the emulator answered (the created message, for posts) */
  response?: any;
}

let snowflake = 1_000_000_000_000_000_000n;
export const nextId = () => String(++snowflake);

export class DiscordEmulator {
  readonly rest: RestCall[] = [];
  identifies = 0;
  /** the d of every IDENTIFY, to check intents */
  readonly identifyPayloads: any[] = [];
  /** per "METHOD path" prefix, responses to give before the normal one (e.g. 429) */
  readonly failures: Array<{ match: RegExp; status: number; body: unknown; headers?: Record<string, string> }> = [];
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  messagesTo(channelId = CHANNEL_ID): RestCall[] {
    return this.rest.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${channelId}/messages`);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onSocket(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Drops every gateway connection, as Discord does when it restarts a gateway node. */
  dropGateway(code = 4000): void {
    for (const s of this.sockets) s.close(code, 'emulator drop');
  }

  get connected(): number {
    return this.sockets.size;
  }

  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const s of this.sockets) s.send(frame);
  }

  /** replyToBot: sent as a Discord reply (type 19) to one of the bot's messages, as the client does when someone presses Reply. */
  sendMessage(options: { content: string; authorId?: string; bot?: boolean; channelId?: string; guild?: boolean; mentions?: string[]; mentionRoles?: string[]; everyone?: boolean; replyToBot?: boolean; roles?: string[] }): string {
    const id = nextId();
    const guild = options.guild ?? true;
    const channelId = options.channelId ?? CHANNEL_ID;
    const repliedId = nextId();
    const reply = options.replyToBot
      ? {
          type: 19,
          message_reference: { message_id: repliedId, channel_id: channelId, ...(guild ? { guild_id: GUILD_ID } : {}) },
          referenced_message: { id: repliedId, channel_id: channelId, author: { id: BOT_ID, username: 'claims', discriminator: '0', global_name: null, avatar: null, bot: true }, content: '', embeds: [], attachments: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, timestamp: new Date().toISOString(), edited_timestamp: null, type: 0, flags: 0 },
        }
      : {};
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: channelId,
      channel_type: guild ? 0 : 1,
      ...(guild ? { guild_id: GUILD_ID, member: { roles: options.roles ?? [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
      author: { id: options.authorId ?? USER_ID, username: options.bot ? 'otherbot' : 'ada', discriminator: '0', global_name: null, avatar: null, ...(options.bot ? { bot: true } : {}) },
      content: options.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: options.everyone ?? false,
      mentions: (options.mentions ?? []).map((m) => ({ id: m, username: m === BOT_ID ? 'claims' : 'someone', discriminator: '0', global_name: null, avatar: null, ...(m === BOT_ID ? { bot: true } : {}) })),
      mention_roles: options.mentionRoles ?? [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...reply,
    });
    return id;
  }

  react(messageId: string, emoji: string, userId = USER_ID, channelId = CHANNEL_ID): void {
    this.dispatch('MESSAGE_REACTION_ADD', {
      user_id: userId,
      channel_id: channelId,
      message_id: messageId,
      guild_id: GUILD_ID,
      emoji: { id: null, name: emoji },
      member: { user: { id: userId, username: 'ada', discriminator: '0', global_name: null, avatar: null }, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      burst: false,
      type: 0,
    });
  }

  /** manageGuild: the member holds Manage Server (Discord sends the member's permissions with the interaction) */
  sendCommand(question: string, isPublic?: boolean, paper?: string, who: { manageGuild?: boolean } = {}): { id: string; token: string } {
    const id = nextId();
    const token = `interaction-token-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: 2,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'journal-club' },
      member: { user: { id: USER_ID, username: 'ada', discriminator: '0', global_name: null, avatar: null }, roles: [], permissions: String(who.manageGuild ? EVERYONE_PERMISSIONS | MANAGE_GUILD : EVERYONE_PERMISSIONS), joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      data: {
        id: nextId(),
        name: 'claims',
        type: 1,
        options: [{ name: 'question', type: 3, value: question }, ...(paper === undefined ? [] : [{ name: 'paper', type: 3, value: paper }]), ...(isPublic === undefined ? [] : [{ name: 'public', type: 5, value: isPublic }])],
      },
    });
    return { id, token };
  }

  private interactionBase(id: string, token: string, options: { dm?: boolean; manageGuild?: boolean } = {}) {
    const user = { id: USER_ID, username: 'ada', discriminator: '0', global_name: null, avatar: null };
    const where = options.dm
      ? { channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1, recipients: [user] }, user, context: 2, authorizing_integration_owners: { '1': USER_ID } }
      : {
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'journal-club' },
          member: { user, roles: [], permissions: String(options.manageGuild ? EVERYONE_PERMISSIONS | MANAGE_GUILD : EVERYONE_PERMISSIONS), joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
          context: 0,
          authorizing_integration_owners: { '0': GUILD_ID },
        };
    return { id, application_id: APP_ID, token, version: 1, app_permissions: '2248473465835073', locale: 'en-US', guild_locale: 'en-US', entitlements: [], ...where };
  }

  /** Someone typing into /claims' question option (an APPLICATION_COMMAND_AUTOCOMPLETE interaction). */
  sendAutocomplete(typed: string, options: { dm?: boolean; option?: 'question' | 'paper' } = {}): { id: string; token: string } {
    const id = nextId();
    const token = `interaction-token-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      ...this.interactionBase(id, token, options),
      type: 4,
      data: { id: nextId(), name: 'claims', type: 1, options: [{ name: options.option ?? 'question', type: 3, value: typed, focused: true }] },
    });
    return { id, token };
  }

  /** The message context-menu command "Ask about this message" on a message with this content. */
  sendMessageCommand(content: string, options: { dm?: boolean; manageGuild?: boolean } = {}): { id: string; token: string } {
    const id = nextId();
    const token = `interaction-token-${id}`;
    const messageId = nextId();
    this.dispatch('INTERACTION_CREATE', {
      ...this.interactionBase(id, token, options),
      type: 2,
      data: {
        id: nextId(),
        name: 'Ask about this message',
        type: 3,
        target_id: messageId,
        resolved: {
          messages: {
            [messageId]: {
              id: messageId, channel_id: CHANNEL_ID, content, embeds: [], attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, mention_everyone: false,
              author: { id: OTHER_BOT_ID, username: 'someone', discriminator: '0', global_name: null, avatar: null }, timestamp: new Date().toISOString(), edited_timestamp: null, type: 0, flags: 0,
            },
          },
        },
      },
    });
    return { id, token };
  }

  callback(call: { id: string; token: string }): RestCall | undefined {
    return this.rest.find((c) => c.path === `/api/v10/interactions/${call.id}/${call.token}/callback`);
  }

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 500 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: any };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        this.identifies += 1;
        this.identifyPayloads.push(frame.d);
        this.seq = 0;
        const ready = {
          v: 10,
          user: { id: BOT_ID, username: 'claims', discriminator: '0', global_name: null, avatar: null, bot: true },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: `session-${this.identifies}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
        };
        socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.seq, d: ready }));
        socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guild() }));
      }
      if (frame.op === 6) {
        // RESUME is not supported here: say so, and the client identifies afresh.
        socket.send(JSON.stringify({ op: 9, d: false }));
      }
    });
  }

  private guild() {
    return {
      id: GUILD_ID,
      name: 'Journal club',
      icon: null,
      owner_id: USER_ID,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      roles: [
        { id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 },
        { id: ROLE_ID, name: 'lab', color: 0, hoist: false, position: 1, permissions: '0', managed: false, mentionable: true, flags: 0 },
        { id: ORGANISER_ROLE_ID, name: 'organisers', color: 0, hoist: false, position: 2, permissions: String(MANAGE_GUILD), managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'journal-club', position: 0, permission_overwrites: [], guild_id: GUILD_ID, nsfw: false, parent_id: null }],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: new Date().toISOString(),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = (req.url ?? '').split('?')[0]!;
    const body = raw && (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw;
    const call = { method: req.method ?? 'GET', path, body };
    const failure = this.failures.findIndex((f) => f.match.test(`${call.method} ${path}`));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      this.rest.push({ ...call, path: `${path}#failed` });
      res.writeHead(f!.status, { 'content-type': 'application/json', ...f!.headers });
      res.end(JSON.stringify(f!.body));
      return;
    }
    this.rest.push(call);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (path === '/api/v10/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    let m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (m && req.method === 'POST') {
      return json(200, (call as RestCall).response = {
        id: nextId(),
        channel_id: m[1],
        author: { id: BOT_ID, username: 'claims', discriminator: '0', global_name: null, avatar: null, bot: true },
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        pinned: false,
        type: body.message_reference ? 19 : 0,
        flags: 0,
      });
    }
    if (/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && req.method === 'PUT') {
      return json(200, (body as Array<Record<string, unknown>>).map((c) => ({ id: nextId(), application_id: APP_ID, version: nextId(), ...c })));
    }
    if (/^\/api\/v10\/channels\/\d+\/typing$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    // An edited message (a "reading the paper…" placeholder replaced by the answer, or a deferred reply's @original).
    m = /^\/api\/v10\/(?:channels\/(\d+)\/messages|webhooks\/\d+\/[^/]+\/messages)\/(\d+|@original|%40original)$/.exec(path);
    if (m && req.method === 'PATCH') {
      return json(200, { id: /original$/.test(m[2]!) ? nextId() : m[2], channel_id: m[1] ?? CHANNEL_ID, content: body.content ?? '', embeds: body.embeds ?? [], author: { id: BOT_ID, username: 'claims', discriminator: '0', bot: true }, timestamp: new Date().toISOString(), type: 0, flags: 0, mentions: [], mention_roles: [], attachments: [], pinned: false, tts: false, mention_everyone: false, edited_timestamp: new Date().toISOString() });
    }
    m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    if (m && req.method === 'POST') {
      return json(200, { id: nextId(), channel_id: CHANNEL_ID, content: body.content ?? '', embeds: body.embeds ?? [], author: { id: BOT_ID, username: 'claims', discriminator: '0', bot: true }, timestamp: new Date().toISOString(), type: 0, flags: body.flags ?? 0, mentions: [], mention_roles: [], attachments: [], pinned: false, tts: false, mention_everyone: false, edited_timestamp: null });
    }
    json(404, { message: 'Unknown route in emulator', code: 0 });
  }
}
