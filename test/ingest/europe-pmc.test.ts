import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPaper } from '../../src/ingest/add.js';
import { FetchError, fetchJats, parseArticleId, type ArticleId } from '../../src/ingest/europe-pmc.js';
import { freePort } from '../helpers/process.js';
import { FIXTURE_ARTICLES, startEuropePmcStandin, type Standin } from '../helpers/europe-pmc-standin.js';

describe('fetching open-access JATS from Europe PMC (loopback stand-in)', () => {
  let standin: Standin;
  const opts = () => ({ europePmcUrl: standin.url, crossrefUrl: standin.crossrefUrl, timeoutMs: 2000, backoffMs: 10 });

  beforeAll(async () => {
    standin = await startEuropePmcStandin([
      ...FIXTURE_ARTICLES,
      { pmcid: 'PMC1000001', pmid: '1000001', doi: '10.1000/closed', title: 'A subscription-only article', file: 'mds526.nxml', openAccess: false },
      { pmcid: 'PMC1000002', title: 'Flaky server', file: 'ehp-116-1694.nxml', failures: 1 },
      { pmcid: 'PMC1000003', title: 'Broken server', file: 'ehp-116-1694.nxml', failures: 99 },
      { pmcid: 'PMC1000004', title: 'Slow server', file: 'ehp-116-1694.nxml', hang: true },
      { pmcid: 'PMC1000005', pmid: '1000005', title: 'Only an abstract in PubMed' },
    ]);
  });
  afterAll(() => standin.close());

  const reason = async (id: ArticleId, extra = {}) => {
    const error = await fetchJats(id, { ...opts(), ...extra }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  };

  it('reads identifiers the way people paste them', () => {
    expect(parseArticleId('pmc2599765')).toEqual({ kind: 'pmcid', value: 'PMC2599765' });
    expect(parseArticleId('https://doi.org/10.1289/ehp.11570')).toEqual({ kind: 'doi', value: '10.1289/ehp.11570' });
    expect(parseArticleId('PMID: 19079722')).toEqual({ kind: 'pmid', value: '19079722' });
    expect(parseArticleId('not an id')).toBeUndefined();
  });

  it('fetches by PMCID directly, and by DOI or PMID through a search for the PMCID', async () => {
    const byPmcid = await fetchPaper({ kind: 'pmcid', value: 'PMC2599765' }, opts());
    expect(byPmcid.article.meta.doi).toBe('10.1289/ehp.11570');
    const before = standin.requests.length;
    const byDoi = await fetchPaper({ kind: 'doi', value: '10.1093/annonc/mds526' }, opts());
    expect(byDoi.article.meta.pmcid).toBe('PMC3574550');
    expect(standin.requests.slice(before)).toEqual([
      `/europepmc/webservices/rest/search?query=${encodeURIComponent('DOI:"10.1093/annonc/mds526"')}&resultType=core&format=json&pageSize=1`,
      '/europepmc/webservices/rest/PMC3574550/fullTextXML',
    ]);
    const byPmid = await fetchPaper({ kind: 'pmid', value: '18405359' }, opts());
    expect(byPmid.article.meta.title).toMatch(/^The Dutch version of the Oral Health Impact Profile/);
  });

  it('takes what the XML lacks from Crossref, and says so', async () => {
    const fetched = await fetchPaper({ kind: 'pmcid', value: 'PMC2329613' }, opts());
    expect(fetched.article.meta.issue).toBe('1');
    expect(fetched.fromCrossref).toEqual(['issue']);
    // What the XML has is kept, not overwritten by Crossref.
    expect(fetched.article.meta.volume).toBe('8');
  });

  it('a Crossref outage only warns: the record is as the XML gives it', async () => {
    const fetched = await fetchPaper({ kind: 'pmcid', value: 'PMC2329613' }, { ...opts(), crossrefUrl: `http://127.0.0.1:${await freePort()}` });
    expect(fetched.article.meta.issue).toBeUndefined();
    expect(fetched.warnings.join(' ')).toMatch(/Crossref: could not reach Crossref/);
  });

  it('says clearly when an article is not open access, whichever id was given', async () => {
    for (const id of [{ kind: 'doi', value: '10.1000/closed' }, { kind: 'pmid', value: '1000001' }, { kind: 'pmcid', value: 'PMC1000001' }] as ArticleId[]) {
      const error = await reason(id);
      expect(error.reason).toBe('not-open-access');
      expect(error.message).toMatch(/is not open access.*--text FILE or --pdf FILE/);
    }
    const noFullText = await reason({ kind: 'pmid', value: '1000005' });
    expect(noFullText.message).toMatch(/PMC1000005.*not open access|no full text/);
  });

  it('says when nothing has that id', async () => {
    expect((await reason({ kind: 'pmcid', value: 'PMC999999999' })).reason).toBe('not-found');
    const doi = await reason({ kind: 'doi', value: '10.9999/nothing' });
    expect(doi.reason).toBe('not-found');
    expect(doi.message).toMatch(/knows no article with DOI 10\.9999\/nothing/);
  });

  it("does not take a search's first hit for the article asked for when it carries another identifier", async () => {
    // A search engine that answers every query with the same article, as a fuzzy match might.
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ hitCount: 1, resultList: { result: [{ pmid: '19079722', pmcid: 'PMC2599765', doi: '10.1289/ehp.11570', title: 'Something else', isOpenAccess: 'Y' }] } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const wrong = await fetchJats({ kind: 'doi', value: '10.1000/"other' }, { europePmcUrl: url, timeoutMs: 2000 }).catch((e: FetchError) => e);
      expect((wrong as FetchError).reason).toBe('not-found');
      const wrongPmid = await fetchJats({ kind: 'pmid', value: '123' }, { europePmcUrl: url, timeoutMs: 2000 }).catch((e: FetchError) => e);
      expect((wrongPmid as FetchError).reason).toBe('not-found');
    } finally {
      server.close();
    }
  });

  it('retries a server error, then gives up with a clear message', async () => {
    const flaky = await fetchJats({ kind: 'pmcid', value: 'PMC1000002' }, opts());
    expect(flaky.xml).toMatch(/<article/);
    const broken = await reason({ kind: 'pmcid', value: 'PMC1000003' });
    expect(broken.reason).toBe('unavailable');
    expect(broken.message).toMatch(/Europe PMC answered 500.*3 times.*try again later/);
  });

  it('a slow service times out, and a service that is down is named with its variable', async () => {
    const slow = await reason({ kind: 'pmcid', value: 'PMC1000004' }, { timeoutMs: 300 });
    expect(slow.reason).toBe('timeout');
    expect(slow.message).toMatch(/did not answer in time/);
    const down = await reason({ kind: 'pmcid', value: 'PMC2599765' }, { europePmcUrl: `http://127.0.0.1:${await freePort()}/rest` });
    expect(down.reason).toBe('network');
    expect(down.message).toMatch(/could not reach Europe PMC at http:\/\/127\.0\.0\.1:\d+\/rest \(ECONNREFUSED\).*EUROPE_PMC_URL/);
  });
});
