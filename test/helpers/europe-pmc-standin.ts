import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * A loopback stand-in for Europe PMC's REST API (search and fullTextXML) and Crossref's
 * /works/{doi}, serving the JATS fixtures. Behaviour per article lets tests reach each failure:
 * not open access, unknown, server errors (a number of 500s before it recovers), and a slow
 * answer that never comes.
 */

export const JATS_DIR = fileURLToPath(new URL('../fixtures/jats/', import.meta.url));

export interface StandinArticle {
  pmcid: string;
  pmid?: string;
  doi?: string;
  title: string;
  /** fixture file name; absent: no full text */
  file?: string;
  /** the fixture's XML changed before it is served (another article's identifiers, say) */
  rewrite?: (xml: string) => string;
  openAccess?: boolean;
  /** answer 500 this many times before answering properly */
  failures?: number;
  /** never answer the full text (the client's timeout must fire) */
  hang?: boolean;
  /** Crossref's record for its DOI */
  crossref?: Record<string, unknown>;
}

export const FIXTURE_ARTICLES: StandinArticle[] = [
  { pmcid: 'PMC2599765', pmid: '19079722', doi: '10.1289/ehp.11570', title: 'Dietary Exposure to PBDE-47 Alters Thyroid Status', file: 'ehp-116-1694.nxml' },
  { pmcid: 'PMC3574550', pmid: '23149571', doi: '10.1093/annonc/mds526', title: 'Socio-demographic inequalities in stage of cancer diagnosis', file: 'mds526.nxml' },
  {
    pmcid: 'PMC2329613',
    pmid: '18405359',
    doi: '10.1186/1472-6831-8-11',
    title: 'The Dutch version of the Oral Health Impact Profile (OHIP-NL)',
    file: '1472-6831-8-11.nxml',
    // BMC's XML has no issue number; Crossref's record has one.
    crossref: { DOI: '10.1186/1472-6831-8-11', issue: '1', volume: '8', 'container-title': ['BMC Oral Health'] },
  },
];

export interface Standin {
  url: string;
  crossrefUrl: string;
  /** request paths in arrival order */
  requests: string[];
  close(): Promise<void>;
}

export async function startEuropePmcStandin(articles: StandinArticle[] = FIXTURE_ARTICLES): Promise<Standin> {
  const requests: string[] = [];
  const failuresLeft = new Map(articles.map((a) => [a.pmcid, a.failures ?? 0]));
  const hanging = new Set<ServerResponse>();
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const asResult = (a: StandinArticle) => ({ id: a.pmid ?? a.pmcid, source: 'MED', pmid: a.pmid, pmcid: a.pmcid, doi: a.doi, title: a.title, isOpenAccess: a.openAccess === false ? 'N' : 'Y', inEPMC: a.file ? 'Y' : 'N' });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const search = /^\/europepmc\/webservices\/rest\/search$/.exec(url.pathname);
    if (search) {
      const query = url.searchParams.get('query') ?? '';
      const found = articles.find(
        (a) =>
          (a.doi && query === `DOI:"${a.doi}"`) ||
          (a.pmid && query === `EXT_ID:${a.pmid} AND SRC:MED`) ||
          query === `PMCID:${a.pmcid}`,
      );
      json(res, 200, { hitCount: found ? 1 : 0, resultList: { result: found ? [asResult(found)] : [] } });
      return;
    }
    const full = /^\/europepmc\/webservices\/rest\/(PMC\d+)\/fullTextXML$/.exec(url.pathname);
    if (full) {
      const article = articles.find((a) => a.pmcid === full[1]);
      if (article?.hang) {
        hanging.add(res);
        return;
      }
      const left = failuresLeft.get(full[1]!) ?? 0;
      if (left > 0) {
        failuresLeft.set(full[1]!, left - 1);
        res.writeHead(500).end('Internal Server Error');
        return;
      }
      if (!article || !article.file || article.openAccess === false) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml' });
      const xml = readFileSync(`${JATS_DIR}${article.file}`, 'utf8');
      res.end(article.rewrite ? article.rewrite(xml) : xml);
      return;
    }
    const works = /^\/crossref\/works\/(.+)$/.exec(url.pathname);
    if (works) {
      const doi = decodeURIComponent(works[1]!);
      const article = articles.find((a) => a.doi === doi);
      if (!article?.crossref) json(res, 404, { status: 'error', message: 'Resource not found.' });
      else json(res, 200, { status: 'ok', message: article.crossref });
      return;
    }
    res.writeHead(404).end();
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/europepmc/webservices/rest`,
    crossrefUrl: `http://127.0.0.1:${port}/crossref`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
