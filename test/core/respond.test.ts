import { describe, expect, it } from 'vitest';
import { Responder } from '../../src/core/respond.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { realEngine } from '../helpers/engine.js';
import { tempDatabase } from '../helpers/process.js';

describe('per-user rate limit', () => {
  it('answers the question over the limit with a friendly wait, per user, and lets it through a minute later', () => {
    let now = 1_000_000;
    const responder = new Responder(realEngine(), { questionsPerMinute: 2, now: () => now });
    const ask = (userId?: string) => responder.respond({ platform: 'slack', conversationId: 'c', text: 'what does IL26 activate?', ...(userId ? { userId } : {}) });
    expect(ask('U1').answered).toBe(true);
    now += 10_000;
    expect(ask('U1').answered).toBe(true);
    const limited = ask('U1');
    expect(limited.reason).toBe('rate-limited');
    expect(limited.summary).toBe("You're asking faster than I can keep up with (2 questions a minute). Please try again in 50 seconds.");
    expect(ask('U2').answered).toBe(true);
    expect(ask().answered).toBe(true);
    now += 50_001;
    expect(ask('U1').answered).toBe(true);
  });
});

describe('the responder with a store', () => {
  it('logs answered and declined questions but not rate-limited ones, and reports them as gaps', async () => {
    const store = openSqliteStore(tempDatabase());
    const responder = new Responder(realEngine(), { store, questionsPerMinute: 3 });
    const ask = (text: string) => responder.handle({ platform: 'slack', conversationId: 'slack:C1:1', channelId: 'slack:C1', userId: 'U1', text });
    await ask('what does IL26 activate?');
    await ask('does IL26 cause diabetes?');
    await ask('Does IL-26 cause diabetes');
    expect((await ask('does IL26 cause diabetes?')).reason).toBe('rate-limited');
    // Answered in part, twice in two wordings: a gap of its own, its two askings grouped.
    const other = (text: string) => responder.handle({ platform: 'slack', conversationId: 'slack:C1:2', channelId: 'slack:C1', userId: 'U2', text });
    expect((await other('does IL26 activate JAK-STAT3 in zebrafish?')).reason).toBe('partial');
    await other('Does IL-26 activate JAK-STAT3 in zebrafish');
    await responder.flush();
    const gaps = await store.gaps(new Date(Date.now() - 60_000), 10);
    expect(gaps.map((g) => [g.example, g.asked, g.declined, g.partial])).toEqual(
      expect.arrayContaining([
        ['Does IL-26 cause diabetes', 2, 2, 0],
        ['Does IL-26 activate JAK-STAT3 in zebrafish', 2, 0, 2],
      ]),
    );
    expect(gaps).toHaveLength(2);
    const [activity] = await store.activity(new Date(Date.now() - 60_000));
    expect(activity).toMatchObject({ paperId: 'bm-caf-il26-2025', questions: 5, answered: 3 });
    await store.close();
  });

  it('keeps a channel\'s paper in the store, and claims each delivery once', async () => {
    const file = tempDatabase();
    const store = openSqliteStore(file);
    const responder = new Responder(realEngine(), { store });
    await responder.handle({ platform: 'discord', conversationId: 'discord:9', text: 'use caf-il6-stat3-2017' });
    expect(await store.channelPapers()).toEqual(new Map([['discord:9', 'caf-il6-stat3-2017']]));
    expect(await responder.deliveries.claim('discord:message:1')).toBe(true);
    expect(await responder.deliveries.claim('discord:message:1')).toBe(false);
    await store.close();
    const restarted = new Responder(realEngine(), { channelPapers: await openSqliteStore(file).channelPapers() });
    expect(restarted.paperFor('discord:9')).toBe('caf-il6-stat3-2017');
  });
});
