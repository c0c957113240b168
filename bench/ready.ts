import { boot } from '../src/boot.js';

/** Cold-start probe: the same start-up as `npm start` (config, data, validation, index), then "ready". */
const { engine } = boot();
process.stdout.write(`ready ${engine.library.papers.length}\n`);
