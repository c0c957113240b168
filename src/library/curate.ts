import type { IngestConfig } from '../config.js';
import type { Curation, CurationRequest, CurationResult } from '../core/curation.js';
import type { LiveEngine } from '../core/live-engine.js';
import type { Store, StoredPaper } from '../core/store.js';
import { plainAnswer } from '../core/plain-answer.js';
import type { Answer, Paper } from '../core/types.js';
import { renamePaper, validateFiles } from '../ingest/add.js';
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
    // A second request for the same paper (a double click, another curator) is told at once too.
    if (running) return request.progress(`${describe(id)} is already being read for another request; the outcome follows here.`).then(() => running);
    const work = this.addOnce(id, request).finally(() => this.adding.delete(key));
    this.adding.set(key, work);
    return work;
  }

  async remove(paperId: string, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync } = this.options;
    const paper = live.current.paper(paperId);
    const shipped = live.isShipped(paperId);
    const removed = await store.removePaper(paperId, { at: this.now(), action: 'remove', paperId, actor: request.actor }, { keepChannels: shipped });
    if (shipped) {
      // A stored copy of a shipped paper (imported, then committed to data/) is never read: it can go.
      const also = removed ? 'The stored copy of it was removed; ' : '';
      return { answer: reply(request.text, `${also}${paper!.data.shortTitle} (${paperId}) ships with the bot in data/papers/${paperId}/: remove that folder and deploy to take it out.`, removed ? 'command' : 'not-found') };
    }
    if (!removed) return { answer: reply(request.text, `No paper "${paperId}" was added from the chat. Papers: ${this.ids()}.`, 'not-found') };
    await sync.refresh();
    const fallback = live.current.paper(live.current.defaultPaperId)!;
    const title = paper ? `${paper.data.shortTitle} (${paperId})` : paperId;
    return { answer: reply(request.text, `Removed ${title} from the library, on every instance. Channels that had chosen it go back to the newest paper, ${fallback.data.shortTitle} (${fallback.data.id}).`), removed: paperId };
  }

  async publish(paperId: string, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync } = this.options;
    if (live.isShipped(paperId)) {
      return { answer: reply(request.text, `${paperId} ships in data/papers/${paperId}/, which wins over any stored copy: set "status": "published" in its paper.json and deploy.`, 'not-found') };
    }
    const stored = await store.storedPaper(paperId);
    if (!stored) return { answer: reply(request.text, `No paper "${paperId}" was added from the chat. Papers: ${this.ids()}.`, 'not-found') };
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
    // Only a draft still stored is published: a remove or a publish that won the race stays won.
    if (!(await store.publishPaper(paperId, parts, { at: this.now(), action: 'publish', paperId, actor: request.actor }))) {
      await sync.refresh();
      return { answer: reply(request.text, `${paperId} is no longer a stored draft (removed or published a moment ago). "papers" lists what is here.`, 'not-found') };
    }
    await sync.refresh();
    return { answer: this.welcome(request.text, paperId, `Published ${paperId}; this channel now reads it.`), channelPaper: paperId };
  }

  private async addOnce(id: ArticleId, request: CurationRequest): Promise<CurationResult> {
    const { live, store, sync, ingest } = this.options;
    const existing = this.findExisting(id);
    if (existing) return this.alreadyHere(existing, request.text);
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
    const { report, warnings } = outcome;
    // Fetched, the paper's other identifiers are known: one of them may already be in the library.
    const known = this.findExistingRecord(outcome.files.paper);
    if (known) return this.alreadyHere(known, request.text);
    // The id is claimed in the store, not just checked here: another curator, on any instance, may be
    // adding another paper that suggests the same id at this moment.
    const taken = new Set([...live.current.library.papers.map((p) => p.data.id), ...(await store.storedPaperVersions()).map((v) => v.id)]);
    const at = this.now();
    let paperId = '';
    for (let n = 1; n <= 50 && !paperId; n++) {
      const candidate = n === 1 ? outcome.paperId : `${outcome.paperId}-${n}`;
      if (taken.has(candidate)) continue;
      const renamed = renamePaper(outcome.files, candidate);
      const stored: StoredPaper = { id: candidate, status: report.status, source: describe(id), parts: renamed, addedBy: request.actor, addedAt: at };
      const added = await store.addPaper(stored, { at, action: 'add', paperId: candidate, actor: request.actor, detail: `${describe(id)}; ${report.status}; ${report.licence.label}` });
      if (added.added) paperId = candidate;
      else if (added.sameArticle) {
        // Another curator (here or on another instance) stored this article a moment ago.
        await sync.refresh();
        const there = live.current.paper(added.sameArticle);
        if (there) return this.alreadyHere(there, request.text);
        return { answer: reply(request.text, `${describe(id)} is already stored as ${added.sameArticle}.`) };
      }
    }
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
    const steps = `To make it askable, a curator rewrites its claims in our own words: \`npm run library:export -- --id ${paperId}\` writes it to data/curation/${paperId}/; edit claims.json there (and the TL;DR in paper.json), then \`npm run library:import -- --id ${paperId}\` and "publish ${paperId}" here.`;
    return {
      answer: reply(request.text, `Stored ${live.current.paper(paperId)!.data.shortTitle} as a draft (${paperId}), not published: ${report.refused ?? 'it needs a curator'}. Members cannot question it until it is published. ${steps}`),
    };
  }

  /** The new paper's TL;DR, led by what was done. */
  private welcome(text: string, paperId: string, lead: string, warnings: string[] = []): Answer {
    const summary = this.options.live.current.summary({ paperId }, text);
    return { ...summary, question: text, notices: [lead, ...warnings.map((w) => `Note: ${w}.`), ...summary.notices] };
  }

  private alreadyHere(existing: Paper, text: string): CurationResult {
    const published = existing.data.status === 'published';
    const lead = `${existing.data.shortTitle} (${existing.data.id}) is already in the library${published ? '; this channel now reads it' : ' as a draft'}.`;
    return published ? { answer: this.welcome(text, existing.data.id, lead), channelPaper: existing.data.id } : { answer: reply(text, lead) };
  }

  /** A paper in the library sharing any identifier with this record (the shipped ones may lack some). */
  private findExistingRecord(record: Record<string, unknown>): Paper | undefined {
    for (const kind of ['pmcid', 'doi', 'pmid'] as const) {
      const value = record[kind];
      if (typeof value !== 'string' || !value) continue;
      const found = this.findExisting({ kind, value } as ArticleId);
      if (found) return found;
    }
    return undefined;
  }

  private findExisting(id: ArticleId): Paper | undefined {
    const wanted = id.value.toLowerCase();
    return this.options.live.current.library.papers.find((p) => {
      const value = id.kind === 'pmcid' ? p.data.pmcid : id.kind === 'doi' ? p.data.doi : p.data.pmid;
      if (typeof value !== 'string') return false;
      // PubMed ids compare as numbers ("019079722" is 19079722).
      return id.kind === 'pmid' ? Number(value) === Number(wanted) : value.toLowerCase() === wanted;
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
