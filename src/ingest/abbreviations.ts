/**
 * Abbreviation definitions in running text, by the algorithm of Schwartz and Hearst, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text", Pacific Symposium on
 * Biocomputing 2003:451-462.
 *
 * 1. Candidates: "long form (short form)", or "short form (long form)" when the parenthesised
 *    text is too long to be the short form. A short form has at most two words, 2-10 characters,
 *    starts with a letter or digit and contains a letter. The long form is sought among the
 *    min(|SF| + 5, |SF| * 2) words before the parenthesis.
 * 2. Matching: walk the short form from its end, finding each letter or digit in the long form
 *    from right to left; the short form's first character must start a word of the long form.
 *    The long form found is the shortest one that matches.
 * 3. Rejections: a long form shorter than the short form, one that contains the short form as a
 *    word, or one with more words than the window allows.
 * Our one addition: a short form must contain a capital letter, which drops "(males)"-like asides.
 */

export interface AbbreviationDefinition {
  short: string;
  long: string;
}

const isAlnum = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);

/** The paper's test, plus one of ours: a short form has a capital letter ("(males)" or "(low)" is not an abbreviation). */
function isValidShortForm(sf: string): boolean {
  return sf.length >= 2 && sf.length <= 10 && sf.split(/\s+/).length <= 2 && isAlnum(sf[0]) && /\p{L}/u.test(sf) && /\p{Lu}/u.test(sf);
}

/** Whether the short form's letters appear, in order, among the initials of the long form's words (SMRT: Silencing Mediator for Retinoid and Thyroid receptors). */
function spelledByInitials(shortForm: string, long: string): boolean {
  const initials = long.split(/[\s-]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toLowerCase());
  let i = 0;
  for (const ch of shortForm.toLowerCase()) {
    if (!isAlnum(ch)) continue;
    while (i < initials.length && initials[i] !== ch) i++;
    if (i++ >= initials.length) return false;
  }
  return true;
}

const STOP = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * Step 2 of the algorithm: the shortest tail of `candidate` whose words the short form's
 * characters spell, or undefined. Our second addition: at most one content word of the long
 * form may go unused by the short form, unless the short form's letters are the initials of its
 * words, which rejects a match that strays over a clause ("T3 status and mRNA levels for
 * thyrotropin β-subunit" for TSHβ) and keeps "silencing mediator for retinoid and thyroid
 * receptors" for SMRT.
 */
export function bestLongForm(shortForm: string, candidate: string): string | undefined {
  const sf = [...shortForm.toLowerCase()];
  const chars = [...candidate];
  const lf = chars.map((c) => c.toLowerCase());
  const used = new Set<number>();
  let s = sf.length - 1;
  let l = lf.length - 1;
  for (; s >= 0; s--) {
    const ch = sf[s]!;
    if (!isAlnum(ch)) continue;
    // The first character of the short form must begin a word of the long form.
    while ((l >= 0 && lf[l] !== ch) || (s === 0 && l > 0 && isAlnum(lf[l - 1]))) l--;
    if (l < 0) return undefined;
    used.add(l);
    l--;
  }
  let start = l + 1;
  while (start > 0 && !/\s/.test(chars[start - 1]!)) start--;
  let unused = 0;
  for (const m of chars.join('').slice(0).matchAll(/[^\s-]+/g)) {
    const from = [...chars.join('').slice(0, m.index)].length;
    if (from < start) continue;
    const to = from + [...m[0]].length;
    const word = m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!word || STOP.has(word)) continue;
    if (![...used].some((i) => i >= from && i < to)) unused++;
  }
  const long = chars.slice(start).join('').trim();
  if (unused > 1 && !spelledByInitials(shortForm, long)) return undefined;
  return long;
}

const wordsOf = (text: string) => text.split(/[\s-]+/).filter(Boolean);

function accept(shortForm: string, longCandidate: string): AbbreviationDefinition | undefined {
  const sf = shortForm.trim();
  const window = Math.min(sf.length + 5, sf.length * 2);
  const tail = longCandidate.trim().split(/\s+/).slice(-window).join(' ');
  const long = bestLongForm(sf, tail)?.replace(/^[\s"“'‘([{]+/, '').replace(/[\s,;:]+$/, '');
  if (!long) return undefined;
  if (long.length <= sf.length) return undefined;
  if (wordsOf(long).some((w) => w.toLowerCase() === sf.toLowerCase())) return undefined;
  if (long.split(/\s+/).length > window) return undefined;
  if ((long.match(/\(/g) ?? []).length !== (long.match(/\)/g) ?? []).length) return undefined;
  return { short: sf, long };
}

/** The definitions in one sentence, in order. */
export function abbreviationsIn(sentence: string): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  let searchFrom = 0;
  for (;;) {
    const open = sentence.indexOf('(', searchFrom);
    if (open < 0) break;
    // The matching parenthesis, allowing nested ones: "(T(3))".
    let depth = 0;
    let close = -1;
    for (let i = open; i < sentence.length; i++) {
      if (sentence[i] === '(') depth++;
      else if (sentence[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) break;
    searchFrom = open + 1;
    const inside = sentence.slice(open + 1, close);
    // "(PBDE-47; the most common congener)": the short form ends at the first ; or ,
    const shortForm = inside.split(/[;,]\s/)[0]!.trim();
    const before = sentence.slice(0, open);
    if (isValidShortForm(shortForm)) {
      const pair = accept(shortForm, before);
      if (pair) {
        found.push(pair);
        continue;
      }
    }
    // "short form (long form)": one word before the parenthesis, a phrase inside it.
    const previous = /(\S+)\s*$/.exec(before)?.[1]?.replace(/[,;:]$/, '');
    if (previous && isValidShortForm(previous) && inside.trim().split(/\s+/).length > 1) {
      const pair = accept(previous, inside);
      if (pair && pair.long.length === inside.trim().length) found.push(pair);
    }
  }
  return found;
}

export interface GlossaryCandidate {
  /** the short form as first defined, singular when the text uses a plural ("CAFs" -> "CAF") */
  term: string;
  long: string;
  /** other spellings seen: the plural, a differently cased long form */
  aliases: string[];
  /** where it is first defined */
  locator: string;
  /** how many sentences use the short form */
  uses: number;
}

/**
 * Glossary candidates for a whole article: each short form once, at its first definition, with how
 * often the text uses it (the most used make the best glossary entries and topics).
 */
export function glossaryCandidates(passages: Array<{ locator: string; sentences: string[] }>): GlossaryCandidate[] {
  const byTerm = new Map<string, GlossaryCandidate>();
  for (const { locator, sentences } of passages) {
    for (const sentence of sentences) {
      for (const { short, long } of abbreviationsIn(sentence)) {
        const singular = /^[A-Z0-9][A-Za-z0-9-]*[A-Z0-9]s$/.test(short) ? short.slice(0, -1) : short;
        const key = singular.toLowerCase();
        const existing = byTerm.get(key);
        // A long form another short form already owns ("Oral Health Impact Profile" for OHIP, then OHIP-E) is a variant, not a definition.
        if (!existing && [...byTerm.values()].some((c) => c.long.toLowerCase() === long.toLowerCase())) continue;
        if (existing) {
          for (const alias of [short, long]) if (alias !== existing.term && alias !== existing.long && !existing.aliases.includes(alias)) existing.aliases.push(alias);
          continue;
        }
        byTerm.set(key, { term: singular, long, aliases: singular !== short ? [short] : [], locator, uses: 0 });
      }
    }
  }
  const all = passages.flatMap((p) => p.sentences);
  for (const candidate of byTerm.values()) {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${candidate.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?=$|[^\\p{L}\\p{N}])`, 'u');
    candidate.uses = all.filter((s) => pattern.test(s)).length;
  }
  return [...byTerm.values()];
}
