import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { DataError, loadLibrary } from '../core/library.js';
import { AddError, fetchPaper, preparePaper, writePaperFolder } from '../ingest/add.js';
import { emptyMeta, type Article, type ArticleMeta } from '../ingest/article.js';
import { slug, suggestId, type DraftReport } from '../ingest/draft.js';
import { FetchError, parseArticleId } from '../ingest/europe-pmc.js';
import { JatsError, readJats } from '../ingest/jats.js';
import { PdfError, readPdf } from '../ingest/pdf.js';
import { readPress } from '../ingest/press.js';

/**
 * npm run paper:add -- --jats FILE.xml | --pmcid PMC… | --doi 10.… | --pmid N | --pdf FILE | --text FILE
 *                      [--id ID] [--publish] [--replace] [--title … --authors "A; B" --journal … --date … --doi … --url … --publisher …]
 * Writes data/papers/<id>/ (paper.json, claims.json, glossary.json, passages.json, source-paragraphs.md).
 * Exit 0 when written as asked, 1 when --publish was refused (the draft is written) or the input
 * could not be read or fetched, 2 for wrong usage.
 */

const USAGE = `usage: npm run paper:add -- <source> [--id ID] [--publish] [--replace]
  source, one of:
    --jats FILE.xml      a JATS article (PMC, Europe PMC or the publisher's XML), read offline
    --pmcid PMC…  --doi 10.…  --pmid N
                         fetch the open-access JATS from Europe PMC (EUROPE_PMC_URL)
    --pdf FILE           best-effort text of a PDF; everything stays a draft
    --text FILE          a press article (or any text or HTML); everything stays a draft
  --publish              publish at once when the licence permits quoting (CC BY, CC BY-SA, CC0, public domain)
  with --text or --pdf:  --title "…" --authors "A; B" --journal "…" --date "…" --doi 10.… --url https://… --publisher "…"`;

function fail(message: string, code: 1 | 2 = 2): never {
  process.stderr.write(`${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

export interface AddArgs {
  [key: string]: string | boolean | undefined;
}

function parse(argv: string[]): AddArgs {
  try {
    return parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(['jats', 'pmcid', 'doi', 'pmid', 'pdf', 'text', 'id', 'title', 'short-title', 'authors', 'journal', 'date', 'url', 'publisher'].map((k) => [k, { type: 'string' as const }])),
        publish: { type: 'boolean' },
        replace: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function readInput(file: string, flag: string): Buffer {
  if (!existsSync(file)) fail(`--${flag}: ${file} does not exist`, 1);
  return readFileSync(file);
}

async function askTitle(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question('Title of the paper the article reports on: ')).trim();
  rl.close();
  return answer || undefined;
}

/** What the curator says about the paper, for sources that do not state it (press text, PDF). */
function curatorMeta(args: AddArgs): Partial<ArticleMeta> {
  const authors = str(args.authors)?.split(';').map((a) => a.trim()).filter(Boolean) ?? [];
  return {
    ...(str(args.title) ? { title: str(args.title) } : {}),
    ...(authors.length > 0 ? { authors, surnames: authors.map((a) => a.split(/\s+/).at(-1)!) } : {}),
    ...(str(args.journal) ? { journal: str(args.journal) } : {}),
    ...(str(args.date) ? { dateText: str(args.date) } : {}),
    ...(str(args.doi) ? { doi: str(args.doi)!.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') } : {}),
  };
}

async function readArticle(args: AddArgs, config: Config): Promise<{ article: Article; label: string; sourceUrl?: string; fromCrossref: string[]; warnings: string[] }> {
  const fileSources = ['jats', 'pdf', 'text'].filter((k) => str(args[k]));
  const fetchSources = ['pmcid', 'pmid', ...(fileSources.length === 0 ? ['doi'] : [])].filter((k) => str(args[k]));
  const all = [...fileSources, ...fetchSources];
  if (all.length === 0) fail('give one source: --jats FILE, --pmcid, --doi, --pmid, --pdf FILE or --text FILE');
  if (all.length > 1) fail(`give one source, not ${all.map((k) => `--${k}`).join(' and ')}`);
  const kind = all[0]!;
  const value = str(args[kind])!;
  const none = { fromCrossref: [], warnings: [] };
  try {
    if (kind === 'jats') return { article: readJats(readInput(value, kind).toString('utf8')), label: `${path.basename(value)} (JATS)`, ...none };
    if (kind === 'pdf') {
      const article = await readPdf(new Uint8Array(readInput(value, kind)));
      Object.assign(article.meta, curatorMeta(args));
      return { article, label: `${path.basename(value)} (PDF)`, ...(str(args.url) ? { sourceUrl: str(args.url) } : {}), ...none };
    }
    if (kind === 'text') {
      const article = readPress(readInput(value, kind).toString('utf8'), { meta: { ...emptyMeta(), ...curatorMeta(args) }, ...(str(args.publisher) ? { publisher: str(args.publisher) } : {}), ...(str(args.url) ? { url: str(args.url) } : {}) });
      article.meta.title ??= article.press?.headline ?? (await askTitle());
      if (!article.meta.title) fail('--title: required when not run on a terminal (the article has no headline to take it from)');
      return { article, label: `${path.basename(value)} (${article.format === 'html' ? 'HTML' : 'text'})`, ...none };
    }
    const id = parseArticleId(kind === 'pmcid' && !/^pmc/i.test(value) ? `PMC${value}` : value);
    if (!id || (kind === 'pmcid' && id.kind !== 'pmcid') || (kind === 'pmid' && id.kind !== 'pmid') || (kind === 'doi' && id.kind !== 'doi')) {
      fail(`--${kind}: "${value}" is not a ${kind === 'pmcid' ? 'PubMed Central id such as PMC2599765' : kind === 'pmid' ? 'PubMed id such as 19079722' : 'DOI such as 10.1289/ehp.11570'}`);
    }
    const fetched = await fetchPaper(id, { europePmcUrl: config.ingest.europePmcUrl, crossrefUrl: config.ingest.crossrefUrl });
    return { article: fetched.article, label: `${id.value} (JATS from Europe PMC)`, sourceUrl: fetched.sourceUrl, fromCrossref: fetched.fromCrossref, warnings: fetched.warnings };
  } catch (error) {
    if (error instanceof FetchError) fail(`Could not fetch the article: ${error.message}`, 1);
    if (error instanceof JatsError || error instanceof PdfError) fail(`Could not read ${value}: ${error.message}`, 1);
    throw error;
  }
}

function describeRecord(meta: ArticleMeta): string {
  const where = [meta.journal, meta.volume && `${meta.volume}${meta.issue ? `(${meta.issue})` : ''}${meta.pages ? `:${meta.pages}` : meta.elocation ? `:${meta.elocation}` : ''}`].filter(Boolean).join(' ');
  const ids = [meta.doi && `DOI ${meta.doi}`, meta.pmid && `PMID ${meta.pmid}`, meta.pmcid].filter(Boolean).join(', ');
  const who = meta.authors.length > 0 ? `${meta.authors.length} author${meta.authors.length === 1 ? '' : 's'}${meta.affiliations.length > 0 ? ` at ${meta.affiliations.length} affiliation${meta.affiliations.length === 1 ? '' : 's'}` : ''}` : '';
  return [who, where, ids].filter(Boolean).join('; ') || '(none)';
}

function reportLines(report: DraftReport, article: Article, dir: string, label: string, warnings: string[]): string[] {
  const lines = [`Read ${label}: "${article.meta.title}"`];
  lines.push(`  record: ${describeRecord(article.meta)}`);
  if (report.fromCrossref.length > 0) lines.push(`  from Crossref (not in the XML): ${report.fromCrossref.join(', ')}`);
  if (article.kind === 'paper') {
    const licence = report.licence.kind === 'unknown' && !article.meta.licence ? 'none stated' : `${report.licence.label}${report.licence.url ? ` (${report.licence.url})` : ''}`;
    lines.push(`  licence: ${licence}: ${report.licence.permitsQuoting ? 'quoting allowed, with attribution' : 'no quoting; claims in our own words'}`);
  }
  const sections = [...new Set(article.passages.map((p) => p.locator.replace(/\s*¶\d+$/, '').replace(/ \(.*\)$/, '')))];
  lines.push(`  text: ${report.passages} passages (${sections.slice(0, 8).join(', ')}${sections.length > 8 ? ', …' : ''}), ${report.claims} claim candidates${report.tooLong > 0 ? ` (${report.tooLong} sentences over 400 characters left out)` : ''}, ${report.glossary} glossary terms from the abbreviations it defines`);
  if (report.missing.length > 0) lines.push(`  not in the file, left out: ${report.missing.join(', ')}`);
  for (const w of warnings) lines.push(`  warning: ${w}`);
  if (report.status === 'published') {
    lines.push(`Published ${dir}: ${report.claims} claims, all quotations of the paper (${report.licence.label}); TL;DR: the abstract's conclusion (${report.tldr.length} sentence${report.tldr.length === 1 ? '' : 's'}).`);
    lines.push(`Next: npm run data:check, then npm start (channels that have not chosen a paper read the newest; elsewhere: use ${report.id}).`);
  } else {
    if (report.refused) lines.push(`Not published: ${report.refused}.`);
    lines.push(`Written as a draft: ${dir} (${report.claims} draft candidates; never shown to users). What remains to be done by hand:`);
    report.todo.forEach((t, i) => lines.push(`  ${i + 1}. ${t}`));
    lines.push(`  source-paragraphs.md lists every passage by locator. Meanwhile a channel can already "use ${report.id}" for its bibliographic record.`);
  }
  return lines;
}

export async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error), 1);
  }
  const id = str(args.id);
  if (id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail('--id: lowercase letters, digits and dashes (e.g. lema-2008)');
  const { article, label, sourceUrl, fromCrossref, warnings } = await readArticle(args, config);
  const paperId = id ?? suggestId(article.meta) ?? (article.meta.title ? slug(article.meta.title, 40) : undefined);
  if (!paperId) fail('--id: required (the file gives no author, year or title to name the paper by)');
  if (!args.replace && existsSync(path.join(config.dataDir, paperId))) {
    fail(`${path.join(config.dataDir, paperId)} already exists; choose another --id${id ? '' : ` (the suggested one was ${paperId})`}, or add --replace to overwrite it`, 1);
  }
  let dir: string;
  let report: DraftReport;
  try {
    const prepared = preparePaper(article, { id: paperId, today: new Date().toISOString().slice(0, 10), publish: args.publish === true, ...(sourceUrl ? { sourceUrl } : {}), fromCrossref });
    report = prepared.report;
    dir = writePaperFolder(config.dataDir, prepared.files, { replace: args.replace === true });
  } catch (error) {
    if (error instanceof AddError) fail(`${error.message}${error.problems.length ? `\n  - ${error.problems.join('\n  - ')}` : ''}`, 1);
    throw error;
  }
  process.stdout.write(`${reportLines(report, article, dir, label, warnings).join('\n')}\n`);
  // The whole library must still load: a claim id another paper uses, say, is caught now rather than at start-up.
  try {
    loadLibrary(config.dataDir);
  } catch (error) {
    if (error instanceof DataError) fail(`The library no longer loads:\n  - ${error.problems.join('\n  - ')}`, 1);
    throw error;
  }
  if (args.publish && report.status !== 'published') process.exit(1);
}

if (process.argv[1] && /paper-add\.ts$/.test(process.argv[1])) await main(process.argv.slice(2));
