import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_DIR, REPO_ROOT } from './engine.js';

export interface RunningProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `src/main.ts` as `npm start` does (tsx), with the given environment, and keeps its output. */
export function startMain(env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', DOTENV_CONFIG_PATH: '/nonexistent/.env', DATA_DIR, DATABASE_PATH: tempDatabase(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A fresh SQLite path per process, so tests never share or leave a database in the checkout. */
export function tempDatabase(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'claims-db-')), 'claims.db');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `probe` gives a value; `what` (a function, to describe the state at the time) names what timed out. */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string | (() => string), timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the process has logged `count` lines containing `text` (the event a test expects, rather than a fixed sleep). */
export function waitForLog(proc: RunningProcess | RunningProcess[], text: string, count = 1, timeoutMs?: number): Promise<true> {
  const procs = Array.isArray(proc) ? proc : [proc];
  const lines = () => procs.flatMap((p) => p.stderr().split('\n')).filter((l) => l.includes(text)).length;
  return waitFor(() => (lines() >= count ? true : undefined), () => `${count} log lines with "${text}" (${lines()} so far)\n${procs.map((p) => p.stderr()).join('\n')}`, timeoutMs);
}
