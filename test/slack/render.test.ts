import { describe, expect, it } from 'vitest';
import { decodeButtonValue, encodeButtonValue, renderSlack, SLACK_LIMITS, type SlackBlock } from '../../src/adapters/slack/render.js';
import { slackTextToPlain } from '../../src/adapters/slack/text.js';
import { parseCommand } from '../../src/core/commands.js';
import type { Answer } from '../../src/core/types.js';
import { ask } from '../helpers/engine.js';

function hugeAnswer(): Answer {
  const base = ask('what does CX3CL1 activate?');
  const sentence = 'IL26 & CX3CL1 <signal> through JAK-STAT3 in a very long sentence that keeps going [1]. ';
  const citations = Array.from({ length: 600 }, (_, i) => ({ ...base.citations[0]!, n: i + 1 }));
  return { ...base, summary: sentence.repeat(Math.ceil(20_000 / sentence.length)), citations, caveats: ['x'.repeat(5000)], notices: ['n'.repeat(4000)] };
}

function texts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));
}

describe('renderSlack', () => {
  it('keeps a 20,000-character answer with 600 sources within Slack limits', () => {
    const message = renderSlack(hugeAnswer(), { restateQuestion: true, shareable: true, feedback: true });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const t of texts(message.blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    for (const b of message.blocks) if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    // The buttons survive: they are placed before the budget is spent on text.
    expect(message.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(message.blocks)).toMatch(/more sources/);
  });

  it('splits a long summary at sentence ends, not mid-sentence', () => {
    const message = renderSlack(hugeAnswer());
    const sections = message.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    expect(sections.length).toBeGreaterThan(5);
    for (const s of sections.slice(0, -2)) expect(s).toMatch(/\[1\]\.$/);
  });

  it('escapes &, < and > from questions and data so nothing becomes a mention', () => {
    const answer = { ...ask('what does IL26 activate?'), question: '<!channel> <@U123> a & b' };
    const message = renderSlack(answer, { restateQuestion: true });
    expect(texts(message.blocks)[0]).toBe('You asked: &lt;!channel&gt; &lt;@U123&gt; a &amp; b');
    const withAngles = renderSlack({ ...answer, summary: 'IL26 <b> & <!here> [1].' });
    expect(withAngles.text).toBe('IL26 &lt;b&gt; &amp; &lt;!here&gt; [1].');
  });

  it('links sources to their URL and shows locator and the claims read there, by evidence', () => {
    const message = renderSlack(ask('what does IL26 activate?'));
    const sources = texts(message.blocks).filter((t) => t.startsWith('*['));
    expect(sources[0]).toMatch(/^\*\[1\]\* <https:\/\/doi\.org\/10\.1186\/s40164-025-00713-9\|Abdus Salam et al\.[^>]*> · abstract · _in-vitro: il26-jakstat3_$/);
    // The paper is named once, above the answer, not on every source line.
    expect(texts(message.blocks).filter((t) => t.includes('Brain-metastasis CAFs, IL26 and CX3CL1 in NSCLC (2025)'))).toEqual(['Paper: Brain-metastasis CAFs, IL26 and CX3CL1 in NSCLC (2025)']);
    expect(sources[1]).toMatch(/^\*\[2\]\* Press article .* · ¶5 ·/);
  });

  it('shows the caveats a claim carries', () => {
    const message = renderSlack(ask('do BM-CAFs promote EMT?'));
    expect(texts(message.blocks).some((t) => t.startsWith(':warning: *Caveats*'))).toBe(true);
  });

  it('shows suggestions and no feedback buttons on a declined answer', () => {
    const message = renderSlack(ask('what is the weather in Paris?'), { feedback: true, shareable: true });
    expect(texts(message.blocks).some((t) => t.startsWith('*Try asking*'))).toBe(true);
    const actions = message.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string }> };
    expect(actions.elements.map((e) => e.action_id)).toEqual(['claims_share']);
  });

  it('names who asked on a shared copy', () => {
    const message = renderSlack(ask('summary'), { askedByUserId: 'U42' });
    expect(texts(message.blocks)[0]).toBe('<@U42> asked: summary');
  });
});

describe('button payloads', () => {
  it('round-trip the question and claim ids and stay under 2,000 characters', () => {
    const value = encodeButtonValue({ q: 'what does IL26 activate?', c: ['il26-jakstat3'] });
    expect(decodeButtonValue(value)).toEqual({ q: 'what does IL26 activate?', c: ['il26-jakstat3'] });
    const long = encodeButtonValue({ q: '"\\'.repeat(1500), c: [] });
    expect(long.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(decodeButtonValue(long)?.q.length).toBeGreaterThan(0);
  });

  it('rejects a tampered value instead of throwing', () => {
    expect(decodeButtonValue('not json')).toBeUndefined();
    expect(decodeButtonValue('{"q": 5}')).toBeUndefined();
    expect(decodeButtonValue(undefined)).toBeUndefined();
  });
});

describe('slackTextToPlain', () => {
  it('drops mentions and broadcasts, keeps channel names and link labels, undoes escapes', () => {
    expect(slackTextToPlain('<@UBOT1> <!here> what does <#C123|journal> say about <https://x.org|IL26> &amp; CX3CL1 &lt;3?')).toBe(
      'what does #journal say about IL26 & CX3CL1 <3?',
    );
    expect(slackTextToPlain('<!subteam^S123|@lab> <@W999|bob> summary')).toBe('summary');
  });

  it('keeps the address of an article link whose label hides it, so `add` can read it', () => {
    expect(slackTextToPlain('add <https://doi.org/10.1289/ehp.11570|doi>')).toBe('add doi https://doi.org/10.1289/ehp.11570');
    // Slack's own link of a typed address is labelled with the address: read once.
    expect(slackTextToPlain('add <http://doi.org/10.1289/ehp.11570|doi.org/10.1289/ehp.11570>')).toBe('add doi.org/10.1289/ehp.11570');
    expect(parseCommand(slackTextToPlain('add <https://pmc.ncbi.nlm.nih.gov/articles/PMC2599765/|this week>'))).toEqual({ kind: 'add', ref: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2599765/' });
  });
});

describe('renderSlack at the presentation model extremes', () => {
  it('keeps 50 source locations, 20k characters and mention syntax in every field within Slack limits, and nothing pings', async () => {
    const { extremeAnswer } = await import('../helpers/extreme-answer.js');
    const message = renderSlack(extremeAnswer(), { restateQuestion: true, shareable: true, feedback: true });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const t of texts(message.blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    for (const b of message.blocks) if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const all = [message.text, ...texts(message.blocks)].join('\n');
    expect(all).not.toMatch(/<!channel>|<@U123>|<#C1>/);
    expect(all).toContain('Papers: Paper &lt;!channel&gt;');
    for (const b of message.blocks) if (b.type === 'actions') for (const e of b.elements) expect(e.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
  });
});
