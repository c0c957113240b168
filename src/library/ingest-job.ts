import type { PaperParts } from '../core/store.js';
import { AddError, fetchPaper, preparePaper } from '../ingest/add.js';
import { slug, suggestId, type DraftReport } from '../ingest/draft.js';
import { FetchError, type ArticleId, type FetchFailure } from '../ingest/europe-pmc.js';
import { JatsError } from '../ingest/jats.js';

/** What the chat's `add` asks of the ingester: plain data, so it can cross to a worker thread. */
export interface IngestJob {
  id: ArticleId;
  europePmcUrl: string;
  crossrefUrl: string;
  timeoutMs: number;
  /** YYYY-MM-DD, the paper's addedOn */
  today: string;
  /** paper ids already in the library: the new one gets a free one */
  taken: string[];
}

export type IngestOutcome =
  | { ok: true; paperId: string; files: PaperParts; report: DraftReport; warnings: string[] }
  | { ok: false; kind: 'fetch'; reason: FetchFailure; message: string }
  | { ok: false; kind: 'read' | 'prepare'; message: string };

/** Fetch, read and draft one article: the slow, CPU-heavy part of an add (tens of milliseconds of parsing). */
export async function ingest(job: IngestJob): Promise<IngestOutcome> {
  try {
    const fetched = await fetchPaper(job.id, { europePmcUrl: job.europePmcUrl, crossrefUrl: job.crossrefUrl, timeoutMs: job.timeoutMs });
    const { article } = fetched;
    const paperId = freeId(suggestId(article.meta) || slug(article.meta.title ?? '', 40) || slug(job.id.value, 40) || 'paper', new Set(job.taken));
    const { files, report } = preparePaper(article, { id: paperId, today: job.today, publish: true, sourceUrl: fetched.sourceUrl, fromCrossref: fetched.fromCrossref });
    return { ok: true, paperId, files, report, warnings: fetched.warnings };
  } catch (error) {
    if (error instanceof FetchError) return { ok: false, kind: 'fetch', reason: error.reason, message: error.message };
    if (error instanceof JatsError) return { ok: false, kind: 'read', message: error.message };
    if (error instanceof AddError) return { ok: false, kind: 'prepare', message: error.problems[0] ?? error.message };
    throw error;
  }
}

/** The suggested id, or the same with -2, -3… when a paper already has it. */
function freeId(root: string, taken: Set<string>): string {
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  return id;
}
