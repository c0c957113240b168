import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { boot } from '../src/boot.js';
import { Responder } from '../src/core/respond.js';
import { freePort, waitFor } from '../test/helpers/process.js';
import { postToBot, slashCommandBody, SlackStandIn } from '../test/helpers/slack-standin.js';
import { benchQueries } from './queries.js';

/**
 * npm run bench:load: 2,000 signed slash commands at 50 concurrent against the running server (as
 * `npm start` runs it), then a 10,000-question soak through the engine and both renderers.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'abcdef0123456789abcdef0123456789';
const REQUESTS = 2000;
const CONCURRENCY = 50;
const SOAK = 10_000;
const queries = benchQueries().map((q) => q.q);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function load() {
  const slack = new SlackStandIn();
  await slack.start();
  const port = await freePort();
  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-load-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), LOG_LEVEL: 'warn', DOTENV_CONFIG_PATH: '/nonexistent/.env' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), 'the bot');
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < REQUESTS) {
        const i = next++;
        // A user per request: the per-user rate limit is not what this measures.
        const body = slashCommandBody(queries[i % queries.length]!, slack.responseUrl('load')).replace('user_id=U0001', `user_id=U${i}`);
        try {
          const res = await postToBot(port, body, 'application/x-www-form-urlencoded', { secret: SECRET });
          if (res.status !== 200 || !JSON.parse(res.text).blocks) errors++;
          latencies.push(res.ms);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { requests: REQUESTS, concurrency: CONCURRENCY, errors, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), max: latencies.at(-1)!, perSecond: REQUESTS / seconds };
  } finally {
    bot.kill('SIGTERM');
    await slack.stop();
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
const s = soak();
process.stdout.write(
  [
    `Machine: ${cpus().length} cores, Node ${process.version}. Command: npm run bench:load`,
    '',
    '| load: signed slash commands | value |',
    '| --- | ---: |',
    `| requests, concurrency | ${l.requests}, ${l.concurrency} |`,
    `| errors | ${l.errors} |`,
    `| p50 / p99 / max latency | ${l.p50.toFixed(1)} / ${l.p99.toFixed(1)} / ${l.max.toFixed(1)} ms |`,
    `| throughput | ${l.perSecond.toFixed(0)} requests/s |`,
    '',
    '| soak: engine + Slack and Discord renderers | value |',
    '| --- | ---: |',
    `| questions | ${s.questions.toLocaleString('en')} |`,
    `| RSS at start / end (after GC) | ${s.rssStartMB.toFixed(0)} / ${s.rssEndMB.toFixed(0)} MB |`,
    `| RSS every 2,500 questions | ${s.samplesMB.map((m) => m.toFixed(0)).join(', ')} MB |`,
    '',
  ].join('\n'),
);
