import { withRateLimitRetry } from '../post.js';
import { homeView } from '../home.js';
import type { SlackListener } from '../context.js';

// A week: what came up since the last journal club.
const GAPS_DAYS = 7;

/** App Home: the Home tab is published (again) each time someone opens it, so it shows today's library. */
export const registerHome: SlackListener = (app, ctx) => {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await ctx.inflight.track(async () => {
      const extras = { channels: ctx.responder.channelsReading(), gaps: await ctx.responder.gapsReport(GAPS_DAYS), gapsDays: GAPS_DAYS };
      return withRateLimitRetry(() => client.views.publish({ user_id: event.user, view: homeView(ctx.responder.engine, ctx.config.command, extras) }));
    });
  });
};
