import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { renderText } from '../../src/adapters/terminal/render.js';
import { Engine } from '../../src/core/engine.js';
import { classifyLicence } from '../../src/core/licence.js';
import { loadLibrary } from '../../src/core/library.js';
import { Responder } from '../../src/core/respond.js';
import { DATA_DIR } from '../helpers/engine.js';

const PASSAGE = 'Mechanistically, IL26 activated JAK-STAT3 signalling <@U1> in the cancer cells.';

/** The fixture library with the abstract's text stored, under a licence that allows quoting or not. */
function responderWith(licence: { url: string }): Responder {
  const library = loadLibrary(DATA_DIR);
  const paper = library.papers.find((p) => p.data.id === 'bm-caf-il26-2025')!;
  paper.passages.set('paper', new Map([['abstract', PASSAGE]]));
  paper.licence = classifyLicence(licence as never);
  return new Responder(new Engine(library));
}

describe('source <n>: the claims read at a location and the passage itself', () => {
  it('lists every claim an answer read at that location, each cited to it, and names the location once', () => {
    const responder = responderWith({ url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' });
    const summary = responder.respond({ platform: 'cli', conversationId: 'c', text: 'summary' });
    const atOne = new Set(summary.citations.filter((c) => c.n === 1).map((c) => c.claimId));
    expect(atOne.size).toBeGreaterThan(1);
    const detail = responder.respond({ platform: 'cli', conversationId: 'c', text: 'source 1' });
    expect(new Set(detail.citations.map((c) => c.claimId))).toEqual(atOne);
    expect(new Set(detail.citations.map((c) => c.n))).toEqual(new Set([1]));
    expect(detail.notices[0]).toMatch(/^Citation \[1\]: Abdus Salam et al\..*, abstract; \d+ claims read there\.$/);
    // Not quotable under a no-derivatives licence: said, and not shown.
    expect(detail.quotation).toBeUndefined();
    expect(detail.caveats.join(' ')).toMatch(/does not allow quoting it/);
    expect(renderText(detail)).not.toContain('Mechanistically');
    // "source 2" still refers to the summary, not to the "source 1" answer.
    expect(responder.respond({ platform: 'cli', conversationId: 'c', text: 'source 2' }).answered).toBe(true);
  });

  it('reads "source?" and "where is that from?" as the source of what the last answer cited first, with its caveat once', () => {
    const responder = responderWith({ url: 'https://creativecommons.org/licenses/by/4.0/' });
    const answer = responder.respond({ platform: 'cli', conversationId: 'c', text: 'did the animal experiments use cisplatin?' });
    const first = answer.citations.find((c) => c.n === 1)!.claimId;
    for (const asked of ['source?', "where's that info from?", 'ok, source for that number pls']) {
      const detail = responder.respond({ platform: 'cli', conversationId: 'c', text: asked });
      expect(detail.reason, asked).toBe('command');
      expect(detail.citations.map((c) => c.claimId)).toContain(first);
      const shown = [detail.summary, ...detail.caveats].join(' ');
      for (const caveat of detail.caveats) expect(shown.split(caveat).length - 1, caveat).toBe(1);
    }
    // A question that merely mentions sources is still a question.
    expect(responder.respond({ platform: 'cli', conversationId: 'c', text: 'what sources does the paper cite for IL26?' }).reason).not.toBe('command');
  });

  it('quotes the stored passage with its locator and licence on every surface when the licence allows', () => {
    const responder = responderWith({ url: 'https://creativecommons.org/licenses/by/4.0/' });
    responder.respond({ platform: 'cli', conversationId: 'c', text: 'what does IL26 activate?' });
    const detail = responder.respond({ platform: 'cli', conversationId: 'c', text: 'source 1' });
    expect(detail.quotation).toMatchObject({ text: PASSAGE, locator: 'abstract', licence: expect.stringMatching(/^CC BY/) });
    const text = renderText(detail, { width: 80 });
    expect(text).toMatch(/^The passage, quoted from Abdus Salam et al\.[^\n]*\n?[^\n]*abstract \(CC BY[^)]*\):$/m);
    expect(text).toMatch(/^ {2}│ “Mechanistically, IL26 activated/m);
    const slack = renderSlack(detail);
    const quote = slack.blocks.find((b) => b.type === 'rich_text');
    expect(JSON.stringify(quote)).toContain('"type":"rich_text_quote"');
    expect(JSON.stringify(quote)).toContain('Mechanistically');
    const discord = renderDiscord(detail)[0]!.embeds[0]!.description!;
    expect(discord).toMatch(/\n> Mechanistically, IL26 activated JAK-STAT3 signalling/);
    expect(discord).not.toContain('<@U1>');
  });

  it('says when the text behind a citation is not stored', () => {
    const responder = new Responder(new Engine(loadLibrary(DATA_DIR)));
    responder.respond({ platform: 'cli', conversationId: 'c', text: 'what does IL26 activate?' });
    const detail = responder.respond({ platform: 'cli', conversationId: 'c', text: 'source 2' });
    expect(detail.quotation).toBeUndefined();
    expect(detail.caveats).toContain('The text behind this citation (¶5) is not stored with the paper; follow the link to read it.');
  });
});
