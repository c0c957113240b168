import type { Interaction } from 'discord.js';
import { completions, paperCompletions } from '../../../core/completions.js';
import { CLAIMS_COMMAND } from '../command.js';
import type { DiscordContext } from '../context.js';

/** Choices for /claims as it is typed: for the question, topics, suggested questions, commands, matching claims; for the paper, the library's papers. */
export const onAutocomplete = (ctx: DiscordContext) => async (interaction: Interaction) => {
  if (!interaction.isAutocomplete() || interaction.commandName !== CLAIMS_COMMAND.name) return;
  const focused = interaction.options.getFocused(true);
  const paperId = interaction.options.getString('paper') ?? undefined;
  const engine = ctx.responder.engine;
  const choices =
    focused.name === 'question'
      ? completions(engine, String(focused.value), paperId && engine.paper(paperId) ? paperId : ctx.responder.paperFor(`discord:${interaction.channelId}`))
      : focused.name === 'paper'
        ? paperCompletions(engine, String(focused.value))
        : [];
  await interaction.respond(choices);
};
