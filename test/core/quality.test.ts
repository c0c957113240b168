import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realEngine, REPO_ROOT } from '../helpers/engine.js';

interface Labelled {
  q: string;
  expect: string[];
}
const labelled = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'labelled-questions.json'), 'utf8')) as Labelled[];

describe('answer quality on the labelled questions (shipped paper)', () => {
  const engine = realEngine();
  // What a reader sees: the claims the answer cites, in the order they appear.
  const ranked = labelled.map((l) => ({ ...l, ids: engine.answerClaims(l.q) }));

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
    const declined = labelled.filter((l) => !engine.ask(l.q).answered).map((l) => l.q);
    expect(declined).toEqual([]);
  });
});
