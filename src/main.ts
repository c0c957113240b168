import type { ServerResponse } from 'node:http';
import { InFlight } from './adapters/shared/inflight.js';
import { terminalSurface } from './adapters/terminal/surface.js';
import { boot, exitOnStartupError, type Booted } from './boot.js';
import type { Config } from './config.js';
import { Responder } from './core/respond.js';
import type { Store } from './core/store.js';
import { healthReport, startHealthServer } from './health.js';
import type { Curation } from './core/curation.js';
import { LibrarySync } from './library/sync.js';
import { createLogger, registerSecrets, scrubSecrets } from './log.js';
import { openUserLimits } from './store/limits.js';
import { openStore } from './store/open.js';
import type { Surface } from './surface.js';

/** Answers in flight get this long to finish after a SIGTERM. */
const DRAIN_MS = 10_000;
/** Whatever is still running then, the process exits: under the 30 s after which Procfile hosts SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 25_000;

let booted: Booted;
try {
  booted = boot();
} catch (error) {
  exitOnStartupError(error);
}
const { config, live } = booted;
registerSecrets(secretsOf(config));
const logger = createLogger(config.logLevel);
const wantsTerminal = process.argv.includes('--terminal');
if (!config.slack && !config.discord && !process.stdin.isTTY && !wantsTerminal) {
  process.stderr.write(
    'Nothing to run: no platform is configured (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, or DISCORD_TOKEN) ' +
      'and stdin is not a terminal. For the terminal chat on piped input, run `npm start -- --terminal`.\n',
  );
  process.exit(1);
}

// The last net: a request or event that gets past every guard is logged, and the others go on being answered.
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection (ignored; the bot goes on)'));
process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception (ignored; the bot goes on)'));

let store: Store;
try {
  store = await openStore(config);
} catch (error) {
  exitOnStartupError(error);
}
logger.debug({ store: store.kind }, 'question log open');
// Papers added from the chat live in the store: loaded before the first question, then followed.
const sync = new LibrarySync(store, live, {
  onApplied: (r) => logger.info({ added: r.added, removed: r.removed, problems: r.problems, buildMs: Math.round(r.buildMs) }, 'library updated'),
  onError: (error, what) => logger.error({ err: error }, `store: ${what} failed`),
});
try {
  await sync.load();
} catch (error) {
  logger.error({ err: error }, 'store: the papers added from the chat could not be read; answering from data/ alone until they can');
}
const platforms = Boolean(config.slack || config.discord);
const limits = await openUserLimits(config, platforms ? config.rateLimitPerMinute : 0);
// The ingester (XML parsing, Europe PMC) is loaded at the first curator's command, not at every start.
let curating: Promise<Curation> | undefined;
const curation = (): Promise<Curation> =>
  (curating ??= import('./library/curate.js').then(
    ({ StoreCuration }) =>
      new StoreCuration({
        store,
        live,
        sync,
        ingest: config.ingest,
        onWorkerFallback: (error) => logger.warn({ err: error }, 'add: no worker thread for reading the paper; read on the main thread instead'),
      }),
  ));
const responder = new Responder(live, {
  curation: {
    add: async (ref, request) => (await curation()).add(ref, request),
    remove: async (paperId, request) => (await curation()).remove(paperId, request),
    publish: async (paperId, request) => (await curation()).publish(paperId, request),
  },
  curators: config.curators,
  limits: limits.limits,
  store,
  channelPapers: await store.channelPapers(),
  onStoreError: (error, what) => logger.error({ err: error }, `store: ${what} failed`),
  // The row goes into the log line, so an operator still has it when the database did not take it.
  onLogFailure: (error, record) => logger.error({ err: error, record }, 'store: question log row not stored'),
});

sync.follow((channels) => responder.replaceChannelPapers(channels));

const inflight = new InFlight();
const surfaces: Surface[] = [];
let closeHealthServer: (() => Promise<void>) | undefined;

const health = async (res: ServerResponse) => {
  const report = healthReport({
    accepting: inflight.accepting,
    surfaces: Object.fromEntries(surfaces.map((s) => [s.name, s.health()])),
    ...(platforms ? { store: await responder.storeHealth() } : {}),
    papers: live.current.library.papers.length,
    claims: live.current.library.claimById.size,
  });
  res.writeHead(report.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(report.body));
};

// Each platform's SDK is loaded only when that platform is configured (discord.js alone costs about
// 0.2 s and 50 MB at start-up).
if (config.slack) {
  const { slackSurface } = await import('./adapters/slack/app.js');
  surfaces.push(slackSurface({ config: config.slack, responder, logger, inflight, drainMs: DRAIN_MS, routes: [{ path: '/healthz', handler: health }] }));
}
if (config.discord) {
  const { discordSurface } = await import('./adapters/discord/client.js');
  surfaces.push(discordSurface({ config: config.discord, responder, logger, inflight, drainMs: DRAIN_MS }));
}
if (surfaces.length === 0) surfaces.push(terminalSurface({ responder, noColor: config.noColor }));

let stopping: Promise<never> | undefined;
function shutdown(reason: string, code = 0): Promise<never> {
  stopping ??= (async () => {
    // Whatever hangs (a stalled database, a socket that will not close), the process exits in time.
    setTimeout(() => {
      logger.error({ inFlight: inflight.size }, `shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway`);
      logger.flush();
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    logger.info({ reason, inFlight: inflight.size }, 'shutting down');
    // Order matters: stop intake everywhere at once, let answers finish, then disconnect.
    inflight.close();
    await Promise.allSettled(surfaces.map((s) => s.stop()));
    if (inflight.size > 0) logger.warn({ inFlight: inflight.size }, `answers still running after ${DRAIN_MS / 1000} s; exiting anyway`);
    await closeHealthServer?.();
    sync.stop();
    await responder.flush();
    await Promise.allSettled([limits.close(), store.close().catch((error: unknown) => logger.error({ err: error }, 'closing the store failed'))]);
    logger.flush();
    process.exit(code);
  })();
  return stopping;
}
// A second signal while draining means "now".
const onSignal = (signal: NodeJS.Signals) => {
  if (stopping) {
    logger.warn({ signal }, 'second signal: exiting now');
    logger.flush();
    process.exit(1);
  }
  void shutdown(signal);
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);
// `npm start` puts npm and a shell above this process; a SIGTERM to npm alone makes it exit and
// leaves this process orphaned, still holding the port. Losing the parent is taken as the signal.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('the parent process exited');
}, 1000).unref();

try {
  for (const surface of surfaces) await surface.start();
  // PORT is served by the Slack HTTP receiver when there is one; otherwise by a health server of our own.
  if (platforms && config.slack?.mode.kind !== 'http') {
    const server = await startHealthServer(config.port, health);
    closeHealthServer = () => server.close();
    logger.info({ port: server.port }, 'health check on GET /healthz');
  }
} catch (error) {
  logger.error({ err: error }, 'start-up failed');
  inflight.close();
  await Promise.allSettled(surfaces.map((s) => s.stop()));
  await Promise.allSettled([limits.close(), store.close()]);
  process.stderr.write(`${scrubSecrets((error as Error).message)}\n`);
  logger.flush();
  process.exit(1);
}

const ended = surfaces.find((s) => s.ended)?.ended;
if (ended) {
  await ended;
  await shutdown('the chat ended');
}

function secretsOf(c: Config): Array<string | undefined> {
  const password = c.databaseUrl ? safePassword(c.databaseUrl) : undefined;
  return [c.slack?.botToken, c.slack?.mode.kind === 'http' ? c.slack.mode.signingSecret : c.slack?.mode.appToken, c.discord?.token, password];
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
