import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { slashBurst } from '../test/helpers/burst.js';
import { APP_ID, BOT_ID, CHANNEL_ID, DiscordEmulator, GUILD_ID, nextId } from '../test/helpers/discord-emulator.js';
import { freePort, tempDatabase, waitFor } from '../test/helpers/process.js';
import { blockActionBody, BOT_USER_ID, eventBody, postToBot, slashCommandBody, SlackStandIn } from '../test/helpers/slack-standin.js';
import { npmStartArgs, procfileArgs } from './start-commands.js';

/**
 * npm run bench:faults: the attacks of issue 13 against the real process on loopback, one fresh
 * process per attack, and a table of what held. `-- --root <checkout>` runs them against another
 * checkout (an older commit, to see the findings reproduced). PostgreSQL attacks run when
 * TEST_DATABASE_URL (or BENCH_DATABASE_URL) is set; they use a database of their own next to it.
 */
const { values: args } = parseArgs({ options: { root: { type: 'string' }, only: { type: 'string' } } });
const HERE = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.resolve(args.root ?? HERE);
// The checkout's own frozen fixture library: an older checkout may not read a newer one.
const DATA_DIR = path.join(ROOT, 'test/fixtures/papers');
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const SECRET = 'abcdef0123456789abcdef0123456789';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const DISCORD_TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';

interface Row {
  attack: string;
  requests: number;
  answers?: [number, number];
  rows?: [number, number];
  bystanderMs?: string;
  exit?: string;
  drain?: string;
  held: boolean;
  notes: string;
}

interface Bot {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  port: number;
}

/** The Procfile's web command when the checkout has a compiled one, else `npm start`'s entry point through tsx. */
function command(viaProcfile: boolean): string[] {
  return ['node', ...(viaProcfile ? procfileArgs(ROOT) : npmStartArgs(ROOT))];
}

async function startBot(env: NodeJS.ProcessEnv, options: { viaProcfile?: boolean; waitHealthy?: boolean; healthPortFromLog?: boolean } = {}): Promise<Bot> {
  const port = await freePort();
  const [cmd, ...rest] = command(options.viaProcfile ?? false);
  const child = spawn(cmd === 'node' ? process.execPath : cmd!, rest, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', DOTENV_CONFIG_PATH: '/nonexistent/.env', DATA_DIR, DATABASE_PATH: tempDatabase(), PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-200_000)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const bot = { child, stderr: () => err, exited, port };
  if (options.waitHealthy !== false) {
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).status < 600 ? true : undefined), () => `the bot\n${err}`, 30_000);
  }
  return bot;
}

/** Ends a bot and every process under it (an `npm start` tree included). */
async function kill(bot: Bot): Promise<void> {
  // The whole process group, even when its top process has gone: an orphan left by `npm start` is in it.
  try {
    process.kill(-bot.child.pid!, 'SIGKILL');
  } catch {
    // nothing left in the group
  }
  await bot.exited;
}

const slackEnv = (slack: SlackStandIn, extra: NodeJS.ProcessEnv = {}) => ({ SLACK_BOT_TOKEN: 'xoxb-1-2-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, ...extra });
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN);

async function freshPgDatabase(suffix: string): Promise<string> {
  const base = new URL(PG_URL!);
  const name = `${base.pathname.replace(/^\//, '')}_bench_${suffix}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

async function storedQuestions(store: { file?: string; url?: string }, prefix: string): Promise<Set<string>> {
  if (store.file) {
    const db = new Database(store.file, { readonly: true });
    try {
      return new Set((db.prepare('SELECT question FROM questions WHERE question LIKE ?').all(`${prefix} %`) as Array<{ question: string }>).map((r) => r.question));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: store.url });
  await client.connect();
  try {
    return new Set((await client.query('SELECT question FROM questions WHERE question LIKE $1', [`${prefix} %`])).rows.map((r) => String(r.question)));
  } finally {
    await client.end();
  }
}

async function killNine(kind: 'SQLite' | 'PostgreSQL'): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const file = tempDatabase();
  const url = kind === 'PostgreSQL' ? await freshPgDatabase('kill') : undefined;
  const bot = await startBot(slackEnv(slack, { RATE_LIMIT_PER_MINUTE: '0', ...(url ? { DATABASE_URL: url } : { DATABASE_PATH: file }) }));
  try {
    let killed = false;
    let acknowledged = 0;
    const burst = slashBurst({ port: bot.port, secret: SECRET, responseUrl: slack.responseUrl('kill'), total: 5000, concurrency: 25, question: (i) => `kill9 ${i}: what does IL26 activate?`, stop: () => killed, onAcknowledged: () => acknowledged++ });
    await waitFor(() => (acknowledged >= 400 ? true : undefined), 'the burst', 60_000);
    await kill(bot);
    killed = true;
    const result = await burst;
    const stored = await storedQuestions(url ? { url } : { file }, 'kill9');
    const lost = result.acknowledged.filter((q) => !stored.has(q)).length;
    return {
      attack: `kill -9 mid-burst, ${kind}`,
      requests: result.acknowledged.length + result.failed,
      rows: [result.acknowledged.length, result.acknowledged.length - lost],
      exit: 'SIGKILL',
      held: lost === 0,
      notes: `${lost} acknowledged rows lost`,
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

async function sigtermDrain(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const bot = await startBot(slackEnv(slack, { RATE_LIMIT_PER_MINUTE: '0' }), { viaProcfile: true });
  try {
    slack.postDelayMs = 3000;
    for (let i = 0; i < 20; i++) {
      await postToBot(bot.port, eventBody(`EvDrain${i}`, { type: 'app_mention', user: `UDRAIN${i}`, text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: `1700000500.${String(i).padStart(6, '0')}`, channel: `CDRAIN${i}` }), JSON_TYPE, { secret: SECRET });
    }
    await waitFor(() => (slack.posts().filter((p) => String(p.body.channel).startsWith('CDRAIN')).length === 20 ? true : undefined), 'the replies in flight', 15_000);
    const started = Date.now();
    bot.child.kill('SIGTERM');
    const exit = await Promise.race([bot.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 35_000))]);
    const drainMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, 500));
    const delivered = slack.completed.filter((p) => String(p.body.channel).startsWith('CDRAIN')).length;
    const portFree = await fetch(`http://127.0.0.1:${bot.port}/healthz`).then(
      () => false,
      () => true,
    );
    return {
      attack: `SIGTERM to the Procfile's process (${command(true).join(' ')}), 20 answers in flight`,
      requests: 20,
      answers: [20, delivered],
      exit: exit ? String(exit.code ?? exit.signal) : 'hung',
      drain: exit ? seconds(drainMs) : '> 35 s',
      held: exit?.code === 0 && delivered === 20 && drainMs < 10_000 && portFree,
      notes: portFree ? 'port released' : 'port still answering (orphaned process)',
    };
  } finally {
    slack.postDelayMs = 0;
    await kill(bot);
    await slack.stop();
  }
}

async function stalledShutdown(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const url = await freshPgDatabase('stall');
  const bot = await startBot(slackEnv(slack, { DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '0' }));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE questions IN ACCESS EXCLUSIVE MODE');
    const burst = slashBurst({ port: bot.port, secret: SECRET, responseUrl: slack.responseUrl('stall'), total: 10, concurrency: 10, question: (i) => `stall ${i}: what does IL26 activate?` });
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    bot.child.kill('SIGTERM');
    const exit = await Promise.race([bot.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 40_000))]);
    const drainMs = Date.now() - started;
    const result = await burst;
    const slowest = Math.max(...result.latencies);
    return {
      attack: 'SIGTERM while PostgreSQL holds every write',
      requests: 10,
      answers: [10, result.acknowledged.length],
      bystanderMs: `${slowest.toFixed(0)} max (the askers)`,
      exit: exit ? String(exit.code ?? exit.signal) : 'hung',
      drain: exit ? seconds(drainMs) : '> 40 s',
      held: exit !== undefined && drainMs < 30_000,
      notes: 'exit within 30 s required',
    };
  } finally {
    await admin.query('ROLLBACK').catch(() => undefined);
    await admin.end();
    await kill(bot);
    await slack.stop();
  }
}

async function malformed(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const bot = await startBot(slackEnv(slack));
  try {
    const bodies: Array<[string, string]> = [
      ['null', JSON_TYPE],
      ['[]', JSON_TYPE],
      ['42', JSON_TYPE],
      ['payload=null', FORM],
      ['payload=%5B%5D', FORM],
    ];
    let sent = 0;
    const statuses = new Map<string, number>();
    for (let round = 0; round < 20; round++) {
      for (const [body, type] of bodies) {
        sent++;
        const status = await postToBot(bot.port, body, type, { secret: SECRET }).then(
          (r) => String(r.status),
          () => 'connection lost',
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }
    const after = await postToBot(bot.port, slashCommandBody('what does IL26 activate?', slack.responseUrl('after'), '/claims', 'UAFTER1'), FORM, { secret: SECRET }).then(
      (r) => r.text.includes('JAK-STAT3'),
      () => false,
    );
    const alive = bot.child.exitCode === null && bot.child.signalCode === null;
    return {
      attack: 'signed `null`, `[]`, `42`, `payload=null` bodies',
      requests: sent + 1,
      answers: [1, after ? 1 : 0],
      exit: alive ? 'still serving' : String(bot.child.exitCode),
      held: alive && after,
      notes: [...statuses].map(([s, n]) => `${n}× ${s}`).join(', '),
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

async function replays(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const file = tempDatabase();
  const bot = await startBot(slackEnv(slack, { DATABASE_PATH: file, LOG_LEVEL: 'info' }));
  try {
    const timestamp = Math.floor(Date.now() / 1000);
    const slash = slashCommandBody('what does IL26 activate?', slack.responseUrl('r-slash'), '/claims', 'UREPLAY1');
    const share = blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), slack.responseUrl('r-share'), 'UREPLAY2');
    const down = blockActionBody('claims_feedback_down', JSON.stringify({ q: 'what does IL26 activate?', c: ['il26-jakstat3'] }), slack.responseUrl('r-down'), 'UREPLAY3');
    let slashAnswers = 0;
    for (let i = 0; i < 3; i++) if ((await postToBot(bot.port, slash, FORM, { secret: SECRET, timestamp })).text.includes('JAK-STAT3')) slashAnswers++;
    for (let i = 0; i < 3; i++) await postToBot(bot.port, share, FORM, { secret: SECRET, timestamp });
    for (let i = 0; i < 5; i++) await postToBot(bot.port, down, FORM, { secret: SECRET, timestamp });
    // A ssrf attempt: a signed payload naming another host as its response_url.
    const elsewhere = new SlackStandIn();
    await elsewhere.start();
    await postToBot(bot.port, blockActionBody('claims_share', JSON.stringify({ q: 'what does IL26 activate?' }), elsewhere.responseUrl('ssrf'), 'UREPLAY4'), FORM, { secret: SECRET });
    await new Promise((r) => setTimeout(r, 1500));
    await elsewhere.stop();
    const shares = slack.responses('r-share').filter((c) => c.body.response_type === 'in_channel').length;
    const db = new Database(file, { readonly: true });
    const feedback = (db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n;
    db.close();
    return {
      attack: 'replayed signed requests: slash ×3, Share ×3, 👎 ×5; a foreign response_url',
      requests: 12,
      answers: [2, slashAnswers + shares],
      rows: [1, feedback],
      held: slashAnswers === 1 && shares === 1 && feedback === 1 && elsewhere.calls.length === 0,
      notes: `${shares} public Share posts, ${feedback} feedback rows, ${elsewhere.calls.length} POSTs to the foreign host`,
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

/** A question log of `rows` questions over the last 30 days, a third of them declined. */
function bigLog(rows: number): string {
  const file = tempDatabase();
  // The bot's own migrations make the schema (whichever checkout runs), then rows go straight in.
  const migrate = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('./src/store/sqlite.ts').then(async (m) => { const s = m.openSqliteStore(${JSON.stringify(file)}); await s.close(); })`], { cwd: ROOT, stdio: 'inherit' });
  if (migrate.status !== 0) throw new Error('migrating the big log failed');
  const db = new Database(file);
  const insert = db.prepare('INSERT INTO questions (at, platform, channel, user_id, paper_id, question, question_key, answered, partial, claim_ids, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const key = `topic${i % 5000}`;
      insert.run(new Date(now - (i % 2_592_000) * 1000).toISOString(), 'slack', 'slack:C1', `U${i % 300}`, 'bm-caf-il26-2025', `does IL26 cause ${key}?`, key, i % 3 === 0 ? 0 : 1, 0, '[]', 1);
    }
  })();
  db.close();
  return file;
}

async function flood(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  // Slack's own per-channel limit on chat.postMessage, roughly: beyond a short burst, 429 with Retry-After.
  slack.channelBurst = 3;
  const file = bigLog(1_000_000);
  const bot = await startBot(slackEnv(slack, { DATABASE_PATH: file, RATE_LIMIT_PER_MINUTE: '10' }));
  try {
    // The bystander asks every 100 ms, before, during and after the flood.
    const latencies: number[] = [];
    let bystanderAnswered = 0;
    let bystanderAsked = 0;
    let flooding = true;
    const bystander = (async () => {
      while (flooding) {
        bystanderAsked++;
        // Bystanders: a different person each time, so their own limit never decides their answer.
        const body = slashCommandBody('who led the study?', slack.responseUrl('bystander'), '/claims', `UBYSTAND${bystanderAsked}`);
        const res = await postToBot(bot.port, body, FORM, { secret: SECRET });
        latencies.push(res.ms);
        if (res.text.includes('Moon Kyung-Sub')) bystanderAnswered++;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    // One user: 60 mentions in one channel as fast as they go. Six people: `gaps` at once over a million logged questions.
    const mentions = Array.from({ length: 60 }, (_, i) =>
      postToBot(bot.port, eventBody(`EvFlood${i}`, { type: 'app_mention', user: 'UFLOOD1', text: `<@${BOT_USER_ID}> what does IL26 activate? ${i}`, ts: `1700000600.${String(i).padStart(6, '0')}`, channel: 'CFLOOD' }), JSON_TYPE, { secret: SECRET }),
    );
    const gaps = Array.from({ length: 6 }, (_, i) => postToBot(bot.port, slashCommandBody('gaps', slack.responseUrl('gaps'), '/claims', `UGAPS${i}`), FORM, { secret: SECRET }));
    const [, gapReplies] = await Promise.all([Promise.all(mentions), Promise.all(gaps)]);
    const gapsAnswered = gapReplies.filter((r) => r.text.includes('could not fully answer')).length;
    // Another person's mention in the flooded channel.
    await postToBot(bot.port, eventBody('EvFloodOther', { type: 'app_mention', user: 'UOTHER1', text: `<@${BOT_USER_ID}> which cells secrete IL26?`, ts: '1700000601.000001', channel: 'CFLOOD' }), JSON_TYPE, { secret: SECRET });
    await new Promise((r) => setTimeout(r, 8000));
    flooding = false;
    await bystander;
    const posts = slack.posts().filter((p) => p.body.channel === 'CFLOOD');
    const flooderAnswers = posts.filter((p) => /JAK-STAT3/.test(JSON.stringify(p.body)) && !/secrete/i.test(JSON.stringify(p.body))).length;
    const publicNotices = posts.filter((p) => /asking faster/.test(JSON.stringify(p.body))).length;
    const otherAnswered = posts.some((p) => /BM-CAF/i.test(JSON.stringify(p.body)) && p.body.thread_ts === '1700000601.000001');
    const limited = slack.calls.filter((c) => c.path.endsWith('#limited')).length;
    latencies.sort((a, b) => a - b);
    const p99 = pct(latencies, 0.99);
    return {
      attack: "one user's 60 mentions in a channel + 6 `gaps` at once over a 1M-row log",
      requests: 60 + 6 + 1 + bystanderAsked,
      answers: [10 + 6 + 1 + bystanderAsked, flooderAnswers + gapsAnswered + (otherAnswered ? 1 : 0) + bystanderAnswered],
      bystanderMs: `${p99.toFixed(0)} p99 / ${latencies.at(-1)!.toFixed(0)} max`,
      held: p99 < 1000 && publicNotices === 0 && otherAnswered && flooderAnswers <= 10,
      notes: `${gapsAnswered} of 6 gaps reports; ${publicNotices} public "slow down" posts; ${slack.posts('chat.postEphemeral').length} private; ${limited} Slack 429s; other user's answer ${otherAnswered ? 'delivered' : 'never delivered'}`,
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

async function healthOfStore(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const file = tempDatabase();
  const bot = await startBot(slackEnv(slack, { DATABASE_PATH: file }));
  try {
    const db = new Database(file);
    db.exec("CREATE TRIGGER disk_full BEFORE INSERT ON questions BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END");
    db.close();
    const started = Date.now();
    const burst = await slashBurst({ port: bot.port, secret: SECRET, responseUrl: slack.responseUrl('full'), total: 20, concurrency: 2, question: (i) => `full ${i}: what does IL26 activate?` });
    let status = 200;
    while (Date.now() - started < 35_000) {
      status = (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status;
      if (status !== 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const after = Date.now() - started;
    return {
      attack: 'every question-log write fails (SQLite "disk full")',
      requests: 20,
      answers: [20, burst.acknowledged.length],
      rows: [20, 0],
      held: status !== 200 && after < 30_000,
      notes: status !== 200 ? `/healthz ${status} after ${seconds(after)}; rows kept in the error log` : '/healthz stayed 200 for 35 s',
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

async function discordFaults(): Promise<Row> {
  const discord = new DiscordEmulator();
  await discord.start();
  const bot = await startBot({ DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl, PORT: '0', LOG_LEVEL: 'info' }, { waitHealthy: false });
  try {
    await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), () => `discord\n${bot.stderr()}`, 20_000);
    const port = Number(/"port":(\d+)/.exec(bot.stderr())?.[1]);
    const id = nextId();
    discord.dispatch('INTERACTION_CREATE', { id, application_id: APP_ID, type: 2, token: `t-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID, data: { id: nextId(), name: 'claims', type: 1, options: [{ name: 'question', type: 3, value: 'IL26?' }] } });
    await new Promise((r) => setTimeout(r, 500));
    const message = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID], authorId: '900000000000000077' });
    const answered = await waitFor(() => (discord.messagesTo().some((c) => c.body.message_reference?.message_id === message) ? true : undefined), 'a reply', 10_000).catch(() => false);
    const started = Date.now();
    discord.dropGateway(4004);
    let status = 200;
    while (Date.now() - started < 35_000 && port) {
      status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const after = Date.now() - started;
    return {
      attack: 'Discord: INTERACTION_CREATE without user, then gateway closed 4004',
      requests: 2,
      answers: [1, answered ? 1 : 0],
      exit: bot.child.exitCode === null ? 'still serving' : String(bot.child.exitCode),
      held: answered === true && status !== 200 && after < 30_000,
      notes: status === 0 ? 'process gone' : status !== 200 ? `/healthz ${status} ${seconds(after)} after the close` : '/healthz stayed 200 for 35 s',
    };
  } finally {
    await kill(bot);
    await discord.stop();
  }
}

async function echoAndSecrets(): Promise<Row> {
  const slack = new SlackStandIn();
  await slack.start();
  const bot = await startBot(slackEnv(slack, { LOG_LEVEL: 'debug' }));
  try {
    const res = await postToBot(bot.port, slashCommandBody('@here what does IL26 activate? @channel @everyone', slack.responseUrl('echo'), '/claims', 'UECHO1'), FORM, { secret: SECRET });
    const visible = JSON.stringify(JSON.parse(res.text || '{}'), (k, v) => (k === 'value' ? undefined : v));
    const live = (visible.match(/(?<!\u200b)@(here|channel|everyone)/gu) ?? []).length;
    await postToBot(bot.port, 'null', JSON_TYPE, { secret: SECRET }).catch(() => undefined);
    const leaks = [SECRET, 'xoxb-1-2-bench'].filter((s) => bot.stderr().includes(s)).length;
    // Start-up with Slack unreachable: the message must not blame the token.
    const closed = await freePort();
    const unreachable = await startBot({ ...slackEnv(slack), SLACK_API_URL: `http://127.0.0.1:${closed}/api/` }, { waitHealthy: false });
    const exit = await Promise.race([unreachable.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 40_000))]);
    const blamesToken = /not accepted/.test(unreachable.stderr());
    await kill(unreachable);
    return {
      attack: 'bare @here/@channel/@everyone in a question; secrets in logs; Slack unreachable at start-up',
      requests: 3,
      answers: [1, res.text.includes('JAK-STAT3') ? 1 : 0],
      exit: exit ? `${exit.code} (unreachable)` : 'hung',
      held: live === 0 && leaks === 0 && !blamesToken,
      notes: `${live} live broadcasts echoed; ${leaks} secrets in logs; start-up message ${blamesToken ? 'blames the token' : 'says Slack could not be reached'}`,
    };
  } finally {
    await kill(bot);
    await slack.stop();
  }
}

const attacks: Array<[string, () => Promise<Row>, boolean]> = [
  ['kill-sqlite', () => killNine('SQLite'), true],
  ['kill-pg', () => killNine('PostgreSQL'), Boolean(PG_URL)],
  ['drain', sigtermDrain, true],
  ['stall', stalledShutdown, Boolean(PG_URL)],
  ['malformed', malformed, true],
  ['replays', replays, true],
  ['flood', flood, true],
  ['store-health', healthOfStore, true],
  ['discord', discordFaults, true],
  ['echo', echoAndSecrets, true],
];

// What a Procfile host does on deploy before running the web command: the build script.
if (/\bdist\//.test(command(true).join(' '))) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}
const rows: Row[] = [];
for (const [name, run, enabled] of attacks) {
  if (args.only && !args.only.split(',').includes(name)) continue;
  if (!enabled) {
    rows.push({ attack: name, requests: 0, held: false, notes: 'skipped: set TEST_DATABASE_URL' });
    continue;
  }
  process.stderr.write(`${name}...\n`);
  try {
    rows.push(await run());
  } catch (error) {
    rows.push({ attack: name, requests: 0, held: false, notes: `bench error: ${(error as Error).message.split('\n')[0]}` });
  }
}

const pair = (p?: [number, number]) => (p ? `${p[0]} / ${p[1]}` : '—');
process.stdout.write(
  [
    `Machine: ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at the end. Command: npm run bench:faults${args.root ? ` -- --root ${args.root}` : ''}`,
    '',
    '| attack | requests | answers expected / delivered | rows acknowledged / stored | bystander ack ms | exit | drain | held | notes |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |',
    ...rows.map((r) => `| ${r.attack} | ${r.requests} | ${pair(r.answers)} | ${pair(r.rows)} | ${r.bystanderMs ?? '—'} | ${r.exit ?? '—'} | ${r.drain ?? '—'} | ${r.held ? 'yes' : '**no**'} | ${r.notes} |`),
    '',
  ].join('\n'),
);
process.exit(rows.every((r) => r.held || r.notes.startsWith('skipped')) ? 0 : 1);
