import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A loopback Socket Mode server: each connection gets `hello`; a test sends envelopes
 * (events_api, slash_commands, interactive) and a `disconnect`, and reads back the acks.
 */
export class SocketModeStandIn {
  private wss: WebSocketServer | undefined;
  readonly sockets: WebSocket[] = [];
  /** every ack the bot sent: envelope id and any response payload */
  readonly acks: Array<{ envelope_id: string; payload?: any; connection: number }> = [];
  connections = 0;
  port = 0;
  private seq = 0;

  url = (): string => `ws://127.0.0.1:${this.port}/link/?ticket=t${this.connections + 1}`;

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss!.once('listening', () => resolve()));
    this.port = (this.wss.address() as { port: number }).port;
    this.wss.on('connection', (socket) => {
      const connection = ++this.connections;
      this.sockets.push(socket);
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw));
        if (frame.envelope_id) this.acks.push({ ...frame, connection });
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'loopback', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0001' } }));
    });
  }

  get current(): WebSocket | undefined {
    return this.sockets.filter((s) => s.readyState === s.OPEN).at(-1);
  }

  /** Sends an envelope on the newest open connection; returns its id. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, options: { id?: string; acceptsResponsePayload?: boolean; retryAttempt?: number } = {}): string {
    const id = options.id ?? `env-${++this.seq}`;
    this.current!.send(
      JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: options.acceptsResponsePayload ?? type !== 'events_api', retry_attempt: options.retryAttempt ?? 0, retry_reason: '' }),
    );
    return id;
  }

  /** What Slack sends every few hours: the client should open a new connection. */
  refresh(): void {
    this.current!.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'loopback' } }));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
