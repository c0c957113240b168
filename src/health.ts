import { createServer, type ServerResponse } from 'node:http';

export type HealthHandler = (res: ServerResponse) => void;

/**
 * Serves GET /healthz on its own port when no Slack HTTP receiver owns it (Discord only, Socket
 * Mode), so a Procfile host always finds the web process bound to PORT and can check readiness.
 */
export async function startHealthServer(port: number, handler: HealthHandler): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') return handler(res);
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
