import { slackAdminCheck } from '../admins.js';
import { renderSlack } from '../render.js';
import { slackTextToPlain } from '../text.js';
import { NO_UNFURL, type SlackListener } from '../context.js';

const RESTARTING = 'The bot is restarting; please ask again in a few seconds.';

/**
 * `/claims <question or command>`: answered privately in the acknowledgement itself, with Share and
 * feedback buttons. Slow work (a curator's `add`, which fetches the paper) is acknowledged at once
 * with what is happening; its outcome follows through the command's response_url, posted in the
 * channel when a paper was added so the whole club sees it.
 */
export const registerSlashCommand: SlackListener = (app, ctx) => {
  app.command(ctx.config.command, async ({ command, ack, respond, client }) => {
    const done = await ctx.inflight.track(async () => {
      let acknowledged = false;
      const progress = async (text: string) => {
        if (acknowledged) return;
        acknowledged = true;
        await ack({ response_type: 'ephemeral', text });
      };
      const { answer, message } = await ctx.answer(
        {
          platform: 'slack',
          conversationId: `slack:${command.channel_id}:${command.user_id}`,
          channelId: `slack:${command.channel_id}`,
          userId: command.user_id,
          text: slackTextToPlain(command.text ?? ''),
          isAdmin: slackAdminCheck(client, command.user_id),
          progress,
        },
        (a) => renderSlack(a, { restateQuestion: true, shareable: a.reason !== 'rate-limited', feedback: true }),
      );
      // The answer is computed in a few milliseconds (and its log row written), so it travels in the acknowledgement.
      if (!acknowledged) {
        await ack({ response_type: 'ephemeral', ...message });
        return true;
      }
      if (!ctx.isSlackHook(command.response_url)) {
        ctx.log.warn({ command: ctx.config.command }, "slack: response_url outside Slack's hooks host ignored (SLACK_HOOKS_URL)");
        return true;
      }
      // A paper added (its TL;DR, cited) is news for the channel; a draft, a refusal or a failure is the curator's alone.
      const announce = answer?.answered === true && answer.citations.length > 0;
      await respond({ response_type: announce ? 'in_channel' : 'ephemeral', replace_original: false, ...message, ...NO_UNFURL });
      return true;
    });
    if (!done) await ack({ response_type: 'ephemeral', text: RESTARTING });
  });
};
