import type { Interaction } from 'discord.js';
import { completions } from '../../../core/completions.js';
import { CLAIMS_COMMAND } from '../command.js';
import type { DiscordContext } from '../context.js';

/** Choices for /claims' question as it is typed: topics, suggested questions, commands, matching claims. */
export const onAutocomplete = (ctx: DiscordContext) => async (interaction: Interaction) => {
  if (!interaction.isAutocomplete() || interaction.commandName !== CLAIMS_COMMAND.name) return;
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'question' ? completions(ctx.responder.engine, String(focused.value), ctx.responder.paperFor(`discord:${interaction.channelId}`)) : [];
  await interaction.respond(choices);
};
