import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { loadLibrary } from '../../src/core/library.js';
import { LiveEngine } from '../../src/core/live-engine.js';
import { Responder, type Request } from '../../src/core/respond.js';
import type { Store } from '../../src/core/store.js';
import { StoreCuration } from '../../src/library/curate.js';
import { LibrarySync } from '../../src/library/sync.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { DATA_DIR } from '../helpers/engine.js';
import { FIXTURE_ARTICLES, startEuropePmcStandin, type Standin } from '../helpers/europe-pmc-standin.js';
import { waitFor } from '../helpers/process.js';

/**
 * `add`, `remove` and `publish` from the chat, in one process over a real SQLite store and the
 * loopback Europe PMC stand-in: who may, what each outcome says, what is stored and logged, and
 * that the engine answers from a new paper at once and after a restart.
 */

const shipped = loadLibrary(DATA_DIR);
let europePmc: Standin;

beforeAll(async () => {
  europePmc = await startEuropePmcStandin([
    ...FIXTURE_ARTICLES,
    { pmcid: 'PMC1000001', title: 'A paywalled study', file: 'ehp-116-1694.nxml', openAccess: false },
    { pmcid: 'PMC1000002', title: 'A server in trouble', file: 'ehp-116-1694.nxml', failures: 10 },
    { pmcid: 'PMC1000003', title: 'A server that never answers', file: 'ehp-116-1694.nxml', hang: true },
    // Another article by the same first author in the same year: it suggests the same paper id.
    { pmcid: 'PMC9000001', title: 'A second Lema 2008 paper', file: 'ehp-116-1694.nxml', rewrite: (xml) => withIds(xml, { pmid: '19999999', pmc: '9000001', doi: '10.9999/lema.two' }).replace('<article-title>Dietary', '<article-title>SECOND PAPER: Dietary') },
    // A shipped paper (which records no PMCID) served under a PMCID: its DOI, read after the fetch, gives it away.
    { pmcid: 'PMC7000007', title: 'The brain-metastasis paper again', file: 'ehp-116-1694.nxml', rewrite: (xml) => withIds(xml, { pmid: '17000007', pmc: '7000007', doi: '10.1186/s40164-025-00713-9' }) },
  ]);
});
afterAll(() => europePmc.close());

function withIds(xml: string, ids: { pmid: string; pmc: string; doi: string }): string {
  return xml
    .replace('<article-id pub-id-type="pmid">19079722</article-id>', `<article-id pub-id-type="pmid">${ids.pmid}</article-id>`)
    .replace('<article-id pub-id-type="pmc">2599765</article-id>', `<article-id pub-id-type="pmc">${ids.pmc}</article-id>`)
    .replace('<article-id pub-id-type="doi">10.1289/ehp.11570</article-id>', `<article-id pub-id-type="doi">${ids.doi}</article-id>`);
}

interface Instance {
  store: Store;
  live: LiveEngine;
  sync: LibrarySync;
  responder: Responder;
  progress: string[];
  ask(text: string, who?: Partial<Request>): Promise<ReturnType<Responder['handle']> extends Promise<infer A> ? A : never>;
}

let file = '';
const open: Instance[] = [];

async function instance(options: { curators?: string[]; pollMs?: number } = {}): Promise<Instance> {
  const store = openSqliteStore(file);
  const live = new LiveEngine(shipped, (library) => new Engine(library));
  const sync = new LibrarySync(store, live, { pollMs: options.pollMs ?? 60_000 });
  await sync.load();
  const curation = new StoreCuration({ store, live, sync, ingest: { europePmcUrl: europePmc.url, crossrefUrl: europePmc.crossrefUrl }, timeoutMs: 400 });
  const responder = new Responder(live, { store, channelPapers: await store.channelPapers(), curation, curators: new Set(options.curators ?? []) });
  sync.follow((channels) => responder.replaceChannelPapers(channels));
  const progress: string[] = [];
  const made: Instance = {
    store,
    live,
    sync,
    responder,
    progress,
    ask: (text, who = {}) => responder.handle({ platform: 'terminal', conversationId: 'club', channelId: 'club', text, progress: async (m) => void progress.push(m), ...who }),
  };
  open.push(made);
  return made;
}

beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'claims-curate-')), 'claims.db');
  europePmc.requests.length = 0;
});
afterEach(async () => {
  for (const i of open.splice(0)) {
    i.sync.stop();
    await i.store.close();
  }
});

const fullTextFetches = () => europePmc.requests.filter((r) => r.includes('fullTextXML')).length;
const paperIdsOf = (answer: { citations: Array<{ paperId: string }> }) => [...new Set(answer.citations.map((c) => c.paperId))];

describe('a curator adds an open-access paper from the chat', () => {
  it('says it is reading, answers with the TL;DR, its licence and claim count, and the channel questions it at once', async () => {
    const a = await instance();
    const added = await a.ask('add PMC2599765');
    expect(a.progress).toEqual(['Reading PMC2599765 from Europe PMC… this takes a few seconds.']);
    expect(added.answered).toBe(true);
    expect(added.notices[0]).toMatch(/^Added .+ as lema-2008: \d+ claims, quoted from the paper under its licence \(public domain\)\. This channel now reads it/);
    expect(paperIdsOf(added)).toEqual(['lema-2008']);
    // The next question in that channel goes to the new paper, with citations into it.
    const asked = await a.ask('what happened to plasma T4 in the rats?');
    expect(asked.answered).toBe(true);
    expect(paperIdsOf(asked)).toEqual(['lema-2008']);
    // The paper's own sentences include its methods: a question about findings gets findings first,
    // a question about method gets the method.
    const found = await a.ask('what happened to T4?');
    expect(found.citations[0]!.source.locator).not.toMatch(/Methods/);
    const how = await a.ask('how did they measure T4?');
    expect(how.citations[0]!.source.locator).toMatch(/Methods/);
    // Other channels keep theirs until they choose it.
    const elsewhere = await a.ask('what does IL26 activate?', { channelId: 'other', conversationId: 'other' });
    expect(paperIdsOf(elsewhere)).toEqual(['bm-caf-il26-2025']);
    const changes = await a.store.libraryChanges(5);
    expect(changes.map((c) => [c.action, c.paperId, c.actor])).toEqual([['add', 'lema-2008', 'terminal']]);
  });

  it('keeps the paper across a restart: a new process on the same store answers from it', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    a.sync.stop();
    await a.store.close();
    open.splice(open.indexOf(a), 1);
    const restarted = await instance();
    expect(restarted.responder.paperFor('club')).toBe('lema-2008');
    expect(paperIdsOf(await restarted.ask('what happened to plasma T4 in the rats?'))).toEqual(['lema-2008']);
  });

  it('fetches once when the same add arrives twice at once (a double click), tells both at once, and adds one paper', async () => {
    const a = await instance();
    const [first, second] = await Promise.all([a.ask('add PMC2599765'), a.ask('add pmcid: pmc2599765')]);
    expect(fullTextFetches()).toBe(1);
    expect(a.progress).toEqual(['Reading PMC2599765 from Europe PMC… this takes a few seconds.', 'PMC2599765 is already being read for another request; the outcome follows here.']);
    expect(first.notices[0]).toBe(second.notices[0]);
    expect((await a.store.storedPapers()).map((p) => p.id)).toEqual(['lema-2008']);
  });

  it('recognises a paper it already holds, by any of its identifiers, without fetching it again', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    europePmc.requests.length = 0;
    const again = await a.ask('add https://doi.org/10.1289/ehp.11570', { channelId: 'other', conversationId: 'other' });
    expect(again.notices[0]).toMatch(/is already in the library; this channel now reads it/);
    expect(europePmc.requests).toEqual([]);
    expect(a.responder.paperFor('other')).toBe('lema-2008');
  });

  it('gives two different papers that suggest the same id, added at once, an id each: neither overwrites the other', async () => {
    const a = await instance();
    const b = await instance();
    const [first, second] = await Promise.all([a.ask('add PMC2599765'), b.ask('add PMC9000001', { channelId: 'other', conversationId: 'other' })]);
    const ids = [first, second].map((answer) => /as (lema-2008(?:-2)?):/.exec(answer.notices[0] ?? '')?.[1]).sort();
    expect(ids).toEqual(['lema-2008', 'lema-2008-2']);
    // Whichever came first has the plain id; both are stored, each under its own.
    const stored = await a.store.storedPapers();
    expect(stored.map((p) => p.id).sort()).toEqual(['lema-2008', 'lema-2008-2']);
    expect(stored.map((p) => p.source).sort()).toEqual(['PMC2599765', 'PMC9000001']);
    await a.sync.refresh();
    const secondId = stored.find((p) => p.source === 'PMC9000001')!.id;
    expect(a.responder.engine.paper(secondId)?.data.title).toMatch(/^SECOND PAPER/);
    expect(a.responder.engine.library.claimById.has(`${secondId}-abstract-conclusions-s1`)).toBe(true);
  });

  it('stores an article once when two instances add it at once by different identifiers', async () => {
    const a = await instance();
    const b = await instance();
    const [first, second] = await Promise.all([a.ask('add PMC2599765'), b.ask('add 10.1289/ehp.11570', { channelId: 'other', conversationId: 'other' })]);
    expect((await a.store.storedPapers()).map((p) => p.id)).toEqual(['lema-2008']);
    for (const answer of [first, second]) expect(answer.notices[0]).toMatch(/^Added .+ as lema-2008:|\(lema-2008\) is already in the library/);
  });

  it('never brings back a paper removed while someone publishes it', async () => {
    const a = await instance();
    const b = await instance();
    await a.ask('add PMC2599765');
    const [stored] = await a.store.storedPapers();
    await a.store.savePaper({ ...stored!, status: 'draft' }, { at: new Date(), action: 'import', paperId: 'lema-2008', actor: 'cli:alice' });
    await Promise.all([a.sync.refresh(), b.sync.refresh()]);
    const [published, removed] = await Promise.all([a.ask('publish lema-2008'), b.ask('remove lema-2008', { channelId: 'other', conversationId: 'other' })]);
    expect(removed.summary).toMatch(/^Removed /);
    expect(await a.store.storedPapers()).toEqual([]);
    // Whichever came first, the publisher is not told of a paper that is gone.
    if (!/^No paper|no longer a stored draft/.test(published.summary)) expect(published.notices[0]).toBe('Published lema-2008; this channel now reads it.');
  });

  it('recognises a paper already in the library by an identifier learnt only from the fetched article', async () => {
    const a = await instance();
    const answer = await a.ask('add PMC7000007');
    expect(answer.notices[0]).toMatch(/\(bm-caf-il26-2025\) is already in the library; this channel now reads it/);
    expect(await a.store.storedPapers()).toEqual([]);
  });

  it('stores a paper whose licence forbids quoting as a draft, says why and what the organiser can do, and leaves the channel as it was', async () => {
    const a = await instance();
    const answer = await a.ask('add PMC3574550');
    expect(answer.summary).toMatch(/as a draft \(lyratzopoulos-2013\), not published: its licence is CC BY-NC 3\.0/);
    expect(answer.summary).toContain('npm run library:export -- --id lyratzopoulos-2013');
    expect(answer.summary).toContain('Members cannot question it until it is published.');
    expect((await a.ask('use lyratzopoulos-2013')).summary).toMatch(/It is still a draft: only its record \(title, authors, journal, date\) can be asked about/);
    await a.ask('use bm-caf-il26-2025');
    expect((await a.store.storedPapers()).map((p) => [p.id, p.status])).toEqual([['lyratzopoulos-2013', 'draft']]);
    expect(a.responder.paperFor('club')).toBe('bm-caf-il26-2025');
    // Publishing it unchanged is refused: its claims are still drafts to rewrite in our own words.
    const publish = await a.ask('publish lyratzopoulos-2013');
    expect(publish.answered).toBe(false);
    expect(publish.summary).toMatch(/cannot be published yet \(\d+ problems?\):\n- .*draft/);
  });
});

describe('what an add that cannot be done says', () => {
  it.each([
    ['PMC9999999', /Europe PMC knows no article with PMC9999999\. Check the identifier/],
    ['PMC1000001', /PMC1000001 is not open access in PubMed Central.*npm run paper:add/],
    ['PMC1000002', /Europe PMC could not be reached just now \(.*500.*\)\. Nothing was added: try again in a few minutes, or add it by hand/],
    ['PMC1000003', /Europe PMC could not be reached just now \(Europe PMC did not answer in time.*\)\. Nothing was added/],
    ['10.9999/nothing.here', /Europe PMC knows no article with DOI 10\.9999\/nothing\.here/],
  ])('add %s', async (ref, expected) => {
    const a = await instance();
    const answer = await a.ask(`add ${ref}`);
    expect(answer.answered).toBe(false);
    expect(answer.summary).toMatch(expected);
    expect(await a.store.storedPapers()).toEqual([]);
    expect(await a.store.libraryChanges(5)).toEqual([]);
  }, 15_000);

  it('asks for an identifier when none is given, and treats other words after "add" as a question', async () => {
    const a = await instance();
    expect((await a.ask('add')).summary).toMatch(/Give the paper's identifier: `add PMC2599765`/);
    const question = await a.ask('add to that: what does IL26 activate?');
    expect(question.reason).not.toBe('not-allowed');
    expect(europePmc.requests).toEqual([]);
  });
});

describe('who may change the library', () => {
  const slackUser = (userId: string, isAdmin?: () => Promise<boolean>): Partial<Request> => ({ platform: 'slack', userId, ...(isAdmin ? { isAdmin } : {}) });

  it('refuses everyone but the platform administrators when CURATORS is unset, before fetching anything', async () => {
    const a = await instance();
    const refused = await a.ask('add PMC2599765', slackUser('U0MEMBER', async () => false));
    expect(refused.reason).toBe('not-allowed');
    expect(refused.summary).toMatch(/Only the journal club's curators can change the library/);
    expect(europePmc.requests).toEqual([]);
    // An administrator check that fails (no users:read scope, an API error) refuses rather than allows.
    const failed = await a.ask('add PMC2599765', slackUser('U0MEMBER', async () => Promise.reject(new Error('missing_scope'))));
    expect(failed.reason).toBe('not-allowed');
    const admin = await a.ask('add PMC2599765', slackUser('U0ADMIN', async () => true));
    expect(admin.answered).toBe(true);
    expect((await a.store.libraryChanges(1))[0]!.actor).toBe('slack:U0ADMIN');
  });

  it('with CURATORS set, allows exactly those listed (bare or platform-prefixed ids), administrators or not', async () => {
    const a = await instance({ curators: ['U0CURATOR', 'discord:4242'] });
    expect((await a.ask('remove lema-2008', slackUser('U0ADMIN', async () => true))).reason).toBe('not-allowed');
    expect((await a.ask('remove lema-2008', { platform: 'discord', userId: '4242' })).summary).toMatch(/No paper "lema-2008" was added from the chat/);
    expect((await a.ask('remove lema-2008', { platform: 'slack', userId: '4242' })).reason).toBe('not-allowed');
    expect((await a.ask('add PMC2599765', slackUser('U0CURATOR'))).answered).toBe(true);
  });

  it('never runs a command found in someone else\'s message handed to the bot ("Ask about this message")', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    const asked = await a.ask('remove lema-2008', { asQuestion: true });
    expect(asked.summary).not.toMatch(/Removed/);
    expect(a.responder.engine.paper('lema-2008')).toBeDefined();
    expect(await a.store.libraryChanges(5)).toHaveLength(1);
  });

  it('never lets a curator command through the synchronous path, which has no store', () => {
    const responder = new Responder(new Engine(shipped));
    const answer = responder.respond({ platform: 'cli', conversationId: 'c', text: 'add PMC2599765' });
    expect(answer.summary).toMatch(/npm run paper:add -- --pmcid/);
    expect(europePmc.requests).toEqual([]);
  });
});

describe('remove and publish', () => {
  it('removes a paper added from the chat, logs who did it, and sends its channels back to the newest shipped paper', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    const removed = await a.ask('remove lema-2008', { platform: 'discord', userId: '77', isAdmin: async () => true });
    expect(removed.summary).toMatch(/^Removed .+ \(lema-2008\) from the library, on every instance\. Channels that had chosen it go back to the newest paper, .+ \(bm-caf-il26-2025\)\./);
    expect(a.responder.engine.paper('lema-2008')).toBeUndefined();
    expect(a.responder.paperFor('club')).toBe('bm-caf-il26-2025');
    expect((await a.store.libraryChanges(5)).map((c) => `${c.actor} ${c.action}`)).toEqual(['discord:77 remove', 'terminal add']);
    // The channel's choice is forgotten too: a paper added again under that id later is not quietly theirs.
    expect((await a.store.channelPapers()).has('club')).toBe(false);
  });

  it('goes on answering a conversation whose last question named a paper since removed', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    await a.ask('use bm-caf-il26-2025');
    const named = await a.ask('in the Lema 2008 paper, what happened to plasma T4?');
    expect(paperIdsOf(named)).toEqual(['lema-2008']);
    await a.ask('remove lema-2008');
    // A follow-up reads against the last question's paper, which is gone: the channel's paper answers, and says so.
    const first = await a.ask('and what about the brain?');
    expect(first.notices[0]).toBe('The paper this conversation was about (lema-2008) is no longer in the library; this answer comes from the channel\'s paper.');
    for (const question of ['and what does IL26 activate?', 'how many were there?']) {
      const followUp = await a.ask(question);
      expect(followUp.reason, question).not.toBe('not-allowed');
      expect(paperIdsOf(followUp).filter((id) => id !== 'bm-caf-il26-2025'), question).toEqual([]);
    }
  });

  it('will not remove a paper that ships in data/, and says where it lives', async () => {
    const a = await instance();
    const answer = await a.ask('remove caf-il6-stat3-2017');
    expect(answer.summary).toMatch(/ships with the bot in data\/papers\/caf-il6-stat3-2017\//);
    expect(a.responder.engine.paper('caf-il6-stat3-2017')).toBeDefined();
  });

  it('publishes a stored draft that passes the checks, and the channel reads it', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    const [stored] = await a.store.storedPapers();
    // As library:import leaves a reviewed paper whose paper.json still says draft.
    await a.store.savePaper({ ...stored!, status: 'draft' }, { at: new Date(), action: 'import', paperId: 'lema-2008', actor: 'cli:alice' });
    await a.sync.refresh();
    await a.ask('use bm-caf-il26-2025');
    const published = await a.ask('publish lema-2008');
    expect(published.notices[0]).toBe('Published lema-2008; this channel now reads it.');
    expect(a.responder.paperFor('club')).toBe('lema-2008');
    expect((await a.store.storedPapers())[0]!.status).toBe('published');
  });
});

describe('every instance sharing the store', () => {
  it('sees a paper added, a channel choice and a removal made on another instance, without a restart', async () => {
    const a = await instance({ pollMs: 50 });
    const b = await instance({ pollMs: 50 });
    await a.ask('add PMC2599765');
    await waitFor(() => (b.responder.paperFor('club') === 'lema-2008' ? true : undefined), 'instance B to read the new paper');
    expect(paperIdsOf(await b.ask('what happened to plasma T4 in the rats?'))).toEqual(['lema-2008']);
    await a.ask('use caf-il6-stat3-2017');
    await waitFor(() => (b.responder.paperFor('club') === 'caf-il6-stat3-2017' ? true : undefined), 'instance B to see the channel choice');
    await a.ask('remove lema-2008');
    await waitFor(() => (b.responder.engine.paper('lema-2008') === undefined ? true : undefined), 'instance B to drop the paper');
  });

  it('leaves out a stored paper that no longer loads, names it, and answers from the rest', async () => {
    const a = await instance();
    await a.ask('add PMC2599765');
    const [stored] = await a.store.storedPapers();
    await a.store.savePaper({ ...stored!, id: 'broken', parts: { ...stored!.parts, claims: [{ id: 'x' }] } }, { at: new Date(), action: 'import', paperId: 'broken', actor: 'cli:bob' });
    await a.store.savePaper({ ...stored!, id: 'bm-caf-il26-2025' }, { at: new Date(), action: 'import', paperId: 'bm-caf-il26-2025', actor: 'cli:bob' });
    const result = await a.sync.refresh();
    expect(result.problems).toEqual([
      expect.stringMatching(/^stored paper "bm-caf-il26-2025" is left out: a paper with that id ships in data\/papers\/bm-caf-il26-2025/),
      expect.stringMatching(/^stored paper "broken" is left out: /),
    ]);
    expect(a.responder.engine.library.papers.map((p) => p.data.id).sort()).toEqual(['bm-caf-il26-2025', 'caf-il6-stat3-2017', 'lema-2008']);
    expect(paperIdsOf(await a.ask('what does IL26 activate?', { channelId: 'other', conversationId: 'other' }))).toEqual(['bm-caf-il26-2025']);
    // The shadowed copy can be removed; the shipped paper stays, and so do the channels reading it.
    await a.ask('use bm-caf-il26-2025');
    const removed = await a.ask('remove bm-caf-il26-2025');
    expect(removed.summary).toMatch(/^The stored copy of it was removed; .+ \(bm-caf-il26-2025\) ships with the bot/);
    expect((await a.store.channelPapers()).get('club')).toBe('bm-caf-il26-2025');
    expect(a.responder.paperFor('club')).toBe('bm-caf-il26-2025');
  });
});

describe('a conversation after the channel changes paper', () => {
  it('follows the channel to the paper it chose, instead of staying with a paper an earlier question named', async () => {
    const a = await instance();
    const named = await a.ask('in the Oncotarget paper, what did blocking IL-6 do?');
    expect(paperIdsOf(named)).toEqual(['caf-il6-stat3-2017']);
    await a.ask('use bm-caf-il26-2025');
    const next = await a.ask('and what did blocking do?');
    expect(paperIdsOf(next)).toEqual(['bm-caf-il26-2025']);
  });

  it('reads a question of its own after a named paper as new, not as a repeat of the last answer', async () => {
    const a = await instance();
    const named = await a.ask('in the Oncotarget paper, what did blocking IL-6 do?');
    const count = await a.ask('how many patients were studied?');
    expect(count.summary).not.toBe(named.summary);
    expect(count.summary).toMatch(/^The sources don't give that/);
    const everywhere = await a.ask('all: how many patients were studied?');
    expect(everywhere.summary).not.toBe(named.summary);
  });
});
