import type { ServerResponse } from 'node:http';
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

const health = (res: ServerResponse) => {
  const claims = engine.library.papers.reduce((n, p) => n + p.claims.length, 0);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'ok', papers: engine.library.papers.length, claims, slack: config.slack ? 'connected' : 'off' }));
};

const running: Array<{ name: string; stop(): Promise<void> }> = [];
try {
  if (config.slack) {
    running.push({ name: 'slack', ...(await startSlack({ config: config.slack, responder, feedback, logger, routes: [{ path: '/healthz', handler: health }] })) });
  }
} catch (error) {
  logger.error({ err: error }, 'start-up failed');
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
