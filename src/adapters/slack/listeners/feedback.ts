import type { FeedbackOutcome } from '../../../core/feedback.js';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, decodeButtonValue } from '../render.js';
import { SLACK_USER_ID } from '../text.js';
import type { SlackListener } from '../context.js';

const THANKS: Record<FeedbackOutcome, string> = {
  recorded: 'Thanks, your feedback was recorded.',
  repeat: 'You have already given this answer that vote; it was counted once.',
  limited: "You're voting faster than I can keep up with; please try again in a minute.",
  failed: 'Thanks. Your feedback could not be saved just now; please try again later.',
};

/** 👍 / 👎 on an answer: one vote of each kind per person per answer, told privately what became of it. */
export const registerFeedback: SlackListener = (app, ctx) => {
  app.action(new RegExp(`^(${ACTION_FEEDBACK_UP}|${ACTION_FEEDBACK_DOWN})$`), async ({ ack, body, action, respond }) => {
    await ack();
    const payload = decodeButtonValue('value' in action ? action.value : undefined);
    const userId = body.user?.id;
    if (!payload || typeof userId !== 'string' || !SLACK_USER_ID.test(userId)) return;
    const channel = 'channel' in body && body.channel ? body.channel.id : 'unknown';
    const messageTs = 'container' in body && body.container && typeof body.container.message_ts === 'string' ? body.container.message_ts : '';
    const feedback = {
      platform: 'slack' as const,
      conversationId: `slack:${channel}`,
      userId,
      question: payload.q,
      vote: 'action_id' in action && action.action_id === ACTION_FEEDBACK_UP ? ('up' as const) : ('down' as const),
      claimIds: payload.c ?? [],
    };
    const outcome = await ctx.responder.record({ ...feedback, answerKey: `${channel}:${messageTs}:${payload.q}:${feedback.claimIds.join(',')}` });
    ctx.log.info({ feedback, outcome }, 'feedback received');
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (!ctx.isSlackHook(responseUrl)) {
      ctx.log.warn({ action: 'feedback' }, "slack: response_url outside Slack's hooks host ignored (SLACK_HOOKS_URL)");
      return;
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS[outcome] });
  });
};
