import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { answerAndLog, APOLOGY } from '../../shared/answer.js';
import { CLAIMS_COMMAND } from '../command.js';
import { NO_PINGS, type DiscordContext } from '../context.js';
import { renderDiscord } from '../render.js';
import { discordTextToPlain } from '../text.js';

/** `/claims`: private by default, public on request; over the limit, the notice is always private. */
export const onInteraction = (ctx: DiscordContext) => async (interaction: Interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== CLAIMS_COMMAND.name) return;
  const { responder } = ctx;
  if (!(await responder.deliveries.claim(`discord:interaction:${interaction.id}`))) {
    ctx.log.info({ interaction: interaction.id }, 'discord: delivery already answered');
    return;
  }
  const paperId = interaction.options.getString('paper')?.trim() || undefined;
  await replyWithAnswer(ctx, interaction, interaction.options.getString('question') ?? '', interaction.options.getBoolean('public') === true, paperId);
};

/** Answers a command interaction: private unless asked to be public; over the limit, the notice is always private. */
/** `asQuestion`: the text is another person's message, asked about; never run as a command. */
export async function replyWithAnswer(ctx: DiscordContext, interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, question: string, isPublic: boolean, paperId?: string, asQuestion = false): Promise<void> {
  const { responder } = ctx;
  const visibility = isPublic ? {} : { flags: MessageFlags.Ephemeral as const };
  // Slow work (a curator's `add` fetching the paper) defers the reply, which Discord shows as "thinking…"
  // with our note, and the answer then replaces it.
  let deferred = false;
  const progress = async (text: string) => {
    if (deferred) return;
    deferred = true;
    await interaction.deferReply(visibility);
    await interaction.editReply({ content: text, allowedMentions: NO_PINGS });
  };
  const answer = await answerAndLog(
    responder,
    {
      platform: 'discord',
      conversationId: `discord:${interaction.channelId}:${interaction.user.id}`,
      channelId: `discord:${interaction.channelId}`,
      userId: interaction.user.id,
      ...(paperId ? { paperId } : {}),
      text: discordTextToPlain(question),
      // Manage Server in this channel's server; in a DM or a user install there is none, so no.
      isAdmin: async () => interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true,
      progress,
      ...(asQuestion ? { asQuestion } : {}),
    },
    ctx.log,
  );
  if (deferred) {
    const [first, ...rest] = answer ? renderDiscord(answer) : [];
    await interaction.editReply(first ? { content: '', embeds: first.embeds, allowedMentions: NO_PINGS } : { content: APOLOGY, allowedMentions: NO_PINGS });
    for (const more of rest) await interaction.followUp({ embeds: more.embeds, allowedMentions: NO_PINGS, ...visibility });
    return;
  }
  // The engine answers in milliseconds, so the reply itself acknowledges within Discord's 3 s.
  if (!answer || answer.reason === 'rate-limited') {
    await interaction.reply({ content: answer?.summary ?? APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const [first, ...rest] = renderDiscord(answer);
  await interaction.reply({ embeds: first!.embeds, allowedMentions: NO_PINGS, ...visibility });
  for (const more of rest) await interaction.followUp({ embeds: more.embeds, allowedMentions: NO_PINGS, ...visibility });
}
