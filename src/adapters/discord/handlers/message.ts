import { PermissionFlagsBits, type Message } from 'discord.js';
import { answerAndLog, APOLOGY } from '../../shared/answer.js';
import { NO_PINGS, type DiscordContext } from '../context.js';
import { renderDiscord } from '../render.js';
import { discordTextToPlain, mentionsBot } from '../text.js';

/** A direct mention in a channel or thread, a reply to one of our answers, or any DM: answered once, as a reply with cited embeds. */
export const onMessage = (ctx: DiscordContext) => async (message: Message) => {
  const { client, config, responder } = ctx;
  const me = client.user;
  if (!me || message.author.bot || message.author.id === me.id) return;
  const inDm = message.guildId === null;
  // Pressing Reply on one of our answers continues the conversation without typing the mention.
  const repliesToMe = message.reference !== null && message.mentions.repliedUser?.id === me.id;
  if (!inDm && !mentionsBot(message.content, me.id) && !repliesToMe) return;
  if (!(await responder.deliveries.claim(`discord:message:${message.id}`))) {
    ctx.log.info({ message: message.id }, 'discord: delivery already answered');
    return;
  }
  const replyPing = { ...NO_PINGS, repliedUser: config.replyPing };
  // Slow work (a curator's `add`) shows a "reading the paper…" reply at once, which the answer then replaces.
  let placeholder: Message | undefined;
  const progress = async (text: string) => {
    placeholder ??= await message.reply({ content: text, allowedMentions: replyPing });
  };
  const answer = await answerAndLog(
    responder,
    {
      platform: 'discord',
      conversationId: `discord:${message.channelId}`,
      userId: message.author.id,
      text: discordTextToPlain(message.content),
      isAdmin: async () => message.member?.permissions.has(PermissionFlagsBits.ManageGuild) === true,
      progress,
    },
    ctx.log,
  );
  if (answer?.reason === 'rate-limited') {
    // Over the limit: one notice a minute at most, then silence; a flood draws no flood of replies.
    if (ctx.notices.shouldTell(`discord:${message.author.id}`)) await message.reply({ content: answer.summary, allowedMentions: replyPing });
    return;
  }
  const channel = message.channel;
  if ('sendTyping' in channel) void channel.sendTyping().catch(() => undefined);
  if (!answer) {
    if (placeholder) await placeholder.edit({ content: APOLOGY, allowedMentions: NO_PINGS });
    else await message.reply({ content: APOLOGY, allowedMentions: replyPing });
    return;
  }
  const [first, ...rest] = renderDiscord(answer);
  const sent = placeholder ? await placeholder.edit({ content: '', embeds: first!.embeds, allowedMentions: NO_PINGS }) : await message.reply({ embeds: first!.embeds, allowedMentions: replyPing });
  if (answer.answered && answer.citations.length > 0) await responder.rememberReply('discord', sent.id, `discord:${message.channelId}`, answer);
  for (const more of rest) if ('send' in channel) await channel.send({ embeds: more.embeds, allowedMentions: NO_PINGS });
};
