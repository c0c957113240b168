import { Client, Events, GatewayIntentBits, Partials, type ClientEvents } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Responder } from '../../core/respond.js';
import { scrubSecrets, type Logger } from '../../log.js';
import { StateClock, type Surface } from '../../surface.js';
import type { InFlight } from '../shared/inflight.js';
import { OverLimitNotices } from '../shared/notices.js';
import { NO_PINGS, type DiscordContext } from './context.js';
import { onAutocomplete } from './handlers/autocomplete.js';
import { onInteraction } from './handlers/interaction.js';
import { onMessageCommand } from './handlers/message-command.js';
import { onMessage } from './handlers/message.js';
import { onReaction } from './handlers/reaction.js';
import { explainLoginError } from './startup.js';

export interface DiscordDeps {
  config: DiscordConfig;
  responder: Responder;
  logger: Logger;
  inflight: InFlight;
  /** how long stop() lets answers in flight finish */
  drainMs: number;
}

/** Waiting for the gateway's READY after login: beyond this, start-up reports it rather than hanging. */
const READY_TIMEOUT_MS = 30_000;

/** discord.js logged in, answering direct mentions, DMs, /claims and reactions through the one responder. */
export function discordSurface(deps: DiscordDeps): Surface {
  const { config, responder, inflight } = deps;
  const log = deps.logger.child({ platform: 'discord' });
  const state = new StateClock('down');
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
  const ctx: DiscordContext = { client, config, responder, log, notices: new OverLimitNotices() };

  // One error path: a failing handler is logged and never takes the client down. A new handler
  // (autocomplete, a context-menu command) is a module in handlers/ and one line here.
  const on = <E extends keyof ClientEvents>(event: E, what: string, handler: (args: ClientEvents[E]) => Promise<void>) =>
    client.on(event, (...args: ClientEvents[E]) => void inflight.track(() => handler(args)).catch((error: unknown) => log.error({ err: error }, `${what} failed`)));
  const handleMessage = onMessage(ctx);
  const handleInteraction = onInteraction(ctx);
  on(Events.MessageCreate, 'answering a message', ([message]) => handleMessage(message));
  on(Events.InteractionCreate, 'answering an interaction', ([interaction]) => handleInteraction(interaction));
  on(Events.MessageReactionAdd, 'recording a reaction', onReaction(ctx));
  on(Events.InteractionCreate, 'completing a question', ([interaction]) => onAutocomplete(ctx)(interaction));
  on(Events.InteractionCreate, 'answering a message command', ([interaction]) => onMessageCommand(ctx)(interaction));

  guardPackets(client, log);
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.ShardReady, (shard) => {
    state.set('connected');
    log.info({ shard }, 'discord gateway ready');
  });
  client.on(Events.ShardResume, (shard) => {
    state.set('connected');
    log.info({ shard }, 'discord gateway resumed');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    state.set('reconnecting', 'gateway connection lost; reconnecting');
    log.warn({ shard }, 'discord gateway reconnecting');
  });
  // Emitted only for close codes discord.js will not recover from (4004 bad token, 4014 intents...):
  // the bot is deaf from here on, and health must say so.
  client.on(Events.ShardDisconnect, (event, shard) => {
    state.set('down', `gateway closed with code ${event.code} and will not reconnect`);
    log.error({ shard, code: event.code }, 'discord gateway closed for good');
  });

  return {
    name: 'discord',
    health: () => state.get(),
    async start() {
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no READY from the gateway within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
          client.once(Events.ClientReady, () => {
            clearTimeout(timer);
            resolve();
          });
          client.once(Events.ShardDisconnect, (event) => {
            clearTimeout(timer);
            reject(Object.assign(new Error(`gateway closed with code ${event.code}`), { code: event.code }));
          });
          client.login(config.token).catch((error: unknown) => {
            clearTimeout(timer);
            reject(error);
          });
        });
      } catch (error) {
        await client.destroy().catch(() => undefined);
        log.debug({ err: error }, 'discord: login failed');
        throw new Error(scrubSecrets(explainLoginError(error, config.apiUrl)));
      }
      state.set('connected');
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: connected to the gateway');
    },
    async stop() {
      state.set('down', 'stopping');
      // Replies go out over REST: the gateway stays up until they are done, then the client goes.
      await inflight.drain(deps.drainMs);
      await client.destroy();
    },
  };
}

/**
 * discord.js builds its objects from gateway packets inside the WebSocket's message handler, where
 * a malformed packet (an INTERACTION_CREATE with neither member nor user) throws out of the event
 * loop and ends the process. Each packet is handled inside a try here: a bad one is logged once
 * and dropped, and the next is handled as usual.
 */
function guardPackets(client: Client, log: Logger): void {
  const manager = client.ws as unknown as { handlePacket(packet?: { t?: string }, shard?: unknown): boolean };
  const handle = manager.handlePacket.bind(manager);
  manager.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (error) {
      log.warn({ err: error, event: packet?.t }, 'discord: malformed gateway event ignored');
      return true;
    }
  };
}
