import { articleIdIn } from './article-id.js';

/** Every surface (Slack, Discord, terminal, CLI) turns text into one of these, with this one parser. */
export type Command =
  | { kind: 'ask'; question: string; everywhere?: true }
  | { kind: 'summary' }
  | { kind: 'define'; term: string }
  | { kind: 'claims'; topic?: string }
  | { kind: 'source'; ref: { n: number } | { claimId: string } }
  | { kind: 'papers' }
  | { kind: 'use'; paperId?: string }
  | { kind: 'discuss'; more?: true }
  | { kind: 'gaps'; days: number }
  /** curators: fetch an open-access paper by PMCID, DOI or PMID and add it to the library ("" asks how) */
  | { kind: 'add'; ref: string }
  /** curators: take a paper added from the chat out of the library */
  | { kind: 'remove'; paperId: string }
  /** curators: publish a stored draft once its claims pass the checks */
  | { kind: 'publish'; paperId: string }
  | { kind: 'help' };

/** The curators' commands: they change the library for everyone. */
export type CurationCommand = Extract<Command, { kind: 'add' | 'remove' | 'publish' }>;
export const isCuration = (command: Command): command is CurationCommand => command.kind === 'add' || command.kind === 'remove' || command.kind === 'publish';

const DEFAULT_GAP_DAYS = 30;

const CLAIM_ID = /^[a-z0-9][a-z0-9:-]*$/i;
const SOURCE_ASKED =
  /^(?:(?:and|so|ok(?:ay)?|but|hmm+)[,\s]+)?(?:(?:sources?|citations?|refs?|references?)(?: for (?:that|this|it|the)(?: (?:number|figure|claim|stat|info|last (?:one|bit)))?)?|where(?:'s| is| does| did) (?:that|this|it|the (?:number|figure|claim|info|information)) (?:info |information )?(?:come |coming )?from)\s*(?:pls|please)?[?.!\s]*$/i;

/**
 * Text -> Command. The text has already had the platform's own mention syntax removed by the adapter.
 * A leading "/" or "!" is tolerated so "/claims summary" typed into a chat still works.
 */
export function parseCommand(text: string): Command {
  const trimmed = text.trim().replace(/^[/!]\s*/, '');
  // "source?", "where's that from?": the provenance of what the last answer cited first.
  if (SOURCE_ASKED.test(trimmed)) return { kind: 'source', ref: { n: 1 } };
  const everywhere = /^all\s*:\s*([\s\S]*)$/i.exec(trimmed);
  if (everywhere) return { kind: 'ask', question: everywhere[1]!.trim(), everywhere: true };
  const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(trimmed);
  const word = (match?.[1] ?? '').toLowerCase().replace(/[:.!?]+$/, '');
  const rest = (match?.[2] ?? '').trim();

  switch (word) {
    case 'help':
    case 'commands':
      if (!rest) return { kind: 'help' };
      break;
    case 'summary':
    case 'tldr':
    case 'summarize':
    case 'summarise':
      if (!rest) return { kind: 'summary' };
      break;
    case 'papers':
      if (!rest) return { kind: 'papers' };
      break;
    case 'use': {
      const id = rest.replace(/[?.!]+$/, '');
      if (!rest) return { kind: 'use' };
      if (CLAIM_ID.test(id)) return { kind: 'use', paperId: id.toLowerCase() };
      break;
    }
    case 'discuss':
      if (!rest) return { kind: 'discuss' };
      if (/^(more|all)[.!?]*$/i.test(rest)) return { kind: 'discuss', more: true };
      break;
    case 'gaps': {
      const days = /^(\d{1,4})\s*(?:d|days?)?$/i.exec(rest);
      if (!rest) return { kind: 'gaps', days: DEFAULT_GAP_DAYS };
      if (days) return { kind: 'gaps', days: Math.max(1, Number(days[1])) };
      break;
    }
    case 'add': {
      // What `add` takes: a PMCID, a DOI or a PubMed id, as an id or a link; other words after "add" make a question.
      if (!rest) return { kind: 'add', ref: '' };
      const ref = articleIdIn(rest);
      if (ref) return { kind: 'add', ref };
      break;
    }
    case 'remove':
    case 'publish': {
      const id = rest.replace(/[?.!]+$/, '');
      if (!rest || CLAIM_ID.test(id)) return { kind: word, paperId: id.toLowerCase() };
      break;
    }
    case 'define':
      return { kind: 'define', term: rest.replace(/[?.!]+$/, '').trim() };
    case 'claims':
      return rest ? { kind: 'claims', topic: rest } : { kind: 'claims' };
    case 'source': {
      const ref = rest.replace(/^#/, '').replace(/[?.!]+$/, '');
      if (/^\d{1,4}$/.test(ref)) return { kind: 'source', ref: { n: Number(ref) } };
      if (CLAIM_ID.test(ref)) return { kind: 'source', ref: { claimId: ref } };
      break;
    }
  }
  return { kind: 'ask', question: trimmed };
}

export const HELP_TEXT = [
  'Ask any question about the paper, e.g. "what does IL26 activate?". Every sentence of an answer cites a numbered claim and its source.',
  'summary: a cited TL;DR of the paper.',
  'define <term>: the glossary definition, e.g. "define EMT".',
  'claims [topic]: the claims with their ids, optionally for one topic.',
  'source <n | claim-id>: full provenance of citation n of the last answer, or of one claim.',
  'papers: the papers in the library; use <paper-id>: make one this channel\'s paper; all: <question>: ask every paper.',
  'discuss: discussion prompts from the paper, a few of each kind: disagreements, caveats, open questions ("discuss more" for all).',
  'gaps [days]: the most asked questions the claims could not answer (default: last 30 days).',
  'add <PMCID | DOI | PMID>: (curators) fetch an open-access paper, add it to the library and make it this channel\'s paper; remove <paper-id>; publish <paper-id>.',
  'help: this list.',
].join('\n');
