import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { claimsFileSchema, glossaryFileSchema, paperSchema, type Cite, type PaperData } from './schema.js';
import { deriveBibliographicClaims } from './bibliography.js';
import { paragraphsOf } from './paragraphs.js';
import type { Claim, GlossaryEntry, Library, Paper } from './types.js';

/** Thrown when data/ is unusable; the message lists every problem, each naming the file, the item and the field. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The claims library is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

function readJson(file: string, problems: string[]): unknown {
  if (!existsSync(file)) {
    problems.push(`${file}: file is missing`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** Turns a zod issue path like [3, "sources", 0, "source"] into `claim "x" field sources[0].source`. */
function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue, itemLabel: string): string {
  const [head, ...rest] = issue.path;
  let where = '';
  let fieldPath = issue.path;
  if (typeof head === 'number' && Array.isArray(raw)) {
    const item = raw[head] as { id?: unknown } | undefined;
    const itemId = item && typeof item.id === 'string' ? `"${item.id}"` : `#${head + 1}`;
    where = ` ${itemLabel} ${itemId}`;
    fieldPath = rest;
  }
  const field = fieldPath.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
  return `${file}:${where}${field ? ` field ${field}` : ''}: ${issue.message}`;
}

function parseFile<T>(
  file: string,
  schema: z.ZodType<T>,
  itemLabel: string,
  problems: string[],
): T | undefined {
  const raw = readJson(file, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(file, raw, issue, itemLabel));
    return undefined;
  }
  return result.data;
}

/** How many paragraphs each press source has, when its text is kept beside the data (sources/<id>.txt). */
type ParagraphCounts = Map<string, number | undefined>;

function checkCites(cites: Cite[], known: Set<string>, where: string, problems: string[], paragraphs: ParagraphCounts = new Map()): void {
  cites.forEach((cite, i) => {
    if (!known.has(cite.source)) {
      problems.push(`${where} field sources[${i}].source: unknown source id "${cite.source}" (paper.json lists ${[...known].join(', ')})`);
      return;
    }
    if (!paragraphs.has(cite.source)) return;
    const m = /^¶(\d+)$/.exec(cite.locator);
    const count = paragraphs.get(cite.source);
    if (!m) problems.push(`${where} field sources[${i}].locator: "${cite.locator}" is not a paragraph of press source "${cite.source}" (use ¶1, ¶2, ...)`);
    else if (count !== undefined && (Number(m[1]) < 1 || Number(m[1]) > count)) {
      problems.push(`${where} field sources[${i}].locator: ${cite.locator} is past the end of "${cite.source}", which has ${count} paragraphs`);
    }
  });
}

function paragraphCounts(dir: string, paper: PaperData): ParagraphCounts {
  return new Map(
    paper.sources
      .filter((s) => s.kind === 'press')
      .map((s) => {
        const file = path.join(dir, 'sources', `${s.id}.txt`);
        return [s.id, existsSync(file) ? paragraphsOf(readFileSync(file, 'utf8')).length : undefined] as const;
      }),
  );
}

function checkUnique(ids: string[], where: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    seen.add(id);
  }
}

function crossCheck(dir: string, paper: PaperData, claims: Claim[], glossary: GlossaryEntry[], problems: string[]): void {
  const paperFile = path.join(dir, 'paper.json');
  const claimsFile = path.join(dir, 'claims.json');
  const glossaryFile = path.join(dir, 'glossary.json');
  const sourceIds = new Set(paper.sources.map((s) => s.id));
  const claimIds = new Set(claims.map((c) => c.id));
  const topicIds = new Set(paper.topics.map((t) => t.id));
  const termIds = new Set(glossary.map((g) => g.id));

  checkUnique(paper.sources.map((s) => s.id), `${paperFile} sources`, problems);
  checkUnique(claims.map((c) => c.id), claimsFile, problems);
  checkUnique(glossary.map((g) => g.id), glossaryFile, problems);
  if (path.basename(dir) !== paper.id) {
    problems.push(`${paperFile} field id: "${paper.id}" must match the folder name "${path.basename(dir)}"`);
  }
  const paragraphs = paragraphCounts(dir, paper);
  const paperCites = [paper.firstAuthor?.cite ?? [], paper.teamLeadsCite, paper.journal?.cite ?? [], paper.date?.cite ?? [], paper.impactFactor?.cite ?? [], paper.recognition?.cite ?? [], ...paper.openQuestions.map((q) => q.cite)];
  paperCites.forEach((cites) => checkCites(cites, sourceIds, paperFile, problems, paragraphs));
  paper.tldr.forEach((id, i) => {
    if (!claimIds.has(id)) problems.push(`${paperFile} field tldr[${i}]: unknown claim id "${id}"`);
  });

  for (const claim of claims) {
    const where = `${claimsFile}: claim "${claim.id}"`;
    checkCites(claim.sources, sourceIds, where, problems, paragraphs);
    claim.conflictsWith.forEach((other, i) => {
      if (!claimIds.has(other)) problems.push(`${where} field conflictsWith[${i}]: unknown claim id "${other}"`);
      if (other === claim.id) problems.push(`${where} field conflictsWith[${i}]: a claim cannot conflict with itself`);
    });
    claim.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) problems.push(`${where} field topics[${i}]: unknown topic "${topic}" (add it to paper.json topics)`);
    });
  }
  for (const entry of glossary) {
    const where = `${glossaryFile}: term "${entry.id}"`;
    checkCites(entry.sources, sourceIds, where, problems);
    entry.related.forEach((other, i) => {
      if (!termIds.has(other)) problems.push(`${where} field related[${i}]: unknown term id "${other}"`);
    });
  }
}

export function loadPaper(dir: string, problems: string[]): Paper | undefined {
  const paper = parseFile(path.join(dir, 'paper.json'), paperSchema, 'paper', problems);
  const claimData = parseFile(path.join(dir, 'claims.json'), claimsFileSchema, 'claim', problems);
  const glossaryPath = path.join(dir, 'glossary.json');
  const glossary = existsSync(glossaryPath) ? parseFile(glossaryPath, glossaryFileSchema, 'term', problems) : [];
  if (!paper || !claimData || !glossary) return undefined;

  const claims: Claim[] = claimData.map((c, order) => ({ ...c, paperId: paper.id, order, derived: false }));
  const before = problems.length;
  crossCheck(dir, paper, claims, glossary, problems);
  const drafts = claims.filter((c) => c.draft);
  if (paper.status === 'published') {
    for (const d of drafts) problems.push(`${path.join(dir, 'claims.json')}: claim "${d.id}" field draft: a published paper cannot hold draft claims (rewrite it and remove "draft", or delete it)`);
    if (paper.tldr.length === 0) problems.push(`${path.join(dir, 'paper.json')} field tldr: a published paper needs at least one claim id for its summary`);
  }
  const draftIds = new Set(drafts.map((d) => d.id));
  paper.tldr.forEach((id, i) => {
    if (draftIds.has(id)) problems.push(`${path.join(dir, 'paper.json')} field tldr[${i}]: "${id}" is still a draft`);
  });
  if (problems.length > before) return undefined;

  const derived = deriveBibliographicClaims(paper).map((c, i) => ({ ...c, paperId: paper.id, order: claims.length + i, derived: true }));
  return {
    data: paper,
    claims: [...claims.filter((c) => !c.draft), ...derived],
    drafts: drafts.length,
    glossary,
    sources: new Map(paper.sources.map((s) => [s.id, s])),
  };
}

/** Loads every paper folder under `root` (data/papers). Throws DataError listing all problems found. */
export function loadLibrary(root: string): Library {
  const problems: string[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DataError([`${root}: the papers folder is missing (expected data/papers/<paper-id>/)`]);
  }
  const dirs = readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(path.join(root, name)).isDirectory())
    .sort();
  const papers = dirs.map((name) => loadPaper(path.join(root, name), problems));
  if (dirs.length === 0) problems.push(`${root}: no paper folders found`);
  checkUnique(papers.flatMap((p) => p?.claims.map((c) => c.id) ?? []), `${root} (claim ids across papers)`, problems);
  if (problems.length > 0) throw new DataError(problems);
  const loaded = papers as Paper[];
  return {
    papers: loaded,
    claimById: new Map(loaded.flatMap((p) => p.claims.map((c) => [c.id, c] as const))),
  };
}
