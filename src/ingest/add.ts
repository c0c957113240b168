import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPaper } from '../core/build-paper.js';
import type { Article } from './article.js';
import { draftPaper, type DraftReport, type PaperFiles } from './draft.js';
import { fetchCrossref, fetchJats, fillFromCrossref, FetchError, type ArticleId, type FetchOptions } from './europe-pmc.js';
import { readJats } from './jats.js';

/**
 * Adding a paper, whatever it came from: fetch or read -> Article -> files checked by the same
 * validation the bot loads with -> written to data/papers/<id>/ in one step. The CLI and the
 * chat's `add` command both call these.
 */

export interface FetchedPaper {
  article: Article;
  /** where it can be read */
  sourceUrl: string;
  /** fields Crossref supplied because the XML lacked them */
  fromCrossref: string[];
  /** what went wrong on the way without stopping the add (Crossref down, say) */
  warnings: string[];
}

/** Fetches the open-access JATS and reads it; metadata the XML lacks is asked of Crossref (its failure only warns). */
export async function fetchPaper(id: ArticleId, options: FetchOptions): Promise<FetchedPaper> {
  const fetched = await fetchJats(id, options);
  const article = readJats(fetched.xml);
  article.meta.pmcid ??= fetched.pmcid;
  if (!article.meta.doi && id.kind === 'doi') article.meta.doi = id.value;
  if (!article.meta.pmid && id.kind === 'pmid') article.meta.pmid = id.value;
  const warnings: string[] = [];
  let fromCrossref: string[] = [];
  const { meta } = article;
  const lacking = !meta.title || meta.authors.length === 0 || !meta.journal || !meta.volume || !meta.issue || !(meta.pages ?? meta.elocation) || !(meta.published.print ?? meta.published.online ?? meta.published.collection) || !meta.licence;
  if (meta.doi && lacking) {
    try {
      const work = await fetchCrossref(meta.doi, options);
      if (work) fromCrossref = fillFromCrossref(meta, work);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      warnings.push(`Crossref: ${error.message}; the record is as the XML gives it`);
    }
  }
  return { article, sourceUrl: fetched.sourceUrl, fromCrossref, warnings };
}

export class AddError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'AddError';
  }
}

/** Checks the files with the loader's own validation; a draft that would not load is a bug here, not the user's. */
export function validateFiles(files: PaperFiles): string[] {
  const problems: string[] = [];
  buildPaper({ paper: files.paper, claims: files.claims, glossary: files.glossary, passages: files.passages }, problems);
  return problems;
}

/** A readable list of every passage, for curators rewriting claims: "¶3 …", "Results ¶2 …". */
export function passagesMarkdown(files: PaperFiles): string {
  const title = String(files.paper.title ?? files.paper.id);
  return `# ${title}\n\n${files.passages.map((p) => `**${p.locator}** ${p.text}`).join('\n\n')}\n`;
}

/** Writes the folder in one step (a temporary folder renamed into place), so a failed add leaves nothing half-written. */
export function writePaperFolder(dataDir: string, files: PaperFiles, options: { replace?: boolean } = {}): string {
  const id = String(files.paper.id);
  const dir = path.join(dataDir, id);
  if (existsSync(dir) && !options.replace) throw new AddError(`${dir} already exists; choose another --id, or add --replace to overwrite it`);
  mkdirSync(dataDir, { recursive: true });
  const temp = path.join(dataDir, `.${id}.adding-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(temp, 'paper.json'), json(files.paper));
  writeFileSync(path.join(temp, 'claims.json'), json(files.claims));
  writeFileSync(path.join(temp, 'glossary.json'), json(files.glossary));
  writeFileSync(path.join(temp, 'passages.json'), json(files.passages));
  writeFileSync(path.join(temp, 'source-paragraphs.md'), passagesMarkdown(files));
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  return dir;
}

export interface PreparedPaper {
  files: PaperFiles;
  report: DraftReport;
}

/** Article -> checked files; when the published form fails a check the paper is kept as a draft and the problems reported. */
export function preparePaper(article: Article, options: Parameters<typeof draftPaper>[1]): PreparedPaper {
  const drafted = draftPaper(article, options);
  const problems = validateFiles(drafted.files);
  if (problems.length === 0) return drafted;
  if (drafted.report.status === 'published') {
    const asDraft = draftPaper(article, { ...options, publish: false });
    if (validateFiles(asDraft.files).length === 0) {
      return { ...asDraft, report: { ...asDraft.report, refused: `the published form failed its checks: ${problems.slice(0, 3).join('; ')}` } };
    }
  }
  throw new AddError('the paper could not be turned into valid data files (a bug in the ingester: please report it with the file)', problems);
}

/**
 * The same paper under another id: its record and every claim id drawn from the old one (claim ids
 * begin with the paper's id), with the TL;DR and conflicts pointing at the renamed claims. Used when
 * another curator took the suggested id while this paper was being read.
 */
export function renamePaper(files: PaperFiles, to: string): PaperFiles {
  const from = String(files.paper.id);
  if (from === to) return files;
  const rename = (id: unknown) => (typeof id === 'string' && (id === from || id.startsWith(`${from}-`)) ? `${to}${id.slice(from.length)}` : id);
  return {
    paper: { ...files.paper, id: to, ...(Array.isArray(files.paper.tldr) ? { tldr: files.paper.tldr.map(rename) } : {}) },
    claims: files.claims.map((c) => ({ ...c, id: rename(c.id), ...(Array.isArray(c.conflictsWith) ? { conflictsWith: c.conflictsWith.map(rename) } : {}) })),
    glossary: files.glossary,
    passages: files.passages,
  };
}
