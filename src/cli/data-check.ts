import { loadConfig, ConfigError } from '../config.js';
import { DataError, loadLibrary } from '../core/library.js';

/**
 * npm run data:check: validates every paper under DATA_DIR (schemas, unique ids, known sources,
 * locators against stored passages, no draft claim, placeholder or uncited record in a published
 * paper, quotations only where the licence permits them) and says what each paper holds.
 */
try {
  const { dataDir } = loadConfig();
  const library = loadLibrary(dataDir);
  for (const paper of library.papers) {
    const own = paper.claims.filter((c) => !c.derived);
    const quotes = own.filter((c) => c.quote).length;
    const passages = [...paper.passages.values()].reduce((n, m) => n + m.size, 0);
    const parts = [`${own.length} claims${quotes > 0 ? ` (${quotes} quotations, ${paper.licence.label})` : ''}`, `${paper.glossary.length} glossary terms`];
    if (passages > 0) parts.push(`${passages} passages`);
    if (paper.drafts > 0) parts.push(`${paper.drafts} draft candidates to curate`);
    const licence = paper.data.licence && !paper.licence.permitsQuoting ? `; licence ${paper.licence.label}: claims in our own words` : '';
    process.stdout.write(`ok  ${paper.data.id} (${paper.data.status}): ${parts.join(', ')}${licence}\n`);
  }
  process.stdout.write(`${library.papers.length} papers valid in ${dataDir}\n`);
} catch (error) {
  if (error instanceof DataError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
