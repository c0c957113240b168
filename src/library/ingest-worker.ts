import { parentPort, workerData } from 'node:worker_threads';
import { ingest, type IngestJob } from './ingest-job.js';

/** Worker-thread entry: one ingest job in, its outcome (or the error's message) out. */
ingest(workerData as IngestJob).then(
  (outcome) => parentPort!.postMessage({ outcome }),
  (error: unknown) => parentPort!.postMessage({ error: String((error as Error)?.stack ?? error) }),
);
