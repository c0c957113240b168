import type { ServerResponse } from 'node:http';
import { startDiscord } from './adapters/discord/client.js';
import { InFlight } from './adapters/shared/inflight.js';
import { startSlack } from './adapters/slack/app.js';
import { startTerminalChat } from './adapters/terminal/chat.js';
import { boot, exitOnStartupError, type Booted } from './boot.js';
import { Responder } from './core/respond.js';
import type { Store } from './core/store.js';
import { startHealthServer } from './health.js';
import { createLogger } from './log.js';
import { openStore } from './store/open.js';

const SHUTDOWN_GRACE_MS = 10_000;

let booted: Booted;
try {
  booted = boot();
} catch (error) {
  exitOnStartupError(error);
}
const { config, engine } = booted;
const logger = createLogger(config.logLevel);
const wantsTerminal = process.argv.includes('--terminal');
if (!config.slack && !config.discord && !process.stdin.isTTY && !wantsTerminal) {
  process.stderr.write(
    'Nothing to run: no platform is configured (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, or DISCORD_TOKEN) ' +
      'and stdin is not a terminal. For the terminal chat on piped input, run `npm start -- --terminal`.\n',
  );
  process.exit(1);
}

let store: Store;
try {
  store = await openStore(config);
} catch (error) {
  exitOnStartupError(error);
}
logger.debug({ store: store.kind }, 'question log open');
const responder = new Responder(engine, {
  questionsPerMinute: config.rateLimitPerMinute,
  store,
  channelPapers: await store.channelPapers(),
  onStoreError: (error, what) => logger.error({ err: error }, `store: ${what} failed`),
});

interface Running {
  name: string;
  ready: () => boolean;
  /** stop taking new questions */
  close(): Promise<void>;
  /** release the connection once in-flight answers are done */
  dispose?(): Promise<void>;
}
const running: Running[] = [];
const inflight = new InFlight();
let closeHealthServer: (() => Promise<void>) | undefined;

const health = (res: ServerResponse) => {
  const claims = engine.library.papers.reduce((n, p) => n + p.claims.length, 0);
  const adapters = Object.fromEntries(running.map((r) => [r.name, r.ready() ? 'connected' : 'disconnected']));
  const ok = inflight.accepting && Object.values(adapters).every((state) => state === 'connected');
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: ok ? 'ok' : inflight.accepting ? 'degraded' : 'stopping', papers: engine.library.papers.length, claims, adapters }));
};

async function shutdown(signal: string): Promise<never> {
  logger.info({ signal, inFlight: inflight.size }, 'shutting down');
  // Order matters: stop intake (Slack then retries elsewhere), let answers finish, then disconnect.
  await Promise.allSettled(running.map((r) => r.close()));
  const drained = await inflight.drain(SHUTDOWN_GRACE_MS);
  if (!drained) logger.warn({ inFlight: inflight.size }, `answers still running after ${SHUTDOWN_GRACE_MS / 1000} s; exiting anyway`);
  await Promise.allSettled([...running.map((r) => r.dispose?.()), closeHealthServer?.()]);
  await responder.flush();
  await store.close().catch((error: unknown) => logger.error({ err: error }, 'closing the store failed'));
  logger.flush();
  process.exit(0);
}

try {
  if (config.slack) {
    const slack = await startSlack({ config: config.slack, responder, logger, inflight, routes: [{ path: '/healthz', handler: health }] });
    running.push({ name: 'slack', ready: () => true, close: () => slack.stop() });
  }
  if (config.discord) {
    const discord = await startDiscord({ config: config.discord, responder, logger, inflight });
    running.push({ name: 'discord', ready: () => discord.ready, close: async () => undefined, dispose: () => discord.stop() });
  }
  // PORT is served by the Slack HTTP receiver when there is one; otherwise by a health server of our own.
  if (running.length > 0 && config.slack?.mode.kind !== 'http') {
    const server = await startHealthServer(config.port, health);
    closeHealthServer = () => server.close();
    logger.info({ port: server.port }, 'health check on GET /healthz');
  }
} catch (error) {
  logger.error({ err: error }, 'start-up failed');
  await Promise.allSettled(running.map((r) => r.close().then(() => r.dispose?.())));
  await store.close().catch(() => undefined);
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

if (running.length > 0) {
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} else {
  await startTerminalChat({ engine, responder });
  await responder.flush();
  await store.close();
}
