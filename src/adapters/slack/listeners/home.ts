import { withRateLimitRetry } from '../post.js';
import { homeView } from '../home.js';
import type { SlackListener } from '../context.js';

/** App Home: the Home tab is published (again) each time someone opens it, so it shows today's library. */
export const registerHome: SlackListener = (app, ctx) => {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await ctx.inflight.track(() => withRateLimitRetry(() => client.views.publish({ user_id: event.user, view: homeView(ctx.responder.engine, ctx.config.command) })));
  });
};
