import { createServer, type ServerResponse } from 'node:http';
import type { StoreHealth } from './core/store-health.js';
import type { SurfaceHealth } from './surface.js';

export type HealthHandler = (res: ServerResponse) => void | Promise<void>;

/** A surface still reconnecting after this long counts as down: 20 s, so a dead gateway shows within 30 s. */
export const RECONNECT_GRACE_MS = 20_000;

export interface HealthInputs {
  accepting: boolean;
  surfaces: Record<string, SurfaceHealth>;
  store?: StoreHealth;
  papers: number;
  claims: number;
  now?: number;
}

/**
 * What /healthz says: 200 only when every surface is connected (or briefly reconnecting) and the
 * store's writes succeed; otherwise 503 with each part's state and the reason in the body, so a
 * load balancer stops sending work and a person can see why.
 */
export function healthReport(inputs: HealthInputs): { status: 200 | 503; body: Record<string, unknown> } {
  const now = inputs.now ?? Date.now();
  const problems: string[] = [];
  for (const [name, h] of Object.entries(inputs.surfaces)) {
    const since = h.since ? Date.parse(h.since) : now;
    if (h.state === 'down' || (h.state === 'reconnecting' && now - since > RECONNECT_GRACE_MS)) problems.push(`${name}: ${h.reason ?? h.state}`);
  }
  if (inputs.store?.state === 'failing') problems.push(`store: ${inputs.store.reason ?? 'failing'}`);
  const status = !inputs.accepting ? 'stopping' : problems.length > 0 ? 'degraded' : 'ok';
  return {
    status: status === 'ok' ? 200 : 503,
    body: {
      status,
      ...(problems.length > 0 ? { problems } : {}),
      papers: inputs.papers,
      claims: inputs.claims,
      adapters: inputs.surfaces,
      ...(inputs.store ? { store: inputs.store } : {}),
    },
  };
}

/**
 * Serves GET /healthz on its own port when no Slack HTTP receiver owns it (Discord only, Socket
 * Mode), so a Procfile host always finds the web process bound to PORT and can check readiness.
 */
export async function startHealthServer(port: number, handler: HealthHandler): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') return void handler(res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
