import type { Answer } from './types.js';

/** One curator's request to change the library, as the change log records it. */
export interface CurationRequest {
  /** who: "slack:U123", "discord:456", "terminal", "cli" */
  actor: string;
  /** the channel asked from, which reads the new paper once it is added */
  channel: string;
  /** the command as typed, for the answer */
  text: string;
  /** tells the user slow work has begun (fetching a paper can take seconds) */
  progress(message: string): Promise<void>;
}

export interface CurationResult {
  answer: Answer;
  /** the paper the asking channel reads from now on */
  channelPaper?: string;
  /** a paper that left the library: channels that had chosen it go back to the default */
  removed?: string;
}

/**
 * Adding, removing and publishing papers from the chat. The core decides who may (respond.ts) and
 * says what came of it; the work (fetching, ingesting, storing, rebuilding the index) is done
 * outside the core, which never touches the network.
 */
export interface Curation {
  add(ref: string, request: CurationRequest): Promise<CurationResult>;
  remove(paperId: string, request: CurationRequest): Promise<CurationResult>;
  publish(paperId: string, request: CurationRequest): Promise<CurationResult>;
}

/**
 * Who may change the library: everyone listed in CURATORS ("U0123ABC", "slack:U0123ABC",
 * "discord:80351110224678912"); with no list, the platform's own administrators (Slack workspace
 * admins and owners, Discord members with Manage Server). The terminal and the CLI are run by the
 * machine's operator, who always may.
 */
export async function mayCurate(
  who: { platform: string; userId?: string; isAdmin?: () => Promise<boolean> },
  curators: ReadonlySet<string> | undefined,
): Promise<boolean> {
  if (who.platform === 'terminal' || who.platform === 'cli') return true;
  if (!who.userId) return false;
  if (curators && curators.size > 0) return curators.has(who.userId) || curators.has(`${who.platform}:${who.userId}`);
  if (!who.isAdmin) return false;
  try {
    return await who.isAdmin();
  } catch {
    // The platform could not say (an API error): the change is refused, never allowed by default.
    return false;
  }
}

export const actorOf = (who: { platform: string; userId?: string }): string => (who.platform === 'terminal' || who.platform === 'cli' || !who.userId ? who.platform : `${who.platform}:${who.userId}`);
