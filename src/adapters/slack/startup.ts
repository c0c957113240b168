import bolt from '@slack/bolt';
import type { SlackConfig } from '../../config.js';

const { webApi } = bolt;

export interface SlackIdentity {
  botUserId: string;
  botId: string;
}

/**
 * Checks the bot token with auth.test before anything starts, and says what went wrong in terms a
 * person can act on: a token Slack refused (regenerate or reinstall) is a different problem from a
 * Slack that could not be reached (network, firewall, proxy, SLACK_API_URL), and from a Slack that
 * answered with an error of its own (try again later). The token is never part of the message.
 */
export async function verifySlackToken(config: SlackConfig, logger: bolt.Logger): Promise<SlackIdentity> {
  const where = config.apiUrl ?? 'https://slack.com/api/';
  const client = new webApi.WebClient(config.botToken, {
    logger,
    timeout: 10_000,
    retryConfig: { retries: 1, factor: 1, minTimeout: 500, maxTimeout: 500 },
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  });
  try {
    const result = await client.auth.test();
    return { botUserId: String(result.user_id ?? ''), botId: String(result.bot_id ?? '') };
  } catch (error) {
    throw new Error(explain(error, where, Boolean(config.apiUrl)));
  }
}

function explain(error: unknown, where: string, customUrl: boolean): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: { code?: string; cause?: { code?: string }; message?: string } };
  switch (e.code) {
    case webApi.ErrorCode.PlatformError:
      return (
        `SLACK_BOT_TOKEN was not accepted by Slack (auth.test failed: ${e.data?.error ?? 'unknown error'}). ` +
        'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions of this app, and check that the app is still installed in the workspace.'
      );
    case webApi.ErrorCode.HTTPError:
      return `Slack answered HTTP ${e.statusCode ?? '?'} to auth.test at ${where}; the token could not be checked. Slack may be having trouble (https://slack-status.com): try again in a few minutes.`;
    case webApi.ErrorCode.RateLimitedError:
      return 'Slack rate-limited auth.test; the token could not be checked. Wait a minute and start again.';
    default: {
      const cause = e.original?.code ?? e.original?.cause?.code ?? (error as Error)?.message ?? String(error);
      return (
        `Could not reach Slack at ${where} (${cause}); the token was not checked. ` +
        `Check this machine's network connection, DNS, firewall or proxy${customUrl ? ', and SLACK_API_URL' : ''}.`
      );
    }
  }
}
