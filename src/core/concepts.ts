import { addPhrase, matchAliases, type PhraseTable } from './aliases.js';
import type { LexiconEntry } from './lexicon.js';
import type { ClaimIndex, QueryConcept } from './retrieve.js';
import { foreignFunctionWord, partlyInAnotherLanguage } from './languages.js';
import { isStopWord, stem, tokenize } from './text.js';
import { EVERYDAY_RANK, EVERYDAY_SUBJECTS, GENERIC_WORDS, wordRank } from './words.js';

const MAX_CONCEPTS = 24;
/** "How long do patients with brain mets usually live?": a survival figure asked about people, however the words fall. */
const PEOPLE_WORDS = 'patients?|people|persons?|someone|somebody|folks|pts|those|they|men|women|adults';
const PEOPLE = new RegExp(`\\b(?:${PEOPLE_WORDS})\\b`, 'gi');
export const HOW_LONG_LIVED = new RegExp(
  `\\bhow long (?:do|does|did|will|would|can|could|might|may|is|are)?\\s*((?:[\\w'-]+ ){0,6}?(?:${PEOPLE_WORDS})\\b(?: [\\w'-]+){0,6}?) (?:usually |typically |normally |generally |tend to |on average )?(?:live|survive|last|have left)\\b`,
  'i',
);
const RELATED_WEIGHT = 0.6;
/** A lay wording counts less than the claims' own word, so a claim using the member's word still wins. */
const LAY_WEIGHT = 0.7;

interface LexiconTable extends PhraseTable {
  /** lexicon key -> index terms it stands for */
  means: Map<string, string[]>;
}

/**
 * Question text -> concepts: typos corrected against the claims' vocabulary, glossary aliases
 * folded into one concept, lay wordings led to the claims' terms, stop words dropped.
 */
export class ConceptReader {
  private readonly lexicon: LexiconTable;

  constructor(
    private readonly index: ClaimIndex,
    lexicon: LexiconEntry[],
  ) {
    this.lexicon = { phrases: new Map(), prefixes: new Set(), means: new Map() };
    lexicon.forEach((entry, i) => {
      const key = `~${i}`;
      const terms = new Set<string>();
      for (const phrase of entry.means) {
        const stems = tokenize(phrase).filter((t) => !isStopWord(t)).map(stem);
        const alias = index.aliases.phrases.get(stems.join(' '));
        if (alias) terms.add(alias);
        else stems.forEach((s) => terms.add(s));
      }
      this.lexicon.means.set(key, [...terms]);
      for (const lay of entry.lay) addPhrase(this.lexicon, tokenize(lay).map(stem), key);
    });
    wordRank('warm-up'); // load the word list at start-up, not during the first question
  }

  private isKnownWord(token: string): boolean {
    return isStopWord(token) || GENERIC_WORDS.has(token) || this.index.usesWord(token) || this.index.aliases.tokens.has(token) || this.index.has(stem(token));
  }

  /**
   * A term heard rather than read comes split in two ("fractal kine", "cyto kine", "inter leukin"):
   * two neighbouring words, not both known, whose join is a word of the claims or the glossary, are read as one.
   */
  private joinSplitWords(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i]!;
      // "E M T in plain english": a term spelt out letter by letter.
      let letters = 0;
      while (letters < 6 && tokens[i + letters]?.length === 1 && /^[a-z]$/.test(tokens[i + letters]!)) letters++;
      const spelt = letters >= 2 ? tokens.slice(i, i + letters).join('') : '';
      if (spelt && this.index.aliases.tokens.has(spelt)) {
        out.push(spelt);
        i += letters - 1;
        continue;
      }
      const b = tokens[i + 1];
      const joined = b === undefined ? '' : `${a}${b}`;
      if (b !== undefined && /^[a-z]+$/.test(joined) && !(this.isKnownWord(a) && this.isKnownWord(b)) && (this.index.aliases.tokens.has(joined) || this.index.usesWord(joined))) {
        out.push(joined);
        i++;
      } else out.push(a);
    }
    return out;
  }

  /**
   * "simple words mein samjhao, cancer stem cells kya hote hain?", "qual o DOI do artigo?": a message
   * written partly in another language. Its words that are neither English nor the claims' (nor names:
   * "ruxolitinib", "CX3CR1") are that language's when the message uses that language's little words
   * ("mein", "kya", "do", "artigo"), or another script. They ask nothing the claims could lack. An English
   * question full of rare words ("rapamycin extends lifespan in mice?") is still English.
   */
  private foreignWords(tokens: string[]): Set<number> {
    const unknown = tokens.flatMap((t, i) => ((!this.isKnownWord(t) && wordRank(t) === Infinity && !/\d/.test(t) && !NAME_ENDING.test(t)) || foreignFunctionWord(t) ? [i] : []));
    return partlyInAnotherLanguage(tokens) ? new Set(unknown) : new Set();
  }

  /** `ignore` holds words that framed the question (intent words, a named paper), not its content. */
  read(asked: string, ignore: ReadonlySet<string> = new Set()): QueryConcept[] {
    const { index } = this;
    // "How long do patients with brain mets live?": the lay phrase comes apart around its subject.
    // The people are the phrase's, not a subject of their own: "patients" would favour claims about patient tissue.
    const question = asked.replace(HOW_LONG_LIVED, (_all, subject: string) => `${subject.replace(PEOPLE, ' ')} life expectancy`);
    const tokens = this.joinSplitWords(tokenize(question).filter((t) => !ignore.has(t)));
    const asking = askingWords(question);
    const corrections = new Map<number, string>();
    const foreign = this.foreignWords(tokens);
    const words = tokens.map((t, i) => {
      // Everyday words are real words, not typos: "paris" must not become "pairs".
      // Another language's short words are not misspelt English ("forma" is not "form"); its long ones
      // may be the paper's terms in that language ("fibroblasto", "metastasis").
      if (this.isKnownWord(t) || wordRank(t) < EVERYDAY_RANK || (foreign.has(i) && t.length < 8)) return t;
      const fixed = index.fuzzy.correct(t);
      if (fixed) {
        corrections.set(i, fixed);
        foreign.delete(i);
      }
      return fixed ?? t;
    });
    const stems = words.map(stem);
    const aliasAt = new Map(matchAliases(stems, index.aliases).map((m) => [m.start, m]));
    const lexiconAt = new Map(matchAliases(stems, this.lexicon).map((m) => [m.start, m]));
    const concepts = new Map<string, QueryConcept>();
    // Every span a concept was read from: "mice ... the animal experiments" is one concept asked twice.
    const spans = new Map<string, string[]>();
    const seen = (key: string, surface: string) => spans.set(key, [...(spans.get(key) ?? []), surface]);
    const correctedTo = (i: number, name: string) => (corrections.has(i) ? { correctedTo: name } : {});
    for (let i = 0; i < words.length; ) {
      const alias = aliasAt.get(i);
      if (alias) {
        const related = index.aliases.related.get(alias.key) ?? [];
        const surface = tokens.slice(i, i + alias.length).join(' ');
        seen(alias.key, surface);
        if (!concepts.has(alias.key)) {
          const label = index.aliases.names.get(alias.key) ?? surface;
          concepts.set(alias.key, {
            key: alias.key,
            surface,
            label,
            alternatives: [{ term: alias.key, weight: 1 }, ...related.map((term) => ({ term, weight: RELATED_WEIGHT }))],
            generic: false,
            rank: Infinity,
            covered: false,
            main: true,
            ...correctedTo(i, label),
          });
        }
        i += alias.length;
        continue;
      }
      const lay = lexiconAt.get(i);
      if (lay) {
        const span = words.slice(i, i + lay.length);
        const content = span.filter((w) => !isStopWord(w));
        const key = content.map(stem).join(' ') || lay.key;
        seen(key, tokens.slice(i, i + lay.length).join(' '));
        if (!concepts.has(key)) {
          // A phrasal verb means what the phrase means: "switching on" is not "switch" (as in "switch off").
          const phrasal = span.some((w) => PARTICLES.has(w));
          const literal = content.length === 1 && !phrasal ? [{ term: stem(content[0]!), weight: 1 }] : [];
          concepts.set(key, {
            key,
            surface: tokens.slice(i, i + lay.length).join(' '),
            label: tokens.slice(i, i + lay.length).join(' '),
            alternatives: [...literal, ...(this.lexicon.means.get(lay.key) ?? []).map((term) => ({ term, weight: LAY_WEIGHT }))],
            // A phrase of function words ("why", "how come") is a question of its own: not generic.
            generic: content.length > 0 && content.every((w) => GENERIC_WORDS.has(w)),
            rank: Math.min(...content.map((w) => wordRank(w)), Infinity),
            covered: false,
            main: true,
            lay: true,
            ...correctedTo(i, span.join(' ')),
          });
        }
        i += lay.length;
        continue;
      }
      const word = words[i]!;
      if (!isStopWord(word)) seen(stems[i]!, tokens[i]!);
      if (!isStopWord(word) && !concepts.has(stems[i]!)) {
        concepts.set(stems[i]!, {
          key: stems[i]!,
          surface: tokens[i]!,
          label: tokens[i]!,
          alternatives: [{ term: stems[i]!, weight: 1 }],
          // A bare number ("$50", "2") says nothing about what is asked; nor does a word of the member's own language.
          generic: GENERIC_WORDS.has(word) || word.length < 2 || /^\d+$/.test(word) || foreign.has(i),
          rank: EVERYDAY_SUBJECTS.has(word) ? EVERYDAY_RANK : Math.min(wordRank(word), wordRank(tokens[i]!)),
          covered: false,
          main: true,
          ...correctedTo(i, word),
        });
      }
      i += 1;
    }
    const proper = properNames(question);
    for (const c of concepts.values()) {
      c.main = (spans.get(c.key) ?? [c.surface]).some((span) => span.split(' ').some((w) => asking.has(w)));
      if (proper.has(c.surface)) c.proper = true;
    }
    const list = [...concepts.values()].slice(0, MAX_CONCEPTS);
    for (const c of list) c.covered = c.alternatives.some((a) => index.has(a.term));
    // Only beside a term of the papers are another language's words set aside: "có ai biết chỗ mua pipette
    // tips ở Hà Nội không?" names none, and its words stay what it asks about.
    if (foreign.size > 0 && !list.some((c) => c.covered && (c.key.startsWith('@') || RECORD_WORDS.has(c.surface)))) {
      const theirs = new Set([...foreign].map((i) => tokens[i]!));
      for (const c of list) if (theirs.has(c.surface)) c.generic = GENERIC_WORDS.has(c.surface);
    }
    return list;
  }
}

const PARTICLES = new Set(['on', 'off', 'up', 'down', 'out']);
// "qual o DOI do artigo?": a line of the paper's record is a term of the paper too.
const RECORD_WORDS = new Set(['doi', 'journal', 'author', 'authors', 'title', 'published', 'publication', 'impact', 'volume', 'date', 'year']);
// Drug, gene and disease names keep their weight however foreign the message around them.
const NAME_ENDING = /(?:mab|nib|inib|ciclib|platin|taxel|rubicin|mycin|cillin|vir|zole|statin|itis|oma|osis|emia|aemia|pathy)$/;

const WH = /^(?:what|what's|whats|wat|waht|which|whcih|wich|who|who's|whos|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had|should|would|will|any)\b/;
// "Who" and "which" mid-clause are mostly relative ("a statistician who joined"): they ask only at the start or after a joining word.
const QUESTION_WORD = /\b(?:what|what's|whats|wat|waht|who's|whos|when|where|why|how)\b|(?:^|\b(?:and|so|but|or|then|ok|okay)\s+)(?:which|whcih|wich|who|whom|whose)\b/;

// "like X or what" offers an analogy; "like intracranial or flank?" offers the choices asked about.
const ANALOGY = /\b(?:(?:kind of|kinda|sort of|a bit|bit|just|more|something) )?(?:like|similar to|as if|akin to|analogous to) (?!(?:which|what|how|who|where|when|through|in|with|by|from|via|for|to)\b)(?![^?.!,;]*\bor (?!what|something|smth|sth|so|not|whatever|anything)\w)(?:a |an |the |some |those |these )?[\w' -]+?(?=[?.!,;]| or\b|$)/g;

const EXAMPLES_OFFERED = /^(.+?)\s*(?:\s[-–—]\s|:\s|\?\s+)(?:[\w-]+(?: [\w-]+)?\s*(?:,|\/|\bor\b)\s*)+(?:something else|anything else|or (?:something|what)|others?|etc\.?)\s*\??$/;

/** Words that ask without naming anything ("what am I doing wrong?", "any idea why?"). */
const CONTENTLESS = new Set(['wrong', 'right', 'idea', 'ideas', 'true', 'correct', 'fix', 'going', 'happening', 'okay', 'fine', 'normal', 'possible', 'doing']);

// "someone at lunch said mice don't even have IL-26??": who said it, and where, is not what is asked.
const HEARSAY = /^(?!(?:who|what|which|where|when|why|how|did|does|do|is|was|are|were)\b)(?:[\w']+ ){1,5}?(?:said|says|told (?:me|us)|mentioned|claimed|claims|reckons|swears)(?: that)? (?=\S+ \S)/;

const RECORD_LINE = /\b(?:(?:first|last|senior|corresponding) authors?|author list|journal|doi|impact factor|volume|affiliations?|pmid|pmcid)\b/;

/**
 * The words of the clauses that ask: those with a question word, starting with an auxiliary, or
 * ending in "?". "whats the doi, need it for my slides" asks for the DOI; "slides" is an aside.
 * With no asking clause, every word counts.
 */
function askingWords(question: string): Set<string> {
  // "mouse strain - nude, NSG, something else?": the examples offered after the subject are not what is asked.
  const offered = EXAMPLES_OFFERED.exec(question.toLowerCase().trim());
  if (offered) return new Set(tokenize(offered[1]!));
  const clauses = question
    .toLowerCase()
    // A slash splits only questions asked one after the other ("doi? / journal?"), not "the IL26 / CX3CL1 study".
    .split(/(?<=[?!.;:])\s+|,\s*|\s[-–—]+\s|(?<=\?)\s*\/\s/)
    .map((c) => c.trim().replace(HEARSAY, ''))
    .filter(Boolean);
  // A clause with a question word asks; "A549? H1299?" after it only offers examples.
  const worded = clauses.filter((c) => WH.test(c) || QUESTION_WORD.test(c));
  const marked = clauses.filter((c) => c.endsWith('?'));
  // "These antibodies, are they like a plug? What did they plug?": a pronoun sends the asking clause back a clause.
  const points = (c: string) => /\b(?:they|them|it|its|these|those|this|that)\b/.test(c);
  const pointing = worded.some(points);
  // "Press keeps saying radiation resistance. Does the paper support that?": the clause pointed back at asks too.
  const pointsBackAtEnd = (c: string) => /\b(?:that|this|it|them|those)\s*(?:at all|really|then|though|tho|too)?\s*[?.!]*$/.test(c);
  // "The neutralizing antibodies - what exactly did they reverse?": a short topic before the clause its pronoun points to.
  // "IF 13.5 — does that tell us anything about whether it's good?": "that" opening the ask points back too.
  const topicFirst = (c: string) => /\b(?:they|it|that (?:number|figure|claim|bit|part|line|stat|statistic))\b|^(?:does|did|is|was|would|could|can|should) (?:that|this)\b/.test(c) && (clauses[clauses.indexOf(c) - 1]?.split(/\s+/).length ?? 99) <= 4;
  const before = worded
    .filter((c) => pointsBackAtEnd(c) || topicFirst(c))
    .map((c) => clauses[clauses.indexOf(c) - 1])
    .filter((c): c is string => c !== undefined && !/[?:]$/.test(c));
  // "Which STAT3 site did they look at, tyr705?": a word or two offered after a which-question is an example.
  const offeredExample = (c: string) => !worded.includes(c) && tokenize(c).length <= 2 && /\d/.test(c) && worded.some((w) => /\b(?:which|what)\b/.test(w));
  const asking = worded.length > 0 ? (pointing ? [...new Set([...before, ...worded, ...marked.filter((c) => !offeredExample(c))])] : worded) : marked;
  // "IL26, like a hormone or what?": the analogy offered is not what is asked about.
  const words = asking.flatMap((c) => tokenize(c.replace(ANALOGY, ' ')));
  // "my sourdough keeps dying, what am I doing wrong?": an asking clause with nothing of its own
  // asks about what the other clauses say.
  // "who's the first author? presenting it thursday": a record line asked for is something of its own.
  const empty = !asking.some((c) => RECORD_LINE.test(c)) && words.every((w) => isStopWord(w) || GENERIC_WORDS.has(w) || CONTENTLESS.has(w));
  return new Set(asking.length > 0 && !empty ? words : clauses.flatMap((c) => tokenize(c.replace(ANALOGY, ' '))));
}

/** Words typed with a capital in mid-sentence ("is this a Seoul group?", "does IL26 cause Alzheimer's?"), lowercased. */
function properNames(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]{2,})\b/g)) out.add(m[1]!.toLowerCase());
  return out;
}
