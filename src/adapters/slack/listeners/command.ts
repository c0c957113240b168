import { renderSlack } from '../render.js';
import { slackTextToPlain } from '../text.js';
import type { SlackListener } from '../context.js';

const RESTARTING = 'The bot is restarting; please ask again in a few seconds.';

/** `/claims <question or command>`: answered privately in the acknowledgement itself, with Share and feedback buttons. */
export const registerSlashCommand: SlackListener = (app, ctx) => {
  app.command(ctx.config.command, async ({ command, ack }) => {
    // The answer is computed in a few milliseconds (and its log row written), so it travels in the acknowledgement.
    const done = await ctx.inflight.track(async () => {
      const { message } = await ctx.answer(
        { platform: 'slack', conversationId: `slack:${command.channel_id}:${command.user_id}`, channelId: `slack:${command.channel_id}`, userId: command.user_id, text: slackTextToPlain(command.text ?? '') },
        (a) => renderSlack(a, { restateQuestion: true, shareable: a.reason !== 'rate-limited', feedback: true }),
      );
      await ack({ response_type: 'ephemeral', ...message });
      return true;
    });
    if (!done) await ack({ response_type: 'ephemeral', text: RESTARTING });
  });
};
