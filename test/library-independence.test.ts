import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SHIPPED_DATA_DIR } from './helpers/engine.js';
import { JATS_DIR } from './helpers/europe-pmc-standin.js';
import { runEntry } from './helpers/spawn.js';

/**
 * What a journal club does every week (add a paper to data/, publish it) must never break
 * `npm test`: the suite reads the frozen fixture library, and the shipped library with three
 * more papers still passes data:check and answers from each paper.
 */

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? testFiles(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

describe('adding papers to data/ never breaks npm test', () => {
  it('no test reads data/: only the shipped-library check and this test name it', () => {
    const readers = testFiles(path.join(REPO_ROOT, 'test'))
      .filter((file) => /SHIPPED_DATA_DIR|data\/papers|['"]data['"],\s*['"]papers['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO_ROOT, file))
      .sort();
    expect(readers).toEqual(['test/helpers/engine.ts', 'test/journal.test.ts', 'test/library-independence.test.ts']);
    // And those two use it only for data:check and for this copy.
    expect(readFileSync(path.join(REPO_ROOT, 'test/journal.test.ts'), 'utf8').match(/SHIPPED_DATA_DIR/g)).toHaveLength(2);
  });

  it('data/ plus three ingested papers (two published, one draft) passes data:check and answers from each paper', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'claims-shipped-')), 'papers');
    cpSync(SHIPPED_DATA_DIR, dataDir, { recursive: true });
    const shipped = readdirSync(dataDir).filter((n) => statSync(path.join(dataDir, n)).isDirectory());
    const env = { DATA_DIR: dataDir };
    const added: Array<[string, number]> = [];
    // Ids of their own, so the test holds whatever data/ already contains (these very papers included).
    for (const [file, id] of [['ehp-116-1694.nxml', 'added-lema-2008'], ['1472-6831-8-11.nxml', 'added-van-der-meulen-2008'], ['mds526.nxml', 'added-lyratzopoulos-2013']] as const) {
      const result = await runEntry('src/cli/paper-add.ts', ['--jats', `${JATS_DIR}${file}`, '--id', id, '--publish'], { env });
      added.push([file, result.code ?? -1]);
    }
    // The CC BY-NC article cannot be published as quotations: it is added as a draft (exit 1 says so).
    expect(added).toEqual([['ehp-116-1694.nxml', 0], ['1472-6831-8-11.nxml', 0], ['mds526.nxml', 1]]);

    const check = await runEntry('src/cli/data-check.ts', [], { env });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`${shipped.length + 3} papers valid`));
    expect(check.stdout).toMatch(/ok {2}added-lema-2008 \(published\)/);
    expect(check.stdout).toMatch(/ok {2}added-van-der-meulen-2008 \(published\)/);
    expect(check.stdout).toMatch(/ok {2}added-lyratzopoulos-2013 \(draft\)/);

    const ask = async (paper: string, question: string) => {
      const result = await runEntry('src/cli/ask.ts', ['--json', '--paper', paper, question], { env });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { answered: boolean; summary: string; citations: Array<{ claimId: string; source: { locator: string } }> };
    };
    const fish = await ask('added-lema-2008', 'what happened to plasma T4 in the minnows?');
    expect(fish.answered).toBe(true);
    expect(fish.citations.every((c) => c.claimId.startsWith('added-lema-2008'))).toBe(true);
    const dutch = await ask('added-van-der-meulen-2008', 'who wrote the paper?');
    expect(dutch.summary).toMatch(/Marylee J van der Meulen/);
    const draft = await ask('added-lyratzopoulos-2013', 'which journal was it published in?');
    expect(draft.summary).toMatch(/Annals of Oncology/);
    // The shipped papers still answer as before.
    for (const paper of shipped) {
      const summary = await ask(paper, 'summary');
      // A draft in data/ may have no summary yet; a published one must still give it.
      const status = JSON.parse(readFileSync(path.join(dataDir, paper, 'paper.json'), 'utf8')).status ?? 'published';
      if (status === 'published') expect(summary.answered, paper).toBe(true);
      expect(summary.citations.every((c) => c.claimId.startsWith(paper) || !c.claimId.includes(':'))).toBe(true);
    }
  });
});
