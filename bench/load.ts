import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { boot } from '../src/boot.js';
import { Responder } from '../src/core/respond.js';
import { startEuropePmcStandin } from '../test/helpers/europe-pmc-standin.js';
import { freePort, tempDatabase, waitFor } from '../test/helpers/process.js';
import { postToBot, slashCommandBody, SlackStandIn } from '../test/helpers/slack-standin.js';
import { benchQueries } from './queries.js';
import { npmStartArgs, procfileArgs } from './start-commands.js';
import { rebuildFigures } from './rebuild.js';

/**
 * npm run bench:load: 200 signed slash commands to warm the server up, then 2,000 at 50 concurrent
 * against it (compiled, as the Procfile starts it), with the bot's CPU time per request, then questions at 10 concurrent while a curator adds and removes papers
 * from the chat again and again (each add fetches, ingests, stores and rebuilds the index), then a
 * 10,000-question soak through the engine and both renderers.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'abcdef0123456789abcdef0123456789';
const REQUESTS = 2000;
const CONCURRENCY = 50;
const SOAK = 10_000;
const queries = benchQueries().map((q) => q.q);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** CPU time (user + system) a process has used, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: utime and stime are fields 14 and 15 of the line, 12 and 13 here.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

const WARM_UP = 200;

async function load() {
  const slack = new SlackStandIn();
  await slack.start();
  const port = await freePort();
  // As production starts it: compiled JavaScript under plain node (the Procfile's command).
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const bot = spawn(process.execPath, procfileArgs(), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-load-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), LOG_LEVEL: 'warn', DOTENV_CONFIG_PATH: '/nonexistent/.env', DATABASE_PATH: tempDatabase() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), 'the bot');
    let user = 0;
    const fire = async (requests: number) => {
      const latencies: number[] = [];
      let errors = 0;
      let next = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < requests) {
          const i = next++;
          // A user per request: the per-user rate limit is not what this measures.
          const body = slashCommandBody(queries[i % queries.length]!, slack.responseUrl('load')).replace('user_id=U0001', `user_id=U${++user}`);
          try {
            const res = await postToBot(port, body, 'application/x-www-form-urlencoded', { secret: SECRET });
            if (res.status !== 200 || !JSON.parse(res.text).blocks || res.text.includes('something went wrong')) errors++;
            latencies.push(res.ms);
          } catch {
            errors++;
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      latencies.sort((a, b) => a - b);
      return { errors, latencies, seconds: (performance.now() - started) / 1000 };
    };
    // The first requests after start-up pay for compiling the code that answers them; measured apart.
    const warm = await fire(WARM_UP);
    const cpuBefore = cpuMs(bot.pid!);
    const run = await fire(REQUESTS);
    const cpuPerRequest = (cpuMs(bot.pid!) - cpuBefore) / REQUESTS;
    const l = run.latencies;
    return {
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      errors: run.errors + warm.errors,
      p50: pct(l, 0.5),
      p99: pct(l, 0.99),
      max: l.at(-1)!,
      perSecond: REQUESTS / run.seconds,
      cpuPerRequest,
      warmP50: pct(warm.latencies, 0.5),
      warmP99: pct(warm.latencies, 0.99),
    };
  } finally {
    bot.kill('SIGTERM');
    await slack.stop();
  }
}

const CHURN_CONCURRENCY = 10;
const CHURN_CYCLES = 6;
/** the three JATS fixtures, largest first: each add reads, drafts and indexes a whole article */
const CHURN_PAPERS = ['PMC2599765', 'PMC2329613', 'PMC3574550'];

async function duringAdds() {
  const slack = new SlackStandIn();
  await slack.start();
  const europePmc = await startEuropePmcStandin();
  const port = await freePort();
  const bot = spawn(process.execPath, npmStartArgs(), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-load-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_HOOKS_URL: slack.hooksUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DOTENV_CONFIG_PATH: '/nonexistent/.env',
      DATABASE_PATH: tempDatabase(),
      RATE_LIMIT_PER_MINUTE: '0',
      CURATORS: 'UCURATOR',
      EUROPE_PMC_URL: europePmc.url,
      CROSSREF_URL: europePmc.crossrefUrl,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), 'the bot');
    const slash = (text: string, user: string, responseId = 'churn') => postToBot(port, slashCommandBody(text, slack.responseUrl(responseId), '/claims', user), 'application/x-www-form-urlencoded', { secret: SECRET });
    let churning = true;
    const adds: number[] = [];
    const curator = (async () => {
      for (let cycle = 0; cycle < CHURN_CYCLES; cycle++) {
        const added: string[] = [];
        for (const ref of CHURN_PAPERS) {
          const responseId = `add-${cycle}-${ref}`;
          const started = performance.now();
          await slash(`add ${ref}`, 'UCURATOR', responseId);
          const [outcome] = await waitFor(() => (slack.responses(responseId).length > 0 ? slack.responses(responseId) : undefined), `the outcome of ${responseId}`, 30_000);
          adds.push(performance.now() - started);
          // "Added … as lema-2008: …" or "… as a draft (lyratzopoulos-2013) …"
          const id = /\bas (?:a draft \()?([a-z0-9-]+)[:)]/.exec(JSON.stringify(outcome!.body))?.[1];
          if (id) added.push(id);
        }
        for (const id of added) await slash(`remove ${id}`, 'UCURATOR');
      }
      churning = false;
    })();
    const latencies: number[] = [];
    let errors = 0;
    let i = 0;
    const member = async () => {
      while (churning) {
        const n = i++;
        try {
          const res = await slash(queries[n % queries.length]!, `U${n % 500}`);
          // An apology ("something went wrong") is an error too, though Slack got a well-formed reply.
          if (res.status !== 200 || !JSON.parse(res.text).blocks || res.text.includes('something went wrong')) errors++;
          latencies.push(res.ms);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all([curator, ...Array.from({ length: CHURN_CONCURRENCY }, member)]);
    latencies.sort((a, b) => a - b);
    adds.sort((a, b) => a - b);
    return { questions: latencies.length, adds: adds.length, errors, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), max: latencies.at(-1)!, addP50: pct(adds, 0.5), addMax: adds.at(-1)! };
  } finally {
    bot.kill('SIGTERM');
    await slack.stop();
    await europePmc.close();
  }
}

function soak() {
  const responder = new Responder(boot({ ...process.env, DOTENV_CONFIG_PATH: '/nonexistent/.env' }).engine);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const rss = () => {
    gc();
    return process.memoryUsage().rss / 1e6;
  };
  for (let i = 0; i < 500; i++) renderSlack(responder.respond({ platform: 'slack', conversationId: `c${i % 50}`, text: queries[i % queries.length]! }));
  const start = rss();
  const samples: number[] = [];
  for (let i = 0; i < SOAK; i++) {
    const answer = responder.respond({ platform: 'slack', conversationId: `c${i % 500}`, text: queries[i % queries.length]! });
    renderSlack(answer, { restateQuestion: true, shareable: true, feedback: true });
    renderDiscord(answer);
    if (i % 2500 === 2499) samples.push(rss());
  }
  return { questions: SOAK, rssStartMB: start, rssEndMB: rss(), samplesMB: samples };
}

const l = await load();
const c = await duringAdds();
const r = await rebuildFigures();
const s = soak();
process.stdout.write(
  [
    `Machine: ${cpus().length} cores, Node ${process.version}. Command: npm run bench:load`,
    '',
    '| load: signed slash commands to `node dist/main.js` (the Procfile), SQLite | value |',
    '| --- | ---: |',
    `| first ${WARM_UP} after start-up (code still compiling): p50 / p99 | ${l.warmP50.toFixed(1)} / ${l.warmP99.toFixed(1)} ms |`,
    `| then: requests, concurrency | ${l.requests}, ${l.concurrency} |`,
    `| errors | ${l.errors} |`,
    `| p50 / p99 / max latency | ${l.p50.toFixed(1)} / ${l.p99.toFixed(1)} / ${l.max.toFixed(1)} ms |`,
    `| throughput | ${l.perSecond.toFixed(0)} requests/s |`,
    `| bot CPU per request (user + system) | ${l.cpuPerRequest.toFixed(2)} ms |`,
    '',
    `| questions while papers are added and removed from the chat (${CHURN_CONCURRENCY} concurrent) | value |`,
    '| --- | ---: |',
    `| questions answered, errors | ${c.questions}, ${c.errors} |`,
    `| adds (fetch, ingest, store, rebuild the index), each followed by removes | ${c.adds} |`,
    `| question p50 / p99 / max latency | ${c.p50.toFixed(1)} / ${c.p99.toFixed(1)} / ${c.max.toFixed(1)} ms |`,
    `| one add from command to announced outcome: p50 / max | ${c.addP50.toFixed(0)} / ${c.addMax.toFixed(0)} ms |`,
    '',
    `| rebuilding the index for one paper removed or added, ${r.papers} papers, ${r.claims.toLocaleString('en')} claims | mean rebuild | longest event-loop pause |`,
    '| --- | ---: | ---: |',
    ...r.rows.map((row) => `| ${row.how} | ${row.totalMs.toFixed(0)} ms | ${row.longestPauseMs.toFixed(1)} ms |`),
    '',
    '| soak: engine + Slack and Discord renderers | value |',
    '| --- | ---: |',
    `| questions | ${s.questions.toLocaleString('en')} |`,
    `| RSS at start / end (after GC) | ${s.rssStartMB.toFixed(0)} / ${s.rssEndMB.toFixed(0)} MB |`,
    `| RSS every 2,500 questions | ${s.samplesMB.map((m) => m.toFixed(0)).join(', ')} MB |`,
    '',
  ].join('\n'),
);
