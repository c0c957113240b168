import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, renderDiscord, type DiscordEmbed } from '../../src/adapters/discord/render.js';
import { discordTextToPlain, escapeDiscord, mentionsBot } from '../../src/adapters/discord/text.js';
import type { Answer } from '../../src/core/types.js';
import { ask } from '../helpers/engine.js';

const size = (e: DiscordEmbed) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

function huge(): Answer {
  const base = ask('what does CX3CL1 activate?');
  const sentence = 'IL26 and CX3CL1 signal through JAK-STAT3 in a very long sentence that keeps going on [1]. ';
  return {
    ...base,
    summary: sentence.repeat(Math.ceil(20_000 / sentence.length)),
    citations: Array.from({ length: 200 }, (_, i) => ({ ...base.citations[0]!, n: i + 1 })),
    caveats: Array.from({ length: 30 }, () => 'c'.repeat(700)),
  };
}

describe('renderDiscord', () => {
  it('splits a 20,000-character answer with 200 sources into messages within every limit', () => {
    const messages = renderDiscord(huge());
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(m.embeds.reduce((n, e) => n + size(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.messageTotal);
      for (const e of m.embeds) {
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fieldsPerEmbed);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
    }
    // Nothing is lost: every source line is somewhere.
    const all = JSON.stringify(messages);
    for (const n of [1, 100, 200]) expect(all).toContain(`**[${n}]**`);
  });

  it('splits descriptions at sentence ends', () => {
    const descriptions = renderDiscord(huge()).flatMap((m) => m.embeds.map((e) => e.description).filter(Boolean)) as string[];
    expect(descriptions.length).toBeGreaterThan(4);
    for (const d of descriptions.slice(0, -1)) expect(d).toMatch(/\\\[1\\\]\.$/);
  });

  it('uses one message with title, summary, sources and caveats for a normal answer', () => {
    const [message, ...rest] = renderDiscord(ask('do BM-CAFs promote EMT?'));
    expect(rest).toEqual([]);
    const [embed] = message!.embeds;
    expect(embed!.title).toBe('do BM-CAFs promote EMT?');
    expect(embed!.fields!.map((f) => f.name)).toEqual(['Sources', 'Caveats']);
    expect(embed!.footer?.text).toBe('Paper: Brain-metastasis CAFs, IL26 and CX3CL1 in NSCLC (2025)');
  });

  it('colours an answer whose sources disagree, with both sides in the summary', () => {
    const [message] = renderDiscord(ask('which cells secrete IL26?'));
    const [embed] = message!.embeds;
    expect(embed!.description).toMatch(/press article's fourth paragraph/);
    expect(embed!.color).toBe(0xe9a23b);
  });

  it('shows suggestions, in grey, for a declined answer', () => {
    const [message] = renderDiscord(ask('what is the weather in Paris?'));
    expect(message!.embeds[0]!.fields!.map((f) => f.name)).toEqual(['Try asking']);
    expect(message!.embeds[0]!.color).toBe(0x8a8a8a);
  });

  it('escapes markdown and neutralises mention syntax from questions', () => {
    const [message] = renderDiscord({ ...ask('IL26'), question: '**bold** @everyone <@&123> [x](http://evil)' });
    expect(message!.embeds[0]!.title).toBe('\\*\\*bold\\*\\* @\u200beveryone <\u200b@&123> \\[x\\](http://evil)');
  });
});

describe('Discord text', () => {
  it('turns a mention message into the question', () => {
    expect(discordTextToPlain('<@123456789012345678> what does <:dna:111> IL26 do? <@&999> @here <#555>')).toBe('what does :dna: IL26 do?');
  });

  it('counts only a direct user mention of the bot', () => {
    expect(mentionsBot('<@42> hi', '42')).toBe(true);
    expect(mentionsBot('<@!42> hi', '42')).toBe(true);
    expect(mentionsBot('<@&42> hi', '42')).toBe(false);
    expect(mentionsBot('@everyone hi', '42')).toBe(false);
    expect(mentionsBot('<@421> hi', '42')).toBe(false);
  });

  it('escapes list and quote markers only at line starts', () => {
    expect(escapeDiscord('- a-b > c\n# d')).toBe('\\- a-b > c\n\\# d');
  });
});

describe('renderDiscord at the presentation model extremes', () => {
  it('keeps 50 source locations, 20k characters and mention syntax in every field within Discord limits, and nothing pings', async () => {
    const { extremeAnswer, MENTIONS } = await import('../helpers/extreme-answer.js');
    const messages = renderDiscord(extremeAnswer());
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(m.embeds.reduce((n, e) => n + size(e) + (e.footer?.text.length ?? 0), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.messageTotal);
      for (const e of m.embeds) {
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
        expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fieldsPerEmbed);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
    }
    const all = JSON.stringify(messages);
    for (const n of [1, 50]) expect(all).toContain(`**[${n}]**`);
    const markdown = messages.flatMap((m) => m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])).join('\n');
    expect(markdown).not.toContain(MENTIONS);
    expect(markdown).not.toMatch(/(?<!\\)@everyone|<@U123>|<@&42>/);
  });
});
