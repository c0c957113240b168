import { boot } from '../src/boot.js';

/** Cold-start probe: the same start-up as `npm start` (config, data, validation, index), then "ready" and RSS. */
const { engine } = boot();
engine.ask('warm-up question about IL26');
process.stdout.write(`ready ${engine.library.papers.length} rss=${(process.memoryUsage().rss / 1e6).toFixed(0)}\n`);
