import type { ServerResponse } from 'node:http';
import bolt from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Responder } from '../../core/respond.js';
import { scrubSecrets, type Logger } from '../../log.js';
import { StateClock, type Surface } from '../../surface.js';
import type { InFlight } from '../shared/inflight.js';
import { OverLimitNotices } from '../shared/notices.js';
import { slackContext, type SlackListener } from './context.js';
import { registerSlashCommand } from './listeners/command.js';
import { registerAssistant } from './listeners/assistant.js';
import { registerFeedback } from './listeners/feedback.js';
import { registerHome } from './listeners/home.js';
import { registerMessages } from './listeners/messages.js';
import { registerShare } from './listeners/share.js';
import { registerShortcut } from './listeners/shortcut.js';
import { MAX_BODY_BYTES, screenRequests } from './receiver.js';
import { verifySlackToken } from './startup.js';

const { App, HTTPReceiver, SocketModeReceiver, LogLevel } = bolt;

export interface SlackDeps {
  config: SlackConfig;
  responder: Responder;
  logger: Logger;
  inflight: InFlight;
  /** how long stop() lets answers in flight finish */
  drainMs: number;
  /** extra GET routes on the HTTP receiver, e.g. the health check */
  routes?: Array<{ path: string; handler: (res: ServerResponse) => void | Promise<void> }>;
}

/**
 * Every Slack listener, one module each. A new surface (App Home, a shortcut, an assistant thread)
 * is a new file in listeners/ and one line here.
 */
const LISTENERS: SlackListener[] = [registerSlashCommand, registerMessages, registerShare, registerFeedback, registerHome, registerShortcut, registerAssistant];

// Replies are only useful while the question is fresh: a few quick retries, not Slack's 30-minute default.
const RETRIES = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 20_000, randomize: true };

/** Slack over HTTP or Socket Mode, wired to the one responder. */
export function slackSurface(deps: SlackDeps): Surface {
  const { config, responder, inflight } = deps;
  const log = deps.logger.child({ platform: 'slack' });
  const state = new StateClock('down');
  let app: InstanceType<typeof App> | undefined;

  return {
    name: 'slack',
    health: () => state.get(),
    async start() {
      const logger = boltLogger(log);
      const identity = await verifySlackToken(config, logger);
      const receiver = config.mode.kind === 'http' ? httpReceiver(config.mode, logger) : socketReceiver(config.mode.appToken, logger);
      app = new App({
        token: config.botToken,
        receiver,
        logger,
        // auth.test has just passed (verifySlackToken): Bolt need not call it again.
        tokenVerificationEnabled: false,
        // Bolt's conversation store keeps per-conversation state the bot never reads (its own memory is
        // the core's), and costs an Error object per request in the default MemoryStore.
        convoStore: false,
        botId: identity.botId,
        botUserId: identity.botUserId,
        // 429s are waited out per call (post.ts), so one flooded channel does not pause every reply.
        clientOptions: { retryConfig: RETRIES, rejectRateLimitedCalls: true, logger, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) },
      });
      const ctx = slackContext({ config, responder, log, inflight, notices: new OverLimitNotices() });
      for (const register of LISTENERS) register(app, ctx);
      app.error(async (error) => {
        log.error({ err: error }, 'slack listener failed');
      });
      if (config.mode.kind === 'http') {
        await app.start(config.mode.port);
        state.set('connected');
        log.info({ port: config.mode.port, command: config.command }, 'slack: listening for events over HTTP');
      } else {
        await app.start();
        state.set('connected');
        log.info({ command: config.command }, 'slack: connected over Socket Mode');
      }
    },
    async stop() {
      state.set('down', 'stopping');
      // Closing the receiver stops intake (Slack retries elsewhere); replies in flight still post.
      const closing = app?.stop().catch((error: unknown) => log.warn({ err: error }, 'slack: closing the receiver failed'));
      await inflight.drain(deps.drainMs);
      await Promise.race([closing, new Promise((r) => setTimeout(r, 1000).unref())]);
    },
  };

  function httpReceiver(mode: Extract<SlackConfig['mode'], { kind: 'http' }>, logger: bolt.Logger) {
    const receiver = new HTTPReceiver({
      signingSecret: mode.signingSecret,
      port: mode.port,
      logger,
      bodyLimit: MAX_BODY_BYTES,
      customRoutes: (deps.routes ?? []).map((r) => ({ path: r.path, method: ['GET'], handler: (_req, res) => void r.handler(res) })),
    });
    receiver.requestListener = screenRequests(receiver.requestListener, { signingSecret: mode.signingSecret, deliveries: responder.deliveries, log });
    return receiver;
  }

  function socketReceiver(appToken: string, logger: bolt.Logger) {
    // apps.connections.open goes to the same Web API as every other call (GovSlack, loopback tests).
    const receiver = new SocketModeReceiver({ appToken, logger, ...(config.apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } } : {}) });
    // Socket Mode reconnects by itself; health reports what it is doing meanwhile.
    receiver.client.on('connected', () => state.set('connected'));
    receiver.client.on('reconnecting', () => state.set('reconnecting', 'Socket Mode connection lost; reconnecting'));
    receiver.client.on('disconnected', () => state.set('reconnecting', 'Socket Mode disconnected'));
    return receiver;
  }
}

/** Bolt's logger interface on top of pino, so Bolt's own messages are structured and scrubbed too. */
function boltLogger(log: Logger): bolt.Logger {
  let level = LogLevel.WARN;
  const text = (m: unknown[]) => scrubSecrets(m.map((x) => (x instanceof Error ? (x.stack ?? x.message) : String(x))).join(' '));
  return {
    debug: (...m: unknown[]) => log.debug(text(m)),
    info: (...m: unknown[]) => log.info(text(m)),
    warn: (...m: unknown[]) => log.warn(text(m)),
    error: (...m: unknown[]) => log.error(text(m)),
    setLevel: (l: bolt.LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
