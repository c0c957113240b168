import { respellSpoken } from './spellings.js';
import type { ConceptReader } from './concepts.js';
import { IN_GENERAL, readIntent, type IntentReading } from './intent.js';
import type { PaperCues } from './paper-cues.js';
import type { ClaimIndex, QueryConcept } from './retrieve.js';
import { asksAboutCare, describesCare, isPersonalMedical, modelSaysPersonalMedical, rulesSayPersonalMedical } from './safety.js';
import type { Evidence } from './schema.js';
import type { GlossaryEntry, Paper } from './types.js';
import { stem, tokenize } from './text.js';
import { FuzzyVocabulary } from './typos.js';
import { EVERYDAY_RANK, FILLER_RANK, wordRank } from './words.js';

/** The analysis stage: what a question asks, about what, of which paper, and whether it is safe to answer. */
export interface Frame extends Omit<IntentReading, 'framing'> {
  /** the question as asked */
  text: string;
  /** the question's content, with the words that only framed it (intent, paper names) taken out */
  concepts: QueryConcept[];
  /** the paper the question names (or, for a follow-up, the paper the conversation was reading) */
  paperId?: string;
  /** the question names a paper other than the one it would otherwise read */
  named: boolean;
  /** names the paper it reads as well as another ("how does this paper fit with the 2017 work?") */
  withReading: boolean;
  /** other papers named as clearly as `paperId` ("the Chonnam study versus the 2017 study") */
  alsoNamed: string[];
  /** asked of every paper (`all:`, or "either paper", "both studies") */
  everywhere: boolean;
  medical: boolean;
  /** read against the previous question in the conversation */
  followUp: boolean;
  /** compare entities across papers ("is that the same one IL26 hits?") */
  compare: boolean;
  /** a follow-up about the previous answer itself ("was that in mice?"): its claims */
  previousClaims?: string[];
  /** a follow-up's concepts carried over from the last question, not asked in this one */
  carried?: string[];
  /** a follow-up that asks something new ("and survival after that?"): the claims the last answer already gave */
  answeredBefore?: string[];
  /** a follow-up to an answer from background claims ("how common?" then "and survival?"): it stays with the background */
  backgroundBefore?: boolean;
  /** what the conversation said of someone's illness, for questions about "her" or "him" later on */
  care?: string;
}

/** What a conversation remembers of its last question: enough to read a follow-up against. */
export interface Turn {
  frame: Frame;
  claimIds: string[];
}

export type Category = 'factor' | 'pathway' | 'cell' | 'other';

// The words a judgement or a summary is asked with: misspelt ("biggest limitaitons?"), the question still asks for it.
// Only a word that is neither English nor in the claims is respelt, so "concert" never becomes "concern".
const FRAMING_SPELLING = new FuzzyVocabulary(
  'limitations limitation weaknesses strengths shortcomings drawbacks downsides pitfalls caveats robustness exaggerated exaggerating exaggeration overhyped conclusions conclusion summarise summarize summary preclinical criticism critique confounders reliable convincing trustworthy misleading accurate accuracy novelty'.split(' '),
);
const PURPOSE = /^\W*(?:[\w'-]+ ){0,5}?(?:doi|dois|journal|citation|reference|title|authors?|date|year|volume|issue|pmid|pmc|link|url)\b(?:[\s,;:+&?-]+[\w'-]+){0,5}?[\s?]+(?:for|in|into|on) (?:my|our|the|a|an|your|his|her) ((?:[\w-]+ ){0,2}[\w-]+)\s*[?.!]*$/;
const ACTING_ON_IT = /\b(doctors?|clinicians?|oncologists?|physicians?|surgeons?|drug ?makers|pharma)\s+(?=(?:should|could|would|might|can|ought to|need to|are meant to|are supposed to)\s+(?:\w+\s+)?(?:target|aim|go after|focus|use|try|block|treat|look at)\b)/g;
// The nouns a question describes a paper by ("the brain mets paper", "the one about IL-6").
const DESCRIBED = /\b(?:paper|study|article|one)\b/;
const NAMES_WORK = /\b(?:paper|study|article|one|work|findings|results|journal|\d+)\b/;
/** Asked about the disease's outlook or frequency ("bad news prognosis-wise"), not about what the paper found. */
export const OUTLOOK_ASKED = /\b(?:prognos\w*|survival|survive|life expectancy|outlook|incidence|how common|so common|frequency|so deadly|deadly|bad news)\b/i;
const RESTATE = /\b(?:now|again|another|one more|rewrite|redo|version)\b|\bexplain (?:it|that|this) like\b|\blike (?:i'?m|im|i am|you'?re talking to) (?:a |an )?\w+|\bfor (?:a |my |our |the )?(?:lay|general|non-?scientists?|kids?|children|family)\b/;
const CONTINUATION = /^(?:and|what about|how about|ok(?:ay)?|so|but|also|then|same|what of|plus|or|now|right|cool|thanks|thx|nice|great|hmm+|wait)\b/;
const ANAPHORA = /\b(?:that|this|it|its|it's|they|them|those|these|the other|the same|there|which one|one|ones)\b/;
/** Words that point at the last question's subject ("did the CAFs make it happen?"). */
const POINTS_BACK = /\b(?:it|its|it's|that|this|those|these|them)\b/;
/** A question of a few words that leans on the last one ("what dose?", "how much?"). */
const ELLIPTICAL = /^\W*(?:\w+\W+){0,3}\w+\W*$/;
/** "Not for him, just in general": the asker sets the person of an earlier turn aside. */
const IN_GENERAL_NOW = /\bnot (?:for|about) (?:him|her|me|them|us|my \w+)\b|\b(?:just |asking |more )?in general\b|\bgeneral question\b|\bgenerally speaking\b/;
/** A person pointed at, whose care a previous turn may have described. */
const PERSONAL = /\b(?:him|her|he|she|his|me|my|i|we|us|our|them|they)\b/;
const PAIR_COMPARED = /\b(?:in common|(?:they|the two|both|these|those) (?:share|overlap|agree|differ)|how do (?:they|the two|these|those|both) (?:compare|differ|relate|stack up|line up)|(?:same|similar|different) or (?:same|similar|different)|what(?:'s| is) (?:the )?(?:difference|overlap|common ground))\b/;
// "what were the BM-CAFs compared against?" asks for the control, not a comparison of papers.
const COMPARE = /\b(?:same|too|as well|also|both|compare[sd]?(?! against\b| (?:to|with) (?:what|which)\b| (?:to|with|in that|there)\s*\??\s*$)|comparison|similar|differ\w*|relate[sd]?|relates to|connect\w*|fits? (?:in )?with)\b/;
const NEW_QUESTION = /\b(?:different|unrelated|separate|random|new|other|another) (?:q|qn|question|topic|subject)\b\s*[:,.!-]|\b(?:change of (?:subject|topic)|on (?:an)?other note|totally unrelated|completely unrelated)\b/;
const OTHER = /\bthe other (?:(one|factor|signal|molecule|cytokine|chemokine|protein|ligand|pathway|route|cell|cells))?\b|\bthe second (one|factor|signal|molecule|cytokine|chemokine|protein|ligand)\b/;
/** Words that only say where or from which source, not what: in a follow-up they qualify the last question. */
const QUALIFIER = /^(?:mice|mouse|murine|animals?|vivo|vitro|dish(?:es)?|cultures?|cultured|cells?|patients?|people|humans?|tissues?|press|news|media|article|paper|abstract|authors?|study|one|ones|say|says|said|show|shown|report|reported|test|tested)$/;

const CATEGORY_WORDS: Array<[Category, RegExp]> = [
  ['pathway', /\b(?:pathways?|cascade|signall?ing route)\b/],
  ['factor', /\b(?:cytokines?|chemokines?|interleukins?|ligands?|growth factors?|hormones?)\b/],
  ['cell', /\b(?:fibroblasts?|cells?)\b/],
];

/** A glossary term's kind, from the head of its definition ("A cytokine ...", "The PI3K/AKT/mTOR pathway ..."). */
export function categoryOf(entry: GlossaryEntry): Category {
  const head = entry.definition.split(/\s+/).slice(0, 5).join(' ').toLowerCase();
  for (const [category, pattern] of CATEGORY_WORDS) if (pattern.test(head)) return category;
  return 'other';
}

const OTHER_CATEGORY: Record<string, Category> = {
  factor: 'factor', signal: 'factor', molecule: 'factor', cytokine: 'factor', chemokine: 'factor', protein: 'factor', ligand: 'factor',
  pathway: 'pathway', route: 'pathway', cell: 'cell', cells: 'cell',
};

export class Analyser {
  private readonly categories = new Map<string, Category>();
  /** words naming a press source ("the Asia Business Daily piece"): the press, not content */
  private readonly pressNames = new Set<string>();

  private readonly papersById: Map<string, Paper>;

  constructor(
    private readonly index: ClaimIndex,
    private readonly reader: ConceptReader,
    private readonly cues: PaperCues,
    private readonly papers: Paper[],
    /** whether a paper's own (non-background) claims use a concept */
    private readonly paperUses: (paperId: string, key: string) => boolean,
    /** how many of a paper's claims hold both concepts */
    private readonly coOccurrence: (paperId: string, a: string, b: string) => number,
  ) {
    this.papersById = new Map(papers.map((p) => [p.data.id, p]));
    for (const source of papers.flatMap((p) => [...p.sources.values()])) {
      if (source.kind !== 'press') continue;
      for (const w of tokenize(source.publisher ?? '')) if (w.length > 2 && !['the', 'and'].includes(w)) this.pressNames.add(w);
    }
    for (const entry of papers.flatMap((p) => p.glossary)) {
      if (!this.categories.has(`@${entry.id}`)) this.categories.set(`@${entry.id}`, categoryOf(entry));
    }
  }

  category(key: string): Category | undefined {
    return this.categories.get(key);
  }

  /** The glossary factors (cytokines, chemokines) a text names. */
  factorKeysOf(text: string): Set<string> {
    return new Set(this.reader.read(text).filter((c) => this.categories.get(c.key) === 'factor').map((c) => c.key));
  }

  /** The glossary terms a text names, framing words included ("the press says radiation resistance too"). */
  termsNamed(text: string): QueryConcept[] {
    return this.reader.read(text).filter((c) => c.key.startsWith('@') && !c.lay && !c.generic && c.covered);
  }

  /** Concept keys of the glossary's pathways. */
  pathwayKeys(): string[] {
    return [...this.categories].filter(([, c]) => c === 'pathway').map(([k]) => k);
  }

  /** The glossary concepts a paper's title names (its key factors, cells and pathways). */
  titleConcepts(paper: Paper): QueryConcept[] {
    // Read once per paper: most questions describe the paper they go to, and a title never changes.
    let concepts = this.titles.get(paper);
    if (!concepts) this.titles.set(paper, (concepts = this.reader.read(paper.data.title).filter((c) => this.categories.has(c.key))));
    return concepts;
  }
  private readonly titles = new WeakMap<Paper, QueryConcept[]>();

  /**
   * `reading` is the paper the question goes to unless it names another; `everywhere` is `all:`.
   * `previous` is the conversation's last turn, if any.
   */
  analyse(asked: string, reading: string | undefined, given: boolean, previous?: Turn): Frame {
    // "IF" in capitals is the impact factor, not a conditional.
    const question = this.respelt(asked.replace(/\bIF\b(?!\s+(?:you|we|they|i|it|the|a)\b)/g, 'impact factor'));
    const lower = question.toLowerCase().replace(/[’‘]/g, "'");
    const { framing: intentWords, ...intent } = readIntent(question);
    // "doi for the reference manager?": what a record line is wanted for is not what is asked.
    if (intent.bibliographic) {
      const purpose = PURPOSE.exec(lower)?.[1];
      if (purpose && !NAMES_WORK.test(purpose)) for (const t of tokenize(purpose)) intentWords.add(t);
    }
    // "what do the authors suggest doctors should target?": who would act on a finding frames what is asked.
    for (const m of lower.matchAll(ACTING_ON_IT)) intentWords.add(m[1]!);
    // "What did the same group publish before this paper?" asks about their earlier work, not this paper's record.
    if (intent.bibliographic && this.cues.asksOwnPrior(question)) intent.bibliographic = false;
    const everywhere = given || this.cues.asksEveryPaper(asked) || intent.whichPaper;
    const pressNamed = tokenize(lower).filter((t) => this.pressNames.has(t));
    if (pressNamed.length >= 2) {
      pressNamed.forEach((t) => intentWords.add(t));
      intent.sourceKind ??= 'press';
    }
    const firstPass = this.reader.read(question, intentWords);
    const cue = this.cues.find(question, everywhere ? undefined : (previous?.frame.paperId ?? reading), firstPass.map((c) => c.key).filter((k) => k.startsWith('@')), this.paperUses);
    const naming = everywhere ? this.cues.namingWords(question) : (cue?.words ?? new Set<string>());
    // "Which of the papers is the fractalkine one?": the words that would describe a paper are what is asked by.
    const described = intent.whichPaper && !cue ? [] : this.describing(lower, cue?.paperId ?? previous?.frame.paperId ?? reading);
    // "Between the Abdus Salam paper and the IL-6 oncotarget one, which has animal data?": each paper named is described.
    if (intent.whichPaper && cue) for (const other of cue.alsoNamed) described.push(...this.describing(lower, other));
    // "the 2017 IL-6 paper vs the brain met one": the words describing the paper read are framing too.
    // A molecule there ("the 2025 IL26 one … in terms of pathway") may be what is asked, so it stays.
    if (cue?.withCurrent && reading && reading !== cue.paperId) {
      const factors = new Set(firstPass.filter((c) => this.categories.get(c.key) === 'factor').flatMap((c) => tokenize(c.surface)));
      described.push(...this.describing(lower, reading).filter((w) => !factors.has(w)));
    }
    const framing = new Set([...intentWords, ...naming, ...described]);
    const read = naming.size > 0 || described.length > 0 ? this.reader.read(question, framing) : firstPass;
    // "Why are brain mets such bad news prognosis-wise?" asks about the disease's outlook, not what drives the paper's effect.
    const concepts = OUTLOOK_ASKED.test(lower) ? read.filter((c) => !(c.lay && /^(?:why|how come|reasons?)$/.test(c.surface))) : read;
    const care = describesCare(question) ? question : previous?.frame.care;
    const frame: Frame = {
      ...intent,
      text: question,
      concepts,
      ...(cue ? { paperId: cue.paperId } : {}),
      named: cue !== undefined && cue.paperId !== reading,
      // "How's that different from ours?" after the 2017 paper names the paper read, though no other.
      withReading: cue ? cue.withCurrent : previous !== undefined && this.cues.namesPaperRead(question),
      alsoNamed: cue?.alsoNamed ?? [],
      everywhere,
      // "my dad has brain mets" then "would this antibody work for him?": the person is in an earlier turn.
      medical:
        // "what dose?" after "what drug did they use in the mice?" asks about the study, not about anyone's care.
        // "what's fractalkine?" after a medical question names a term of its own: it is a question about the paper.
        (ELLIPTICAL.test(lower) && previous !== undefined && !PERSONAL.test(lower) && (CONTINUATION.test(lower) || !concepts.some((c) => c.key.startsWith('@') && !c.lay))
          ? previous.frame.medical || modelSaysPersonalMedical(question)
          : isPersonalMedical(question)) ||
        // "ok not for him then, just in general — is anyone testing IL26 drugs yet?" leaves the person out.
        (care !== undefined && !IN_GENERAL_NOW.test(lower) && (PERSONAL.test(lower) || ELLIPTICAL.test(lower)) && asksAboutCare(question) && rulesSayPersonalMedical(`${care}. ${question}`)),
      ...(care !== undefined ? { care } : {}),
      followUp: false,
      compare: false,
    };
    // "What's EMT?" then "which markers would you normally see change?": asked in general, of the term just defined.
    const ofDefined = previous !== undefined && previous.claimIds[0]?.startsWith('glossary:') === true && IN_GENERAL.test(lower) && !frame.concepts.some((c) => c.key.startsWith('@') && !c.lay);
    if (!previous || frame.medical || tokenize(lower).length === 0 || !(ofDefined || this.isFollowUp(lower, frame))) return frame;
    return this.continueFrom(lower, frame, previous, reading);
  }

  private respelt(question: string): string {
    return respellSpoken(question).replace(/[A-Za-z]{7,}/g, (word) => {
      const lower = word.toLowerCase();
      if (wordRank(lower) < EVERYDAY_RANK || this.index.usesWord(lower)) return word;
      return FRAMING_SPELLING.correct(lower) ?? word;
    });
  }

  /**
   * Words that describe the paper asked about by its title's terms ("what did IL26 do in the brain
   * mets paper?", "the fractalkine paper, any animal work?"): they say which paper, not what is asked.
   */
  private describing(lower: string, paperId: string | undefined): string[] {
    // Asked of every paper, none is described; a library of thousands is not searched for it per question.
    const paper = paperId === undefined ? undefined : this.papersById.get(paperId);
    if (!paper) return [];
    // Both readings below need one of these nouns; most questions name none.
    if (!DESCRIBED.test(lower)) return [];
    const titled = new Set(this.titleConcepts(paper).map((c) => c.key));
    const titleStems = new Set(tokenize(paper.data.title).map(stem));
    // A term the title names in its own way ("Brain metastasis-associated …" for "the brain mets paper") counts too.
    const inTitle = (c: QueryConcept) =>
      titled.has(c.key) || [c.key, ...c.alternatives.map((a) => a.term)].some((k) => tokenize(this.index.aliases.names.get(k) ?? '').map(stem).every((t) => titleStems.has(t)) && this.index.aliases.names.has(k));
    const out: string[] = [];
    for (const m of lower.matchAll(/\b(?:the|this|that)\s+((?:[\w-]+(?:\s*\/\s*|\s+)){1,4})(?:paper|study|article|one)\b/g)) {
      for (const c of this.reader.read(m[1]!)) if (inTitle(c)) out.push(...tokenize(c.surface));
    }
    // "the 2017 paper on IL-6 from CAFs", "the oncotarget paper where CAF IL-6 drove EMT": described after the noun.
    for (const m of lower.matchAll(/\b(?:paper|study|article|one) (?:on|about|where|in which|that showed|showing) ((?:[\w-]+[ ,]*){1,6})/g)) {
      for (const c of this.reader.read(m[1]!)) if (inTitle(c)) out.push(...tokenize(c.surface));
    }
    return out;
  }

  /** What the question itself is about: specific words, covered or not ("the weather there" is a new subject). */
  private content(frame: Frame): QueryConcept[] {
    return frame.concepts.filter((c) => !c.generic && (c.covered || c.rank >= FILLER_RANK) && !QUALIFIER.test(c.surface));
  }

  private isFollowUp(lower: string, frame: Frame): boolean {
    // "lol fair. different q: how do you knit a beanie?": said to be a question of its own.
    if (NEW_QUESTION.test(lower)) return false;
    if (CONTINUATION.test(lower) || /\b(?:the same|that one|those ones)\b/.test(lower)) return true;
    // Everyday words the claims happen to hold ("did it work less well?") bring nothing of their own.
    const known = this.content(frame).filter((c) => c.covered && (c.key.startsWith('@') || c.lay || c.rank >= FILLER_RANK));
    // Nothing of its own: "why?", "in mice?", "how many?", "was that in mice?" go on from the last
    // question; "how many patients were studied?" is a question of its own about the paper.
    if (known.length === 0) return ANAPHORA.test(lower) || tokenize(lower).length <= 4 || !frame.concepts.some((c) => c.generic);
    return ANAPHORA.test(lower) && known.length <= 1;
  }

  private continueFrom(lower: string, frame: Frame, previous: Turn, reading: string | undefined): Frame {
    const before = previous.frame;
    // Everyday words the claims lack ("who runs that?") bring no subject of their own.
    const content = this.content(frame).filter((c) => c.covered || c.rank >= EVERYDAY_RANK);
    // "How does that relate to the new one?": another paper named beside a comparison compares the two.
    const toOther = frame.paperId !== undefined && frame.paperId !== before.paperId;
    const repeat = /\bsame (?:\w+ )?(?:for|about|with)\b|\bdo the same\b/.test(lower);
    // "What do they have in common?" after two papers: the pair is compared.
    const pair = PAIR_COMPARED.test(lower) && !content.some((c) => this.categories.has(c.key) || c.key.startsWith('@'));
    // "Tell me about the 2017 paper" then "how does it differ from this one?": the paper read is the other one.
    const toRead = frame.withReading && reading !== undefined && before.paperId !== undefined && before.paperId !== reading;
    const compare = pair || (COMPARE.test(lower) && (content.some((c) => this.categories.has(c.key)) || ((toOther || toRead) && !repeat)));
    let concepts: QueryConcept[];
    let carried: QueryConcept[] = [];
    const other = OTHER.exec(lower);
    if (other) {
      concepts = [...this.swapForSibling(before, other[1] ?? other[2], frame.paperId ?? before.paperId ?? reading), ...frame.concepts];
    } else if (content.length > 0) {
      // New content leads. The last question's entities stay when this one names none of its own
      // ("what about its receptor?") or compares ("is that the same one IL26 hits?").
      const namesOwn = content.some((c) => this.categories.has(c.key));
      const pointsBack = POINTS_BACK.test(lower);
      const defined = previous.claimIds[0]?.startsWith('glossary:') === true && !namesOwn && !content.some((c) => c.key.startsWith('@') && !c.lay);
      const kept = before.concepts.filter((c) => (this.categories.has(c.key) || (defined && c.key.startsWith('@') && !c.lay)) && (compare || pointsBack || !namesOwn));
      carried = kept.filter((k) => !frame.concepts.some((c) => c.key === k.key));
      concepts = [...frame.concepts, ...carried];
    } else {
      // "Does the new Korean paper have the same one?": the last question's factor belongs to the other
      // paper; what it asked (a pathway) is asked of this one.
      const switched = frame.paperId !== undefined && frame.paperId !== before.paperId && COMPARE.test(lower);
      // "What's this week's paper about?" then "link?": a record line of the same paper, nothing carried.
      const fromBefore =
        frame.bibliographic && !before.bibliographic
          ? []
          : switched
            ? before.concepts.filter((c) => this.categories.get(c.key) !== 'factor' || this.paperUses(frame.paperId!, c.key))
            : before.concepts;
      concepts = [...fromBefore, ...frame.concepts.filter((c) => !fromBefore.some((b) => b.key === c.key))];
    }
    // The words that asked for the comparison ("in common", "differ") are not its subject.
    if (pair) {
      const asking = new Set(tokenize(PAIR_COMPARED.exec(lower)![0]));
      concepts = concepts.filter((c) => !c.surface.split(' ').every((w) => asking.has(w)));
    } else if (compare) concepts = concepts.filter((c) => !COMPARE.test(c.surface));
    const fresh = content.length > 0 || other !== null;
    const ownTopic = content.some((c) => !c.key.startsWith('@') && c.covered && !c.generic && c.main);
    // "(explain JAK-STAT3 simply) now do the same for how a car engine works": a new subject the claims lack is no restatement.
    const restated = before.intent === 'summary' && RESTATE.test(lower) && !content.some((c) => c.key.startsWith('@') || (c.main && !c.covered && !c.generic && c.rank >= EVERYDAY_RANK));
    const paperId = frame.paperId ?? before.paperId;
    return {
      ...frame,
      concepts,
      // "What did they find?" then "and what was the comparison group?": a summary asked on is a question of its own.
      // "What does IL-26 do?" then "which family is it in?": a word of its own asks something other than the pathway.
      // "Summarise the paper" then "now explain it like I'm 12", "again for my nurse colleague": the summary once more.
      // "The IL-6 one: which pathway?" then "how does it differ from this one?": the papers compared, not the pathway asked again.
      intent: restated ? 'summary' : frame.intent !== 'fact' || pair || (before.intent === 'summary' && content.length > 0) || (before.intent === 'pathway' && (ownTopic || (compare && toRead && !content.some((c) => this.categories.has(c.key))))) ? frame.intent : before.intent,
      ...(frame.evidence ? { evidence: frame.evidence } : !fresh && before.evidence ? { evidence: before.evidence } : {}),
      ...(frame.sourceKind ? { sourceKind: frame.sourceKind } : !fresh && before.sourceKind ? { sourceKind: before.sourceKind } : {}),
      each: frame.each || compare || (other === null && before.each),
      bibliographic: frame.bibliographic || (!fresh && before.bibliographic),
      ...(paperId ? { paperId } : {}),
      named: paperId !== undefined && paperId !== reading,
      followUp: true,
      compare,
      ...(carried.length > 0 ? { carried: carried.map((c) => c.key) } : {}),
      ...(!fresh && frame.intent === 'setting' ? { previousClaims: previous.claimIds } : {}),
      ...(fresh ? { answeredBefore: previous.claimIds } : {}),
    };
  }

  /** "the other factor": the last question's entity swapped for the one it most often appears with. */
  private swapForSibling(before: Frame, word: string | undefined, paperId: string | undefined): QueryConcept[] {
    const entities = before.concepts.filter((c) => this.categories.has(c.key));
    const rest = before.concepts.filter((c) => !this.categories.has(c.key));
    const wanted = word && OTHER_CATEGORY[word] ? OTHER_CATEGORY[word] : this.categories.get(entities[0]?.key ?? '');
    const swapped = entities.filter((e) => this.categories.get(e.key) === wanted);
    if (!wanted || swapped.length === 0 || !paperId) return before.concepts;
    const exclude = new Set(entities.map((e) => e.key));
    let best: { key: string; together: number } | undefined;
    for (const [key, category] of this.categories) {
      if (category !== wanted || exclude.has(key) || !this.paperUses(paperId, key)) continue;
      const together = swapped.reduce((n, e) => n + this.coOccurrence(paperId, e.key, key), 0);
      if (together > 0 && (!best || together > best.together)) best = { key, together };
    }
    if (!best) return before.concepts;
    const sibling = this.reader.read(this.index.aliases.names.get(best.key) ?? best.key).find((c) => c.key === best.key);
    return [...(sibling ? [sibling] : []), ...entities.filter((e) => !swapped.includes(e)), ...rest];
  }
}
