import { slackAdminCheck } from '../admins.js';
import { withRateLimitRetry } from '../post.js';
import { ASSISTANT_STATUS } from './assistant.js';
import { renderSlack } from '../render.js';
import { slackTextToPlain } from '../text.js';
import { NO_UNFURL, type SlackApp, type SlackContext, type SlackListener } from '../context.js';

type MessageEvent = { channel: string; ts: string; thread_ts?: string; user?: string; text?: string };

/** Mentions in channels (answered in a thread), direct messages, and group DMs that mention the bot; each message answered once. */
export const registerMessages: SlackListener = (app, ctx) => {
  app.event('app_mention', async ({ event, body, client }) => {
    if (event.bot_id || event.subtype === 'bot_message') return;
    await ctx.inflight.track(() => answerMessage(ctx, event, body.event_id, client));
  });

  app.message(async ({ message, body, client, context }) => {
    if ((message.channel_type !== 'im' && message.channel_type !== 'mpim') || message.subtype !== undefined) return;
    if ('bot_id' in message && message.bot_id) return;
    if (message.user === context.botUserId) return;
    // A group DM is people talking to each other: the bot answers only what is addressed to it.
    if (message.channel_type === 'mpim' && !(message.text ?? '').includes(`<@${context.botUserId}>`)) return;
    await ctx.inflight.track(() => answerMessage(ctx, message, body.event_id, client));
  });
};

async function answerMessage(ctx: SlackContext, event: MessageEvent, eventId: string | undefined, client: SlackApp['client']): Promise<void> {
  // app_mention and message.im can both deliver one message, and Slack retries: the channel and
  // timestamp name the message whichever way it arrives; the event id is another name for it.
  const message = `slack:message:${event.channel}:${event.ts}`;
  if (!(await ctx.responder.deliveries.claim(message, ...(eventId ? [`slack:event:${eventId}`] : [])))) {
    ctx.log.info({ message }, 'slack: delivery already answered');
    return;
  }
  const threadTs = event.thread_ts ?? event.ts;
  // In a DM thread (the assistant surface), Slack shows a status while the answer is written; the reply clears it.
  if (event.thread_ts && event.channel.startsWith('D')) {
    await client.assistant.threads
      .setStatus({ channel_id: event.channel, thread_ts: event.thread_ts, status: ASSISTANT_STATUS })
      .catch((error: unknown) => ctx.log.debug({ err: error }, 'slack: no assistant status for this thread'));
  }
  // Slow work (a curator's `add`) shows a "reading the paper…" reply at once, which the answer then replaces.
  let placeholder: string | undefined;
  const progress = async (text: string) => {
    if (placeholder) return;
    const posted = await withRateLimitRetry(() => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text, ...NO_UNFURL }));
    placeholder = typeof posted.ts === 'string' ? posted.ts : undefined;
  };
  const { answer, message: reply } = await ctx.answer(
    {
      platform: 'slack',
      conversationId: `slack:${event.channel}:${threadTs}`,
      channelId: `slack:${event.channel}`,
      ...(event.user ? { userId: event.user, isAdmin: slackAdminCheck(client, event.user) } : {}),
      text: slackTextToPlain(event.text ?? ''),
      progress,
    },
    (a) => renderSlack(a, { feedback: true }),
  );
  if (answer?.reason === 'rate-limited') {
    // Over the limit: told privately, once a minute at most; nothing is posted in the channel.
    if (event.user && ctx.notices.shouldTell(`slack:${event.user}`)) {
      await withRateLimitRetry(() => client.chat.postEphemeral({ channel: event.channel, user: event.user!, text: answer.summary, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) }));
    }
    return;
  }
  if (placeholder) {
    const ts = placeholder;
    await withRateLimitRetry(() => client.chat.update({ channel: event.channel, ts, ...reply }));
    return;
  }
  await withRateLimitRetry(() => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...reply, ...NO_UNFURL }));
}
