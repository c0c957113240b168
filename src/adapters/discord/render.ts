import type { Answer } from '../../core/types.js';
import { claimsLine, LABELS, present, type PresentedSource } from '../shared/present.js';
import { splitText, truncate } from '../shared/split.js';
import { escapeDiscord } from './text.js';

/** Discord's message and embed limits; this renderer keeps to all of them. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fieldsPerEmbed: 25,
  footer: 2048,
  embedsPerMessage: 10,
  messageTotal: 6000,
} as const;

const COLOURS = { answered: 0x1d3557, disputed: 0xe9a23b, declined: 0x8a8a8a } as const;

export interface DiscordField {
  name: string;
  value: string;
}

// Plain objects in the API's shape; the renderer stays pure and free of discord.js.
export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: DiscordField[];
  footer?: { text: string };
}

export interface DiscordMessage {
  embeds: DiscordEmbed[];
}

function sourceLine(source: PresentedSource): string {
  const title = escapeDiscord(source.title);
  const linked = source.url ? `[${title}](${source.url.replace(/[()\s]/g, encodeURIComponent)})` : title;
  return `**[${source.n}]** ${linked} · ${escapeDiscord(source.locator)} · *${escapeDiscord(claimsLine(source))}*`;
}

/** Lines packed into field values of at most 1,024 characters, never splitting a line unless it alone is too long. */
function fieldsFor(name: string, lines: string[]): DiscordField[] {
  const values: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, DISCORD_LIMITS.fieldValue);
    if (current && current.length + 1 + line.length > DISCORD_LIMITS.fieldValue) {
      values.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) values.push(current);
  return values.map((value, i) => ({ name: i === 0 ? name : `${name} (continued)`, value }));
}

const embedSize = (e: DiscordEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Answer -> one or more messages of embeds: summary, numbered sources, caveats, suggestions. */
export function renderDiscord(answer: Answer): DiscordMessage[] {
  const view = present(answer);
  const color = COLOURS[view.tone];
  const intro = view.notices.map((n) => `*${escapeDiscord(n)}*`).join('\n');
  // A quotation is a Discord block quote ("> " on every line) under its attribution.
  const quote = view.quotation ? `**${escapeDiscord(view.quotation.attribution)}:**\n${escapeDiscord(view.quotation.text).split('\n').map((l) => `> ${l}`).join('\n')}` : '';
  const body = [intro, escapeDiscord(view.answer), quote].filter(Boolean).join('\n\n');
  const descriptions = splitText(body, DISCORD_LIMITS.embedDescription);

  const embeds: DiscordEmbed[] = descriptions.map((description, i) => ({
    ...(i === 0 ? { title: truncate(escapeDiscord(view.question) || 'Journal club claims', DISCORD_LIMITS.embedTitle) } : {}),
    // Footers are plain text (no markdown), so the paper's title is shown as written.
    ...(i === 0 && view.paper ? { footer: { text: truncate(`${view.paper.label}: ${view.paper.text}`, DISCORD_LIMITS.footer) } } : {}),
    description,
    color,
  }));
  const fields = [
    ...fieldsFor(LABELS.sources, view.sources.map(sourceLine)),
    ...fieldsFor(view.caveats.heading, view.caveats.items.map((c) => `⚠️ ${escapeDiscord(c)}`)),
    ...fieldsFor(view.suggestions.heading, view.suggestions.items.map((s) => `• ${escapeDiscord(s)}`)),
  ];
  // Fields ride on the last description embed, then on field-only embeds, each within the 6,000 total.
  let target = embeds[embeds.length - 1]!;
  for (const field of fields) {
    const fits = (target.fields?.length ?? 0) < DISCORD_LIMITS.fieldsPerEmbed && embedSize(target) + field.name.length + field.value.length <= DISCORD_LIMITS.messageTotal;
    if (!fits) {
      target = { color };
      embeds.push(target);
    }
    (target.fields ??= []).push(field);
  }

  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const s = embedSize(embed);
    if (current.length > 0 && (current.length === DISCORD_LIMITS.embedsPerMessage || size + s > DISCORD_LIMITS.messageTotal)) {
      messages.push({ embeds: current });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += s;
  }
  if (current.length > 0) messages.push({ embeds: current });
  return messages;
}
