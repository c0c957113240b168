import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack, SLACK_LIMITS, type SlackBlock } from '../src/adapters/slack/render.js';
import { Responder } from '../src/core/respond.js';
import { realEngine } from './helpers/engine.js';

// Pieces a hostile or careless user types, mixed with arbitrary unicode (lone surrogates included).
const PIECES = [
  '<!channel>', '<!here>', '<!everyone>', '<@U0123ABC>', '<@&123456789>', '<#C1|x>', '@everyone', '@here', '**', '__', '`', '```', '> ', '|', '&',
  '<', '>', '\u0000', '\u202e', '\u200b', '🧬', '👩‍🔬', 'IL26', 'CX3CL1', 'JAK-STAT3', 'define', 'source 2', 'claims', 'summary', 'help', '?', ' ', '\n',
  '(.*+?', '[x](http://evil)', 'İ', 'ß', 'ﬁ',
];
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 700 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 40 })).map((t) => t.join(' ')),
);

// Warmed as boot.ts warms the bot's engine: compiling the analysis's patterns is the cold start's cost
// (npm run bench), not an answer's.
const engine = realEngine();
engine.warmUp();
const responder = new Responder(engine);
const respond = (text: string) => responder.respond({ platform: 'cli', conversationId: 'props', text });
// The patterns only text in other scripts, with emoji, mentions and direction marks reaches compile on their
// first use (tens of milliseconds once); the property is about every answer after that, so one such text goes first.
respond(`${PIECES.join(' ')} ¿qué es? EMTって何 CAF是什么 ما هو мышь`);

function slackTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));
}

describe('any input, property-based', () => {
  it('the engine answers without throwing, within 50 ms', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const started = performance.now();
        const answer = respond(text);
        expect(performance.now() - started).toBeLessThan(50);
        expect(answer.summary.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('Slack rendering stays within limits and never carries live mention syntax', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, restate) => {
        const message = renderSlack(respond(text), { restateQuestion: restate, shareable: true, feedback: true });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const t of [...slackTexts(message.blocks), message.text]) {
          expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          // Every "<" left in text opens one of our own links.
          expect(t.replace(/<https?:\/\/[^|>\s]+\|[^>]*>/g, '')).not.toContain('<');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Discord rendering stays within limits and never carries live mention syntax', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const message of renderDiscord(respond(text))) {
          expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
          let total = 0;
          for (const e of message.embeds) {
            const parts = [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];
            total += parts.reduce((n, p) => n + p.length, 0);
            expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
            expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
            for (const p of parts) {
              expect(p).not.toMatch(/@(everyone|here)/);
              expect(p).not.toMatch(/<[@#]/);
            }
          }
          expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.messageTotal);
        }
      }),
      { numRuns: 300 },
    );
  });
});
