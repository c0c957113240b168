import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ingest, type IngestJob, type IngestOutcome } from './ingest-job.js';

/**
 * Runs an ingest job on a worker thread of its own, so reading and drafting a paper (tens of
 * milliseconds of XML parsing and sentence splitting) never holds up other people's answers. Under
 * tsx (npm start, the tests) the worker first registers tsx's loader (a worker does not inherit the
 * parent's); compiled, it imports the JavaScript beside this file. Should a worker not start at all, the job runs here instead: slower
 * for others for a moment, but the curator's add still works.
 */
export function ingestOffThread(job: IngestJob, onFallback: (error: unknown) => void = () => undefined): Promise<IngestOutcome> {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./ingest-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href;
  let worker: Worker;
  try {
    // tsx's ESM API, resolved from here (the worker's eval'd code has no module location of its own):
    // the package maps `require` to index.cjs and `import` to the index.mjs beside it.
    const loader = typescript ? pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href : undefined;
    worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       (async () => {
         if (workerData.loader) (await import(workerData.loader)).register();
         await import(workerData.entry);
       })();`,
      { eval: true, workerData: { ...job, entry, loader } },
    );
  } catch (error) {
    onFallback(error);
    return ingest(job);
  }
  return new Promise<IngestOutcome>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: { outcome?: IngestOutcome; error?: string }) => {
      settled = true;
      if (message.outcome) resolve(message.outcome);
      else reject(new Error(`ingesting the paper failed: ${message.error}`));
      void worker.terminate();
    });
    // A worker that cannot load (an unusual install): the job runs here instead.
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      onFallback(error);
      ingest(job).then(resolve, reject);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ingest worker stopped (exit code ${code}) before answering`));
    });
  });
}
