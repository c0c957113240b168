import { describe, expect, it } from 'vitest';
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
    expect(parseCommand('Add 10.1289/ehp.11570.')).toEqual({ kind: 'add', ref: '10.1289/ehp.11570' });
    expect(parseCommand('add <https://doi.org/10.1289/ehp.11570>')).toEqual({ kind: 'add', ref: 'https://doi.org/10.1289/ehp.11570' });
    expect(parseCommand('add PMID: 19079722')).toEqual({ kind: 'add', ref: 'PMID: 19079722' });
    expect(parseCommand('add')).toEqual({ kind: 'add', ref: '' });
    expect(parseCommand('add the mouse data to that?')).toEqual({ kind: 'ask', question: 'add the mouse data to that?' });
    expect(parseCommand('remove Lema-2008')).toEqual({ kind: 'remove', paperId: 'lema-2008' });
    expect(parseCommand('publish lema-2008')).toEqual({ kind: 'publish', paperId: 'lema-2008' });
    expect(parseCommand('remove the tumour, then what?')).toEqual({ kind: 'ask', question: 'remove the tumour, then what?' });
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
