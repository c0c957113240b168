import { describe, expect, it } from 'vitest';
import { asksShorter, sentencesAllowed } from '../../src/core/shorten.js';
import { citedIds, conversation, sentences } from '../helpers/engine.js';

describe('"shorter pls" after an answer', () => {
  it('cuts the last answer to the sentences asked for, each still cited, numbered from [1] and citing only what it shows', () => {
    const turn = conversation('shorter');
    const full = turn('summarize the 2025 paper');
    expect(sentences(full.summary).length).toBeGreaterThan(2);
    const short = turn('shorter pls, 2 sentences max for a slide');
    const kept = sentences(short.summary);
    expect(kept).toHaveLength(2);
    // Sentences of the full answer, unchanged but for their numbers; the authors' conclusion leads.
    const bare = (x: string) => x.replace(/\s*(?:\[\d+\])+/g, '');
    for (const s of kept) expect(sentences(full.summary).map(bare)).toContain(bare(s));
    const conclusion = full.citations.find((c) => c.evidence === 'conclusion')!;
    expect(short.summary.startsWith(conclusion.text.replace(/\.$/, ''))).toBe(true);
    for (const s of kept) expect(s).toMatch(/\[\d+\]/);
    expect(short.citations.map((c) => c.n)).toContain(1);
    // Claims whose sentences were cut are not cited.
    expect(citedIds(short).length).toBeLessThan(citedIds(full).length);
    for (const id of citedIds(short)) expect(short.summary).toContain(short.citations.find((c) => c.claimId === id)!.text.replace(/\.$/, ''));
    expect(short.notices.join(' ')).toMatch(/full answer/);
  });

  it('gives one sentence for a one-liner and says there is nothing to shorten before any answer', () => {
    const turn = conversation('one-liner');
    turn('what did they find?');
    expect(sentences(turn('one-liner pls').summary)).toHaveLength(1);
    const fresh = conversation('nothing')('shorter pls');
    expect(fresh.answered).toBe(false);
    expect(fresh.summary).toMatch(/no earlier answer/);
  });

  it('reads a request with a subject of its own ("tl;dr of the Oncotarget paper") as a question, and a bare "tl;dr" as a summary', () => {
    expect(asksShorter('tl;dr of the Oncotarget fibroblast paper?')).toBe(false);
    expect(asksShorter('in one sentence, what should i tell my book club this paper found')).toBe(false);
    expect(asksShorter('can you make it shorter?')).toBe(true);
    expect(sentencesAllowed('shorter, 3 lines')).toBe(3);
    const answer = conversation('tldr')('tl;dr in one sentence');
    expect(answer.answered).toBe(true);
    expect(citedIds(answer).length).toBeGreaterThan(0);
  });
});

describe('a length asked with the question itself', () => {
  it('fits "summarize the paper in 2 sentences" to two sentences, the authors\' conclusion first, and says the full answer is there to ask for', () => {
    const answer = conversation('in-two')('summarize the paper in 2 sentences');
    expect(sentences(answer.summary)).toHaveLength(2);
    expect(answer.summary).toMatch(/^The authors conclude/);
    expect(answer.notices.join(' ')).toMatch(/full answer/);
    // A question that fits already is left as it is.
    expect(conversation('fits')('what does IL26 activate, in one line').notices).toEqual([]);
    // A range ("2-3 sentences", "two or three") allows the larger number; "sum it up" asks for the summary.
    const family = conversation('range')('how would you sum it up for a family in 2-3 sentences?');
    expect(sentences(family.summary)).toHaveLength(3);
    expect(family.summary).toMatch(/^The authors conclude/);
    expect(sentencesAllowed('two or three lines please')).toBe(3);
  });

  it('gives a line for each paper when two papers are compared in two lines', () => {
    const answer = conversation('two-lines')('compare the two papers in two lines pls');
    expect(sentences(answer.summary)).toHaveLength(2);
    expect(new Set(answer.citations.map((c) => c.paperId)).size).toBe(2);
  });

  it('reads "now explain it like I\'m 12" after a summary as the summary again', () => {
    const turn = conversation('restate');
    turn('summarize the paper in 2 sentences');
    expect(citedIds(turn("now explain it like i'm 12"))).toContain('conclusion-target');
  });
});
