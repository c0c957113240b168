import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { REPO_ROOT } from '../helpers/engine.js';
import { tempDatabase, waitFor } from '../helpers/process.js';
import { runEntry } from '../helpers/spawn.js';

describe('the SQLite question log under faults', () => {
  it('keeps every acknowledged write when the process is killed with SIGKILL mid-load', async () => {
    const file = tempDatabase();
    const writer = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/log-writer.ts', file], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let acknowledged = 0;
    writer.stdout!.setEncoding('utf8').on('data', (d: string) => {
      const last = d.trim().split('\n').pop();
      if (last) acknowledged = Number(last);
    });
    await waitFor(() => (acknowledged >= 300 ? true : undefined), 'the writer to log 300 questions');
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('exit', r));
    const store = openSqliteStore(file);
    try {
      const rows = await store.gaps(new Date(0), 1);
      expect(rows[0]!.asked).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      await store.close();
    }
  });

  it('refuses a damaged database file at start-up, naming DATABASE_PATH', async () => {
    const file = tempDatabase();
    writeFileSync(file, 'this is not a database, just text that happens to sit at the path '.repeat(100));
    const result = await runEntry('src/main.ts', ['--terminal'], { env: { DATABASE_PATH: file }, stdin: 'summary\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`DATABASE_PATH: ${file} is not a usable SQLite database`);
  });

  it('refuses a database another process holds locked, naming DATABASE_PATH', async () => {
    const file = tempDatabase();
    openSqliteStore(file).close();
    const holder = spawn(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN EXCLUSIVE');console.log('locked');setTimeout(()=>{},60000)`], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise((r) => holder.stdout!.once('data', r));
      const result = await runEntry('src/main.ts', ['--terminal'], { env: { DATABASE_PATH: file }, stdin: 'summary\n' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`DATABASE_PATH: ${file} is locked by another process`);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
