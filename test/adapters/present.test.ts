import { describe, expect, it } from 'vitest';
import { present } from '../../src/adapters/shared/present.js';
import { ask } from '../helpers/engine.js';

describe('the presentation model every surface formats', () => {
  it('groups sources by location, one entry per number, with the claims read there', () => {
    const view = present(ask('summary'));
    expect(view.sources.map((s) => s.n)).toEqual(view.sources.map((_, i) => i + 1));
    const abstract = view.sources[0]!;
    expect(abstract.locator).toBe('abstract');
    expect(abstract.claims.map((c) => c.id)).toEqual(expect.arrayContaining(['il26-jakstat3', 'invivo-cisplatin', 'conclusion-target']));
    expect(view.sources.find((s) => s.locator === '¶5')!.claims.map((c) => c.id)).toEqual(['il26-jakstat3']);
  });

  it('names the paper once per answer when the library holds more than one, and not when it holds one', () => {
    const answer = ask('what does IL26 activate?');
    expect(present(answer).paper).toEqual({ label: 'Paper', text: 'Brain-metastasis CAFs, IL26 and CX3CL1 in NSCLC (2025)' });
    expect(present({ ...answer, libraryPapers: 1 }).paper).toBeUndefined();
  });

  it('heads caveats as disagreements only when the sources disagree, and greys a decline', () => {
    const disputed = ask('which cells secrete IL26?');
    expect(disputed.disputed).toBe(true);
    expect(present({ ...disputed, caveats: ['x'] }).caveats.heading).toBe('Caveats and disagreements');
    expect(present(ask('do BM-CAFs promote EMT?')).caveats.heading).toBe('Caveats');
    expect(present(ask('what is the weather in Paris?')).tone).toBe('declined');
  });
});
