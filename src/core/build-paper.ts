import type { z } from 'zod';
import { deriveBibliographicClaims } from './bibliography.js';
import { classifyLicence } from './licence.js';
import { placeholderProblems } from './placeholders.js';
import { displayText, quotationProblems } from './quotations.js';
import {
  claimsFileSchema,
  glossaryFileSchema,
  paperSchema,
  passagesFileSchema,
  type Cite,
  type ClaimData,
  type PaperData,
  type PassageData,
} from './schema.js';
import type { Claim, GlossaryEntry, Library, Paper } from './types.js';

/**
 * Validates a paper given as raw objects (parsed paper.json, claims.json, glossary.json and
 * passages.json, wherever they came from: files, a database, an ingester) and builds the Paper the
 * engine reads. Names are used only in error messages. Reading files is library.ts's job.
 */

/** Thrown when the library is unusable; the message lists every problem, each naming the file, the item and the field. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The claims library is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

/** Marks a part that could not be read at all (its problem is already reported). */
export const UNREADABLE = Symbol('unreadable');

export type PaperPart = 'paper' | 'claims' | 'glossary' | 'passages';

export interface RawPaper {
  paper: unknown;
  claims: unknown;
  /** absent: no glossary */
  glossary?: unknown;
  /** absent: no stored source text */
  passages?: unknown;
  /** how each part is named in messages (a file path, a table row); defaults to paper.json etc. */
  names?: Partial<Record<PaperPart, string>>;
}

const defaultNames: Record<PaperPart, string> = {
  paper: 'paper.json',
  claims: 'claims.json',
  glossary: 'glossary.json',
  passages: 'passages.json',
};

/** Turns a zod issue path like [3, "sources", 0, "source"] into `claim "x" field sources[0].source`. */
function describeIssue(name: string, raw: unknown, issue: z.core.$ZodIssue, itemLabel: string): string {
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
  return `${name}:${where}${field ? ` field ${field}` : ''}: ${issue.message}`;
}

function parsePart<T>(raw: unknown, schema: z.ZodType<T>, name: string, itemLabel: string, problems: string[]): T | undefined {
  if (raw === UNREADABLE) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(name, raw, issue, itemLabel));
    return undefined;
  }
  return result.data;
}

/** Reports each id used twice, naming both places. */
function checkUnique(items: Array<{ id: string }>, name: string, label: string, problems: string[]): void {
  const first = new Map<string, number>();
  items.forEach(({ id }, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else problems.push(`${name}: duplicate ${label} id "${id}" (${label} #${earlier + 1} and #${i + 1})`);
  });
}

const PRESS_PARAGRAPH = /^¶(\d+)$/;

/** "Abstract (Results), Results ¶1–¶12, Figure 1 legend": a source's locators, compactly. */
function describeLocators(locators: Iterable<string>): string {
  const groups = new Map<string, number[]>();
  const order: string[] = [];
  for (const locator of locators) {
    const m = /^(.*?)\s*¶(\d+)$/.exec(locator);
    const key = m ? m[1]! : locator;
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    if (m) groups.get(key)!.push(Number(m[2]));
  }
  const parts = order.map((key) => {
    const ns = groups.get(key)!;
    if (ns.length === 0) return key;
    const span = ns.length === 1 ? `¶${ns[0]}` : `¶${Math.min(...ns)}–¶${Math.max(...ns)}`;
    return key ? `${key} ${span}` : span;
  });
  return parts.length > 8 ? `${parts.slice(0, 8).join(', ')}, …` : parts.join(', ');
}

interface CheckContext {
  paper: PaperData;
  names: Record<PaperPart, string>;
  passages: Map<string, Map<string, string>>;
  problems: string[];
}

function checkCites(cites: Cite[], where: string, field: string, ctx: CheckContext): void {
  const sources = new Map(ctx.paper.sources.map((s) => [s.id, s]));
  cites.forEach((cite, i) => {
    const at = `${where} field ${field}[${i}]`;
    const source = sources.get(cite.source);
    if (!source) {
      ctx.problems.push(`${at}.source: unknown source id "${cite.source}" (${ctx.names.paper} lists ${[...sources.keys()].join(', ')})`);
      return;
    }
    const stored = ctx.passages.get(cite.source);
    if (!stored) return;
    if (source.kind === 'press') {
      const m = PRESS_PARAGRAPH.exec(cite.locator);
      if (!m) ctx.problems.push(`${at}.locator: "${cite.locator}" is not a paragraph of press source "${cite.source}" (use ¶1, ¶2, ...)`);
      else if (!stored.has(cite.locator)) ctx.problems.push(`${at}.locator: ${cite.locator} is past the end of "${cite.source}", which has ${stored.size} paragraphs`);
      return;
    }
    if (cite.locator !== 'bibliographic record' && !stored.has(cite.locator)) {
      ctx.problems.push(`${at}.locator: "${cite.locator}" is not a stored passage of "${cite.source}" (it has ${describeLocators(stored.keys())}, or "bibliographic record")`);
    }
  });
}

function buildPassages(paper: PaperData, passages: PassageData[], name: string, problems: string[]): Map<string, Map<string, string>> {
  const known = new Set(paper.sources.map((s) => s.id));
  const bySource = new Map<string, Map<string, string>>();
  passages.forEach((p, i) => {
    if (!known.has(p.source)) {
      problems.push(`${name}: passage #${i + 1} field source: unknown source id "${p.source}"`);
      return;
    }
    let map = bySource.get(p.source);
    if (!map) bySource.set(p.source, (map = new Map()));
    if (map.has(p.locator)) problems.push(`${name}: passage #${i + 1}: "${p.source}" ${p.locator} is stored twice`);
    map.set(p.locator, p.text);
  });
  return bySource;
}

/** The bibliographic fields that name something a cited passage should mention, with what to look for. */
function bibliographicMentions(paper: PaperData): Array<{ field: string; cite: Cite[]; needles: string[]; what: string }> {
  const out: Array<{ field: string; cite: Cite[]; needles: string[]; what: string }> = [];
  if (paper.journal) out.push({ field: 'journal.cite', cite: paper.journal.cite, needles: [paper.journal.name], what: `the journal "${paper.journal.name}"` });
  if (paper.date) {
    const years = paper.date.text.match(/\b(1[89]|20)\d\d\b/g) ?? [];
    if (years.length > 0) out.push({ field: 'date.cite', cite: paper.date.cite, needles: years, what: `the date (${years.join(', ')})` });
  }
  if (paper.firstAuthor) {
    const surname = paper.firstAuthor.name.replace(/\(.*?\)/g, '').trim().split(/\s+/).at(-1) ?? paper.firstAuthor.name;
    out.push({ field: 'firstAuthor.cite', cite: paper.firstAuthor.cite, needles: [surname], what: `the first author "${paper.firstAuthor.name}"` });
  }
  if (paper.impactFactor) out.push({ field: 'impactFactor.cite', cite: paper.impactFactor.cite, needles: [String(paper.impactFactor.value)], what: `the impact factor ${paper.impactFactor.value}` });
  return out;
}

/** What a published paper needs beyond the schema: a cited, complete, placeholder-free record. */
function checkPublishable(paper: PaperData, claims: Claim[], ctx: CheckContext): void {
  const { names, problems } = ctx;
  for (const d of claims.filter((c) => c.draft)) {
    problems.push(`${names.claims}: claim "${d.id}" field draft: a published paper cannot hold draft claims (rewrite it and remove "draft", or delete it)`);
  }
  if (paper.tldr.length === 0) problems.push(`${names.paper} field tldr: a published paper needs at least one claim id for its summary`);
  if (paper.authors.length === 0) problems.push(`${names.paper} field authors: a published paper needs its authors, in the paper's order`);
  if (!paper.sources.some((s) => s.kind === 'paper')) {
    problems.push(`${names.paper} field sources: the title, authors and DOI are cited to the paper's bibliographic record, so a published paper needs a source of kind "paper"`);
  }
  if (paper.teamLeads.length > 0 && paper.teamLeadsCite.length === 0) {
    problems.push(`${names.paper} field teamLeadsCite: say where the team leads are named (a source and locator), or leave teamLeads out`);
  }
  for (const { field, cite, needles, what } of bibliographicMentions(paper)) {
    cite.forEach((c, i) => {
      const text = ctx.passages.get(c.source)?.get(c.locator);
      if (text === undefined) return;
      const lower = text.toLowerCase();
      if (!needles.some((n) => lower.includes(n.toLowerCase()))) {
        problems.push(`${names.paper} field ${field}[${i}]: ${c.source} ${c.locator} does not mention ${what}; cite the passage that does, or the paper's "bibliographic record"`);
      }
    });
  }
  problems.push(...placeholderProblems(paper, names.paper, claims, names.claims));
}

function crossCheck(paper: PaperData, claims: Claim[], glossary: GlossaryEntry[], ctx: CheckContext): void {
  const { names, problems } = ctx;
  const claimIds = new Set(claims.map((c) => c.id));
  const topicIds = new Set(paper.topics.map((t) => t.id));
  const termIds = new Set(glossary.map((g) => g.id));
  const authors = new Set(paper.authors);

  checkUnique(paper.sources, `${names.paper} sources`, 'source', problems);
  checkUnique(claims, names.claims, 'claim', problems);
  checkUnique(glossary, names.glossary, 'term', problems);
  const paperCites: Array<[string, Cite[]]> = [
    ['firstAuthor.cite', paper.firstAuthor?.cite ?? []],
    ['teamLeadsCite', paper.teamLeadsCite],
    ['journal.cite', paper.journal?.cite ?? []],
    ['date.cite', paper.date?.cite ?? []],
    ['impactFactor.cite', paper.impactFactor?.cite ?? []],
    ['recognition.cite', paper.recognition?.cite ?? []],
    ...paper.openQuestions.map((q, i): [string, Cite[]] => [`openQuestions[${i}].cite`, q.cite]),
  ];
  for (const [field, cites] of paperCites) checkCites(cites, names.paper, field, ctx);
  paper.affiliations.forEach((a, i) =>
    a.authors.forEach((name, j) => {
      if (!authors.has(name)) problems.push(`${names.paper} field affiliations[${i}].authors[${j}]: "${name}" is not in authors`);
    }),
  );
  const draftIds = new Set(claims.filter((c) => c.draft).map((c) => c.id));
  paper.tldr.forEach((id, i) => {
    if (!claimIds.has(id)) problems.push(`${names.paper} field tldr[${i}]: unknown claim id "${id}"`);
    else if (draftIds.has(id) && paper.status === 'published') problems.push(`${names.paper} field tldr[${i}]: "${id}" is still a draft`);
  });

  const quoteContext = { licence: classifyLicence(paper.licence), sources: new Map(paper.sources.map((s) => [s.id, s])), passages: ctx.passages };
  for (const claim of claims) {
    const where = `${names.claims}: claim "${claim.id}"`;
    checkCites(claim.sources, where, 'sources', ctx);
    claim.conflictsWith.forEach((other, i) => {
      if (!claimIds.has(other)) problems.push(`${where} field conflictsWith[${i}]: unknown claim id "${other}"`);
      if (other === claim.id) problems.push(`${where} field conflictsWith[${i}]: a claim cannot conflict with itself`);
    });
    claim.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) problems.push(`${where} field topics[${i}]: unknown topic "${topic}" (add it to ${names.paper} topics)`);
    });
    problems.push(...quotationProblems(claim, quoteContext, where));
  }
  for (const entry of glossary) {
    const where = `${names.glossary}: term "${entry.id}"`;
    checkCites(entry.sources, where, 'sources', ctx);
    entry.related.forEach((other, i) => {
      if (!termIds.has(other)) problems.push(`${where} field related[${i}]: unknown term id "${other}"`);
    });
  }
}

const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * One copy of what claims repeat, shared across a library's papers: tags, evidence kinds, source ids
 * and locators, and citations (claims cite a few passages each, many claims the same ones). Claims are
 * never changed once built, so sharing is safe.
 */
export class Interner {
  private readonly strings = new Map<string, string>();
  /** source id -> locator -> the one citation of it */
  private readonly cites = new Map<string, Map<string, Cite>>();
  /** a citation -> the list holding just it (what most claims cite) */
  private readonly lone = new Map<Cite, Cite[]>();

  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  cite({ source, locator }: Cite): Cite {
    let byLocator = this.cites.get(source);
    if (!byLocator) this.cites.set(this.string(source), (byLocator = new Map()));
    let cite = byLocator.get(locator);
    if (!cite) byLocator.set(locator, (cite = { source: this.string(source), locator: this.string(locator) }));
    return cite;
  }

  citeList(list: Cite[]): Cite[] {
    if (list.length !== 1) return list.map((c) => this.cite(c));
    const cite = this.cite(list[0]!);
    let shared = this.lone.get(cite);
    if (!shared) this.lone.set(cite, (shared = [cite]));
    return shared;
  }
}

/**
 * Every claim gets the same shape (the same fields, in the same order, always present), so V8 keeps one
 * hidden class for a library of them; repeated strings and citations are shared and empty lists are one frozen array.
 */
function claimOf(c: ClaimData, paperId: string, order: number, derived: boolean, table: Interner): Claim {
  const strings = (list: string[]) => (list.length === 0 ? NONE : list.map((t) => table.string(t)));
  return {
    id: c.id,
    text: c.text,
    sources: table.citeList(c.sources),
    evidence: table.string(c.evidence) as ClaimData['evidence'],
    tags: strings(c.tags),
    topics: strings(c.topics),
    note: c.note,
    conflictsWith: strings(c.conflictsWith),
    draft: c.draft,
    quote: c.quote,
    paperId: table.string(paperId),
    order,
    derived,
  };
}

/** Validates one paper's raw parts and builds it; problems are appended, and undefined returned, when anything is wrong. */
export function buildPaper(raw: RawPaper, problems: string[], table = new Interner()): Paper | undefined {
  const names = { ...defaultNames, ...raw.names };
  const paper = parsePart(raw.paper, paperSchema, names.paper, 'paper', problems);
  const claimData = parsePart(raw.claims, claimsFileSchema, names.claims, 'claim', problems);
  const glossary = raw.glossary === undefined ? [] : parsePart(raw.glossary, glossaryFileSchema, names.glossary, 'term', problems);
  const passageData = raw.passages === undefined ? [] : parsePart(raw.passages, passagesFileSchema, names.passages, 'passage', problems);
  if (!paper || !claimData || !glossary || !passageData) return undefined;

  const before = problems.length;
  const passages = buildPassages(paper, passageData, names.passages, problems);
  const claims: Claim[] = claimData.map((c, order) => claimOf(c, paper.id, order, false, table));
  const ctx: CheckContext = { paper, names, passages, problems };
  crossCheck(paper, claims, glossary, ctx);
  if (paper.status === 'published') checkPublishable(paper, claims, ctx);
  if (problems.length > before) return undefined;

  const visible = claims.filter((c) => !c.draft).map((c) => (c.quote ? claimOf({ ...c, text: displayText(c) }, c.paperId, c.order, false, table) : c));
  const derived = deriveBibliographicClaims(paper).map((c, i) => claimOf(c as ClaimData, paper.id, claims.length + i, true, table));
  return {
    data: paper,
    claims: [...visible, ...derived],
    drafts: claims.length - visible.length,
    glossary,
    sources: new Map(paper.sources.map((s) => [s.id, s])),
    passages,
    licence: classifyLicence(paper.licence),
  };
}

export interface LibraryEntry {
  paper: Paper;
  /** how the paper's claims are named in messages (its claims.json path, a table row) */
  claimsName: string;
}

/** Cross-paper checks (paper ids and claim ids unique across the library, naming both places) and the library itself. */
export function buildLibrary(entries: LibraryEntry[], problems: string[]): Library | undefined {
  const before = problems.length;
  const paperAt = new Map<string, string>();
  // The library's own map checks the claim ids: at 100k claims a second map of them, and the pairs
  // to fill the first, would be garbage that stays until the next full collection.
  const claimById = new Map<string, Claim>();
  for (const { paper, claimsName } of entries) {
    const earlier = paperAt.get(paper.data.id);
    if (earlier) problems.push(`duplicate paper id "${paper.data.id}": ${earlier} and ${claimsName}`);
    paperAt.set(paper.data.id, claimsName);
    for (const claim of paper.claims) {
      const known = claimById.get(claim.id);
      const other = known && entries.find((e) => e.paper.claims.includes(known))!.claimsName;
      if (other && other !== claimsName) problems.push(`duplicate claim id "${claim.id}": in ${other} and in ${claimsName} (claim ids are unique across the library)`);
      else claimById.set(claim.id, claim);
    }
  }
  if (problems.length > before) return undefined;
  return { papers: entries.map((e) => e.paper), claimById };
}
