import { describe, expect, it } from 'vitest';
import { parseArticleId } from '../../src/core/article-id.js';
import { parseCommand } from '../../src/core/commands.js';

describe('parseCommand', () => {
  it('treats plain text as a question', () => {
    expect(parseCommand('what does IL26 activate?')).toEqual({ kind: 'ask', question: 'what does IL26 activate?' });
  });

  it('recognises every command word, case-insensitively', () => {
    expect(parseCommand('summary')).toEqual({ kind: 'summary' });
    expect(parseCommand('TLDR')).toEqual({ kind: 'summary' });
    expect(parseCommand('Define EMT?')).toEqual({ kind: 'define', term: 'EMT' });
    expect(parseCommand('claims')).toEqual({ kind: 'claims' });
    expect(parseCommand('claims il26')).toEqual({ kind: 'claims', topic: 'il26' });
    expect(parseCommand('source 3')).toEqual({ kind: 'source', ref: { n: 3 } });
    expect(parseCommand('discuss')).toEqual({ kind: 'discuss' });
    expect(parseCommand('Discuss more')).toEqual({ kind: 'discuss', more: true });
    expect(parseCommand('discuss all')).toEqual({ kind: 'discuss', more: true });
    expect(parseCommand('discuss the mouse data')).toEqual({ kind: 'ask', question: 'discuss the mouse data' });
    expect(parseCommand('source #3')).toEqual({ kind: 'source', ref: { n: 3 } });
    expect(parseCommand('source il26-jakstat3')).toEqual({ kind: 'source', ref: { claimId: 'il26-jakstat3' } });
    expect(parseCommand('papers')).toEqual({ kind: 'papers' });
    expect(parseCommand('help')).toEqual({ kind: 'help' });
  });

  it('reads the curators\' add, remove and publish, and leaves other sentences starting with those words as questions', () => {
    expect(parseCommand('add PMC2599765')).toEqual({ kind: 'add', ref: 'PMC2599765' });
    // The identifier as pasted; the curation reads it (parseArticleId below).
    expect(parseCommand('Add 10.1289/ehp.11570.')).toEqual({ kind: 'add', ref: '10.1289/ehp.11570.' });
    expect(parseCommand('add <https://doi.org/10.1289/ehp.11570>')).toEqual({ kind: 'add', ref: '<https://doi.org/10.1289/ehp.11570>' });
    expect(parseCommand('add PMID: 19079722')).toEqual({ kind: 'add', ref: 'PMID: 19079722' });
    // A Slack link whose label hides the address arrives as "label address" (slackTextToPlain).
    expect(parseCommand('add doi https://doi.org/10.1289/ehp.11570')).toEqual({ kind: 'add', ref: 'https://doi.org/10.1289/ehp.11570' });
    expect(parseCommand('add doi.org/10.1289/ehp.11570')).toEqual({ kind: 'add', ref: 'doi.org/10.1289/ehp.11570' });
    expect(parseCommand('add `PMC2599765`,')).toEqual({ kind: 'add', ref: '`PMC2599765`,' });
    expect(parseCommand('add https://pmc.ncbi.nlm.nih.gov/articles/PMC2599765/ please')).toEqual({ kind: 'add', ref: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2599765/' });
    expect(parseCommand('add [Lema 2008](https://doi.org/10.1289/ehp.11570)')).toEqual({ kind: 'add', ref: 'https://doi.org/10.1289/ehp.11570' });
    expect(parseCommand('add **PMC2599765**')).toEqual({ kind: 'add', ref: '**PMC2599765**' });
    expect(parseCommand('add the paper https://pubmed.ncbi.nlm.nih.gov/19079722/')).toEqual({ kind: 'add', ref: 'https://pubmed.ncbi.nlm.nih.gov/19079722/' });
    expect(parseCommand('add 0')).toEqual({ kind: 'ask', question: 'add 0' });
    expect(parseCommand('add 2 more questions')).toEqual({ kind: 'ask', question: 'add 2 more questions' });
    expect(parseCommand('add')).toEqual({ kind: 'add', ref: '' });
    expect(parseCommand('add the mouse data to that?')).toEqual({ kind: 'ask', question: 'add the mouse data to that?' });
    expect(parseCommand('remove Lema-2008')).toEqual({ kind: 'remove', paperId: 'lema-2008' });
    expect(parseCommand('publish lema-2008')).toEqual({ kind: 'publish', paperId: 'lema-2008' });
    expect(parseCommand('remove the tumour, then what?')).toEqual({ kind: 'ask', question: 'remove the tumour, then what?' });
  });

  it('reads an article identifier in every form curators paste it', () => {
    const pmc = { kind: 'pmcid', value: 'PMC2599765' };
    const doi = { kind: 'doi', value: '10.1289/ehp.11570' };
    const pmid = { kind: 'pmid', value: '19079722' };
    for (const text of ['PMC2599765', 'pmcid: pmc2599765', '`PMC2599765`,', '(PMC2599765)', '**PMC2599765**', '_PMC2599765_', '~PMC2599765~', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2599765/', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2599765', 'europepmc.org/article/PMC/PMC2599765']) {
      expect(parseArticleId(text), text).toEqual(pmc);
    }
    for (const text of ['10.1289/ehp.11570', 'doi:10.1289/ehp.11570', 'https://doi.org/10.1289/ehp.11570', 'doi.org/10.1289/ehp.11570', '<https://dx.doi.org/10.1289/ehp.11570>', '"10.1289/ehp.11570".', 'https://doi.org/10.1289%2Fehp.11570']) {
      expect(parseArticleId(text), text).toEqual(doi);
    }
    for (const text of ['19079722', 'PMID: 19079722', '019079722', 'https://pubmed.ncbi.nlm.nih.gov/19079722/', 'https://www.ncbi.nlm.nih.gov/pubmed/19079722', 'europepmc.org/article/MED/19079722', '||19079722||']) {
      expect(parseArticleId(text), text).toEqual(pmid);
    }
    for (const text of ['0', 'PMC', '10.12/x', 'https://example.org/PMC2599765', 'not an id', '']) expect(parseArticleId(text), text).toBeUndefined();
  });

  it('tolerates a leading slash or bang', () => {
    expect(parseCommand('/summary')).toEqual({ kind: 'summary' });
    expect(parseCommand('!define CAF')).toEqual({ kind: 'define', term: 'CAF' });
  });

  it('keeps sentences that merely start with a command word as questions', () => {
    expect(parseCommand('summary of the mouse results')).toEqual({ kind: 'ask', question: 'summary of the mouse results' });
    expect(parseCommand('source of IL26 in the tumour?')).toEqual({ kind: 'ask', question: 'source of IL26 in the tumour?' });
    expect(parseCommand('help me understand EMT')).toEqual({ kind: 'ask', question: 'help me understand EMT' });
  });

  it('gives define without a term an empty term rather than a question', () => {
    expect(parseCommand('define')).toEqual({ kind: 'define', term: '' });
  });

  it('parses empty input as an empty question', () => {
    expect(parseCommand('')).toEqual({ kind: 'ask', question: '' });
  });
});
