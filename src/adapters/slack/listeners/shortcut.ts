import { withRateLimitRetry } from '../post.js';
import { renderSlack } from '../render.js';
import { slackTextToPlain, SLACK_USER_ID } from '../text.js';
import type { SlackListener } from '../context.js';

/** The message shortcut's callback id (docs/slack-app-manifest*.json). */
export const SHORTCUT_ASK_MESSAGE = 'claims_ask_message';
export const NO_TEXT = 'That message has no text to ask about.';

/** "Ask the claims bot about this message": the message's text is the question; only the asker sees the answer. */
export const registerShortcut: SlackListener = (app, ctx) => {
  app.shortcut(SHORTCUT_ASK_MESSAGE, async ({ ack, shortcut, client }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const user = shortcut.user.id;
    const channel = shortcut.channel.id;
    if (!SLACK_USER_ID.test(user)) return;
    const threadTs = shortcut.message.thread_ts ?? shortcut.message.ts;
    const text = slackTextToPlain(shortcut.message.text ?? '').trim();
    await ctx.inflight.track(async () => {
      if (!text) {
        await withRateLimitRetry(() => client.chat.postEphemeral({ channel, user, text: NO_TEXT }));
        return;
      }
      const { message } = await ctx.answer(
        { platform: 'slack', conversationId: `slack:${channel}:${threadTs}:${user}`, channelId: `slack:${channel}`, userId: user, text, asQuestion: true },
        (a) => renderSlack(a, { restateQuestion: true }),
      );
      await withRateLimitRetry(() => client.chat.postEphemeral({ channel, user, ...message, ...(shortcut.message.thread_ts ? { thread_ts: shortcut.message.thread_ts } : {}) }));
    });
  });
};
