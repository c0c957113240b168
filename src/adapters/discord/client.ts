import { Client, Events, GatewayIntentBits, MessageFlags, Partials, type Interaction, type Message, type MessageReaction, type PartialMessageReaction, type PartialUser, type User } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Responder } from '../../core/respond.js';
import { scrubSecrets, type Logger } from '../../log.js';
import { answerAndLog, APOLOGY } from '../shared/answer.js';
import type { InFlight } from '../shared/inflight.js';
import { SeenKeys } from '../shared/seen.js';
import { CLAIMS_COMMAND } from './command.js';
import { renderDiscord } from './render.js';
import { discordTextToPlain, mentionsBot } from './text.js';

export interface DiscordDeps {
  config: DiscordConfig;
  responder: Responder;
  logger: Logger;
  inflight: InFlight;
}

export interface DiscordAdapter {
  readonly ready: boolean;
  stop(): Promise<void>;
}

const NO_PINGS = { parse: [] as [] };

/** Logs in with discord.js and answers direct mentions, DMs and the /claims command through the one responder. */
export async function startDiscord(deps: DiscordDeps): Promise<DiscordAdapter> {
  const { config, responder } = deps;
  const log = deps.logger.child({ platform: 'discord' });
  const client = new Client({
    // Mentions of the bot carry their content without the privileged Message Content intent; reactions
    // are how Discord users give feedback.
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.GuildMessageReactions,
      GatewayIntentBits.DirectMessageReactions,
    ],
    // Reactions can arrive for messages sent before a restart: take them as partials.
    partials: [Partials.Channel, Partials.Message, Partials.Reaction],
    allowedMentions: { ...NO_PINGS, repliedUser: config.replyPing },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const seen = new SeenKeys();

  const onMessage = async (message: Message) => {
    const me = client.user;
    if (!me || message.author.bot || message.author.id === me.id) return;
    const inDm = message.guildId === null;
    if (!inDm && !mentionsBot(message.content, me.id)) return;
    if (!seen.firstTime(`message:${message.id}`)) return;
    if (!(await responder.firstDelivery(`discord:message:${message.id}`))) return;
    const channel = message.channel;
    if ('sendTyping' in channel) void channel.sendTyping().catch(() => undefined);
    const answer = await answerAndLog(responder, { platform: 'discord', conversationId: `discord:${message.channelId}`, userId: message.author.id, text: discordTextToPlain(message.content) }, log);
    if (!answer) {
      await message.reply({ content: APOLOGY, allowedMentions: { ...NO_PINGS, repliedUser: config.replyPing } });
      return;
    }
    const [first, ...rest] = renderDiscord(answer);
    const sent = await message.reply({ embeds: first!.embeds, allowedMentions: { ...NO_PINGS, repliedUser: config.replyPing } });
    if (answer.answered && answer.citations.length > 0) await responder.rememberReply('discord', sent.id, `discord:${message.channelId}`, answer);
    for (const more of rest) if ('send' in channel) await channel.send({ embeds: more.embeds, allowedMentions: NO_PINGS });
  };

  const onInteraction = async (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== CLAIMS_COMMAND.name) return;
    if (!seen.firstTime(`interaction:${interaction.id}`)) return;
    if (!(await responder.firstDelivery(`discord:interaction:${interaction.id}`))) return;
    const visibility = interaction.options.getBoolean('public') ? {} : { flags: MessageFlags.Ephemeral as const };
    const question = interaction.options.getString('question') ?? '';
    const answer = await answerAndLog(
      responder,
      { platform: 'discord', conversationId: `discord:${interaction.channelId}:${interaction.user.id}`, channelId: `discord:${interaction.channelId}`, userId: interaction.user.id, text: discordTextToPlain(question) },
      log,
    );
    // The engine answers in well under a millisecond, so the reply itself acknowledges within Discord's 3 s.
    if (!answer) {
      await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const [first, ...rest] = renderDiscord(answer);
    await interaction.reply({ embeds: first!.embeds, allowedMentions: NO_PINGS, ...visibility });
    for (const more of rest) await interaction.followUp({ embeds: more.embeds, allowedMentions: NO_PINGS, ...visibility });
  };

  // One error path: a failing handler is logged and never takes the client down.
  const guard =
    <T>(what: string, handler: (arg: T) => Promise<void>) =>
    (arg: T) =>
      void deps.inflight.track(() => handler(arg)).catch((error: unknown) => log.error({ err: error }, `${what} failed`));
  // 👍 / 👎 on one of the bot's answers is feedback on that answer.
  const onReaction = async (reaction: MessageReaction | PartialMessageReaction, user: User | PartialUser) => {
    if (user.bot) return;
    const vote = reaction.emoji.name === '👍' ? 'up' : reaction.emoji.name === '👎' ? 'down' : undefined;
    // Only answers the bot remembered count, so reactions to anything else are ignored by the lookup.
    if (!vote) return;
    await responder.reactionFeedback('discord', reaction.message.id, user.id, vote);
  };

  client.on(Events.MessageCreate, guard('answering a message', onMessage));
  client.on(Events.MessageReactionAdd, (reaction, user) => guard('recording a reaction', (args: [typeof reaction, typeof user]) => onReaction(...args))([reaction, user]));
  client.on(Events.InteractionCreate, guard('answering an interaction', onInteraction));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_event, shard) => log.warn({ shard }, 'discord gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'discord gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw new Error(`DISCORD_TOKEN was not accepted by Discord (${scrubSecrets((error as Error).message)})`);
  }
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: connected to the gateway');
  return {
    get ready() {
      return client.isReady();
    },
    stop: () => client.destroy(),
  };
}
