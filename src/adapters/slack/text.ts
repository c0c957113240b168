import { parseArticleId } from '../../core/article-id.js';
/**
 * Slack message text -> the plain question the core expects: the bot's own mention removed, other
 * mentions and broadcasts dropped (they are never part of a question and must never be echoed live),
 * links reduced to their labels, and Slack's HTML escapes undone.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<!(?:channel|here|everyone)(?:\|[^>]*)?>/g, ' ')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<#[CG][A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name: string | undefined) => (name ? `#${name}` : ' '))
    // A link to an article keeps its address when its label hides it ("<https://doi.org/10.…|the paper>"):
    // the address is what `add` needs. Other links read as their labels.
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label: string | undefined) =>
      label === undefined ? url : parseArticleId(url) && !parseArticleId(label) ? `${label} ${url}` : label,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Escapes text for mrkdwn so nothing a user or the data says can become a mention, link or
 * broadcast: Slack's control characters are escaped, and bare `@here`, `@channel` and `@everyone`
 * get a zero-width space after the @ (clients and link_names settings can turn bare words into pings).
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone|group)\b/gi, '@\u200b$1');
}

/** A Slack user id as Slack issues them (U… or W…); anything else in a payload is not rendered as a mention. */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;
