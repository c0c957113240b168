import type { SlackApp } from './context.js';

/**
 * Whether a Slack user administers the workspace (admin, owner or primary owner), asked of users.info
 * only when someone uses a curator's command and CURATORS is not set. Needs the users:read scope;
 * without it the call fails and the command is refused, never allowed.
 */
export const slackAdminCheck = (client: SlackApp['client'], userId: string) => async (): Promise<boolean> => {
  const { user } = await client.users.info({ user: userId });
  return user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
};
