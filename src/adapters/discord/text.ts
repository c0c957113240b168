/**
 * Discord message content -> the plain question the core expects. The bot's own mention is the
 * address, not the question; other user, role and channel mentions and @everyone/@here are dropped.
 */
export function discordTextToPlain(content: string): string {
  return content
    .replace(/<@!?\d+>/g, ' ')
    .replace(/<@&\d+>/g, ' ')
    .replace(/<#\d+>/g, ' ')
    .replace(/@(everyone|here)\b/g, ' ')
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    .replace(/<t:\d+(?::[a-zA-Z])?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the message addresses the bot by a direct user mention (not @everyone, @here or a role). */
export function mentionsBot(content: string, botId: string): boolean {
  return new RegExp(`<@!?${botId}>`).test(content);
}

/** Neutralises markdown and mention syntax in text shown back to users. */
export function escapeDiscord(text: string): string {
  return text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<([@#])/g, '<\u200b$1');
}
