import { stemmer } from 'stemmer';
import { STOP_WORDS } from './words.js';

export const MAX_QUESTION_CHARS = 500;

export interface CleanInput {
  text: string;
  truncated: boolean;
}

// Control characters, zero-width characters and bidi overrides: invisible, so never meaningful in a question.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Normalises what a user typed: unicode compatibility forms, invisible characters, runs of space, length. */
export function cleanInput(raw: string, maxChars = MAX_QUESTION_CHARS): CleanInput {
  const text = String(raw ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    // Chat mention syntax (<@U123>, <@!123>, <@&role>, <!here>) pasted into any surface names no one in a question.
    .replace(/<(?:@[!&]?|!)[\w.-]+(?:\|[^>]*)?>/g, ' ')
    // A mention typed as plain text ("@bot what does IL26 do?") addresses the bot; it is not part of the question.
    .replace(/(?:^|\s)@[\p{L}\p{N}_.-]+(?=[\s,:;]|$)[,:;]?/gu, ' ')
    // "the IF they quoted", "IF 13.5": the impact factor in capitals, not the word "if".
    .replace(/(?<=\b(?:the|an|its|their|journal'?s?)\s)IF\b|\bIF(?=\s*(?:of\b|=|~?\d))/g, 'impact factor')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxChars) return { text, truncated: false };
  // Cut at a word boundary and never inside a surrogate pair.
  const cut = Array.from(text).slice(0, maxChars).join('');
  const space = cut.lastIndexOf(' ');
  return { text: (space > maxChars * 0.6 ? cut.slice(0, space) : cut).trim(), truncated: true };
}

/** Lowercase word tokens; hyphens and slashes split words so "IL-26" and "JAK/STAT3" become phrases. */
export function tokenize(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  // Only a text with one of those scripts can hold a word of it run into a name (claims almost never do).
  return SPACELESS_CHAR.test(text) ? tokens.flatMap(splitScripts) : tokens;
}

/**
 * Han, kana and Hangul are written without spaces, so a name typed inside them ("EMTって何ですか",
 * "IL26은") is split from them into a word of its own. Code points, not Unicode-property patterns
 * (their tables cost a first question tens of milliseconds).
 */
function splitScripts(token: string): string[] {
  let parts: string[] | undefined;
  let start = 0;
  let at = 0;
  let before: boolean | undefined;
  for (const ch of token) {
    const spaceless = isSpaceless(ch.codePointAt(0)!);
    if (before !== undefined && spaceless !== before) {
      (parts ??= []).push(token.slice(start, at));
      start = at;
    }
    before = spaceless;
    at += ch.length;
  }
  if (!parts) return [token];
  parts.push(token.slice(start));
  return parts;
}

const SPACELESS_CHAR = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/;
/** Hangul (syllables and jamo), kana, Han and halfwidth katakana: the ranges of SPACELESS_CHAR. */
const isSpaceless = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff66 && cp <= 0xff9f);

/** A token wholly in a script written without spaces (tokenize splits such runs from Latin names). */
export function inSpacelessScript(token: string): boolean {
  for (const ch of token) if (!isSpaceless(ch.codePointAt(0)!)) return false;
  return token.length > 0;
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Porter stem for words; tokens with digits (IL26, CX3CL1) are names and stay as they are. */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(token, (stemmed = stemmer(token)));
  }
  return stemmed;
}

// A library's vocabulary is small next to its word count: indexing stems each distinct word once.
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

/** The words on either side of an "or" ("any radiation experiments at all, or only chemo?"): the things a question offers as a choice. */
export function choiceWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/((?:[\w-]+ ){0,5}[\w-]+)\s+or\s+(?:only |just |was it |did they )?([\w-]+(?: [\w-]+){0,2})/g)) {
    for (const w of [...m[1]!.split(' '), ...m[2]!.split(' ')]) words.add(w);
  }
  return words;
}

/** A term as it reads mid-sentence: "Brain metastasis" and "Cisplatin" lower-cased, "IL-26" and "JAK-STAT3" as they are. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
