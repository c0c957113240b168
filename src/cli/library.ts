import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { readPaperFolder } from '../core/library.js';
import type { PaperParts, Store } from '../core/store.js';
import { AddError, validateFiles, writePaperFolder } from '../ingest/add.js';
import { StoreError } from '../store/errors.js';
import { openStore } from '../store/open.js';

/**
 * The papers added from the chat, between the store and git:
 *   npm run library:export -- --id X [--out DIR] [--replace]   stored paper -> data/curation/X/ (to review and rewrite)
 *   npm run library:import -- --id X [--from DIR]              data/curation/X/ -> the store (every instance picks it up)
 *   npm run library:list                           stored papers and the latest changes, with who and when
 * The store is the one the bot uses (DATABASE_URL, else DATABASE_PATH). Exit 1 when it cannot be
 * done as asked, 2 for wrong usage.
 */

const USAGE = `usage: npm run library:export -- --id <paper-id> [--out <folder>] [--replace]
       npm run library:import -- --id <paper-id> [--from <folder>]
       npm run library:list
  The store is the bot's: DATABASE_URL, else DATABASE_PATH. Papers are exported to data/curation/<id>/,
  beside data/papers/ but not loaded by the bot (a folder under data/papers/ ships with it instead).`;

/** Where exported papers wait for a curator: beside the papers folder, where the bot does not load them. */
const curationDir = (config: Config) => path.join(path.dirname(config.dataDir), 'curation');

/** Which store a command used, for its messages: a mistyped path must not look like an empty library. */
const storeName = (config: Config) => (config.databaseUrl ? 'the PostgreSQL store (DATABASE_URL)' : `the SQLite store at ${config.databasePath} (DATABASE_PATH)`);

function fail(message: string, code: 1 | 2 = 1): never {
  process.stderr.write(`${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

async function exportPaper(store: Store, config: Config, id: string, out: string | undefined, replace: boolean): Promise<void> {
  const stored = await store.storedPaper(id);
  if (!stored) fail(`No paper "${id}" in ${storeName(config)}. Stored papers there: ${(await store.storedPaperVersions()).map((p) => p.id).join(', ') || 'none'}.`);
  try {
    const dir = writePaperFolder(out ?? curationDir(config), { ...stored.parts, paper: { ...stored.parts.paper, status: stored.status } }, { replace });
    process.stdout.write(
      `Wrote ${dir} (${stored.status}, added by ${stored.addedBy} on ${stored.addedAt.toISOString().slice(0, 10)} from ${stored.source}).\n` +
        `Rewrite its claims there in your own words (source-paragraphs.md lists every passage; remove "draft": true from the ones you keep; point paper.json's tldr at them), ` +
        `then npm run library:import -- --id ${id} and "publish ${id}" in the chat. To ship it with the bot instead, move the folder into data/papers/ and commit it.\n`,
    );
  } catch (error) {
    if (error instanceof AddError) fail(error.message);
    throw error;
  }
}

async function importPaper(store: Store, config: Config, id: string, from: string | undefined): Promise<void> {
  const dir = from ?? path.join(curationDir(config), id);
  if (!existsSync(path.join(dir, 'paper.json'))) fail(`${dir}: no paper.json there (export the paper first, or give --from <folder>)`);
  if (existsSync(path.join(config.dataDir, id))) {
    fail(`${path.join(config.dataDir, id)} ships with the bot and wins over a stored copy, which would never be read. Import under another id, or keep the shipped folder and leave the store alone.`);
  }
  const problems: string[] = [];
  const raw = readPaperFolder(dir, problems);
  if (problems.length > 0) fail(`${dir} cannot be read:\n  - ${problems.join('\n  - ')}`);
  const parts = { paper: raw.paper, claims: raw.claims, glossary: raw.glossary ?? [], passages: raw.passages ?? [] } as PaperParts;
  if (parts.paper.id !== id) fail(`${dir}/paper.json: its id is "${String(parts.paper.id)}", not "${id}"`);
  const invalid = validateFiles(parts);
  if (invalid.length > 0) fail(`${dir} does not pass the checks the bot loads with:\n  - ${invalid.join('\n  - ')}`);
  const status = parts.paper.status === 'draft' ? 'draft' : 'published';
  const previous = await store.storedPaper(id);
  const actor = `cli:${os.userInfo().username}`;
  const at = new Date();
  await store.savePaper(
    { id, status, source: previous?.source ?? dir, parts, addedBy: previous?.addedBy ?? actor, addedAt: previous?.addedAt ?? at },
    { at, action: 'import', paperId: id, actor, detail: `${dir}; ${status}` },
  );
  process.stdout.write(`Imported ${id} (${status}) into ${storeName(config)}; running instances pick it up within a few seconds.${status === 'draft' ? ` Type "publish ${id}" in the chat to make it askable.` : ''}\n`);
}

async function list(store: Store, config: Config): Promise<void> {
  const papers = await store.storedPapers();
  const lines = [`Papers added from the chat, in ${storeName(config)}:`, ...(papers.length > 0 ? papers.map((p) => `  ${p.id} (${p.status}) from ${p.source}, added by ${p.addedBy} on ${p.addedAt.toISOString().slice(0, 10)}`) : ['  none'])];
  const changes = await store.libraryChanges(20);
  lines.push('', 'Latest changes:', ...(changes.length > 0 ? changes.map((c) => `  ${c.at.toISOString().replace('T', ' ').slice(0, 16)} ${c.actor} ${c.action} ${c.paperId}${c.detail ? ` (${c.detail})` : ''}`) : ['  none']));
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function main(argv: string[]): Promise<void> {
  const [action, ...rest] = argv;
  let values: { id?: string; from?: string; out?: string; replace?: boolean };
  try {
    values = parseArgs({ args: rest, options: { id: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' }, replace: { type: 'boolean' } } }).values;
  } catch (error) {
    fail((error as Error).message, 2);
  }
  if (action !== 'export' && action !== 'import' && action !== 'list') fail(`unknown action "${action ?? ''}"`, 2);
  const id = values.id?.trim();
  if (action !== 'list' && (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))) fail('--id: the paper id (lowercase letters, digits and dashes), as "papers" lists it', 2);
  let config: Config;
  let store: Store;
  try {
    // The store is the bot's own: DATABASE_URL or DATABASE_PATH from the environment or .env, as `npm start` reads them.
    loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
    config = loadConfig();
    // A mistyped DATABASE_PATH must not quietly create an empty database and report an empty library.
    if (!config.databaseUrl && !existsSync(config.databasePath)) fail(`DATABASE_PATH: ${config.databasePath} does not exist; point it at the bot's database (the file \`npm start\` uses)`);
    store = await openStore(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreError) fail(error.message);
    throw error;
  }
  try {
    if (action === 'export') await exportPaper(store, config, id!, values.out, values.replace === true);
    else if (action === 'import') await importPaper(store, config, id!, values.from);
    else await list(store, config);
  } finally {
    await store.close();
  }
}

if (process.argv[1] && /library\.ts$/.test(process.argv[1])) await main(process.argv.slice(2));
