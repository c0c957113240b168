import type { Client } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Responder } from '../../core/respond.js';
import type { Logger } from '../../log.js';
import type { OverLimitNotices } from '../shared/notices.js';

/** What every Discord handler gets. */
export interface DiscordContext {
  client: Client;
  config: DiscordConfig;
  responder: Responder;
  log: Logger;
  /** at most one "slow down" notice per person per minute */
  notices: OverLimitNotices;
}

/** Mentions of nobody: the bot never pings, whatever a question or the data says. */
export const NO_PINGS = { parse: [] as [] };
