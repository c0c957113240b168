/**
 * A failed login, told in terms a person can act on: a token Discord refused (reset it) is a
 * different problem from a Discord that could not be reached (network, firewall, proxy,
 * DISCORD_API_URL) and from a Discord having trouble of its own. The token is never in the message.
 */
export function explainLoginError(error: unknown, apiUrl: string | undefined): string {
  const e = error as { code?: string | number; status?: number; name?: string; message?: string; cause?: { code?: string; message?: string } };
  const where = apiUrl ?? 'https://discord.com/api';
  if (e.code === 'TokenInvalid' || e.status === 401 || e.code === 4004) {
    return 'DISCORD_TOKEN was not accepted by Discord (401 Unauthorized). Copy a fresh token from the Developer Portal: your application > Bot > Reset Token.';
  }
  if (e.code === 'DisallowedIntents' || e.code === 4014) {
    return 'Discord refused the gateway intents this bot asks for (close code 4014). It needs no privileged intents: check the application in the Developer Portal (Bot > Privileged Gateway Intents) and that the token belongs to it.';
  }
  if (typeof e.status === 'number') {
    return `Discord answered HTTP ${e.status} at ${where}; the token could not be checked. Discord may be having trouble (https://discordstatus.com): try again in a few minutes.`;
  }
  const cause = e.cause?.code ?? (typeof e.code === 'string' ? e.code : undefined) ?? e.message ?? String(error);
  return (
    `Could not reach Discord at ${where} (${cause}); the token was not checked. ` +
    `Check this machine's network connection, DNS, firewall or proxy (Discord needs HTTPS to discord.com and a WebSocket to gateway.discord.gg)${apiUrl ? ', and DISCORD_API_URL' : ''}.`
  );
}
