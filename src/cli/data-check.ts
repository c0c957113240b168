import { loadConfig, ConfigError } from '../config.js';
import { DataError, loadLibrary } from '../core/library.js';

/**
 * npm run data:check: validates every paper under DATA_DIR (schemas, unique ids, known sources,
 * paragraph locators, no draft claim in a published paper) and says what each paper holds.
 */
try {
  const { dataDir } = loadConfig();
  const library = loadLibrary(dataDir);
  for (const paper of library.papers) {
    const own = paper.claims.filter((c) => !c.derived).length;
    const drafts = paper.drafts > 0 ? `, ${paper.drafts} draft candidates to curate` : '';
    process.stdout.write(`ok  ${paper.data.id} (${paper.data.status}): ${own} claims, ${paper.glossary.length} glossary terms${drafts}\n`);
  }
  process.stdout.write(`${library.papers.length} papers valid in ${dataDir}\n`);
} catch (error) {
  if (error instanceof DataError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
