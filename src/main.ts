import type { ServerResponse } from 'node:http';
import { startDiscord } from './adapters/discord/client.js';
import { startSlack } from './adapters/slack/app.js';
import { startTerminalChat } from './adapters/terminal/chat.js';
import { boot, exitOnStartupError, type Booted } from './boot.js';
import type { FeedbackSink } from './core/feedback.js';
import { createLogger } from './log.js';

let booted: Booted;
try {
  booted = boot();
} catch (error) {
  exitOnStartupError(error);
}
const { config, engine, responder } = booted;
const logger = createLogger(config.logLevel);

// Feedback is logged until a store exists to keep it in.
const feedback: FeedbackSink = { record: (f) => logger.info({ feedback: f }, 'feedback received') };

const running: Array<{ name: string; ready?: () => boolean; stop(): Promise<void> }> = [];

const health = (res: ServerResponse) => {
  const claims = engine.library.papers.reduce((n, p) => n + p.claims.length, 0);
  const adapters = Object.fromEntries(running.map((r) => [r.name, r.ready === undefined || r.ready() ? 'connected' : 'disconnected']));
  const ok = Object.values(adapters).every((state) => state === 'connected');
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: ok ? 'ok' : 'degraded', papers: engine.library.papers.length, claims, adapters }));
};

try {
  if (config.slack) {
    running.push({ name: 'slack', ...(await startSlack({ config: config.slack, responder, feedback, logger, routes: [{ path: '/healthz', handler: health }] })) });
  }
  if (config.discord) {
    const discord = await startDiscord({ config: config.discord, responder, logger });
    running.push({ name: 'discord', ready: () => discord.ready, stop: () => discord.stop() });
  }
} catch (error) {
  logger.error({ err: error }, 'start-up failed');
  await Promise.allSettled(running.map((r) => r.stop()));
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

if (running.length === 0) {
  await startTerminalChat({ engine, responder });
} else {
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
