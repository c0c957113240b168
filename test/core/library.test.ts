import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, loadLibrary } from '../../src/core/library.js';
import { DATA_DIR, realEngine } from '../helpers/engine.js';

const PAPER = 'bm-caf-il26-2025';
const temps: string[] = [];

/** A copy of the shipped data with one file changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'claims-data-'));
  temps.push(root);
  cpSync(DATA_DIR, root, { recursive: true });
  const target = path.join(root, PAPER, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return root;
}

function problemsOf(root: string): string[] {
  try {
    loadLibrary(root);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error('expected the library to be rejected');
}

const editJson = (fn: (data: any) => void) => (text: string) => {
  const data = JSON.parse(text);
  fn(data);
  return JSON.stringify(data, null, 2);
};

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the shipped data', () => {
  const paper = realEngine().library.papers.find((p) => p.data.id === PAPER)!;
  const own = paper.claims.filter((c) => !c.derived);

  it('has at least 35 claims written for the paper', () => {
    expect(own.length).toBeGreaterThanOrEqual(35);
  });

  it('cites every paragraph of the press article (¶1-¶9)', () => {
    const cited = new Set(paper.claims.flatMap((c) => c.sources.filter((s) => s.source === 'press').map((s) => s.locator)));
    for (let n = 1; n <= 9; n++) expect(cited.has(`¶${n}`), `¶${n} is not cited`).toBe(true);
  });

  it('has a note on every claim that conflicts with another, and conflicts run both ways', () => {
    for (const claim of own.filter((c) => c.conflictsWith.length > 0)) {
      expect(claim.note, claim.id).toBeTruthy();
      for (const other of claim.conflictsWith) {
        expect(paper.claims.find((c) => c.id === other)?.conflictsWith, `${other} -> ${claim.id}`).toContain(claim.id);
      }
    }
  });

  it('covers the background a journal club needs', () => {
    const text = own.map((c) => c.text).join(' ');
    for (const needle of ['IL-20R1', 'no IL-26 gene', 'CX3CR1', '10–20%', '25–50%', '40–50%']) expect(text).toContain(needle);
  });

  it('has glossary aliases for the key terms', () => {
    const aliases = paper.glossary.flatMap((g) => [g.term, ...g.aliases].map((a) => a.toLowerCase()));
    for (const a of ['interleukin 26', 'fractalkine', 'cancer-associated fibroblast', 'bm-caf', 'emt', 'csc', 'jak/stat3', 'akt/mtor', 'nsclc', 'cisplatin', 'xenograft']) {
      expect(aliases).toContain(a);
    }
  });
});

describe('validation errors name the file, the item and the field', () => {
  it('rejects a claim citing an unknown source id', () => {
    const root = brokenCopy('claims.json', editJson((claims) => (claims[3].sources[0].source = 'nature-2031')));
    const [problem] = problemsOf(root);
    expect(problem).toContain(path.join(PAPER, 'claims.json'));
    expect(problem).toContain('claim "bmcaf-rnaseq"');
    expect(problem).toContain('sources[0].source');
    expect(problem).toContain('unknown source id "nature-2031"');
  });

  it('rejects a claim with a missing text and an invalid evidence kind', () => {
    const root = brokenCopy('claims.json', editJson((claims) => {
      delete claims[0].text;
      claims[1].evidence = 'hearsay';
    }));
    const problems = problemsOf(root).join('\n');
    expect(problems).toMatch(/claim "setting-poor-prognosis" field text/);
    expect(problems).toMatch(/claim "paper-mechanism-unclear" field evidence/);
  });

  it('rejects broken JSON with the file name', () => {
    const root = brokenCopy('glossary.json', (text) => text.slice(0, 200));
    expect(problemsOf(root)[0]).toMatch(/glossary\.json: not valid JSON/);
  });

  it('rejects duplicate claim ids, unknown conflict partners and unknown tldr ids', () => {
    const claimsRoot = brokenCopy('claims.json', editJson((claims) => {
      claims[2].id = claims[1].id;
      claims[5].conflictsWith = ['ghost-claim'];
    }));
    const problems = problemsOf(claimsRoot).join('\n');
    expect(problems).toMatch(/claims\.json: duplicate claim id "paper-mechanism-unclear" \(claim #2 and #3\)/);
    expect(problems).toMatch(/conflictsWith\[0\]: unknown claim id "ghost-claim"/);

    const paperRoot = brokenCopy('paper.json', editJson((paper) => (paper.tldr = ['nope'])));
    expect(problemsOf(paperRoot).join('\n')).toMatch(/paper\.json field tldr\[0\]: unknown claim id "nope"/);
  });

  it('rejects a missing claims file and an empty library', () => {
    const root = brokenCopy('claims.json', (t) => t);
    rmSync(path.join(root, PAPER, 'claims.json'));
    expect(problemsOf(root)[0]).toMatch(/claims\.json: file is missing/);

    const empty = mkdtempSync(path.join(tmpdir(), 'claims-empty-'));
    temps.push(empty);
    mkdirSync(path.join(empty, 'nothing-here'));
    expect(problemsOf(empty).join('\n')).toMatch(/paper\.json: file is missing/);
  });
});
