import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, REPO_ROOT } from '../helpers/engine.js';
import { freePort, tempDatabase, waitFor } from '../helpers/process.js';
import { runCommand } from '../helpers/spawn.js';
import { startEuropePmcStandin } from '../helpers/europe-pmc-standin.js';
import { BOT_USER_ID, eventBody, FORM, postToBot, SlackStandIn, slashCommandBody } from '../helpers/slack-standin.js';

/**
 * The Procfile's web command, exactly as a Procfile host runs it (its words, no shell added): a
 * SIGTERM to that process must let the answers in flight reach Slack and exit 0 within 10 s.
 */
const SECRET = 'abcdef0123456789abcdef0123456789';
const IN_FLIGHT = 20;

const procfile = readFileSync(path.join(REPO_ROOT, 'Procfile'), 'utf8');
const web = /^web:\s*(.+)$/m.exec(procfile)?.[1]?.trim() ?? '';

let slack: SlackStandIn;

beforeAll(async () => {
  // What a Procfile host does on deploy: install, then the build script.
  const build = await runCommand('npm', ['run', 'build'], {});
  expect(build.code, build.stderr + build.stdout).toBe(0);
  slack = new SlackStandIn();
  await slack.start();
}, 120_000);

afterAll(async () => {
  await slack?.stop();
});

describe('the Procfile web process', () => {
  it('runs node itself on compiled JavaScript: no npm, no shell, no TypeScript loader in between', () => {
    const [command, ...args] = web.split(/\s+/);
    expect(command).toBe('node');
    expect(args.some((a) => /tsx|\.ts$/.test(a))).toBe(false);
    expect(web).not.toMatch(/[;&|$`]/);
  });

  it('adds a paper from the chat, reading it on a worker thread of compiled JavaScript', async () => {
    const [command, ...args] = web.split(/\s+/);
    const port = await freePort();
    const europePmc = await startEuropePmcStandin();
    const child = spawn(command === 'node' ? process.execPath : command!, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-1-2-procfile', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_HOOKS_URL: slack.hooksUrl, DATA_DIR, DATABASE_PATH: tempDatabase(), DOTENV_CONFIG_PATH: '/nonexistent/.env', CURATORS: 'U0CURATOR', EUROPE_PMC_URL: europePmc.url, CROSSREF_URL: europePmc.crossrefUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), () => `the web process\n${stderr}`);
      const ack = await postToBot(port, slashCommandBody('add PMC2599765', slack.responseUrl('procfile-add'), '/claims', 'U0CURATOR'), FORM, { secret: SECRET });
      expect(JSON.parse(ack.text).text).toMatch(/^Reading PMC2599765/);
      const [outcome] = await waitFor(() => (slack.responses('procfile-add').length > 0 ? slack.responses('procfile-add') : undefined), () => `the outcome\n${stderr}`);
      expect(JSON.stringify(outcome!.body.blocks)).toMatch(/Added .+ as lema-2008/);
      expect(stderr).not.toContain('no worker thread');
    } finally {
      child.kill('SIGKILL');
      await europePmc.close();
    }
  }, 40_000);

  it(`drains ${IN_FLIGHT} answers in flight on SIGTERM and exits 0 within 10 s`, async () => {
    const [command, ...args] = web.split(/\s+/);
    const port = await freePort();
    const child = spawn(command === 'node' ? process.execPath : command!, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-1-2-procfile', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATA_DIR, DATABASE_PATH: tempDatabase(), DOTENV_CONFIG_PATH: '/nonexistent/.env', RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), () => `the web process\n${stderr}`);
      // Slack takes 3 s to accept each reply, so all of them are still in flight when the signal comes.
      slack.postDelayMs = 3000;
      for (let i = 0; i < IN_FLIGHT; i++) {
        const body = eventBody(`EvProc${i}`, { type: 'app_mention', user: `U-P${i}`, text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: `1700000400.${String(i).padStart(6, '0')}`, channel: `C-PROC${i}` });
        expect((await postToBot(port, body, 'application/json', { secret: SECRET })).status).toBe(200);
      }
      await waitFor(() => (slack.posts().filter((p) => String(p.body.channel).startsWith('C-PROC')).length === IN_FLIGHT ? true : undefined), 'every reply to be on its way');
      const started = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const drainMs = Date.now() - started;
      expect(code, stderr).toBe(0);
      expect(drainMs).toBeLessThan(10_000);
      expect(slack.completed.filter((p) => String(p.body.channel).startsWith('C-PROC'))).toHaveLength(IN_FLIGHT);
      // The port is free again: nothing was left behind holding it.
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => 'answered',
        () => 'refused',
      );
      expect(res).toBe('refused');
    } finally {
      slack.postDelayMs = 0;
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 40_000);

  it('under `npm start` too: a SIGTERM that reaches only npm still drains the answers in flight and frees the port', async () => {
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-1-2-npmstart', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATA_DIR, DATABASE_PATH: tempDatabase(), DOTENV_CONFIG_PATH: '/nonexistent/.env', RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), () => `npm start\n${stderr}`);
      slack.postDelayMs = 2000;
      for (let i = 0; i < 5; i++) {
        const body = eventBody(`EvNpm${i}`, { type: 'app_mention', user: `U-N${i}`, text: `<@${BOT_USER_ID}> what does IL26 activate?`, ts: `1700000450.${String(i).padStart(6, '0')}`, channel: `C-NPM${i}` });
        await postToBot(port, body, 'application/json', { secret: SECRET });
      }
      await waitFor(() => (slack.posts().filter((p) => String(p.body.channel).startsWith('C-NPM')).length === 5 ? true : undefined), 'every reply to be on its way');
      // Only npm, the top of the tree, gets the signal (as a platform that signals one process would do).
      child.kill('SIGTERM');
      // The replies Slack was still taking are delivered, and the port is let go (no orphan keeps answering).
      await waitFor(() => (slack.completed.filter((p) => String(p.body.channel).startsWith('C-NPM')).length === 5 ? true : undefined), () => `the replies in flight\n${stderr}`);
      await waitFor(
        () =>
          fetch(`http://127.0.0.1:${port}/healthz`).then(
            () => undefined,
            () => true,
          ),
        () => `the bot to let go of the port\n${stderr}`,
      );
      await waitFor(() => (/"msg":"shutting down"/.test(stderr) ? true : undefined), () => `the shutdown to be logged\n${stderr}`);
    } finally {
      slack.postDelayMs = 0;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // the group has already gone
      }
    }
  }, 40_000);
});
