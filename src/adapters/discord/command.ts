/** Where a command can be installed: to a server, and to a user (so it follows them anywhere). */
export const INTEGRATION_TYPES = { guildInstall: 0, userInstall: 1 } as const;
/** Where it can be used: servers, DMs with the bot, group DMs and DMs between others. */
export const INTERACTION_CONTEXTS = { guild: 0, botDm: 1, privateChannel: 2 } as const;

const everywhere = {
  integration_types: [INTEGRATION_TYPES.guildInstall, INTEGRATION_TYPES.userInstall],
  contexts: [INTERACTION_CONTEXTS.guild, INTERACTION_CONTEXTS.botDm, INTERACTION_CONTEXTS.privateChannel],
};

/** The /claims application command, as registered with Discord (plain JSON, shared by the register script and tests). */
export const CLAIMS_COMMAND = {
  name: 'claims',
  description: 'Ask the paper a question, or: summary | define <term> | claims [topic] | source <n> | help',
  type: 1,
  ...everywhere,
  options: [
    { type: 3, name: 'question', description: 'Your question or command, e.g. "what does IL26 activate?"', required: true, max_length: 1000, autocomplete: true },
    { type: 3, name: 'paper', description: 'Ask another paper in the library this once (default: the channel\'s paper)', required: false, max_length: 100, autocomplete: true },
    { type: 5, name: 'public', description: 'Post the answer for everyone in the channel (default: only you see it)', required: false },
  ],
} as const;

/** Right-click a message > Apps > "Ask about this message": the message's text becomes the question. */
export const ASK_MESSAGE_COMMAND = {
  name: 'Ask about this message',
  type: 3,
  ...everywhere,
} as const;

/** Everything `npm run discord:register` registers, in one PUT. */
export const COMMANDS = [CLAIMS_COMMAND, ASK_MESSAGE_COMMAND] as const;
