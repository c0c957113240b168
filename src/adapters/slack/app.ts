import bolt from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Request, Responder } from '../../core/respond.js';
import type { Answer } from '../../core/types.js';
import { scrubSecrets, type Logger } from '../../log.js';
import { answerAndLog, APOLOGY } from '../shared/answer.js';
import type { InFlight } from '../shared/inflight.js';
import { SeenKeys } from '../shared/seen.js';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, ACTION_SHARE, decodeButtonValue, renderSlack, type SlackMessage } from './render.js';
import { slackTextToPlain } from './text.js';

const { App, LogLevel } = bolt;

export interface SlackDeps {
  config: SlackConfig;
  responder: Responder;
  logger: Logger;
  inflight: InFlight;
  /** extra GET routes on the HTTP receiver, e.g. the health check */
  routes?: Array<{ path: string; handler: (res: import('node:http').ServerResponse) => void }>;
}

export interface SlackAdapter {
  /** stops taking requests (the HTTP server closes; Slack retries elsewhere); replies in flight still post */
  stop(): Promise<void>;
}

const RESTARTING = 'The bot is restarting; please ask again in a few seconds.';
// Replies are only useful while the question is fresh: a few quick retries, not Slack's 30-minute default.
const RETRIES = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 20_000, randomize: true };

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Starts Bolt (HTTP or Socket Mode) and wires every Slack surface to the one responder. */
export async function startSlack(deps: SlackDeps): Promise<SlackAdapter> {
  const { config, responder, logger } = deps;
  const log = logger.child({ platform: 'slack' });
  const common = {
    token: config.botToken,
    deferInitialization: true,
    logLevel: LogLevel.WARN,
    logger: boltLogger(log),
    clientOptions: { retryConfig: RETRIES, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) },
  };
  const app =
    config.mode.kind === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.mode.appToken })
      : new App({
          ...common,
          signingSecret: config.mode.signingSecret,
          customRoutes: (deps.routes ?? []).map((r) => ({ path: r.path, method: ['GET'], handler: (_req, res) => r.handler(res) })),
        });
  try {
    await app.init();
  } catch (error) {
    throw new Error(`SLACK_BOT_TOKEN was not accepted by Slack (auth.test failed: ${(error as { data?: { error?: string } }).data?.error ?? (error as Error).message})`);
  }

  const seen = new SeenKeys();

  const answer = async (request: Request, render: (a: Answer) => SlackMessage): Promise<SlackMessage> => {
    const result = await answerAndLog(responder, request, log);
    return result ? render(result) : { text: APOLOGY, blocks: [] };
  };

  const { inflight } = deps;

  app.command(config.command, async ({ command, ack }) => {
    // The answer is computed in well under a millisecond, so it travels in the acknowledgement itself.
    const done = await inflight.track(async () => {
      const reply = await answer(
        { platform: 'slack', conversationId: `slack:${command.channel_id}:${command.user_id}`, channelId: `slack:${command.channel_id}`, userId: command.user_id, text: slackTextToPlain(command.text) },
        (a) => renderSlack(a, { restateQuestion: true, shareable: true, feedback: true }),
      );
      await ack({ response_type: 'ephemeral', ...reply });
      return true;
    });
    if (!done) await ack({ response_type: 'ephemeral', text: RESTARTING });
  });

  const answerMessage = async (
    event: { channel: string; ts: string; thread_ts?: string; user?: string; text?: string },
    eventId: string | undefined,
    client: InstanceType<typeof App>['client'],
  ) => {
    // app_mention and message.im can both deliver one message, and Slack retries: answer once.
    // The channel and timestamp name the message whichever way it arrives (app_mention, message.im, a retry).
    const message = `slack:message:${event.channel}:${event.ts}`;
    if (!seen.firstTime(message, ...(eventId ? [`slack:event:${eventId}`] : []))) return;
    // Behind a load balancer the retry may reach another instance: the shared store decides.
    if (!(await responder.firstDelivery(message))) {
      log.info({ message }, 'already answered by another instance');
      return;
    }
    const threadTs = event.thread_ts ?? event.ts;
    const reply = await answer(
      { platform: 'slack', conversationId: `slack:${event.channel}:${threadTs}`, channelId: `slack:${event.channel}`, ...(event.user ? { userId: event.user } : {}), text: slackTextToPlain(event.text ?? '') },
      (a) => renderSlack(a, { feedback: true }),
    );
    await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...reply, ...NO_UNFURL });
  };

  app.event('app_mention', async ({ event, body, client }) => {
    if (event.bot_id || event.subtype === 'bot_message') return;
    await inflight.track(() => answerMessage(event, body.event_id, client));
  });

  app.message(async ({ message, body, client, context }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if ('bot_id' in message && message.bot_id) return;
    if (message.user === context.botUserId) return;
    await inflight.track(() => answerMessage(message, body.event_id, client));
  });

  app.action(ACTION_SHARE, async ({ ack, body, action, respond }) => {
    await ack();
    const payload = decodeButtonValue('value' in action ? action.value : undefined);
    if (!payload) return;
    const channel = 'channel' in body && body.channel ? body.channel.id : 'unknown';
    await inflight.track(async () => {
      const reply = await answer({ platform: 'slack', conversationId: `slack:${channel}:shared`, channelId: `slack:${channel}`, userId: body.user.id, text: payload.q }, (a) =>
        renderSlack(a, { askedByUserId: body.user.id, feedback: true }),
      );
      await respond({ response_type: 'in_channel', replace_original: false, ...reply, ...NO_UNFURL });
    });
  });

  app.action(new RegExp(`^(${ACTION_FEEDBACK_UP}|${ACTION_FEEDBACK_DOWN})$`), async ({ ack, body, action, respond }) => {
    await ack();
    const payload = decodeButtonValue('value' in action ? action.value : undefined);
    if (!payload) return;
    const channel = 'channel' in body && body.channel ? body.channel.id : 'unknown';
    const feedback = {
      platform: 'slack' as const,
      conversationId: `slack:${channel}`,
      userId: body.user.id,
      question: payload.q,
      vote: 'action_id' in action && action.action_id === ACTION_FEEDBACK_UP ? ('up' as const) : ('down' as const),
      claimIds: payload.c ?? [],
    };
    await responder.record(feedback);
    log.info({ feedback }, 'feedback received');
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks, your feedback was recorded.' });
  });

  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed');
  });

  if (config.mode.kind === 'http') {
    await app.start(config.mode.port);
    log.info({ port: config.mode.port, command: config.command }, 'slack: listening for events over HTTP');
  } else {
    await app.start();
    log.info({ command: config.command }, 'slack: connected over Socket Mode');
  }
  return { stop: () => app.stop().then(() => undefined) };
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
