import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEuropePmcStandin, type Standin } from '../helpers/europe-pmc-standin.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { tempDatabase } from '../helpers/process.js';
import { runEntry } from '../helpers/spawn.js';

/**
 * The hand-curation flow for a paper whose licence forbids quoting, as an organiser runs it: `add`
 * in the terminal chat stores a draft; library:export writes it to a folder; the claims are
 * rewritten in our own words; library:import stores them; `publish` in the chat makes it askable.
 */

let europePmc: Standin;
beforeAll(async () => {
  europePmc = await startEuropePmcStandin();
});
afterAll(() => europePmc.close());

describe('library:export, library:import and library:list', () => {
  it('take a stored draft out to a folder and back, and the chat then publishes and answers from it', async () => {
    const env = { DATABASE_PATH: tempDatabase(), DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'claims-export-')), 'papers'), EUROPE_PMC_URL: europePmc.url, CROSSREF_URL: europePmc.crossrefUrl };
    // The bot reads the frozen fixture library; the export goes to a folder of its own.
    const { DATA_DIR: _exports, ...botEnv } = env;
    const chat = (stdin: string) => runEntry('src/main.ts', ['--terminal'], { stdin, env: { ...botEnv, NO_COLOR: '1' } });
    const library = (...args: string[]) => runEntry('src/cli/library.ts', args, { env });

    expect((await chat('add PMC3574550\n')).stdout).toMatch(/as a draft \(lyratzopoulos-2013\), not published: its licence is CC BY-NC 3\.0/);

    const listed = await library('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/lyratzopoulos-2013 \(draft\) from PMC3574550, added by terminal on \d{4}-\d\d-\d\d/);
    expect(listed.stdout).toMatch(/terminal add lyratzopoulos-2013 \(PMC3574550; draft; CC BY-NC 3\.0\)/);

    const exported = await library('export', '--id', 'lyratzopoulos-2013');
    expect(exported.code).toBe(0);
    // Beside the papers folder, not in it: the bot does not load a paper being rewritten.
    const dir = path.join(path.dirname(env.DATA_DIR), 'curation', 'lyratzopoulos-2013');
    expect(exported.stdout).toContain(`Wrote ${dir} (draft, added by terminal`);

    // The curator's rewrite: three claims kept, in our own words, the rest deleted.
    const claims = JSON.parse(readFileSync(path.join(dir, 'claims.json'), 'utf8')) as Array<Record<string, unknown>>;
    const paper = JSON.parse(readFileSync(path.join(dir, 'paper.json'), 'utf8')) as { tldr: string[]; status: string };
    const rewritten: Record<string, string> = {
      [paper.tldr[0]!]: 'Patients from poorer areas, older patients and women were more often diagnosed at an advanced stage for several cancers.',
      [paper.tldr[1]!]: 'The authors call for earlier-diagnosis efforts aimed at the groups diagnosed late most often.',
      'lyratzopoulos-2013-abstract-results-s3': 'Closing the gaps in stage at diagnosis could spare about 5,600 patients a year in England a late-stage diagnosis.',
    };
    const kept = claims.filter((c) => String(c.id) in rewritten).map(({ draft: _draft, ...c }) => ({ ...c, text: rewritten[String(c.id)] }));
    expect(kept).toHaveLength(3);
    writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(kept, null, 2));

    const imported = await library('import', '--id', 'lyratzopoulos-2013');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^Imported lyratzopoulos-2013 \(draft\) into the SQLite store at \S+ \(DATABASE_PATH\); .* Type "publish lyratzopoulos-2013" in the chat/);

    const published = await chat('use lyratzopoulos-2013\npublish lyratzopoulos-2013\nhow many patients a year could avoid a late diagnosis?\n');
    expect(published.stdout).toContain('Published lyratzopoulos-2013; this channel now reads it.');
    expect(published.stdout).toMatch(/about 5,600 patients a year in England a late-stage diagnosis \[\d\]/);
    expect((await library('list')).stdout).toMatch(/terminal publish lyratzopoulos-2013[\s\S]*cli:\S+ import lyratzopoulos-2013[\s\S]*terminal add lyratzopoulos-2013/);
    // The ask CLI reads the same library: the shipped papers and the bot's store.
    const asked = await runEntry('src/cli/ask.ts', ['--paper', 'lyratzopoulos-2013', 'how many patients a year could avoid a late diagnosis?'], { env: botEnv });
    expect(asked.stdout).toMatch(/about 5,600 patients a year/);
  }, 60_000);

  it('refuses, naming the problem, a missing database, a folder that would not load, a shipped id and a paper the store does not hold', async () => {
    const env = { DATABASE_PATH: tempDatabase(), DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'claims-export-')), 'papers') };
    // A mistyped DATABASE_PATH is named, not read as an empty library.
    const noDatabase = await runEntry('src/cli/library.ts', ['list'], { env });
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/DATABASE_PATH: \S+ does not exist/);
    (await openSqliteStore(env.DATABASE_PATH)).close();
    const missing = await runEntry('src/cli/library.ts', ['export', '--id', 'no-such-paper'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No paper "no-such-paper" in the SQLite store at \S+ \(DATABASE_PATH\)/);
    const curation = path.join(path.dirname(env.DATA_DIR), 'curation');
    const dir = path.join(curation, 'broken');
    await runEntry('src/cli/paper-add.ts', ['--jats', 'test/fixtures/jats/ehp-116-1694.nxml', '--id', 'broken'], { env: { ...env, DATA_DIR: curation } });
    writeFileSync(path.join(dir, 'claims.json'), '[{"id": "broken-1"}');
    const bad = await runEntry('src/cli/library.ts', ['import', '--id', 'broken'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/claims\.json: not valid JSON at line 1/);
    // A paper in the papers folder ships with the bot and would shadow a stored copy for ever.
    await runEntry('src/cli/paper-add.ts', ['--jats', 'test/fixtures/jats/ehp-116-1694.nxml', '--id', 'shipped'], { env });
    const shipped = await runEntry('src/cli/library.ts', ['import', '--id', 'shipped', '--from', path.join(env.DATA_DIR, 'shipped')], { env });
    expect(shipped.code).toBe(1);
    expect(shipped.stderr).toMatch(/ships with the bot and wins over a stored copy/);
    const usage = await runEntry('src/cli/library.ts', ['import'], { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--id: the paper id/);
  }, 30_000);
});
