import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, DiscordEmulator, ORGANISER_ROLE_ID } from '../helpers/discord-emulator.js';
import { startEuropePmcStandin, type Standin } from '../helpers/europe-pmc-standin.js';
import { freshDatabase, PG_URL } from '../helpers/postgres.js';
import { freePort, startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';
import { BOT_USER_ID, eventBody, FORM, JSON_TYPE, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

/**
 * Adding this week's paper from the chat, end to end: the real server processes, signed Slack
 * requests and the real discord.js client, the loopback Europe PMC stand-in, and a real store
 * (PostgreSQL shared by two instances; SQLite for one).
 */

if (!PG_URL) console.warn('\n*** two-instance library test SKIPPED: set TEST_DATABASE_URL (bash scripts/test-postgres.sh) ***\n');

const SECRET = 'abcdef0123456789abcdef0123456789';
const CURATOR = 'U0CURATOR';
const QUESTION = 'what happened to plasma T4 in the rats?';
let slack: SlackStandIn;
let europePmc: Standin;
const running: RunningProcess[] = [];

beforeAll(async () => {
  slack = new SlackStandIn();
  await slack.start();
  europePmc = await startEuropePmcStandin();
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  await slack?.stop();
  await europePmc?.close();
});

interface Bot {
  process: RunningProcess;
  port: number;
}

async function startSlackBot(store: Record<string, string>, port?: number): Promise<Bot> {
  const at = port ?? (await freePort());
  const process = startMain({
    SLACK_BOT_TOKEN: 'xoxb-1-2-library',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_HOOKS_URL: slack.hooksUrl,
    PORT: String(at),
    RATE_LIMIT_PER_MINUTE: '0',
    CURATORS: CURATOR,
    EUROPE_PMC_URL: europePmc.url,
    CROSSREF_URL: europePmc.crossrefUrl,
    ...store,
  });
  running.push(process);
  await waitFor(async () => ((await fetch(`http://127.0.0.1:${at}/healthz`)).ok ? true : undefined), () => `the bot on ${at}\n${process.stderr()}`);
  return { process, port: at };
}

async function stop(bot: Bot): Promise<void> {
  await bot.process.stop();
  running.splice(running.indexOf(bot.process), 1);
}

let responses = 0;
/** A signed /claims from `user` in #journal-club: the acknowledgement's text and the response URL's id. */
async function slash(bot: Bot, text: string, user = 'U0001'): Promise<{ ack: string; responseId: string }> {
  const responseId = `r${++responses}`;
  const res = await postToBot(bot.port, slashCommandBody(text, slack.responseUrl(responseId), '/claims', user), FORM, { secret: SECRET });
  expect(res.status).toBe(200);
  return { ack: res.text, responseId };
}

/** Asks until the answer cites the added paper (or `ms` pass); the elapsed time is returned. */
async function answeredFromNewPaper(bot: Bot, ms: number): Promise<number> {
  const started = Date.now();
  await waitFor(async () => ((await slash(bot, QUESTION)).ack.includes('Lema et al.') ? true : undefined), `an answer from the new paper on port ${bot.port}`, ms);
  return Date.now() - started;
}

async function addedOn(bot: Bot): Promise<Record<string, any>> {
  const { ack, responseId } = await slash(bot, 'add PMC2599765', CURATOR);
  expect(JSON.parse(ack).text).toBe('Reading PMC2599765 from Europe PMC… this takes a few seconds.');
  const [response] = await waitFor(() => (slack.responses(responseId).length > 0 ? slack.responses(responseId) : undefined), `the add's outcome at ${responseId}\n${bot.process.stderr()}`);
  return response!.body;
}

describe.skipIf(!PG_URL)('two Slack instances sharing PostgreSQL', () => {
  it('a curator adds on A, B answers from the paper within 5 s, both keep it after a restart, a member cannot add, and remove takes it away everywhere', async () => {
    const store = { DATABASE_URL: await freshDatabase('library') };
    let a = await startSlackBot(store);
    let b = await startSlackBot(store);

    const refused = JSON.parse((await slash(a, 'add PMC2599765', 'U0MEMBER')).ack);
    expect(refused.text).toMatch(/Only the journal club's curators can change the library/);
    expect(europePmc.requests).toEqual([]);

    const outcome = await addedOn(a);
    // Announced in the channel, with the TL;DR quoted from the paper.
    expect(outcome.response_type).toBe('in_channel');
    expect(JSON.stringify(outcome.blocks)).toMatch(/Added .+ as lema-2008: \d+ claims, quoted from the paper under its licence \(public domain\)/);
    expect(JSON.stringify(outcome.blocks)).toContain('Lema et al.');
    expect(await answeredFromNewPaper(b, 5000)).toBeLessThan(5000);

    const ports = [a.port, b.port];
    await Promise.all([stop(a), stop(b)]);
    [a, b] = [await startSlackBot(store, ports[0]), await startSlackBot(store, ports[1])];
    expect((await slash(a, QUESTION)).ack).toContain('Lema et al.');
    expect((await slash(b, QUESTION)).ack).toContain('Lema et al.');

    // A channel's choice made on one instance holds on the other at once (LISTEN/NOTIFY), not at its restart.
    await slash(a, 'use caf-il6-stat3-2017');
    await waitFor(async () => ((await slash(b, 'what did blocking the signal reverse?')).ack.includes('Wang et al.') ? true : undefined), 'instance B to follow the channel choice', 2000);
    await slash(b, 'use lema-2008');

    const removed = JSON.parse((await slash(b, 'remove lema-2008', CURATOR)).ack);
    expect(removed.text ?? JSON.stringify(removed.blocks)).toMatch(/Removed .+ \(lema-2008\) from the library, on every instance/);
    await waitFor(async () => (!(await slash(a, 'papers')).ack.includes('lema-2008') ? true : undefined), 'instance A to drop the paper', 5000);
    expect((await slash(a, QUESTION)).ack).not.toContain('Lema et al.');
  }, 90_000);
});

describe('one instance on SQLite', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    if (bot) await stop(bot);
  });

  it('adds from the chat, answers from the paper, keeps it across a restart, and removes it', async () => {
    const store = { DATABASE_PATH: tempDatabase() };
    bot = await startSlackBot(store);
    europePmc.requests.length = 0;
    const outcome = await addedOn(bot);
    expect(outcome.response_type).toBe('in_channel');
    expect((await slash(bot, QUESTION)).ack).toContain('Lema et al.');
    const port = bot.port;
    await stop(bot);
    bot = await startSlackBot(store, port);
    expect((await slash(bot, QUESTION)).ack).toContain('Lema et al.');
    expect(europePmc.requests.filter((r) => r.includes('fullTextXML'))).toHaveLength(1);
    await slash(bot, 'remove lema-2008', CURATOR);
    expect((await slash(bot, 'papers')).ack).not.toContain('lema-2008');

    // A mention: a "Reading…" reply in the thread at once, which the outcome then replaces (one message, edited).
    const ts = '1700000900.000100';
    const mention = eventBody('EvLibraryAdd1', { type: 'app_mention', user: CURATOR, text: `<@${BOT_USER_ID}> add <https://doi.org/10.1186/1472-6831-8-11|this week's paper>`, ts, channel: 'C-LIB' });
    expect((await postToBot(bot.port, mention, JSON_TYPE, { secret: SECRET })).status).toBe(200);
    const update = await waitFor(() => slack.posts('chat.update').find((p) => p.body.channel === 'C-LIB'), () => `the edited reply\n${bot!.process.stderr()}`);
    const placeholder = slack.posts().filter((p) => p.body.channel === 'C-LIB');
    expect(placeholder.map((p) => p.body.text)).toEqual(['Reading DOI 10.1186/1472-6831-8-11 from Europe PMC… this takes a few seconds.']);
    expect(placeholder[0]!.body.thread_ts).toBe(ts);
    expect(JSON.stringify(update.body.blocks)).toMatch(/Added .+ as \S+-2008: \d+ claims/);
  }, 60_000);
});

describe('Discord: adding from a mention and from /claims', () => {
  const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
  let discord: DiscordEmulator;
  let bot: RunningProcess;
  let addedId = '';

  beforeAll(async () => {
    discord = new DiscordEmulator();
    await discord.start();
    bot = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: tempDatabase(), PORT: '0', EUROPE_PMC_URL: europePmc.url, CROSSREF_URL: europePmc.crossrefUrl });
    running.push(bot);
    await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), () => `the bot to connect\n${bot.stderr()}`);
  });
  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('refuses a member without Manage Server, and lets one with it add: a "reading" reply, then the same message edited into the answer', async () => {
    // Not the emulated server's owner (USER_ID), who holds every permission.
    const refused = discord.sendMessage({ content: `<@${BOT_ID}> add PMC2599765`, mentions: [BOT_ID], authorId: '900000000000000777' });
    const refusal = await waitFor(() => discord.messagesTo().find((c) => c.body.message_reference?.message_id === refused), () => `a refusal\n${bot.stderr()}`);
    expect(JSON.stringify(refusal.body)).toMatch(/Only the journal club's curators can change the library/);

    const asked = discord.sendMessage({ content: `<@${BOT_ID}> add PMC2329613`, mentions: [BOT_ID], authorId: '900000000000000778', roles: [ORGANISER_ROLE_ID] });
    const placeholder = await waitFor(() => discord.messagesTo().find((c) => c.body.message_reference?.message_id === asked), () => `a placeholder\n${bot.stderr()}`);
    expect(placeholder.body.content).toBe('Reading PMC2329613 from Europe PMC… this takes a few seconds.');
    const edit = await waitFor(() => discord.rest.find((c) => c.method === 'PATCH' && c.path.includes('/messages/')), () => `the edited answer\n${bot.stderr()}`);
    expect(edit.body.content).toBe('');
    expect(JSON.stringify(edit.body.embeds)).toMatch(/Added .+ as \S+-2008: \d+ claims, quoted from the paper under its licence \(CC BY 2\.0\)/);
    addedId = /as (\S+-2008):/.exec(JSON.stringify(edit.body.embeds))![1]!;
    // Answered once: the placeholder became the answer; no second reply.
    expect(discord.messagesTo().filter((c) => c.body.message_reference?.message_id === asked)).toHaveLength(1);
  }, 30_000);

  it('reads a curator command in a message someone else wrote, handed over with "Ask about this message", as a question', async () => {
    // Someone with Manage Server, who may remove papers, asks about a member's message "remove …".
    expect(addedId).not.toBe('');
    const call = discord.sendMessageCommand(`remove ${addedId}`, { manageGuild: true });
    const callback = await waitFor(() => discord.rest.find((c) => c.path === `/api/v10/interactions/${call.id}/${call.token}/callback`), () => `an answer\n${bot.stderr()}`);
    expect(JSON.stringify(callback.body)).not.toMatch(/Removed/);
    const still = discord.sendMessage({ content: `<@${BOT_ID}> papers`, mentions: [BOT_ID] });
    const papers = await waitFor(() => discord.messagesTo().find((c) => c.body.message_reference?.message_id === still), () => `the papers\n${bot.stderr()}`);
    expect(JSON.stringify(papers.body)).toContain(addedId);
  }, 30_000);

  it('defers /claims add for someone with Manage Server and edits the deferred reply into the outcome', async () => {
    const call = discord.sendCommand('add PMC9999999', undefined, undefined, { manageGuild: true });
    const deferred = await waitFor(() => discord.rest.find((c) => c.path === `/api/v10/interactions/${call.id}/${call.token}/callback`), () => `the deferral\n${bot.stderr()}`);
    expect(deferred.body.type).toBe(5);
    const edits = () => discord.rest.filter((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/`) && c.path.includes(call.token));
    await waitFor(() => (edits().some((e) => JSON.stringify(e.body).includes('knows no article')) ? true : undefined), () => `the outcome\n${JSON.stringify(edits())}\n${bot.stderr()}`);
    expect(JSON.stringify(edits().at(-1)!.body)).toMatch(/Europe PMC knows no article with PMC9999999/);
  }, 30_000);
});
