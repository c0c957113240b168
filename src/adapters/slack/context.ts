import type bolt from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Request, Responder } from '../../core/respond.js';
import type { Answer } from '../../core/types.js';
import type { Logger } from '../../log.js';
import { answerAndLog, APOLOGY } from '../shared/answer.js';
import type { InFlight } from '../shared/inflight.js';
import type { OverLimitNotices } from '../shared/notices.js';
import type { SlackMessage } from './render.js';

/** What every Slack listener gets: the responder and the means to answer, post and check safely. */
export interface SlackContext {
  config: SlackConfig;
  responder: Responder;
  log: Logger;
  inflight: InFlight;
  /** at most one "slow down" notice per person per minute */
  notices: OverLimitNotices;
  /** answers a request; the message is an apology when answering failed */
  answer(request: Request, render: (answer: Answer) => SlackMessage): Promise<{ answer: Answer | undefined; message: SlackMessage }>;
  /** true only for a response_url on Slack's hooks host (SLACK_HOOKS_URL): a signed payload must not make us POST anywhere else */
  isSlackHook(url: unknown): url is string;
}

export type SlackApp = InstanceType<typeof bolt.App>;

/** One Slack listener: a small module that registers itself on the app (see listeners/). */
export type SlackListener = (app: SlackApp, ctx: SlackContext) => void;

export const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

export function slackContext(parts: Omit<SlackContext, 'answer' | 'isSlackHook'>): SlackContext {
  const hooks = new URL(parts.config.hooksUrl);
  return {
    ...parts,
    answer: async (request, render) => {
      const answer = await answerAndLog(parts.responder, request, parts.log);
      return { answer, message: answer ? render(answer) : { text: APOLOGY, blocks: [] } };
    },
    isSlackHook: (url: unknown): url is string => {
      if (typeof url !== 'string') return false;
      try {
        const u = new URL(url);
        return u.origin === hooks.origin && u.pathname.startsWith(hooks.pathname) && !u.username && !u.password;
      } catch {
        return false;
      }
    },
  };
}
