import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evalCaseSchema, runCase, scoreByKind } from '../../bench/eval/score.js';
import { Responder } from '../../src/core/respond.js';
import { citedIds, realEngine, REPO_ROOT } from '../helpers/engine.js';

const fixture = (name: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', name), 'utf8'));

describe('answer quality on questions written the way members talk (npm run eval)', () => {
  const engine = realEngine();
  // Floors a little under what the engine scores today, so a regression fails here and not in a journal club.
  const FLOORS = { dev: 0.85, heldout: 0.8 };
  for (const set of ['dev', 'heldout'] as const) {
    const cases = z.array(evalCaseSchema).parse(fixture(`eval/${set}.json`));
    const results = cases.map((c) => runCase(engine, c));
    it(`${set}: every kind of question at or above ${FLOORS[set] * 100}%`, () => {
      const low = scoreByKind(results).filter((k) => k.passed / k.total < FLOORS[set]);
      // Held-out questions stay unread by whoever tunes the engine: report their ids, not their text.
      const failing = results.filter((r) => !r.pass && low.some((k) => k.kind === r.case.kind)).map((r) => (set === 'dev' ? `${r.case.id} ${r.case.q}: ${r.failures.join('; ')}` : r.case.id));
      expect(low, failing.join('\n')).toEqual([]);
    });
    it(`${set}: declines every medical-advice question as medical advice`, () => {
      const missed = results.filter((r) => r.case.declineKind === 'medical' && !r.pass).map((r) => (set === 'dev' ? r.case.q : r.case.id));
      expect(missed).toEqual([]);
    });
  }
});

describe('answer quality on questions close to the claims (labelled-questions.json)', () => {
  const responder = new Responder(realEngine());
  const labelled = z.array(z.object({ q: z.string(), expect: z.array(z.string()) })).parse(fixture('labelled-questions.json'));
  // Asked in a channel reading the library's newest paper, as a journal club would.
  const ranked = labelled.map((l) => {
    const answer = responder.respond({ platform: 'cli', conversationId: `labelled:${l.q}`, text: l.q });
    return { ...l, answer, ids: answer.answered ? citedIds(answer) : [] };
  });

  it('finds the expected claims in the top 3 (recall@3 >= 0.9)', () => {
    const recall = ranked.reduce((sum, r) => sum + r.expect.filter((id) => r.ids.slice(0, 3).includes(id)).length / r.expect.length, 0) / ranked.length;
    const misses = ranked.filter((r) => !r.expect.every((id) => r.ids.slice(0, 3).includes(id))).map((r) => `${r.q} -> ${r.ids.slice(0, 3).join(', ')}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks an expected claim first for most questions (MRR >= 0.85)', () => {
    const mrr = ranked.reduce((sum, r) => {
      const rank = r.ids.findIndex((id) => r.expect.includes(id));
      return sum + (rank === -1 ? 0 : 1 / (rank + 1));
    }, 0) / ranked.length;
    expect(mrr).toBeGreaterThanOrEqual(0.85);
  });

  it('answers every labelled question rather than declining it', () => {
    expect(ranked.filter((r) => !r.answer.answered).map((r) => r.q)).toEqual([]);
  });
});
