import { describe, expect, it } from 'vitest';
import { runCommand, runEntry } from '../helpers/spawn.js';

const ASK = 'src/cli/ask.ts';
const CONTRACT_KEYS = ['answered', 'citations', 'question', 'suggestions', 'summary'];
const CITATION_KEYS = ['claimId', 'evidence', 'n', 'source', 'text'];
const SOURCE_KEYS = ['id', 'locator', 'title', 'url'];

function expectContract(value: any): void {
  expect(Object.keys(value).sort()).toEqual(CONTRACT_KEYS);
  expect(typeof value.question).toBe('string');
  expect(typeof value.answered).toBe('boolean');
  expect(typeof value.summary).toBe('string');
  expect(Array.isArray(value.suggestions)).toBe(true);
  for (const c of value.citations) {
    expect(Object.keys(c).sort()).toEqual(CITATION_KEYS);
    expect(Object.keys(c.source).sort()).toEqual(SOURCE_KEYS);
    expect(c.source.url === null || typeof c.source.url === 'string').toBe(true);
  }
}

describe('ask --json (the documented command)', () => {
  it('prints exactly one JSON object and nothing else, via npm run --silent', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await runCommand(npm, ['run', '--silent', 'ask', '--', '--json', 'what does IL26 activate?']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expectContract(answer);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0].claimId).toBe('il26-jakstat3');
  });
});

describe('ask --json citations: one number per source location', () => {
  it('lists every claim with the number of its location; claims read in the same place share it', async () => {
    const result = await runEntry(ASK, ['--json', 'summary']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expectContract(answer);
    const where = new Map<number, Set<string>>();
    for (const c of answer.citations) where.set(c.n, (where.get(c.n) ?? new Set()).add(`${c.source.id}|${c.source.locator}`));
    for (const [n, at] of where) expect([...at], `[${n}]`).toHaveLength(1);
    const abstract = answer.citations.filter((c: any) => c.n === 1);
    expect(new Set(abstract.map((c: any) => c.claimId)).size).toBeGreaterThan(1);
    const markers = new Set([...answer.summary.matchAll(/\[(\d+)\]/g)].map((m: RegExpMatchArray) => Number(m[1])));
    expect([...markers].sort()).toEqual([...where.keys()].sort());
  });
});

describe('ask CLI', () => {
  it('exits 0 with a declined answer for off-topic and odd questions', async () => {
    for (const q of ['what is the weather in Paris?', '<!channel> 🧬 (.*+?', ' ']) {
      const result = await runEntry(ASK, ['--json', q]);
      expect(result.code, result.stderr).toBe(0);
      const answer = JSON.parse(result.stdout);
      expectContract(answer);
      expect(answer.answered).toBe(false);
    }
  });

  it('runs commands through --json', async () => {
    const result = await runEntry(ASK, ['--json', 'define EMT']);
    const answer = JSON.parse(result.stdout);
    expectContract(answer);
    expect(answer.citations[0].claimId).toBe('glossary:emt');
  });

  it('reads one question per line from stdin and prints one JSON object per line', async () => {
    const result = await runEntry(ASK, ['--json'], { stdin: 'what does IL26 activate?\n\nwho is the first author?\nsource 1\n' });
    expect(result.code).toBe(0);
    const answers = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(4);
    answers.forEach(expectContract);
    expect(answers[1].answered).toBe(false);
    expect(answers[2].summary).toContain('Abdus Salam');
    // "source 1" refers to the previous answer in the same session.
    expect(answers[3].citations[0].claimId).toBe('bm-caf-il26-2025:first-author');
  });

  it('prints a readable cited answer without --json', async () => {
    const result = await runEntry(ASK, ['what does IL26 activate?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/JAK-STAT3 pathway in NSCLC cells \[1\]\[2\]\./);
    expect(result.stdout).toMatch(/Sources:\n {2}\[1\] .*abstract\n {6}https:\/\/doi\.org\/10\.1186\/s40164-025-00713-9\n {6}in-vitro: il26-jakstat3\n/);
  });

  it('exits 2 with a message on stderr for wrong usage', async () => {
    const unknownFlag = await runEntry(ASK, ['--jsn', 'IL26']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stdout).toBe('');
    expect(unknownFlag.stderr).toMatch(/Unknown option '--jsn'[\s\S]*usage:/);

    const badPaper = await runEntry(ASK, ['--paper', 'nope', 'IL26']);
    expect(badPaper.code).toBe(2);
    expect(badPaper.stderr).toMatch(/unknown paper "nope"/);
  });

  it('exits 1 naming the problem when the data is broken or configuration is wrong', async () => {
    const missing = await runEntry(ASK, ['IL26'], { env: { DATA_DIR: '/nonexistent/papers' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/\/nonexistent\/papers: the papers folder is missing/);

    const level = await runEntry(ASK, ['IL26'], { env: { LOG_LEVEL: 'loud' } });
    expect(level.code).toBe(1);
    expect(level.stderr).toMatch(/LOG_LEVEL: must be one of/);
  });
});
