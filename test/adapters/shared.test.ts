import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../src/core/recent.js';
import { splitText, truncate } from '../../src/adapters/shared/split.js';

describe('RecentKeys', () => {
  it('answers the first delivery only, across any of its keys, until the window passes', () => {
    let now = 0;
    const seen = new RecentKeys(600_000, () => now);
    expect(seen.firstTime('event:1', 'ts:C:1')).toBe(true);
    expect(seen.firstTime('event:1')).toBe(false);
    expect(seen.firstTime('event:2', 'ts:C:1')).toBe(false);
    now = 600_001;
    expect(seen.firstTime('event:1')).toBe(true);
  });
});

describe('splitText', () => {
  it('prefers sentence ends and keeps every piece within the limit', () => {
    const text = 'First sentence here [1]. Second one is a little longer [2]. Third [3].';
    const pieces = splitText(text, 30);
    expect(pieces).toEqual(['First sentence here [1].', 'Second one is a little longer', '[2]. Third [3].']);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(30);
  });

  it('cuts a single overlong word hard, never inside an emoji', () => {
    const pieces = splitText('🧬'.repeat(10), 5);
    expect(pieces.join('')).toBe('🧬'.repeat(10));
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(5);
    for (const p of pieces) expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('truncate marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
