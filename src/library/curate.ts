import type { IngestConfig } from '../config.js';
import type { Curation, CurationRequest, CurationResult } from '../core/curation.js';
import type { LiveEngine } from '../core/live-engine.js';
import type { Store, StoredPaper } from '../core/store.js';
import { plainAnswer } from '../core/plain-answer.js';
import type { Answer, Paper } from '../core/types.js';
import { validateFiles } from '../ingest/add.js';
import { parseArticleId, type ArticleId, type FetchFailure } from '../ingest/europe-pmc.js';
import type { IngestJob, IngestOutcome } from './ingest-job.js';
import { ingestOffThread } from './off-thread.js';
import type { LibrarySync } from './sync.js';

export interface StoreCurationOptions {
  store: Store;
  live: LiveEngine;
  sync: LibrarySync;
  ingest: IngestConfig;
  /** per request to Europe PMC or Crossref; a slow service counts as down after this long (default 20 s) */
  timeoutMs?: number;
  now?: () => Date;
  /** fetches and drafts the paper; a worker thread by default, so parsing never holds up answers */
  runIngest?: (job: IngestJob) => Promise<IngestOutcome>;
  /** the worker thread could not be used and the paper was read on the main thread: for the log */
  onWorkerFallback?: (error: unknown) => void;
}

/** A curator waits in the chat: a service that has not answered in 20 s is not going to soon. */
const CHAT_FETCH_TIMEOUT_MS = 20_000;

const HAND_FLOW = 'add it by hand instead: `npm run paper:add -- --pmcid <id>` (or `--text FILE`, `--pdf FILE`) on a machine with the repository, then commit data/papers/ and deploy';

const reply = plainAnswer;

const describe = (id: ArticleId) => (id.kind === 'pmcid' ? id.value : id.kind === 'doi' ? `DOI ${id.value}` : `PMID ${id.value}`);

/**
 * The chat's `add`, `remove` and `publish`: the paper-ingestion code fetches and drafts, the store
 * keeps the paper (so it survives restarts and reaches every instance), and the sync rebuilds this
 * instance's index before the curator is answered. Every change is logged with who and when.
 */
export class StoreCuration implements Curation {
  /** one fetch per identifier at a time: a double-clicked `add` is answered once, by the same work */
  private readonly adding = new Map<string, Promise<CurationResult>>();

  constructor(private readonly options: StoreCurationOptions) {}

  add(ref: string, request: CurationRequest): Promise<CurationResult> {
    const id = parseArticleId(ref);
    if (!id) {
      return Promise.resolve({ answer: reply(request.text, `"${ref}" is not a PubMed Central id (PMC2599765), a DOI (10.1289/ehp.11570) or a PubMed id (19079722).`, 'not-found') });
    }
    const key = `${id.kind}:${id.value.toLowerCase()}`;
    const running = this.adding.get(key);
    if (running) return running;
    const work = this.addOnce(id, request).finally(() => this.adding.delete(key));
    this.adding.set(key, work);
    return work;
  }

  async remove(paperId: string, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync } = this.options;
    const paper = live.current.paper(paperId);
    if (live.isShipped(paperId)) {
      return { answer: reply(request.text, `${paper!.data.shortTitle} (${paperId}) ships with the bot in data/papers/${paperId}/: remove that folder and deploy to take it out.`, 'not-found') };
    }
    const removed = await store.removePaper(paperId, { at: this.now(), action: 'remove', paperId, actor: request.actor });
    if (!removed) return { answer: reply(request.text, `No paper "${paperId}" was added from the chat. Papers: ${this.ids()}.`, 'not-found') };
    await sync.refresh();
    const fallback = live.current.paper(live.current.defaultPaperId)!;
    const title = paper ? `${paper.data.shortTitle} (${paperId})` : paperId;
    return { answer: reply(request.text, `Removed ${title} from the library, on every instance. Channels that read it now read ${fallback.data.shortTitle} (${fallback.data.id}).`) };
  }

  async publish(paperId: string, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync } = this.options;
    const stored = (await store.storedPapers()).find((p) => p.id === paperId);
    if (!stored) {
      const why = live.isShipped(paperId) ? `${paperId} ships in data/papers/${paperId}/: set "status": "published" in its paper.json and deploy.` : `No paper "${paperId}" was added from the chat. Papers: ${this.ids()}.`;
      return { answer: reply(request.text, why, 'not-found') };
    }
    if (stored.status === 'published') return { answer: this.welcome(request.text, paperId, `${paperId} is already published; this channel now reads it.`), channelPaper: paperId };
    const parts = { ...stored.parts, paper: { ...stored.parts.paper, status: 'published' } };
    const problems = validateFiles(parts);
    if (problems.length > 0) {
      const shown = problems.slice(0, 4).map((p) => `- ${p}`).join('\n');
      return {
        answer: reply(
          request.text,
          `${paperId} cannot be published yet (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown}${problems.length > 4 ? '\n- …' : ''}\nRewrite its claims with \`npm run library:export -- --id ${paperId}\`, then \`npm run library:import -- --id ${paperId}\`.`,
          'not-found',
        ),
      };
    }
    await store.savePaper({ ...stored, status: 'published', parts }, { at: this.now(), action: 'publish', paperId, actor: request.actor });
    await sync.refresh();
    return { answer: this.welcome(request.text, paperId, `Published ${paperId}; this channel now reads it.`), channelPaper: paperId };
  }

  private async addOnce(id: ArticleId, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync, ingest } = this.options;
    const existing = this.findExisting(id);
    if (existing) {
      const published = existing.data.status === 'published';
      const text = `${existing.data.shortTitle} (${existing.data.id}) is already in the library${published ? '; this channel now reads it' : ' as a draft'}.`;
      return published ? { answer: this.welcome(request.text, existing.data.id, text), channelPaper: existing.data.id } : { answer: reply(request.text, text) };
    }
    await request.progress(`Reading ${describe(id)} from Europe PMC… this takes a few seconds.`);
    const outcome = await this.ingest({
      id,
      europePmcUrl: ingest.europePmcUrl,
      crossrefUrl: ingest.crossrefUrl,
      timeoutMs: this.options.timeoutMs ?? CHAT_FETCH_TIMEOUT_MS,
      today: this.now().toISOString().slice(0, 10),
      taken: live.current.library.papers.map((p) => p.data.id),
    });
    if (!outcome.ok) {
      if (outcome.kind === 'fetch') return { answer: reply(request.text, fetchFailure(id, outcome.reason, outcome.message), 'not-found') };
      if (outcome.kind === 'read') return { answer: reply(request.text, `Europe PMC's XML for ${describe(id)} could not be read (${outcome.message}). Nothing was added; ${HAND_FLOW}.`, 'not-found') };
      return { answer: reply(request.text, `${describe(id)} was fetched but could not be turned into a paper (${outcome.message}). Nothing was added; ${HAND_FLOW}.`, 'not-found') };
    }
    const { paperId, files, report, warnings } = outcome;
    const stored: StoredPaper = { id: paperId, status: report.status, source: describe(id), parts: files, addedBy: request.actor, addedAt: this.now() };
    await store.savePaper(stored, { at: stored.addedAt, action: 'add', paperId, actor: request.actor, detail: `${describe(id)}; ${report.status}; ${report.licence.label}` });
    const applied = await sync.refresh();
    if (!live.current.paper(paperId)) {
      // Stored but not loadable (a bug in the ingester): say so rather than claim success.
      return { answer: reply(request.text, `${describe(id)} was stored as ${paperId} but could not be loaded: ${applied.problems.join('; ')}. Remove it with "remove ${paperId}".`, 'not-found') };
    }
    const licence = report.licence.kind === 'unknown' ? 'no licence this bot recognises' : report.licence.label;
    if (report.status === 'published') {
      const title = live.current.paper(paperId)!.data.shortTitle;
      const lead = `Added ${title} as ${paperId}: ${report.claims} claims, quoted from the paper under its licence (${licence}). This channel now reads it; other channels switch with "use ${paperId}". Its TL;DR:`;
      return { answer: this.welcome(request.text, paperId, lead, warnings), channelPaper: paperId };
    }
    const steps = `To make it askable, a curator rewrites its claims in our own words: \`npm run library:export -- --id ${paperId}\` writes it to data/papers/${paperId}/; edit claims.json there, then \`npm run library:import -- --id ${paperId}\` and "publish ${paperId}" here.`;
    return {
      answer: reply(request.text, `Stored ${live.current.paper(paperId)!.data.shortTitle} as a draft (${paperId}), not published: ${report.refused ?? 'it needs a curator'}. Members cannot question it yet; "use ${paperId}" shows only its bibliographic record. ${steps}`),
    };
  }

  /** The new paper's TL;DR, led by what was done. */
  private welcome(text: string, paperId: string, lead: string, warnings: string[] = []): Answer {
    const summary = this.options.live.current.summary({ paperId }, text);
    return { ...summary, question: text, notices: [lead, ...warnings.map((w) => `Note: ${w}.`), ...summary.notices] };
  }

  private findExisting(id: ArticleId): Paper | undefined {
    const wanted = id.value.toLowerCase();
    return this.options.live.current.library.papers.find((p) => {
      const value = id.kind === 'pmcid' ? p.data.pmcid : id.kind === 'doi' ? p.data.doi : p.data.pmid;
      return typeof value === 'string' && value.toLowerCase() === wanted;
    });
  }

  private ids(): string {
    return this.options.live.current.library.papers.map((p) => p.data.id).join(', ');
  }

  private ingest(job: IngestJob): Promise<IngestOutcome> {
    return this.options.runIngest ? this.options.runIngest(job) : ingestOffThread(job, this.options.onWorkerFallback);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

function fetchFailure(id: ArticleId, reason: FetchFailure, message: string): string {
  switch (reason) {
    case 'not-found':
    case 'invalid-id':
      return `Europe PMC knows no article with ${describe(id)}. Check the identifier (a PMCID looks like PMC2599765). Nothing was added.`;
    case 'not-open-access':
      return `${describe(id)} is not open access in PubMed Central, so its full text cannot be read here. Nothing was added; ${HAND_FLOW}.`;
    default:
      return `Europe PMC could not be reached just now (${message}). Nothing was added: try again in a few minutes, or ${HAND_FLOW}.`;
  }
}
