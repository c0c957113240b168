import { spawn } from 'node:child_process';
import { DATA_DIR, REPO_ROOT } from './engine.js';
import { tempDatabase } from './process.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point the way npm scripts do (through tsx), feeding stdin and collecting output. */
export function runEntry(entry: string, args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return runCommand(process.execPath, ['--import', 'tsx', entry, ...args], options);
}

export function runCommand(command: string, args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', DOTENV_CONFIG_PATH: '/nonexistent/.env', DATA_DIR, DATABASE_PATH: tempDatabase(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
