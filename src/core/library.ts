import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildLibrary, buildPaper, DataError, Interner, UNREADABLE, type LibraryEntry, type RawPaper } from './build-paper.js';
import { paragraphsOf } from './paragraphs.js';
import type { Library, Paper } from './types.js';

/**
 * The file side of the library: reads data/papers/<paper-id>/ (paper.json, claims.json, optional
 * glossary.json and passages.json, legacy sources/<id>.txt press texts) and hands the parsed
 * objects to buildPaper, which knows nothing of files.
 */

export { DataError } from './build-paper.js';

/** Line and column (from 1) of a character offset, the way editors count. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** A JSON.parse failure as a person reads it: where (line and column), what, and the line itself. */
export function describeJsonError(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const { line, column } = lineAndColumn(text, position !== undefined ? Number(position) : text.length);
  const what = error.message
    .replace(/,? ?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/^Unexpected end of JSON input$/, 'the file ends before the JSON does (a missing ] or }?)');
  const lineText = text.split('\n')[line - 1]?.trim() ?? '';
  const shown = lineText.length > 80 ? `${lineText.slice(0, 77)}…` : lineText;
  return `not valid JSON at line ${line}, column ${column}: ${what}${shown ? ` (the line reads: ${shown})` : ''}`;
}

function readJson(file: string, problems: string[], required: boolean): unknown {
  if (!existsSync(file)) {
    if (required) {
      problems.push(`${file}: file is missing`);
      return UNREADABLE;
    }
    return undefined;
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: ${describeJsonError(text, error as Error)}`);
    return UNREADABLE;
  }
}

/**
 * Press texts kept as sources/<id>.txt (the older layout of paper:new) become passages ¶1, ¶2, …
 * so their locators are checked the same way as passages.json.
 */
function legacyPressPassages(dir: string, paper: unknown): Array<{ source: string; locator: string; text: string }> {
  const sources = (paper as { sources?: Array<{ id?: unknown; kind?: unknown }> } | undefined)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((s) => {
    if (s?.kind !== 'press' || typeof s.id !== 'string') return [];
    const file = path.join(dir, 'sources', `${s.id}.txt`);
    if (!existsSync(file)) return [];
    return paragraphsOf(readFileSync(file, 'utf8')).map((text, i) => ({ source: s.id as string, locator: `¶${i + 1}`, text }));
  });
}

/** The raw parts of one paper folder, as buildPaper takes them. */
export function readPaperFolder(dir: string, problems: string[]): RawPaper {
  const names = {
    paper: path.join(dir, 'paper.json'),
    claims: path.join(dir, 'claims.json'),
    glossary: path.join(dir, 'glossary.json'),
    passages: path.join(dir, 'passages.json'),
  };
  const paper = readJson(names.paper, problems, true);
  const claims = readJson(names.claims, problems, true);
  const glossary = readJson(names.glossary, problems, false);
  let passages = readJson(names.passages, problems, false);
  const legacy = paper === UNREADABLE ? [] : legacyPressPassages(dir, paper);
  if (legacy.length > 0 && passages !== UNREADABLE) {
    const stored = Array.isArray(passages) ? (passages as Array<{ source?: unknown }>) : [];
    const storedSources = new Set(stored.map((p) => p.source));
    passages = [...stored, ...legacy.filter((p) => !storedSources.has(p.source))];
  }
  return { paper, claims, glossary, passages, names };
}

export function loadPaper(dir: string, problems: string[], strings?: Interner): Paper | undefined {
  const raw = readPaperFolder(dir, problems);
  const paper = buildPaper(raw, problems, strings);
  if (paper && path.basename(dir) !== paper.data.id) {
    problems.push(`${raw.names!.paper} field id: "${paper.data.id}" must match the folder name "${path.basename(dir)}"`);
    return undefined;
  }
  return paper;
}

/** Loads every paper folder under `root` (data/papers). Throws DataError listing all problems found. */
export function loadLibrary(root: string): Library {
  const problems: string[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DataError([`${root}: the papers folder is missing (expected data/papers/<paper-id>/)`]);
  }
  const dirs = readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(path.join(root, name)).isDirectory())
    .sort();
  if (dirs.length === 0) problems.push(`${root}: no paper folders found`);
  const entries: LibraryEntry[] = [];
  // Tags, evidence kinds, source ids, locators and citations repeat across thousands of claims: one copy of each.
  const strings = new Interner();
  for (const name of dirs) {
    const dir = path.join(root, name);
    const paper = loadPaper(dir, problems, strings);
    if (paper) entries.push({ paper, claimsName: path.join(dir, 'claims.json') });
  }
  const library = problems.length === 0 ? buildLibrary(entries, problems) : undefined;
  if (!library) throw new DataError(problems);
  return library;
}
