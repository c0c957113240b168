import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../helpers/engine.js';
import { JATS_DIR, startEuropePmcStandin, type Standin } from '../helpers/europe-pmc-standin.js';
import { makePdf } from '../helpers/pdf.js';
import { runEntry } from '../helpers/spawn.js';

/** A journal club's library in a temporary folder: the frozen fixture papers plus what each test adds. */
function library(): { dataDir: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(path.join(tmpdir(), 'claims-add-'));
  const dataDir = path.join(root, 'papers');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  return { dataDir, env: { DATA_DIR: dataDir } };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('paper:add --jats --publish, then questions in the terminal chat', () => {
  const { dataDir, env } = library();

  it('publishes a public-domain article at once: record from the XML, quotations, TL;DR from the conclusion', async () => {
    const add = await runEntry('src/cli/paper-add.ts', ['--jats', `${JATS_DIR}ehp-116-1694.nxml`, '--publish'], { env });
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/licence: public domain \(http:\/\/creativecommons\.org\/publicdomain\/mark\/1\.0\/\): quoting allowed/);
    expect(add.stdout).toMatch(/Published .*lema-2008: \d+ claims, all quotations/);
    const paper = readJson(path.join(dataDir, 'lema-2008', 'paper.json'));
    expect(paper).toMatchObject({ status: 'published', authors: ['Sean C. Lema', 'Jon T. Dickey', 'Irvin R. Schultz', 'Penny Swanson'], volume: '116', issue: '12', pages: '1694–1699', doi: '10.1289/ehp.11570', pmid: '19079722', pmcid: 'PMC2599765', tldr: ['lema-2008-abstract-conclusions-s1'] });
    expect(JSON.stringify(paper)).not.toMatch(/to be added|TODO|unknown/i);
    const check = await runEntry('src/cli/data-check.ts', [], { env });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/ok {2}lema-2008 \(published\): \d+ claims \(\d+ quotations, public domain\), \d+ glossary terms, 44 passages/);
  });

  it('five questions get cited answers whose quotations carry the right section locators', async () => {
    const questions = ['summary', 'what happened to plasma T4?', 'what doses of PBDE-47 were the minnows given?', 'define BTEB', 'who wrote the paper?', 'source 1', 'quit'];
    const chat = await runEntry('src/main.ts', ['--terminal'], { env, stdin: `${questions.join('\n')}\n` });
    expect(chat.code, chat.stderr).toBe(0);
    const out = chat.stdout;
    // Each answer: its text, then a blank line and its numbered sources.
    const chunks = out.split('\n\n');
    const answers = chunks.flatMap((chunk, i) => (chunks[i + 1]?.startsWith('Sources:') ? [`${chunk}\n${chunks[i + 1]}`] : []));
    // The newest paper is the one a channel reads.
    expect(out).toMatch(/\* Dietary Exposure to 2,2′,4,4′-Tetrabromodiphenyl Ether… \(2008\) \(lema-2008\)/);
    expect(out).toMatch(/^“Our results indicate that dietary exposure to PBDE-47 alters TH signaling .* by PBDE flame retardants” \[1\]\.$/m);
    expect(out).toMatch(/\[1\] Lema et al\., Environmental Health Perspectives 116\(12\):1694–1699 \(2008\), Abstract \(Conclusions\)\n +https:\/\/doi\.org\/10\.1289\/ehp\.11570\n +.*\(quoted, public domain\)/);
    expect(out).toMatch(/“Minnows exposed to PBDE-47 had depressed plasma thyroxine \(T4\), but not 3,5,3′-triiodothyronine \(T3\)” \[\d\]/);
    expect(out).toMatch(/Abstract \(Results\)\n +\S+\n +.*\(quoted, public domain\)/);
    const doses = answers.find((a) => a.includes('dose'))!;
    expect(doses).toMatch(/^“[^”]*(low|two) doses?[^”]*μg[^”]*” \[1\]/);
    expect(doses).toMatch(/\[1\] .*(Materials and Methods ¶\d+|Abstract \(Methods\))\n +\S+\n +.*\(quoted, public domain\)/);
    expect(out).toMatch(/^BTEB: Short for basic transcription element-binding protein, as the paper defines it \[1\]\./m);
    expect(out).toMatch(/Abstract \(Objective\)\n +\S+\n +.*glossary:bteb/);
    expect(out).toMatch(/The paper lists 4 authors, in this order: Sean C\. Lema, Jon T\. Dickey, Irvin R\. Schultz, Penny Swanson \[1\]\./);
    // Every quotation's locator names a stored passage whose text holds the quotation.
    const passages = readJson(path.join(dataDir, 'lema-2008', 'passages.json')) as Array<{ locator: string; text: string }>;
    const byLocator = new Map(passages.map((p) => [p.locator, p.text]));
    const quoted = [...out.matchAll(/“([^”]+)” \[(\d+)\]/g)];
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    for (const answer of answers.filter((a) => a.includes('“'))) {
      const sources = new Map([...answer.matchAll(/^ {2}\[(\d+)\] .*?, ((?:Abstract|Materials|Results|Discussion|Introduction|Methods)[^,\n]*)\n(?: {6}.*\n)*? {6}.*\(quoted, public domain\)/gm)].map((m) => [m[1]!, m[2]!]));
      for (const [, text, n] of answer.matchAll(/“([^”]+)” \[(\d+)\]/g)) {
        const locator = sources.get(n!);
        expect(locator, `[${n}] in ${answer.slice(0, 80)}`).toBeDefined();
        expect(byLocator.get(locator!), locator).toContain(text!.replace(/[.!?]$/, ''));
      }
    }
  });

  it('refuses to publish a CC BY-NC article, says what the licence allows, and writes the draft with what remains to do', async () => {
    const add = await runEntry('src/cli/paper-add.ts', ['--jats', `${JATS_DIR}mds526.nxml`, '--publish'], { env });
    expect(add.code).toBe(1);
    expect(add.stdout).toMatch(/Not published: its licence is CC BY-NC 3\.0: it may be shared and adapted with attribution for non-commercial purposes only/);
    expect(add.stdout).toMatch(/Written as a draft: .*lyratzopoulos-2013 .*What remains to be done by hand:\n {2}1\. claims\.json: rewrite the candidates worth keeping in your own words/);
    const dir = path.join(dataDir, 'lyratzopoulos-2013');
    const claims = readJson(path.join(dir, 'claims.json'));
    expect(claims.every((c: { draft: boolean; quote?: boolean }) => c.draft && !c.quote)).toBe(true);
    expect(claims.find((c: { id: string }) => c.id === 'lyratzopoulos-2013-abstract-patients-and-methods-s1')).toMatchObject({ evidence: 'clinical', sources: [{ source: 'paper', locator: 'Abstract (Patients and methods)' }] });
    const check = await runEntry('src/cli/data-check.ts', [], { env });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/ok {2}lyratzopoulos-2013 \(draft\): 0 claims, \d+ glossary terms, 36 passages, \d+ draft candidates to curate; licence CC BY-NC 3\.0: claims in our own words/);

    // Curating: a quotation is refused under this licence, and so is a "rewrite" that copies the text.
    const [first, second, third, ...rest] = claims;
    const curated = [
      { ...first, draft: false, quote: true },
      { ...second, draft: false },
      { ...third, id: 'stage-data-coverage', draft: false, text: 'Stage was recorded for nine in ten of the tumours in the registry (88,657 of 98,942).' },
      ...rest,
    ];
    writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(curated));
    const bad = await runEntry('src/cli/data-check.ts', [], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`claim "${first.id}" field quote: the paper's licence is CC BY-NC 3\\.0; it may be shared and adapted with attribution for non-commercial purposes only`));
    const where = second.sources[0].locator.replace(/[()]/g, '\\$&');
    expect(bad.stderr).toMatch(new RegExp(`claim "${second.id}" field text: copies paper ${where} word for word`));
    expect(bad.stderr).not.toMatch(/stage-data-coverage/);
    writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(claims));
  });

  it('stays a draft when asked to publish text whose source cannot be quoted: a press article, a PDF', async () => {
    const press = path.join(path.dirname(dataDir), 'press.html');
    writeFileSync(press, '<html><body><h1>Flame retardant upsets fish thyroids</h1><p>Minnows fed a common flame retardant had less thyroid hormone in their blood, a federal study found.</p><p>The effect reached the brain, the researchers said.</p></body></html>');
    const text = await runEntry('src/cli/paper-add.ts', ['--text', press, '--id', 'fish-thyroid-press', '--title', 'Dietary exposure to PBDE-47 alters thyroid status', '--doi', '10.1289/ehp.11570', '--publish'], { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Not published: a press article is restated in our own words before it is published/);
    const paper = readJson(path.join(dataDir, 'fish-thyroid-press', 'paper.json'));
    expect(paper.sources[0]).toMatchObject({ id: 'press', kind: 'press', title: 'Flame retardant upsets fish thyroids' });
    expect(readJson(path.join(dataDir, 'fish-thyroid-press', 'passages.json')).map((p: { locator: string }) => p.locator)).toEqual(['¶1', '¶2']);

    const pdf = path.join(path.dirname(dataDir), 'paper.pdf');
    writeFileSync(pdf, makePdf([['Thyroid effects of PBDE-47 in minnows', '', 'Minnows fed PBDE-47 for 21 days had lower plasma', 'thyroxine than controls.']]));
    const fromPdf = await runEntry('src/cli/paper-add.ts', ['--pdf', pdf, '--id', 'thyroid-pdf', '--publish'], { env });
    expect(fromPdf.code).toBe(1);
    expect(fromPdf.stdout).toMatch(/Not published: text extracted from a PDF is a best effort/);
    expect(readJson(path.join(dataDir, 'thyroid-pdf', 'claims.json'))).toEqual([
      expect.objectContaining({ id: 'thyroid-pdf-p1-s1', draft: true, text: 'Minnows fed PBDE-47 for 21 days had lower plasma thyroxine than controls.', evidence: 'animal' }),
    ]);
    const check = await runEntry('src/cli/data-check.ts', [], { env });
    expect(check.code, check.stderr).toBe(0);
  });

  it('refuses an id that is taken, and a file that is not JATS, without writing anything', async () => {
    const again = await runEntry('src/cli/paper-add.ts', ['--jats', `${JATS_DIR}ehp-116-1694.nxml`], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/lema-2008 already exists; choose another --id \(the suggested one was lema-2008\), or add --replace/);
    const notJats = path.join(path.dirname(dataDir), 'page.xml');
    writeFileSync(notJats, '<?xml version="1.0"?><rss><channel/></rss>');
    const bad = await runEntry('src/cli/paper-add.ts', ['--jats', notJats, '--id', 'nothing'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Could not read .*page\.xml: no <article> element: this is not a JATS article/);
    expect(existsSync(path.join(dataDir, 'nothing'))).toBe(false);
    const usage = await runEntry('src/cli/paper-add.ts', ['--jats', notJats, '--pmcid', 'PMC1'], { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/give one source, not --jats and --pmcid/);
  });
});

describe('paper:add --pmcid / --doi against a Europe PMC stand-in', () => {
  let standin: Standin;
  const { dataDir, env } = library();
  const withStandin = () => ({ ...env, EUROPE_PMC_URL: standin.url, CROSSREF_URL: standin.crossrefUrl });

  beforeAll(async () => {
    standin = await startEuropePmcStandin();
  });
  afterAll(() => standin.close());

  it('fetches a CC BY article by PMCID, fills the issue from Crossref, publishes it, and answers from it', async () => {
    const add = await runEntry('src/cli/paper-add.ts', ['--pmcid', 'PMC2329613', '--publish'], { env: withStandin() });
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/Read PMC2329613 \(JATS from Europe PMC\)/);
    expect(add.stdout).toMatch(/from Crossref \(not in the XML\): issue/);
    expect(add.stdout).toMatch(/licence: CC BY 2\.0 \(http:\/\/creativecommons\.org\/licenses\/by\/2\.0\): quoting allowed/);
    expect(readJson(path.join(dataDir, 'van-der-meulen-2008', 'paper.json'))).toMatchObject({ status: 'published', issue: '1', pmcid: 'PMC2329613' });
    expect(standin.requests).toContain('/europepmc/webservices/rest/PMC2329613/fullTextXML');

    const ask = await runEntry('src/cli/ask.ts', ['--json', '--paper', 'van-der-meulen-2008', 'what was the test-retest reliability?'], { env });
    expect(ask.code, ask.stderr).toBe(0);
    const answer = JSON.parse(ask.stdout);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0].source.locator).toMatch(/^quoted from (Abstract \(\w+\)|\w+ ¶\d+) \(CC BY 2\.0\)$/);
    expect(answer.summary).toMatch(/reliab/i);
    expect(answer.summary).toMatch(/^“[^”]+” \[1\]/);
  });

  it('a DOI that is not open access, or unknown, is a clear error, and nothing is written', async () => {
    const closed = await startEuropePmcStandin([{ pmcid: 'PMC1000001', doi: '10.1000/closed', title: 'A subscription-only article', file: 'mds526.nxml', openAccess: false }]);
    try {
      const add = await runEntry('src/cli/paper-add.ts', ['--doi', '10.1000/closed'], { env: { ...env, EUROPE_PMC_URL: closed.url } });
      expect(add.code).toBe(1);
      expect(add.stderr).toMatch(/Could not fetch the article: DOI 10\.1000\/closed \(PMC1000001, "A subscription-only article"\) is not open access/);
      const unknown = await runEntry('src/cli/paper-add.ts', ['--pmid', '42'], { env: { ...env, EUROPE_PMC_URL: closed.url } });
      expect(unknown.stderr).toMatch(/Europe PMC knows no article with PMID 42/);
    } finally {
      await closed.close();
    }
    const badUrl = await runEntry('src/cli/paper-add.ts', ['--pmcid', 'PMC2329613'], { env: { ...env, EUROPE_PMC_URL: 'not a url' } });
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toMatch(/EUROPE_PMC_URL: must be a URL/);
  });
});
