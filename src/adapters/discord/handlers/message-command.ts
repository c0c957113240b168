import { MessageFlags, type Interaction } from 'discord.js';
import { ASK_MESSAGE_COMMAND } from '../command.js';
import { NO_PINGS, type DiscordContext } from '../context.js';
import { replyWithAnswer } from './interaction.js';

export const NO_TEXT = 'That message has no text to ask about (only attachments, embeds or stickers).';

/** "Ask about this message": the message's text is the question; the answer is shown only to whoever asked. */
export const onMessageCommand = (ctx: DiscordContext) => async (interaction: Interaction) => {
  if (!interaction.isMessageContextMenuCommand() || interaction.commandName !== ASK_MESSAGE_COMMAND.name) return;
  if (!(await ctx.responder.deliveries.claim(`discord:interaction:${interaction.id}`))) return;
  const text = interaction.targetMessage.content.trim();
  if (!text) {
    await interaction.reply({ content: NO_TEXT, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  await replyWithAnswer(ctx, interaction, text, false, undefined, true);
};
