import { withRateLimitRetry } from '../post.js';
import type { SlackListener } from '../context.js';

/** Slack shows at most four suggested prompts in an assistant thread. */
const MAX_PROMPTS = 4;
export const ASSISTANT_STATUS = 'reading the claims…';

/**
 * The assistant surface (Agents & AI Apps): a new assistant thread gets suggested prompts from the
 * paper's topics; the answers themselves come through the DM listener (messages.ts), which shows
 * the "reading the claims…" status while it answers in the thread.
 */
export const registerAssistant: SlackListener = (app, ctx) => {
  app.event('assistant_thread_started', async ({ event, client }) => {
    const { channel_id, thread_ts, context } = event.assistant_thread;
    const paperId = ctx.responder.paperFor(context.channel_id ? `slack:${context.channel_id}` : `slack:${channel_id}`);
    const topics = ctx.responder.engine.paper(paperId)?.data.topics ?? [];
    const prompts = [
      ...topics.map((t) => ({ title: t.label.slice(0, 75), message: t.question })),
      { title: 'Summary of the paper', message: 'summary' },
      { title: 'What to discuss', message: 'discuss' },
    ].slice(0, MAX_PROMPTS);
    await ctx.inflight.track(() => withRateLimitRetry(() => client.assistant.threads.setSuggestedPrompts({ channel_id, thread_ts, title: 'Ask the paper', prompts })));
  });
};
