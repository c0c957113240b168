import type { ArticleMeta, PartialDate } from './article.js';

/**
 * Fetching an open-access article's JATS from Europe PMC's REST API, and bibliographic metadata
 * from Crossref, for the CLI (paper:add --pmcid/--doi/--pmid) and for the chat's `add` command.
 * Takes its base URLs as options (EUROPE_PMC_URL, CROSSREF_URL in config.ts), so tests and
 * mirrors can stand in for the real services. Every failure is a FetchError whose message says
 * what happened and what to do.
 */

export const EUROPE_PMC_DEFAULT_URL = 'https://www.ebi.ac.uk/europepmc/webservices/rest';
export const CROSSREF_DEFAULT_URL = 'https://api.crossref.org';

export { parseArticleId, type ArticleId } from '../core/article-id.js';
import type { ArticleId } from '../core/article-id.js';

export type FetchFailure = 'invalid-id' | 'not-found' | 'not-open-access' | 'unavailable' | 'network' | 'timeout' | 'bad-response';

export class FetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  europePmcUrl?: string;
  crossrefUrl?: string;
  /** per request; a service that has not answered by then counts as down */
  timeoutMs?: number;
  /** further tries after a 5xx or 429 answer */
  retries?: number;
  /** pause before the first retry; doubled each time */
  backoffMs?: number;
  fetch?: typeof fetch;
}

const USER_AGENT = 'journal-club-claims-bot/0.1 (paper:add)';

function describeNetworkError(service: string, base: string, variable: string, error: unknown): FetchError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new FetchError('timeout', `${service} did not answer in time (${base}); it may be slow or down: try again later`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as Error)?.message ?? String(error);
  return new FetchError('network', `could not reach ${service} at ${base} (${code}); check the network connection, or ${variable} if you set it`);
}

async function request(url: string, service: string, base: string, variable: string, accept: string, options: FetchOptions): Promise<{ status: number; body: string }> {
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  let delay = options.backoffMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept, 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw describeNetworkError(service, base, variable, error);
    }
    if ((response.status >= 500 || response.status === 429) && attempt < retries) {
      await response.body?.cancel();
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
      continue;
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      throw new FetchError('unavailable', `${service} answered ${response.status} ${response.statusText || ''}`.trim() + ` ${attempt + 1} times for ${url}; the service is having trouble: try again later`);
    }
    try {
      return { status: response.status, body: await response.text() };
    } catch (error) {
      throw describeNetworkError(service, base, variable, error);
    }
  }
}

interface SearchResult {
  pmid?: string;
  pmcid?: string;
  doi?: string;
  title?: string;
  isOpenAccess?: string;
  inEPMC?: string;
}

async function search(query: string, options: FetchOptions): Promise<SearchResult | undefined> {
  const base = (options.europePmcUrl ?? EUROPE_PMC_DEFAULT_URL).replace(/\/+$/, '');
  const url = `${base}/search?query=${encodeURIComponent(query)}&resultType=core&format=json&pageSize=1`;
  const { status, body } = await request(url, 'Europe PMC', base, 'EUROPE_PMC_URL', 'application/json', options);
  if (status !== 200) throw new FetchError('bad-response', `Europe PMC answered ${status} to a search for ${query}`);
  try {
    const parsed = JSON.parse(body) as { resultList?: { result?: SearchResult[] } };
    return parsed.resultList?.result?.[0];
  } catch {
    throw new FetchError('bad-response', `Europe PMC's answer to a search for ${query} was not JSON`);
  }
}

export interface FetchedArticle {
  xml: string;
  pmcid: string;
  /** where the article can be read (Europe PMC's page) */
  sourceUrl: string;
}

const describeId = (id: ArticleId) => (id.kind === 'pmcid' ? id.value : id.kind === 'doi' ? `DOI ${id.value}` : `PMID ${id.value}`);

/** The article's JATS, by PMCID directly, or by DOI or PMID through a search that finds its PMCID and open-access status. */
export async function fetchJats(id: ArticleId, options: FetchOptions = {}): Promise<FetchedArticle> {
  const base = (options.europePmcUrl ?? EUROPE_PMC_DEFAULT_URL).replace(/\/+$/, '');
  let pmcid: string;
  let found: SearchResult | undefined;
  if (id.kind === 'pmcid') {
    pmcid = id.value;
  } else {
    // A DOI may hold characters the query language reads (a quote ends the phrase): they are dropped,
    // and the hit must carry the identifier asked for, not merely be the search's first answer.
    const query = id.kind === 'doi' ? `DOI:"${id.value.replace(/["\\]/g, '')}"` : `EXT_ID:${id.value} AND SRC:MED`;
    const hit = await search(query, options);
    found = hit && (id.kind === 'doi' ? hit.doi?.toLowerCase() === id.value.toLowerCase() : hit.pmid === id.value) ? hit : undefined;
    if (!found) throw new FetchError('not-found', `Europe PMC knows no article with ${describeId(id)}; check the identifier`);
    if (!found.pmcid) {
      throw new FetchError('not-open-access', `${describeId(id)} ("${found.title ?? 'untitled'}") has no full text in PubMed Central / Europe PMC, so it cannot be read automatically: add it by hand from its text (npm run paper:add -- --text FILE or --pdf FILE)`);
    }
    if (found.isOpenAccess === 'N') {
      throw new FetchError('not-open-access', `${describeId(id)} (${found.pmcid}, "${found.title ?? 'untitled'}") is not open access, so its full text cannot be fetched: add it by hand from its text (npm run paper:add -- --text FILE or --pdf FILE)`);
    }
    pmcid = found.pmcid;
  }
  const url = `${base}/${encodeURIComponent(pmcid)}/fullTextXML`;
  const { status, body } = await request(url, 'Europe PMC', base, 'EUROPE_PMC_URL', 'application/xml', options);
  if (status === 404) {
    // Europe PMC answers 404 both for unknown ids and for articles outside the open-access subset: ask which.
    found ??= await search(`PMCID:${pmcid}`, options).catch(() => undefined);
    if (found && found.isOpenAccess === 'N') {
      throw new FetchError('not-open-access', `${pmcid} ("${found.title ?? 'untitled'}") is not open access, so its full text cannot be fetched: add it by hand from its text (npm run paper:add -- --text FILE or --pdf FILE)`);
    }
    throw new FetchError(
      'not-found',
      found
        ? `Europe PMC lists ${pmcid} ("${found.title ?? 'untitled'}") but serves no full text for it (it may be outside the open-access subset): add it by hand from its text (npm run paper:add -- --text FILE or --pdf FILE)`
        : `Europe PMC has no article ${pmcid}; check the identifier`,
    );
  }
  if (status !== 200) throw new FetchError('bad-response', `Europe PMC answered ${status} for ${url}`);
  if (!/<article[\s>]/.test(body)) throw new FetchError('bad-response', `Europe PMC's answer for ${pmcid} is not a JATS article`);
  return { xml: body, pmcid, sourceUrl: `https://europepmc.org/article/PMC/${pmcid}` };
}

interface CrossrefWork {
  title?: string[];
  author?: Array<{ given?: string; family?: string; name?: string; affiliation?: Array<{ name?: string }> }>;
  'container-title'?: string[];
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  'article-number'?: string;
  'published-print'?: { 'date-parts'?: number[][] };
  'published-online'?: { 'date-parts'?: number[][] };
  issued?: { 'date-parts'?: number[][] };
  license?: Array<{ URL?: string; 'content-version'?: string }>;
}

/** Crossref's record of a DOI, or undefined when Crossref has none; network trouble is a FetchError. */
export async function fetchCrossref(doi: string, options: FetchOptions = {}): Promise<CrossrefWork | undefined> {
  const base = (options.crossrefUrl ?? CROSSREF_DEFAULT_URL).replace(/\/+$/, '');
  const url = `${base}/works/${encodeURIComponent(doi)}`;
  const { status, body } = await request(url, 'Crossref', base, 'CROSSREF_URL', 'application/json', options);
  if (status === 404) return undefined;
  if (status !== 200) throw new FetchError('bad-response', `Crossref answered ${status} for ${url}`);
  try {
    return (JSON.parse(body) as { message?: CrossrefWork }).message;
  } catch {
    throw new FetchError('bad-response', `Crossref's answer for ${doi} was not JSON`);
  }
}

function crossrefDate(parts: number[][] | undefined): PartialDate | undefined {
  const [year, month, day] = parts?.[0] ?? [];
  if (!year) return undefined;
  return { year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) };
}

/** Fills only what the XML left out; returns the names of the fields Crossref supplied. */
export function fillFromCrossref(meta: ArticleMeta, work: CrossrefWork): string[] {
  const filled: string[] = [];
  const fill = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K] | undefined, name: string) => {
    const current = meta[key];
    const empty = current === undefined || (Array.isArray(current) && current.length === 0);
    if (empty && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      meta[key] = value;
      filled.push(name);
    }
  };
  fill('title', work.title?.[0], 'title');
  const people = (work.author ?? []).filter((a) => a.family || a.name);
  if (meta.authors.length === 0 && people.length > 0) {
    meta.authors = people.map((a) => a.name ?? [a.given, a.family].filter(Boolean).join(' '));
    meta.surnames = people.map((a) => a.family ?? a.name!);
    filled.push('authors');
    if (meta.affiliations.length === 0) {
      const places = new Map<string, string[]>();
      people.forEach((a, i) => a.affiliation?.forEach((aff) => aff.name && places.set(aff.name, [...(places.get(aff.name) ?? []), meta.authors[i]!])));
      meta.affiliations = [...places].map(([name, authors]) => ({ name, authors }));
      if (meta.affiliations.length > 0) filled.push('affiliations');
    }
  }
  fill('journal', work['container-title']?.[0], 'journal');
  fill('publisher', work.publisher, 'publisher');
  fill('volume', work.volume, 'volume');
  fill('issue', work.issue, 'issue');
  if (!meta.pages && !meta.elocation) {
    if (work.page) {
      meta.pages = work.page.replace('-', '–');
      filled.push('pages');
    } else if (work['article-number']) {
      meta.elocation = work['article-number'];
      filled.push('article number');
    }
  }
  if (!meta.published.print && !meta.published.online && !meta.published.collection) {
    const print = crossrefDate(work['published-print']?.['date-parts']);
    const online = crossrefDate(work['published-online']?.['date-parts']) ?? crossrefDate(work.issued?.['date-parts']);
    if (print) meta.published.print = print;
    if (online) meta.published.online = online;
    if (print || online) filled.push('publication date');
  }
  if (!meta.licence) {
    const vor = work.license?.find((l) => l['content-version'] === 'vor' && l.URL) ?? work.license?.find((l) => l.URL && /creativecommons/.test(l.URL));
    if (vor?.URL) {
      meta.licence = { url: vor.URL, text: null };
      filled.push('licence');
    }
  }
  return filled;
}
