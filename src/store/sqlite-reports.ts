import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

type Row = Record<string, unknown>;

/**
 * Runs the curator's report queries on a worker thread with its own read-only connection (WAL lets
 * it read while the main connection writes). better-sqlite3 is synchronous: a report over a million
 * logged questions takes most of a second, which on the main thread would hold up every other
 * person's answer and Slack's 3 s acknowledgements.
 */
export class SqliteReports {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (rows: Row[]) => void; reject: (error: Error) => void }>();

  constructor(private readonly file: string) {}

  all(sql: string, params: unknown[]): Promise<Row[]> {
    const worker = this.start();
    const id = ++this.next;
    return new Promise<Row[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, sql, params });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Plain JavaScript, evaluated: the same under tsx, compiled dist/ and the test runner.
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
       const statements = new Map();
       parentPort.on('message', ({ id, sql, params }) => {
         try {
           let statement = statements.get(sql);
           if (!statement) statements.set(sql, (statement = db.prepare(sql)));
           parentPort.postMessage({ id, rows: statement.all(...params) });
         } catch (error) {
           parentPort.postMessage({ id, error: String(error && error.message || error) });
         }
       });`,
      { eval: true, workerData: { driver, file: this.file } },
    );
    worker.unref();
    worker.on('message', (m: { id: number; rows?: Row[]; error?: string }) => {
      const waiter = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) waiter?.reject(new Error(m.error));
      else waiter?.resolve(m.rows ?? []);
    });
    const fail = (error: Error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the report worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
