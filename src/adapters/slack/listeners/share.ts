import { ACTION_SHARE, decodeButtonValue, renderSlack } from '../render.js';
import { SLACK_USER_ID } from '../text.js';
import { NO_UNFURL, type SlackListener } from '../context.js';

/** "Share in channel" on a private answer: the same answer posted publicly, naming who asked. */
export const registerShare: SlackListener = (app, ctx) => {
  app.action(ACTION_SHARE, async ({ ack, body, action, respond }) => {
    await ack();
    const payload = decodeButtonValue('value' in action ? action.value : undefined);
    if (!payload) return;
    const userId = body.user?.id;
    if (typeof userId !== 'string' || !SLACK_USER_ID.test(userId)) {
      ctx.log.warn({ action: ACTION_SHARE }, 'slack: action with a malformed user id ignored');
      return;
    }
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (!ctx.isSlackHook(responseUrl)) {
      ctx.log.warn({ action: ACTION_SHARE }, "slack: response_url outside Slack's hooks host ignored (SLACK_HOOKS_URL)");
      return;
    }
    const channel = 'channel' in body && body.channel ? body.channel.id : 'unknown';
    await ctx.inflight.track(async () => {
      const { answer, message } = await ctx.answer({ platform: 'slack', conversationId: `slack:${channel}:shared`, channelId: `slack:${channel}`, userId, text: payload.q }, (a) =>
        renderSlack(a, { askedByUserId: userId, feedback: true }),
      );
      // Over the limit, the notice goes to the asker alone: a "slow down" is never posted for the channel.
      if (answer?.reason === 'rate-limited') await respond({ response_type: 'ephemeral', replace_original: false, text: answer.summary });
      else await respond({ response_type: 'in_channel', replace_original: false, ...message, ...NO_UNFURL });
    });
  });
};
