import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
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
    expect(problemsOf(root)[0]).toMatch(/glossary\.json: not valid JSON at line \d+, column \d+/);
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

describe('data:check in depth: where JSON breaks, both places of a duplicate, what a published paper may not hold', () => {
  it('gives the line and column of broken JSON, and the line itself', () => {
    const root = brokenCopy('claims.json', (text) => text.replace('"evidence": "patient-tissue",', '"evidence": "patient-tissue"'));
    const [problem] = problemsOf(root);
    const line = readFileSync(path.join(DATA_DIR, PAPER, 'claims.json'), 'utf8').split('\n').findIndex((l) => l.includes('"evidence": "patient-tissue",')) + 2;
    expect(problem).toMatch(new RegExp(`claims\\.json: not valid JSON at line ${line}, column \\d+: Expected ',' or '}' after property value \\(the line reads: "tags": \\[\\)`));
    const cut = brokenCopy('glossary.json', (text) => text.slice(0, 200));
    expect(problemsOf(cut)[0]).toMatch(/glossary\.json: not valid JSON at line 12, column \d+: Unterminated string \(the line reads: "definition": "A cytokine/);
  });

  it('names both files when two papers use one claim id', () => {
    const root = brokenCopy('claims.json', (t) => t);
    const other = path.join(root, 'caf-il6-stat3-2017', 'claims.json');
    const claims = JSON.parse(readFileSync(other, 'utf8'));
    // A claim no other file names (not in the paper's tldr), so the duplicate is the only problem.
    const paper = JSON.parse(readFileSync(path.join(root, 'caf-il6-stat3-2017', 'paper.json'), 'utf8'));
    claims.find((c: { id: string }) => !paper.tldr.includes(c.id)).id = 'il26-jakstat3';
    writeFileSync(other, JSON.stringify(claims));
    expect(problemsOf(root)).toEqual([
      `duplicate claim id "il26-jakstat3": in ${path.join(root, PAPER, 'claims.json')} and in ${other} (claim ids are unique across the library)`,
    ]);
  });

  it('refuses placeholders, a paper without authors and a bibliographic field cited to a passage that does not mention it', () => {
    const root = brokenCopy('paper.json', editJson((paper) => {
      paper.authors = ['(authors to be added)'];
      paper.journal.name = 'TBD';
    }));
    const problems = problemsOf(root).join('\n');
    expect(problems).toMatch(/paper\.json field authors\[0\]: "\(authors to be added\)" is a placeholder; give the real value or leave the field out/);
    expect(problems).toMatch(/paper\.json field journal\.name: "TBD" is a placeholder/);

    const none = brokenCopy('paper.json', editJson((paper) => delete paper.authors));
    expect(problemsOf(none).join('\n')).toMatch(/field authors: a published paper needs its authors/);

    // With the press text stored, a journal cited to a paragraph that never names it is caught.
    const cited = brokenCopy('paper.json', editJson((paper) => (paper.journal.cite = [{ source: 'press', locator: '¶1' }])));
    writeFileSync(path.join(cited, PAPER, 'passages.json'), JSON.stringify([
      { source: 'press', locator: '¶1', text: 'The research team has identified why cancer in the brain resists treatment.' },
      { source: 'press', locator: '¶8', text: 'The results were published in Experimental Hematology & Oncology.' },
    ]));
    const text = problemsOf(cited).join('\n');
    expect(text).toMatch(/paper\.json field journal\.cite\[0\]: press ¶1 does not mention the journal "Experimental Hematology & Oncology"; cite the passage that does/);
    // ...and every locator of a source with stored text must exist in it.
    expect(text).toMatch(/claim "[a-z0-9-]+" field sources\[\d\]\.locator: ¶\d is past the end of "press", which has 2 paragraphs/);
  });
});

describe('quotations', () => {
  /** The shipped paper with its abstract stored and a licence: the smallest library a quotation can live in. */
  function quotingCopy(licence: object, claim: object): string {
    const root = brokenCopy('paper.json', editJson((paper) => {
      paper.licence = licence;
      paper.sources.push({ id: 'full-text', kind: 'paper', title: 'The paper, full text' });
    }));
    writeFileSync(path.join(root, PAPER, 'passages.json'), JSON.stringify([{ source: 'full-text', locator: 'Abstract (Results)', text: 'IL26 activated JAK–STAT3 signalling in tumour cells. Blocking it slowed growth.' }]));
    const file = path.join(root, PAPER, 'claims.json');
    writeFileSync(file, JSON.stringify([...JSON.parse(readFileSync(file, 'utf8')), claim]));
    return root;
  }
  const ccBy = { url: 'https://creativecommons.org/licenses/by/4.0/', text: null };
  const quote = { id: 'quoted-il26', quote: true, text: 'IL26 activated JAK-STAT3 signalling in tumour cells.', sources: [{ source: 'full-text', locator: 'Abstract (Results)' }], evidence: 'in-vitro' };

  it('shows a permitted quotation in quotation marks, cited as quoted from its passage with the licence', () => {
    const library = loadLibrary(quotingCopy(ccBy, quote));
    const claim = library.claimById.get('quoted-il26')!;
    expect(claim.text).toBe('“IL26 activated JAK-STAT3 signalling in tumour cells.”');
    const paper = library.papers.find((p) => p.data.id === PAPER)!;
    expect(paper.passages.get('full-text')?.get('Abstract (Results)')).toMatch(/^IL26 activated/);
    const answer = new Engine(library).source('quoted-il26');
    expect(answer.summary).toMatch(/^“IL26 activated JAK-STAT3 signalling in tumour cells” \[1\]\./);
    expect(answer.citations[0]!.source.locator).toBe('quoted from Abstract (Results) (CC BY 4.0)');
  });

  it('refuses a quotation under a non-commercial licence, one that is not the passage\'s words, and one from the press', () => {
    const nc = problemsOf(quotingCopy({ url: 'https://creativecommons.org/licenses/by-nc/4.0/', text: null }, quote)).join('\n');
    expect(nc).toMatch(/claim "quoted-il26" field quote: the paper's licence is CC BY-NC 4\.0; it may be shared and adapted with attribution for non-commercial purposes only/);
    const none = problemsOf(quotingCopy({ url: null, text: 'All rights reserved.' }, quote)).join('\n');
    expect(none).toMatch(/field quote: paper\.json states no licence this bot recognises/);
    const altered = problemsOf(quotingCopy(ccBy, { ...quote, text: 'IL26 strongly activated JAK-STAT3 signalling in tumour cells.' })).join('\n');
    expect(altered).toMatch(/claim "quoted-il26" field text: a quotation must be the paper's words exactly, and this text is not in Abstract \(Results\)/);
    const press = problemsOf(quotingCopy(ccBy, { ...quote, sources: [{ source: 'press', locator: '¶4' }] })).join('\n');
    expect(press).toMatch(/field sources\[0\]\.source: only the paper itself can be quoted; "press" is a press source/);
  });
});
