import { stem, tokenize } from './text.js';
import type { GlossaryEntry } from './types.js';

/** Stemmed phrases mapped to keys, matched longest first. */
export interface PhraseTable {
  /** stemmed phrase joined by spaces -> key */
  phrases: Map<string, string>;
  /** every proper prefix of a multi-word phrase, so matching extends a phrase only while one can follow */
  prefixes: Set<string>;
}

/** Adds a phrase; the first key given for a phrase keeps it. */
export function addPhrase(table: PhraseTable, stems: string[], key: string): void {
  if (stems.length === 0) return;
  const phrase = stems.join(' ');
  if (!table.phrases.has(phrase)) table.phrases.set(phrase, key);
  for (let n = 1; n < stems.length; n++) table.prefixes.add(stems.slice(0, n).join(' '));
}

/** Every way the glossary lets a user name a term, as stemmed token sequences mapped to one concept key ("@il26"). */
export interface AliasTable extends PhraseTable {
  /** concept key -> related concept keys (query expansion at lower weight) */
  related: Map<string, string[]>;
  /** concept key -> display name */
  names: Map<string, string>;
  /** every raw token used in an alias, so typo correction can reach alias words too */
  tokens: Set<string>;
}

export const conceptKey = (termId: string): string => `@${termId}`;

/** "CAF (cancer-associated fibroblast)" names the term twice: both halves are aliases. */
function namesOf(entry: GlossaryEntry): string[] {
  const outer = entry.term.replace(/\(.*?\)/g, ' ');
  const inner = [...entry.term.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  return [entry.term, outer, ...inner, entry.id, ...entry.aliases];
}

export function buildAliasTable(glossaries: GlossaryEntry[][]): AliasTable {
  const table: AliasTable = { phrases: new Map(), prefixes: new Set(), related: new Map(), names: new Map(), tokens: new Set() };
  for (const entry of glossaries.flat()) {
    const key = conceptKey(entry.id);
    if (!table.names.has(key)) table.names.set(key, entry.term.replace(/\s*\(.*\)\s*/, '') || entry.term);
    for (const name of namesOf(entry)) {
      const tokens = tokenize(name);
      if (tokens.length === 0) continue;
      tokens.forEach((t) => table.tokens.add(t));
      // The first paper to define a phrase owns it; a later paper's entry with the same id merges.
      addPhrase(table, tokens.map(stem), key);
    }
    const related = entry.related.map(conceptKey);
    table.related.set(key, [...new Set([...(table.related.get(key) ?? []), ...related])]);
  }
  return table;
}

export interface PhraseMatch {
  key: string;
  start: number;
  length: number;
}

/** Greedy longest-first phrase matching over stemmed tokens. */
export function matchAliases(stems: string[], table: PhraseTable): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < stems.length; ) {
    let found: PhraseMatch | undefined;
    let phrase = stems[i]!;
    for (let j = i; ; ) {
      const key = table.phrases.get(phrase);
      if (key) found = { key, start: i, length: j - i + 1 };
      if (++j >= stems.length || !table.prefixes.has(phrase)) break;
      phrase = `${phrase} ${stems[j]}`;
    }
    if (found) {
      matches.push(found);
      i += found.length;
    } else {
      i += 1;
    }
  }
  return matches;
}
