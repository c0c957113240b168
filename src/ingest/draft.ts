import type { PaperParts } from '../core/store.js';
import { classifyLicence, type Licence } from '../core/licence.js';
import { sentencesOf } from '../core/paragraphs.js';
import { isStopWord, tokenize } from '../core/text.js';
import type { Evidence } from '../core/types.js';
import { FILLER_RANK, wordRank } from '../core/words.js';
import { glossaryCandidates } from './abbreviations.js';
import type { Article, ArticleMeta, ArticlePassage, PartialDate } from './article.js';
import { dominantEvidence, guessEvidence } from './evidence.js';
import { CITATION_MARK, withoutMarks } from './xml.js';

/**
 * Article -> the files of data/papers/<id>/: paper.json from the bibliographic record (absent
 * fields left out and reported, never filled with placeholders), passages.json with the text
 * behind every locator, claims.json with one candidate per sentence, glossary.json from the
 * abbreviations the paper defines. Published at once only when asked and the licence permits
 * quoting; then the candidates are quotations and the TL;DR the abstract's own conclusion.
 */

export interface DraftOptions {
  id: string;
  /** YYYY-MM-DD, the paper's addedOn */
  today: string;
  publish: boolean;
  /** where the source file came from, for the source's link when there is no DOI */
  sourceUrl?: string;
  /** fields that came from Crossref rather than the file, for the report */
  fromCrossref?: string[];
}

/** The files a paper folder holds: the same four parts the store keeps. */
export type PaperFiles = PaperParts;

export interface DraftReport {
  id: string;
  status: 'published' | 'draft';
  licence: Licence;
  /** bibliographic fields the file does not give */
  missing: string[];
  fromCrossref: string[];
  passages: number;
  claims: number;
  quotations: number;
  /** sentences not offered as claims: too long for one claim (over 400 characters) */
  tooLong: number;
  glossary: number;
  tldr: string[];
  /** why --publish was refused, when it was */
  refused?: string;
  /** what a curator still has to do, in order */
  todo: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayText = (d: PartialDate) => [d.day, d.month ? MONTHS[d.month - 1] : undefined, d.year].filter(Boolean).join(' ');
const isoText = (d: PartialDate) => [String(d.year), d.month ? String(d.month).padStart(2, '0') : undefined, d.month && d.day ? String(d.day).padStart(2, '0') : undefined].filter(Boolean).join('-');

export const slug = (text: string, max = 60): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/¶/g, 'p')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

/** "lema-2008": first author's family name and year, the way people refer to papers. */
export function suggestId(meta: ArticleMeta): string | undefined {
  const year = (meta.published.print ?? meta.published.collection ?? meta.published.online)?.year;
  const who = meta.surnames[0] ? slug(meta.surnames[0], 30) : undefined;
  if (who && year) return `${who}-${year}`;
  if (meta.title) {
    const words = tokenize(meta.title).filter((w) => !isStopWord(w) && w.length > 2).slice(0, 4);
    const base = slug(words.join(' '), 40);
    return base ? (year ? `${base}-${year}` : base) : undefined;
  }
  return undefined;
}

function shortTitleOf(title: string, year: number | undefined): string {
  const suffix = year ? ` (${year})` : '';
  const head = title.split(/:\s/)[0]!;
  if (head.length <= 70) return `${head}${suffix}`;
  const cut = head.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60).replace(/[,;:–-]+$/, '')}…${suffix}`;
}

function citationTitle(meta: ArticleMeta, year: number | undefined): string | undefined {
  const n = meta.surnames.length;
  const who = n === 0 ? undefined : n === 1 ? meta.surnames[0] : n === 2 ? `${meta.surnames[0]} and ${meta.surnames[1]}` : `${meta.surnames[0]} et al.`;
  const where = [meta.journal, [meta.volume, meta.issue ? `(${meta.issue})` : ''].join('') || undefined].filter(Boolean).join(' ');
  const pages = meta.pages ? `:${meta.pages}` : meta.elocation ? `:${meta.elocation}` : '';
  // Without authors the paper is named by its title.
  const parts = [who ?? meta.title, where ? `${where}${meta.volume ? pages : ''}` : undefined].filter(Boolean).join(', ');
  return parts ? `${parts}${year ? ` (${year})` : ''}` : meta.title;
}

/** The date as "It was published in …" reads it: "the December 2008 issue (online 1 August 2008)". */
function dateText(meta: ArticleMeta): string | undefined {
  if (meta.dateText) return meta.dateText;
  const { print, online, collection } = meta.published;
  const issueDate = print ?? collection;
  const onlineNote = online && (!issueDate || dayText(online) !== dayText(issueDate)) ? `online ${dayText(online)}` : undefined;
  if (issueDate?.month) return `the ${MONTHS[issueDate.month - 1]} ${issueDate.year} issue${onlineNote ? ` (published ${onlineNote})` : ''}`;
  if (issueDate) return `${issueDate.year}${onlineNote ? ` (${onlineNote})` : ''}`;
  if (online) return dayText(online);
  return undefined;
}

/** A sentence worth offering as a claim: a whole sentence of words, not a statistic, a link or a fragment. */
function claimWorthy(sentence: string): boolean {
  if (sentence.length < 25) return false;
  const words = sentence.split(/\s+/);
  if (words.length < 5) return false;
  if (/^\p{Ll}/u.test(sentence) && !/\p{Lu}/u.test(words[0]!)) return false;
  if (!/[.!?]["”’)\]]?$/.test(sentence)) return false;
  if (/https?:\/\/|www\./i.test(sentence)) return false;
  const visible = sentence.replace(/\s/g, '');
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  return letters / visible.length >= 0.55;
}

const TLDR_SECTION = /^Abstract \((conclusions?|interpretation|summary|significance|implications?)\)/i;
const TLDR_SENTENCE = /^(in conclusion|we conclude|our (results|findings|data) (suggest|indicate|show)|these (results|findings|data) (suggest|indicate|show))/i;

interface Candidate {
  id: string;
  text: string;
  passage: ArticlePassage;
  evidence: Evidence;
}

function candidatesOf(article: Article, id: string, fallback: Evidence): { candidates: Candidate[]; tooLong: number } {
  const candidates: Candidate[] = [];
  const ids = new Set<string>();
  let tooLong = 0;
  for (const passage of article.passages) {
    if (!passage.candidates) continue;
    const base = `${id}-${slug(passage.locator)}`;
    sentencesOf(passage.marked).forEach((marked, i) => {
      const text = withoutMarks(marked);
      if (!claimWorthy(text)) return;
      if (text.length > 400) {
        tooLong++;
        return;
      }
      let claimId = `${base}-s${i + 1}`;
      for (let n = 2; ids.has(claimId); n++) claimId = `${base}-s${i + 1}-${n}`;
      ids.add(claimId);
      const evidence = guessEvidence(text, { section: passage.locator.replace(/\s*¶\d+$/, ''), citesOthers: marked.includes(CITATION_MARK), fallback, kind: passage.kind });
      candidates.push({ id: claimId, text, passage, evidence });
    });
  }
  return { candidates, tooLong };
}

function tldrOf(candidates: Candidate[]): string[] {
  const conclusion = candidates.filter((c) => TLDR_SECTION.test(c.passage.locator));
  if (conclusion.length > 0) return conclusion.slice(0, 3).map((c) => c.id);
  const abstract = candidates.filter((c) => c.passage.kind === 'abstract');
  const stated = abstract.filter((c) => TLDR_SENTENCE.test(c.text));
  if (stated.length > 0) return stated.slice(0, 2).map((c) => c.id);
  return abstract.length > 0 ? [abstract.at(-1)!.id] : [];
}

/** "Abstract (Patients and methods)" -> abstract, patients, methods: the section a question may name ("what methods…"). */
function tagsOf(locator: string): string[] {
  const words = locator
    .replace(/¶\d+/g, '')
    .toLowerCase()
    .split(/[()]|\s+and\s+|\s+legend$|\s+caption$/)
    .map((w) => w.trim())
    .filter((w) => w && !/^\d+$/.test(w));
  return [...new Set(words)];
}

/** A glossary term that is also a common word ("OR", "IT") would capture every question using the word. */
function usableTerm(term: string): boolean {
  const tokens = tokenize(term);
  return tokens.length > 0 && !tokens.every((t) => isStopWord(t) || wordRank(t) <= FILLER_RANK);
}

function glossaryOf(article: Article): Array<Record<string, unknown>> {
  const candidates = glossaryCandidates(article.passages.filter((p) => p.kind !== 'press').map((p) => ({ locator: p.locator, sentences: sentencesOf(p.text) })));
  const ids = new Set<string>();
  return candidates
    .filter((c) => usableTerm(c.term))
    .flatMap((c) => {
      const id = slug(c.term, 40) || slug(c.long, 40);
      if (!id || ids.has(id)) return [];
      ids.add(id);
      // "Polybrominated diphenyl ether" opened a sentence; "Oral Health Impact Profile" is a name.
      const [head = '', ...rest] = c.long.split(/\s+/);
      const long = /^\p{Lu}\p{Ll}+$/u.test(head) && rest.every((w) => !/\p{Lu}/u.test(w)) ? c.long.charAt(0).toLowerCase() + c.long.slice(1) : c.long;
      return [{ id, term: c.term, aliases: [c.long, ...c.aliases].filter((a) => a !== c.term), definition: `Short for ${long}, as the paper defines it.`, sources: [{ source: 'paper', locator: c.locator }] }];
    });
}

/** Up to six topics for suggestions: the paper's keywords, else its most used abbreviations, each found in two claims or more. */
function topicsOf(meta: ArticleMeta, candidates: Candidate[], glossary: Array<Record<string, unknown>>): Array<{ id: string; label: string; question: string; claims: string[] }> {
  const labels = [...meta.keywords, ...glossary.map((g) => String(g.term))];
  const topics: Array<{ id: string; label: string; question: string; claims: string[] }> = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const id = slug(label, 40);
    if (!id || seen.has(id)) continue;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?=$|[^\\p{L}\\p{N}])`, 'iu');
    const claims = candidates.filter((c) => pattern.test(c.text)).map((c) => c.id);
    if (claims.length < 2) continue;
    seen.add(id);
    // Quoted: a keyword may be an adjective ("socio-economic"), which reads badly bare.
    topics.push({ id, label, question: `What does the paper report about “${label}”?`, claims });
    if (topics.length === 6) break;
  }
  return topics;
}

export function draftPaper(article: Article, options: DraftOptions): { files: PaperFiles; report: DraftReport } {
  const { meta } = article;
  const licence = classifyLicence(meta.licence ?? undefined);
  const year = (meta.published.print ?? meta.published.collection ?? meta.published.online)?.year;
  const fallback = dominantEvidence(
    article.passages.filter((p) => p.kind === 'abstract' || /method/i.test(p.section)).map((p) => p.text),
    meta.articleType,
  );
  const { candidates, tooLong } = candidatesOf(article, options.id, article.kind === 'press' ? 'press-statement' : fallback);
  const sourceId = article.kind === 'press' ? 'press' : 'paper';
  const quotable = article.kind === 'paper' && licence.permitsQuoting;
  const glossary = article.kind === 'paper' ? glossaryOf(article) : [];
  const topics = topicsOf(meta, candidates, glossary);
  const tldr = tldrOf(candidates);

  const missing: string[] = [];
  const need = (name: string, value: unknown) => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) missing.push(name);
  };
  need('title', meta.title);
  need('authors', meta.authors);
  if (article.kind === 'paper') {
    need('affiliations', meta.affiliations);
    need('journal', meta.journal);
    need('publication date', dateText(meta));
    need('volume', meta.volume);
    need('pages or article number', meta.pages ?? meta.elocation);
    need('DOI', meta.doi);
    need('PMID', meta.pmid);
    need('PMCID', meta.pmcid);
    need('licence', meta.licence);
    need('abstract', article.passages.find((p) => p.kind === 'abstract'));
  }

  let refused: string | undefined;
  if (options.publish) {
    if (article.kind === 'press') refused = 'a press article is restated in our own words before it is published';
    else if (article.format === 'pdf') refused = 'text extracted from a PDF is a best effort and carries no licence: its candidates are drafts to check and rewrite';
    else if (!licence.permitsQuoting) refused = licence.kind === 'unknown' ? `the file states no licence this bot recognises (${meta.licence?.url ?? meta.licence?.text ?? 'none'}), so its text is treated as copyrighted` : `its licence is ${licence.label}: ${licence.allows}`;
    else if (tldr.length === 0) refused = 'the file has no abstract to take the TL;DR from';
    else if (meta.authors.length === 0) refused = 'the file names no authors';
  }
  const publish = options.publish && !refused;

  // The record of the paper itself, whether read from its XML or given by the curator beside a press article.
  const cite = [{ source: 'paper', locator: 'bibliographic record' }];
  const date = dateText(meta);
  const doiUrl = meta.doi ? `https://doi.org/${meta.doi}` : undefined;
  const title = meta.title ?? 'Untitled';
  const paper: Record<string, unknown> = {
    id: options.id,
    status: publish ? 'published' : 'draft',
    addedOn: options.today,
    shortTitle: shortTitleOf(title, year),
    title,
    ...(meta.authors.length > 0 ? { authors: meta.authors } : {}),
    ...(meta.affiliations.length > 0 ? { affiliations: meta.affiliations } : {}),
    ...(meta.authors[0] ? { firstAuthor: { name: meta.authors[0], cite } } : {}),
    correspondingAuthors: meta.correspondingAuthors.length > 0 ? meta.correspondingAuthors : null,
    ...(meta.journal ? { journal: { name: meta.journal, ...(meta.publisher ? { publisher: meta.publisher } : {}), cite } } : {}),
    ...(date ? { date: { text: date, cite } } : {}),
    volume: meta.volume ?? null,
    issue: meta.issue ?? null,
    pages: meta.pages ?? null,
    articleNumber: meta.pages ? null : (meta.elocation ?? null),
    doi: meta.doi ?? null,
    pmid: meta.pmid ?? null,
    pmcid: meta.pmcid ?? null,
    url: doiUrl ?? (meta.pmcid ? `https://europepmc.org/article/PMC/${meta.pmcid}` : article.kind === 'paper' ? (options.sourceUrl ?? null) : null),
    ...(meta.licence ? { licence: meta.licence } : {}),
    sources: [
      ...(article.kind === 'press'
        ? [
            {
              id: 'press',
              kind: 'press',
              title: article.press?.headline ?? `Press article${article.press?.publisher ? ` in ${article.press.publisher}` : ''}`,
              publisher: article.press?.publisher ?? null,
              date: article.press?.date ?? null,
              url: article.press?.url ?? options.sourceUrl ?? null,
            },
          ]
        : []),
      {
        id: 'paper',
        kind: 'paper',
        title: citationTitle(meta, year) ?? title,
        publisher: meta.publisher ?? null,
        date: (meta.published.print ?? meta.published.online ?? meta.published.collection) ? isoText((meta.published.print ?? meta.published.online ?? meta.published.collection)!) : null,
        url: doiUrl ?? (article.kind === 'paper' ? (options.sourceUrl ?? null) : null),
      },
    ],
    tldr,
    topics: topics.map(({ id, label, question }) => ({ id, label, question })),
    openQuestions: [],
  };

  const topicIdsOf = (claimId: string) => topics.filter((t) => t.claims.includes(claimId)).map((t) => t.id);
  const claims = candidates.map((c) => ({
    id: c.id,
    ...(publish ? {} : { draft: true }),
    ...(quotable ? { quote: true } : {}),
    text: c.text,
    sources: [{ source: sourceId, locator: c.passage.locator }],
    evidence: c.evidence,
    tags: tagsOf(c.passage.locator),
    topics: topicIdsOf(c.id),
  }));
  const passages = article.passages.map((p) => ({ source: sourceId, locator: p.locator, text: p.text }));

  const todo: string[] = [];
  if (!publish) {
    if (quotable) {
      todo.push('claims.json: keep the candidates worth quoting (each stays a quotation of its passage) and remove "draft": true from them; delete the rest');
    } else {
      todo.push(`claims.json: rewrite the candidates worth keeping in your own words (${article.kind === 'press' ? 'a press article is never quoted' : licence.allows.split(', so ')[0]!.replace(/^it /, 'the licence: it ')}); give each a lasting id, check its evidence, remove "draft": true; delete the rest`);
    }
    if (tldr.length === 0) todo.push('paper.json tldr: list the ids of two or three claims that summarise the paper');
    else todo.push(`paper.json tldr: ${tldr.join(', ')} ${quotable ? 'quote' : 'come from'} the abstract's conclusion; keep them${quotable ? '' : ' once rewritten'} or choose others`);
    if (meta.authors.length === 0) todo.push('paper.json authors: add the authors, in the paper\'s order');
    todo.push('paper.json status: set "published" when no drafts remain; npm run data:check says what is still missing');
  }

  return {
    files: { paper, claims, glossary, passages },
    report: {
      id: options.id,
      status: publish ? 'published' : 'draft',
      licence,
      missing,
      fromCrossref: options.fromCrossref ?? [],
      passages: passages.length,
      claims: claims.length,
      quotations: quotable ? claims.length : 0,
      tooLong,
      glossary: glossary.length,
      tldr,
      ...(refused ? { refused } : {}),
      todo,
    },
  };
}
