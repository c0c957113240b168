import type { Answer } from '../../core/types.js';
import { claimsLine, present, type PresentedSource } from '../shared/present.js';
import { splitText, truncate } from '../shared/split.js';
import { escapeMrkdwn, SLACK_USER_ID } from './text.js';

/** Block Kit limits this renderer keeps to (Slack rejects messages beyond them). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  blocks: 50,
  contextElements: 10,
  buttonValue: 2000,
  fallbackText: 3000,
} as const;

export const ACTION_SHARE = 'claims_share';
export const ACTION_FEEDBACK_UP = 'claims_feedback_up';
export const ACTION_FEEDBACK_DOWN = 'claims_feedback_down';

// Plain objects in Block Kit's shape; the renderer stays pure and free of the SDK.
type Text = { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean };
type Button = { type: 'button'; action_id: string; text: Text; value: string; style?: 'primary' | 'danger' };
export type SlackBlock =
  | { type: 'section'; text: Text }
  | { type: 'context'; elements: Text[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id?: string; elements: Button[] }
  | { type: 'rich_text'; elements: Array<{ type: 'rich_text_quote'; elements: Array<{ type: 'text'; text: string }> }> };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions {
  /** the user cannot see their own slash command, so the reply repeats the question */
  restateQuestion?: boolean;
  /** show "Share in channel" (ephemeral replies) */
  shareable?: boolean;
  /** show 👍 / 👎 */
  feedback?: boolean;
  /** a public copy names who asked, as a user id rendered by Slack */
  askedByUserId?: string;
}

/** What the buttons carry, so a click can be answered without any server-side state. */
export interface ButtonPayload {
  q: string;
  c?: string[];
}

export function encodeButtonValue(payload: ButtonPayload): string {
  let value = JSON.stringify(payload);
  let q = payload.q;
  let c = payload.c;
  // The question gives way first, then the last claim ids: a vote on most of the claims beats no button.
  while (value.length > SLACK_LIMITS.buttonValue && (q.length > 0 || (c?.length ?? 0) > 0)) {
    if (q.length > 0) q = q.slice(0, Math.floor(q.length * 0.8));
    else c = c!.slice(0, -1);
    value = JSON.stringify({ ...payload, q, ...(c ? { c } : {}) });
  }
  return value;
}

export function decodeButtonValue(value: string | undefined): ButtonPayload | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<ButtonPayload>;
    if (typeof parsed.q !== 'string') return undefined;
    return { q: parsed.q, c: Array.isArray(parsed.c) ? parsed.c.filter((x): x is string => typeof x === 'string') : [] };
  } catch {
    return undefined;
  }
}

const mrkdwn = (text: string): Text => ({ type: 'mrkdwn', text });
const plain = (text: string): Text => ({ type: 'plain_text', text, emoji: true });

function sourceLine(source: PresentedSource): string {
  const title = escapeMrkdwn(source.title).replace(/\|/g, '¦');
  const linked = source.url ? `<${source.url.replace(/[<>|\s]/g, encodeURIComponent)}|${title}>` : title;
  return `*[${source.n}]* ${linked} · ${escapeMrkdwn(source.locator)} · _${escapeMrkdwn(claimsLine(source))}_`;
}

/** Answer -> Block Kit message: summary, numbered sources, caveats, suggestions, buttons; always within Slack's limits. */
export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const view = present(answer);
  const head: SlackBlock[] = [];
  const tail: SlackBlock[] = [];
  if (options.askedByUserId !== undefined) {
    // Only an id shaped like Slack's becomes a mention: a forged one could carry <!channel> or another markup.
    const who = SLACK_USER_ID.test(options.askedByUserId) ? `<@${options.askedByUserId}>` : 'Someone';
    head.push({ type: 'context', elements: [mrkdwn(truncate(`${who} asked: ${escapeMrkdwn(answer.question)}`, SLACK_LIMITS.sectionText))] });
  } else if (options.restateQuestion && answer.question) {
    head.push({ type: 'context', elements: [mrkdwn(truncate(`You asked: ${escapeMrkdwn(answer.question)}`, SLACK_LIMITS.sectionText))] });
  }
  if (view.notices.length > 0) {
    head.push({ type: 'context', elements: [mrkdwn(truncate(escapeMrkdwn(view.notices.join(' ')), SLACK_LIMITS.sectionText))] });
  }
  if (view.paper) {
    head.push({ type: 'context', elements: [mrkdwn(truncate(`${view.paper.label}: ${escapeMrkdwn(view.paper.text)}`, SLACK_LIMITS.sectionText))] });
  }

  if (view.quotation) {
    // Block Kit's own quotation: a rich_text quote under its attribution (rich text is never parsed for mentions).
    tail.push({ type: 'context', elements: [mrkdwn(truncate(`${escapeMrkdwn(view.quotation.attribution)}:`, SLACK_LIMITS.sectionText))] });
    tail.push({ type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: truncate(view.quotation.text, SLACK_LIMITS.sectionText) }] }] });
  }
  if (view.caveats.items.length > 0) {
    const caveats = view.caveats.items.map((c) => `• ${escapeMrkdwn(c)}`).join('\n');
    tail.push({ type: 'section', text: mrkdwn(truncate(`:warning: *${view.caveats.heading}*\n${caveats}`, SLACK_LIMITS.sectionText)) });
  }
  if (view.suggestions.items.length > 0) {
    const list = view.suggestions.items.map((s) => `• ${escapeMrkdwn(s)}`).join('\n');
    tail.push({ type: 'section', text: mrkdwn(truncate(`*${view.suggestions.heading}*\n${list}`, SLACK_LIMITS.sectionText)) });
  }
  const buttons: Button[] = [];
  if (options.shareable) {
    buttons.push({ type: 'button', action_id: ACTION_SHARE, text: plain('Share in channel'), value: encodeButtonValue({ q: answer.question }), style: 'primary' });
  }
  if (options.feedback && answer.answered && answer.citations.length > 0) {
    const value = encodeButtonValue({ q: answer.question, c: view.claimIds.slice(0, 20) });
    buttons.push({ type: 'button', action_id: ACTION_FEEDBACK_UP, text: plain('👍'), value });
    buttons.push({ type: 'button', action_id: ACTION_FEEDBACK_DOWN, text: plain('👎'), value });
  }
  if (buttons.length > 0) tail.push({ type: 'actions', block_id: 'claims_actions', elements: buttons });

  // The summary and sources share what is left of the 50-block budget; sources give way first.
  let budget = SLACK_LIMITS.blocks - head.length - tail.length;
  const summaryParts = splitText(escapeMrkdwn(view.answer), SLACK_LIMITS.sectionText);
  const sourceLines = view.sources.map(sourceLine);
  const sourceBlocksWanted = Math.ceil(sourceLines.length / SLACK_LIMITS.contextElements);
  const summaryRoom = Math.max(1, budget - Math.min(sourceBlocksWanted, 2) - (sourceLines.length > 0 ? 1 : 0));
  const summaryBlocks: SlackBlock[] = summaryParts.slice(0, summaryRoom).map((part) => ({ type: 'section', text: mrkdwn(part) }));
  if (summaryParts.length > summaryRoom) {
    const last = summaryBlocks[summaryBlocks.length - 1] as { type: 'section'; text: Text };
    last.text = mrkdwn(truncate(`${last.text.text} …`, SLACK_LIMITS.sectionText));
  }
  budget -= summaryBlocks.length;

  const sourceBlocks: SlackBlock[] = [];
  if (sourceLines.length > 0 && budget >= 2) {
    sourceBlocks.push({ type: 'divider' });
    budget -= 1;
    for (let i = 0; i < sourceLines.length && budget > 0; i += SLACK_LIMITS.contextElements) {
      const chunk = sourceLines.slice(i, i + SLACK_LIMITS.contextElements);
      const remaining = sourceLines.length - (i + chunk.length);
      if (budget === 1 && remaining > 0) chunk[chunk.length - 1] = `…and ${remaining + 1} more sources`;
      sourceBlocks.push({ type: 'context', elements: chunk.map((line) => mrkdwn(truncate(line, SLACK_LIMITS.sectionText))) });
      budget -= 1;
    }
  }

  return {
    text: fallbackText(answer),
    blocks: [...head, ...summaryBlocks, ...sourceBlocks, ...tail],
  };
}

/** The notification and screen-reader text: the summary, escaped, within the limit. */
function fallbackText(answer: Answer): string {
  return truncate(escapeMrkdwn(answer.summary), SLACK_LIMITS.fallbackText);
}
