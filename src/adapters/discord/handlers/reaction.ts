import type { MessageReaction, PartialMessageReaction, PartialUser, User } from 'discord.js';
import type { DiscordContext } from '../context.js';

/** 👍 / 👎 on one of the bot's answers is feedback on that answer (once per person per answer). */
export const onReaction = (ctx: DiscordContext) => async ([reaction, user]: [MessageReaction | PartialMessageReaction, User | PartialUser, ...unknown[]]) => {
  if (user.bot) return;
  const vote = reaction.emoji.name === '👍' ? 'up' : reaction.emoji.name === '👎' ? 'down' : undefined;
  // Only answers the bot remembered count, so reactions to anything else are ignored by the lookup.
  if (!vote) return;
  const outcome = await ctx.responder.reactionFeedback('discord', reaction.message.id, user.id, vote);
  if (outcome) ctx.log.info({ vote, outcome }, 'feedback received');
};
