import { parseArgs } from 'node:util';
import { boot, exitOnStartupError } from '../boot.js';
import { gapReport } from '../core/gaps.js';
import { openStore } from '../store/open.js';

/** npm run report [-- --days N]: the gaps report from the question log, for the curator. */
let days = 30;
try {
  const { values } = parseArgs({ options: { days: { type: 'string' } } });
  if (values.days !== undefined) {
    days = Number(values.days);
    if (!Number.isInteger(days) || days < 1) throw new Error('--days takes a whole number of days, 1 or more');
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nusage: npm run report -- [--days 30]\n`);
  process.exit(2);
}

try {
  const { config, engine } = boot();
  const store = await openStore(config);
  try {
    process.stdout.write(`${(await gapReport(store, engine, days)).text}\n`);
  } finally {
    await store.close();
  }
} catch (error) {
  exitOnStartupError(error);
}
