import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLicence } from '../../src/core/licence.js';
import { paragraphsOf, sentencesOf } from '../../src/core/paragraphs.js';
import { abbreviationsIn, bestLongForm, glossaryCandidates } from '../../src/ingest/abbreviations.js';
import { readJats } from '../../src/ingest/jats.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { readPress } from '../../src/ingest/press.js';
import { JATS_DIR } from '../helpers/europe-pmc-standin.js';
import { makePdf } from '../helpers/pdf.js';

const jats = (file: string) => readJats(readFileSync(`${JATS_DIR}${file}`, 'utf8'));
const ehp = jats('ehp-116-1694.nxml');
const annals = jats('mds526.nxml');
const bmc = jats('1472-6831-8-11.nxml');
const text = (article: typeof ehp, locator: string) => article.passages.find((p) => p.locator === locator)?.text;

describe('JATS: the bibliographic record', () => {
  it('reads authors in order with their affiliations, and who corresponds', () => {
    expect(ehp.meta.authors).toEqual(['Sean C. Lema', 'Jon T. Dickey', 'Irvin R. Schultz', 'Penny Swanson']);
    expect(ehp.meta.affiliations[0]).toEqual({ name: 'Physiology Program, Northwest Fisheries Science Center, National Oceanic and Atmospheric Administration, Seattle, Washington, USA', authors: ['Sean C. Lema', 'Penny Swanson'] });
    expect(annals.meta.affiliations.find((a) => a.name.startsWith('Eastern Cancer Registration'))?.authors).toContain('D. C. Greenberg');
    expect(bmc.meta.surnames[0]).toBe('van der Meulen');
    expect([ehp, annals, bmc].map((a) => a.meta.correspondingAuthors)).toEqual([['Sean C. Lema'], ['G. Lyratzopoulos'], ['Marylee J van der Meulen']]);
  });

  it('reads journal, volume, issue, pages, dates and every identifier', () => {
    expect(ehp.meta).toMatchObject({ journal: 'Environmental Health Perspectives', volume: '116', issue: '12', pages: '1694–1699', doi: '10.1289/ehp.11570', pmid: '19079722', pmcid: 'PMC2599765' });
    expect(ehp.meta.published).toEqual({ print: { year: 2008, month: 12 }, online: { year: 2008, month: 8, day: 1 } });
    expect(annals.meta.published.online).toEqual({ year: 2012, month: 11, day: 12 });
    // BMC's XML gives no issue: left out, not invented.
    expect(bmc.meta.issue).toBeUndefined();
    expect(bmc.meta.title).toBe('The Dutch version of the Oral Health Impact Profile (OHIP-NL): Translation, reliability and construct validity');
  });

  it('reads the licence as a URL and as text, and classifies what it allows', () => {
    expect(classifyLicence(ehp.meta.licence)).toMatchObject({ kind: 'public-domain', permitsQuoting: true });
    expect(classifyLicence(bmc.meta.licence)).toMatchObject({ kind: 'cc-by', label: 'CC BY 2.0', permitsQuoting: true });
    const nc = classifyLicence(annals.meta.licence);
    expect(nc).toMatchObject({ kind: 'cc-by-nc', label: 'CC BY-NC 3.0', permitsQuoting: false });
    expect(nc.allows).toMatch(/non-commercial purposes only/);
    // The text alone is enough when there is no URL.
    expect(classifyLicence({ url: null, text: annals.meta.licence!.text })).toMatchObject({ kind: 'cc-by-nc' });
    expect(classifyLicence({ url: null, text: 'Publication of EHP lies in the public domain and is therefore without copyright.' }).kind).toBe('public-domain');
    expect(classifyLicence({ url: 'https://creativecommons.org/licenses/by-sa/4.0/', text: null })).toMatchObject({ kind: 'cc-by-sa', label: 'CC BY-SA 4.0', permitsQuoting: true });
    expect(classifyLicence({ url: 'https://creativecommons.org/licenses/by-nd/4.0/', text: null }).permitsQuoting).toBe(false);
    expect(classifyLicence(undefined)).toMatchObject({ kind: 'unknown', permitsQuoting: false });
  });
});

describe('JATS: the text as located passages', () => {
  it('locates structured abstracts, sections by paragraph, and figure legends', () => {
    expect(text(ehp, 'Abstract (Conclusions)')).toMatch(/^Our results indicate that dietary exposure to PBDE-47 alters TH signaling/);
    expect(text(ehp, 'Introduction ¶1')).toMatch(/^Polybrominated diphenyl ethers \(PBDEs\) are added to plastics/);
    expect(text(ehp, 'Results ¶3')).toMatch(/^Gene transcripts for TRα were elevated 37% in the brain of females/);
    expect(text(ehp, 'Figure 2 legend')).toMatch(/^Dietary exposure to PBDE-47 altered relative transcripts levels for TSHβ \(A\) and GPHα \(B\)/);
    expect(text(annals, 'Abstract (Patients and methods)')).toMatch(/88 657 of 98 942 tumours/);
    expect(text(annals, 'Introduction ¶1')).toBeDefined(); // the XML's "introduction" is capitalised
    expect(text(annals, 'Figure 1 legend')).toMatch(/^Deprivation inequalities/);
    expect(text(bmc, 'Table 1 caption')).toMatch(/^Mean total scores/);
  });

  it('flattens markup and entities, drops numeric reference markers, keeps author-year references', () => {
    expect(text(ehp, 'Abstract (Results)')).toContain('depressed plasma thyroxine (T4), but not 3,5,3′-triiodothyronine (T3).');
    expect(text(bmc, 'Background ¶1')).not.toMatch(/\[\d+\]|\[\s*\]/);
    expect(text(annals, 'Introduction ¶1')).toMatch(/may not be achievable for many years\. Therefore/);
    expect(text(ehp, 'Introduction ¶1')).toContain('(Hites 2004; Law et al. 2003)');
    // Figures inside a paragraph are read as legends, not as part of the paragraph.
    expect(annals.passages.filter((p) => p.kind === 'body').some((p) => p.text.includes('Deprivation inequalities in advanced stage at diagnosis by cancer'))).toBe(false);
  });

  it('leaves out supplementary material and pre-publication links as claims', () => {
    expect(annals.passages.some((p) => /supplementary/i.test(p.locator))).toBe(false);
    expect(bmc.passages.find((p) => p.locator.startsWith('Pre-publication history'))?.candidates).toBe(false);
  });
});

describe('sentences', () => {
  it('do not end at "et al.", "e.g.", "Fig." or initials, nor inside parentheses', () => {
    expect(sentencesOf('This was shown before (Law et al. 2003). We agree. See Fig. 2 for S. C. Lema and e.g. Table 1. Done (i.e. Stage III).')).toEqual([
      'This was shown before (Law et al. 2003).',
      'We agree.',
      'See Fig. 2 for S. C. Lema and e.g. Table 1.',
      'Done (i.e. Stage III).',
    ]);
  });
});

describe('Schwartz–Hearst abbreviation definitions', () => {
  it('finds the definitions the three papers make', () => {
    const all = [ehp, annals, bmc].map((a) => glossaryCandidates(a.passages.map((p) => ({ locator: p.locator, sentences: sentencesOf(p.text) }))));
    const pairs = all.map((list) => Object.fromEntries(list.map((c) => [c.term, c.long])));
    expect(pairs[0]).toMatchObject({
      PBDE: 'Polybrominated diphenyl ether',
      TH: 'thyroid hormone',
      BTEB: 'basic transcription element-binding protein',
      GPHα: 'glycoprotein hormone α-subunit',
      'GC-ECD': 'gas chromatography with electron capture detection',
      ANOVA: 'analysis of variance',
      SMRT: 'silencing mediator for retinoid and thyroid receptors',
    });
    expect(pairs[1]).toMatchObject({ IMD: 'Index of Multiple Deprivation', ECRIC: 'Eastern Cancer Registration and Information Centre', PSA: 'prostate-specific antigen' });
    expect(pairs[2]).toMatchObject({ OHIP: 'Oral Health Impact Profile', ICC: 'intraclass correlation coefficients' });
    // Plurals fold into one term; where it is first defined is kept.
    const pbde = all[0]!.find((c) => c.term === 'PBDE')!;
    expect(pbde.aliases).toContain('PBDEs');
    expect(pbde.locator).toBe('Abstract (Background)');
  });

  it('rejects what the algorithm rejects: no long form spelled by the short form, a clause too far, an aside', () => {
    // The paper's own example of the right-to-left match.
    expect(bestLongForm('HSF', 'with a heat shock transcription factor')).toBe('heat shock transcription factor');
    expect(abbreviationsIn('PBDE-47 intake elevated mRNA levels for TSHβ (low dose only) in the pituitary.')).toEqual([]);
    expect(abbreviationsIn('We measured T3 status and mRNA levels for thyrotropin β-subunit (TSHβ).')).toEqual([]);
    expect(abbreviationsIn('Both sexes (males and females) were studied.')).toEqual([]);
    expect(abbreviationsIn('The OHIP (Oral Health Impact Profile) is a questionnaire.')).toEqual([{ short: 'OHIP', long: 'Oral Health Impact Profile' }]);
  });
});

describe('press text and HTML', () => {
  const wrapped = Array.from({ length: 8 }, (_, i) =>
    `Paragraph ${i + 1} of the article says something about fibroblasts and tumours\nthat runs over three lines because the file was saved with\nhard line breaks at sixty characters or so.`,
  ).join('\n\n');

  it('joins hard-wrapped lines: 8 paragraphs stay 8, not 24', () => {
    const article = readPress(`Fibroblasts found to feed tumours\n\n${wrapped}\n\n© 2026 Example News. All rights reserved.\n`);
    expect(article.passages).toHaveLength(8);
    expect(article.passages[0]).toMatchObject({ locator: '¶1' });
    expect(article.passages[0]!.text).toBe('Paragraph 1 of the article says something about fibroblasts and tumours that runs over three lines because the file was saved with hard line breaks at sixty characters or so.');
    expect(article.press?.headline).toBe('Fibroblasts found to feed tumours');
  });

  it('keeps one-paragraph-a-line files as they were numbered before', () => {
    const lines = 'First paragraph is a full sentence about a study.\nSecond paragraph is another full sentence.\nThird one ends here.';
    expect(paragraphsOf(lines)).toHaveLength(3);
    expect(readPress(lines).press?.headline).toBeUndefined();
  });

  it('strips HTML: the headline is the title, scripts and navigation are dropped, entities decoded', () => {
    const html = '<!doctype html><html><head><title>Site</title><script>var x = "<p>no</p>";</script></head><body><nav><a href="/">Home</a></nav><h1>Fibroblasts &amp; tumours</h1><article><p>The team&nbsp;found <b>LIF</b> in fibroblasts.</p><p>Mice did better.</p></article><footer>© News</footer></body></html>';
    const article = readPress(html);
    expect(article.format).toBe('html');
    expect(article.press?.headline).toBe('Fibroblasts & tumours');
    expect(article.passages.map((p) => p.text)).toEqual(['The team found LIF in fibroblasts.', 'Mice did better.']);
  });
});

describe('PDF', () => {
  it('reads text as numbered paragraphs, lines joined, the document title kept apart', async () => {
    const pdf = makePdf(
      [
        ['Fibroblast LIF in pancreatic cancer', '', 'Fibroblasts near pancreatic tumours release', 'a signal called LIF.', '', 'Blocking LIF slowed tumour growth in mice.'],
        ['The authors plan a clinical trial.'],
      ],
    );
    const article = await readPdf(new Uint8Array(pdf));
    expect(article.meta.title).toBe('Fibroblast LIF in pancreatic cancer');
    expect(article.passages.map((p) => [p.locator, p.text])).toEqual([
      ['¶1', 'Fibroblasts near pancreatic tumours release a signal called LIF.'],
      ['¶2', 'Blocking LIF slowed tumour growth in mice.'],
      ['¶3', 'The authors plan a clinical trial.'],
    ]);
  });

  it('says what is wrong with a file that is not a PDF', async () => {
    await expect(readPdf(new TextEncoder().encode('hello'))).rejects.toThrow(/not a readable PDF/);
  });
});
