/**
 * A source article as numbered paragraphs (¶1, ¶2, ...), the convention the claims' locators follow.
 * Accepts both ways articles are saved as text: one paragraph a line, or paragraphs separated by
 * blank lines with their lines hard-wrapped (joined back here). Copyright lines are skipped.
 */
export function paragraphsOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else {
      blocks.at(-1)!.push(line.replace(/\s+$/, ''));
    }
  }
  return blocks
    .flatMap((block) => (isHardWrapped(block) ? unwrap(block) : block.map((l) => l.trim())))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0 && !/^(©|\(c\)|copyright\b)/i.test(p));
}

const WRAP_WIDTH = 100;
const ENDS_SENTENCE = /[.!?:;"”’)]$/;

/** Wrapped lines are short and mostly end mid-sentence; one-paragraph-a-line text ends each line with a full stop. */
function isHardWrapped(block: string[]): boolean {
  if (block.length < 2) return false;
  const inner = block.slice(0, -1);
  if (inner.some((l) => l.trim().length > WRAP_WIDTH)) return false;
  const open = inner.filter((l) => !ENDS_SENTENCE.test(l.trim())).length;
  return open * 2 >= inner.length;
}

/** Joins wrapped lines; a short line ending a sentence, or an indented line, still ends or starts a paragraph. */
function unwrap(block: string[]): string[] {
  const width = Math.max(...block.map((l) => l.trim().length));
  const paragraphs: string[] = [];
  let current = '';
  block.forEach((raw, i) => {
    const line = raw.trim();
    if (current && /^\s+/.test(raw) && i > 0 && !/^\s+/.test(block[i - 1]!)) {
      paragraphs.push(current);
      current = '';
    }
    current = !current ? line : /[A-Za-z]-$/.test(current) && /^[a-z]/.test(line) ? `${current}${line}` : `${current} ${line}`;
    if (ENDS_SENTENCE.test(line) && line.length < width * 0.7 && i < block.length - 1) {
      paragraphs.push(current);
      current = '';
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Tokens ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(
  ['al.', 'e.g.', 'i.e.', 'cf.', 'vs.', 'v.', 'fig.', 'figs.', 'ref.', 'refs.', 'eq.', 'eqs.', 'no.', 'nos.', 'vol.', 'approx.', 'ca.', 'dr.', 'prof.', 'mr.', 'mrs.', 'ms.', 'st.', 'inc.', 'ltd.', 'co.', 'jr.', 'sr.', 'resp.', 'suppl.', 'sp.', 'spp.', 'var.', 'ed.', 'eds.', 'pp.', 'p.', 'dept.', 'univ.', 'tab.'],
);

/**
 * Sentences of a paragraph, split after . ! ? when a capital, digit or quote follows, but not after
 * "et al.", "e.g.", "Fig.", initials ("S. C. Lema") or inside parentheses and brackets.
 */
export function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    const lastToken = (/(\S+)$/.exec(candidate)?.[1] ?? '').replace(/^[([{"“‘]+/, '');
    const closingTrimmed = lastToken.replace(/["”’)\]]+$/, '');
    if (ABBREVIATIONS.has(closingTrimmed.toLowerCase()) || /^(?:[A-Z]\.)+$/.test(closingTrimmed)) continue;
    if (depth(candidate) > 0) continue;
    sentences.push(candidate.trim());
    start = m.index + m[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter(Boolean);
}

function depth(text: string): number {
  let d = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') d++;
    else if ((ch === ')' || ch === ']') && d > 0) d--;
  }
  return d;
}
