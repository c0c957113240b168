import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config.js';
import { paragraphsOf, sentencesOf } from '../core/paragraphs.js';

/**
 * npm run paper:new -- --id <paper-id> --source article.txt [--title ... --journal ... --date ... --doi ...]
 * Creates data/papers/<paper-id>/ as a draft: paper.json from flags (or prompts on a terminal),
 * sources/source.txt and a numbered-paragraph view of it, and a claims.json skeleton with one
 * draft candidate per sentence for a curator to rewrite in our own words.
 */
const USAGE = 'usage: npm run paper:new -- --id <paper-id> --source <article.txt> [--kind press|paper] [--title "..."] [--short-title "..."] [--authors "A; B"] [--journal "..."] [--date "..."] [--doi 10.x/y] [--url https://...] [--publisher "..."]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

let values: Record<string, string | undefined>;
try {
  values = parseArgs({
    options: Object.fromEntries(['id', 'source', 'kind', 'title', 'short-title', 'authors', 'journal', 'date', 'doi', 'url', 'publisher'].map((k) => [k, { type: 'string' as const }])),
  }).values as Record<string, string | undefined>;
} catch (error) {
  fail((error as Error).message);
}
const id = values.id ?? '';
if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail('--id: required, lowercase letters, digits and dashes (e.g. caf-il6-2017)');
if (!values.source) fail('--source: required, the article as a text file (one paragraph a line)');
if (!existsSync(values.source)) fail(`--source: ${values.source} does not exist`, 1);
const kind = values.kind ?? 'press';
if (kind !== 'press' && kind !== 'paper') fail('--kind: press or paper');

let dataDir: string;
try {
  dataDir = loadConfig().dataDir;
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error), 1);
}
const dir = path.join(dataDir, id);
if (existsSync(dir)) fail(`${dir} already exists; choose another --id`, 1);

const text = readFileSync(values.source, 'utf8');
const paragraphs = paragraphsOf(text);
if (paragraphs.length === 0) fail(`--source: ${values.source} has no paragraphs`, 1);

// Missing details are asked for on a terminal; elsewhere the title must come as a flag.
async function ask(flag: string, question: string, required: boolean): Promise<string | undefined> {
  if (values[flag]) return values[flag];
  if (!process.stdin.isTTY) {
    if (required) fail(`--${flag}: required when not run on a terminal`);
    return undefined;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`${question}${required ? '' : ' (Enter to skip)'}: `)).trim();
  rl.close();
  if (required && !answer) fail(`--${flag}: required`);
  return answer || undefined;
}

const title = (await ask('title', 'Title of the paper', true))!;
const shortTitle = values['short-title'] ?? (title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title);
const authors = (await ask('authors', 'Authors, in order, separated by ;', false))?.split(';').map((a) => a.trim()).filter(Boolean) ?? [];
const journal = await ask('journal', 'Journal', false);
const date = await ask('date', 'Publication date as the source gives it', false);
const doi = values.doi;
const url = values.url ?? (doi ? `https://doi.org/${doi}` : undefined);
const cite = [{ source: 'source', locator: '¶1' }];

const paper = {
  id,
  status: 'draft',
  addedOn: new Date().toISOString().slice(0, 10),
  shortTitle,
  title,
  authors: authors.length > 0 ? authors : ['(authors to be added)'],
  ...(authors[0] ? { firstAuthor: { name: authors[0], cite } } : {}),
  ...(journal ? { journal: { name: journal, cite } } : {}),
  ...(date ? { date: { text: date, cite } } : {}),
  doi: doi ?? null,
  url: url ?? null,
  sources: [{ id: 'source', kind, title: `${kind === 'press' ? 'Press article' : 'Paper'}: ${shortTitle}`, publisher: values.publisher ?? null, date: null, url: url ?? null }],
  tldr: [],
  topics: [],
  openQuestions: [],
};

// The candidates quote the source so the curator sees what to restate; as drafts they are never
// shown to users, and a paper cannot be published while any remain.
const claims = paragraphs.flatMap((p, i) =>
  sentencesOf(p).map((sentence, j) => ({
    id: `draft-p${i + 1}-s${j + 1}`,
    draft: true,
    text: sentence.slice(0, 400),
    sources: [{ source: 'source', locator: `¶${i + 1}` }],
    evidence: kind === 'press' ? 'press-statement' : 'background',
    tags: [],
    topics: [],
  })),
);

mkdirSync(path.join(dir, 'sources'), { recursive: true });
writeFileSync(path.join(dir, 'sources', 'source.txt'), text);
writeFileSync(path.join(dir, 'source-paragraphs.md'), `# ${title}\n\n${paragraphs.map((p, i) => `¶${i + 1} ${p}`).join('\n\n')}\n`);
writeFileSync(path.join(dir, 'paper.json'), `${JSON.stringify(paper, null, 2)}\n`);
writeFileSync(path.join(dir, 'claims.json'), `${JSON.stringify(claims, null, 2)}\n`);
writeFileSync(path.join(dir, 'glossary.json'), '[]\n');

process.stdout.write(
  [
    `Created ${dir} (draft): ${paragraphs.length} paragraphs, ${claims.length} draft claim candidates.`,
    'Next:',
    `  1. In claims.json, rewrite candidates in your own words: give each a lasting id, set evidence and tags, and remove "draft": true.`,
    '     Delete candidates you do not need. source-paragraphs.md shows the numbered paragraphs.',
    '  2. npm run data:check',
    `  3. In a channel: use ${id}. When no drafts remain and paper.json has a tldr, set "status": "published".`,
    '',
  ].join('\n'),
);
