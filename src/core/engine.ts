import { Analyser, OUTLOOK_ASKED, type Frame, type Turn } from './analyse.js';
import { ABOUT_STUDY, claimTraits, Composer, EPIDEMIOLOGY_ASKED, hasNumber, MIN_TOP_COVERAGE, NOT_REPORTED, settingOf, TRAIT, type ComposeContext } from './compose.js';
import { ConceptReader } from './concepts.js';
import { referenceLine } from './bibliography.js';
import { asksAboutSomethingElse, judgeCoverage, namesOtherCondition } from './coverage.js';
import { asksOtherNames, asksSameOne, DefinitionReader } from './definitions.js';
import { otherJournal } from './journals.js';
import { LEXICON, type LexiconEntry } from './lexicon.js';
import { MESSAGES, SETTING_LABEL } from './messages.js';
import { PaperCues } from './paper-cues.js';
import { onlyInRecord } from './record-match.js';
import { ClaimIndex, type Hit, type QueryConcept, type SearchDocument } from './retrieve.js';
import { choiceWords, isStopWord, midSentence, stem, tokenize } from './text.js';
import type { Answer, Citation, Claim, GlossaryEntry, Library, Paper } from './types.js';
import type { Evidence } from './schema.js';
import { discussDraft } from './views/discuss.js';
import { MetaViews, type MetaIntent } from './views/meta.js';
import { papersDraft } from './views/papers.js';
import { sourceDraft, sourceLocationDraft } from './views/source.js';
import { summaryDraft } from './views/summary.js';
import { AnswerWriter, declined, writeEntry, type Draft } from './writer.js';
import { EVERYDAY_RANK, EVERYDAY_SUBJECTS, FILLER_RANK, wordRank } from './words.js';

type Papers = Paper[];

export interface Scope {
  /** restrict to one paper; undefined searches the whole library */
  paperId?: string;
}

export interface AskOptions {
  /** the paper the question goes to unless it names another (the channel's paper) */
  paperId?: string;
  /** `all:`: every paper */
  everywhere?: boolean;
  /** the conversation's previous question, for follow-ups */
  previous?: Turn;
}

export interface EngineOptions {
  lexicon?: LexiconEntry[];
  /** the library's index, built beforehand (Engine.create builds it a slice at a time) */
  index?: ClaimIndex;
}

const MAX_LISTED_CLAIMS = 10;
/** With more papers than this, "every paper" means the papers the best claims come from. */
const PER_PAPER_LIMIT = 5;
const MAX_SUGGESTIONS = 3;
const WHY = /^(?:\W*\w+:\s*)?(?:so |but |and |ok(?:ay)?,? )?(?:why|how come)\b|\b(?:explain|tell) (?:me |us )?(?:why|how come)\b|\bwhat (?:makes|causes|drives)\b|\b(?:the )?reasons? (?:why|for)\b|\bwhat(?:'s| is)? (?:\w+ ){0,4}(?:is )?behind\b/i;
// The asker says it is not about the papers ("how do chemo drugs work in general? not about the paper,
// just curious"), or it is shopping for kits, a puzzle, a bet or a word's origin ("best IL-6 ELISA
// kit?", "crossword: 10 letters…", "settling a bet").
const SAME_FOR_ANOTHER = /\b(?:do|explain|say|write) (?:the same|that|this|it|one)(?: thing)?(?: again)? for (?:how|what|why|where|when|my grocery|my shopping) (.+)$/i;
const WHY_HELP = /\b(?:why|how come|how) (?:would|do|does|did|could|can|are|is) (?:a |an |the |these |those |such )?(?:[\w-]+ ){0,2}(?:cells?|fibroblasts?|cafs?)\b[^?.!]{0,30}\b(?:help|helps|helping|support|supports|protect|protects|side with|work for|feed)\b/i;
const DISEASE_ASKED = /\b(?:what|which) (?:kind of |type of |sort of )?(?:cancers?|diseases?|tumou?r(?: types?)?|disease setting|illness|condition|tissues?)\b(?! (?:cells? )?(?:did they (?:inject|use in)|in the mice))/i;
const DISEASE_WORDS = /^(?:cancers?|diseases?|tumou?rs?|types?|setting|illness|condition|tissues?|stud\w*|look\w*|focus\w*|about|exactly|specifically)$/i;
const LOOKED_AT = /\bwhat (?:did|does|do) (?:it|that one|that|they|the older one|the newer one) (?:look at|study|show|find|cover|investigate|do|test)\b|\bwhat (?:is|was) it about\b/i;
const OUTCOME_LINK = /\b(?:link(?:ed)?|correlat\w*|relat(?:e|ed)|associat\w*|tie|tied)\b[^?.]{0,60}\b(?:to|with) (?:the )?(?:patients?'? |overall |clinical )?(?:survival|outcomes?|prognosis)\b/i;
const RECORD_THEN_WHY = /^(\W*(?:(?:so |ok |and |also )?(?:what(?:'s| is)|whats|who(?:'s| is)|whos|can i (?:get|have)|could i (?:get|have)|pls|please|need) )?(?:the |its |a )?(?:doi|journal|first author|last author|title|full title|impact factor|publication date|pmid|link|citation|reference)(?:\s*(?:\+|&|,|and)\s*(?:the )?(?:doi|journal|year|date|first author|title|link|volume|pmid))*(?:\s+(?:pls|plz|please|again))?\s*[?!.]*)\s*[,;:-]?\s+((?:for|to|so|bc|because|cos|since|as|i|i'm|im|i'd|want|wanna|need|gonna|going)\b[^?]*)$/i;
const PAPER_IN_WHY = /\b(?:the|that|this|other|older|newer) (?:[\w-]+ ){0,3}(?:one|paper|study|article)\b|\b(?:19|20)\d{2}\b/i;
const CARE_IN_WHY = /\b(?:should|stop|start|treat\w*|chemo\w*|doses?|prognosis|surviv\w*|cure|scan|symptoms?|diagnos\w*|help (?:him|her|me)|for (?:him|her)\b(?! to read))/i;
const ANIMAL_SITE = /\b(?:in(?:to)? the brain|brain model|intracranial\w*|orthotopic\w*|subcutaneous\w*|subq|sub-?q|flank)\b/i;
// Words that only ever name where an animal tumour was put.
const SITE_TERMS = /\b(?:intracranial\w*|orthotopic\w*|subcutaneous\w*|subq|sub-?q|flank)\b/i;
// "what in vivo model did they use?", "mouse model type?": the model itself asked about.
const MODEL_ASKED = /\b(?:what|which) (?:kind of |type of |sort of )?(?:in vivo |animal |mouse |murine |xenograft )?model\b|\b(?:mouse|animal|in vivo) model(?: type)?\s*\?*\s*$/i;
const ANIMAL_WORDS = /\b(?:mice|mouse|murine|animals?|in vivo|xenografts?|model|rats?)\b/i;
const CONFIRMING = /\b(?:yes|yeah|right|correct|isn'?t it|is it|am i right|no)\s*\?+\s*$|(?:^\W*|\s[-–—:]\s*)(?:is|was) (?:that|this|it) the\b/i;
const CONFIRM_WORDS = new Set(['one', 'yes', 'yeah', 'right', 'correct', 'paper', 'study']);

// Whether the study reaches a population or disease beyond its own.
const SCOPE_ASKED = /\b(?:does|do|would|could|can|will|did) (?:this|it|they|any of (?:this|it|that|these)|the (?:study|paper|work|findings?|results?)|these (?:findings|results)) (?:also |even |still )?(?:apply|be relevant|generali[sz]e|extend|transfer|hold|cover|include|look at|work (?:for|in))\b|\bappl(?:y|ies|icable) (?:to|for|beyond)\b(?=.*\b(?:this|the) (?:study|paper|work|findings?)\b)|\b(?:was|is) (?:it|this|the (?:study|paper|work)) (?:about|on|in|for) (?:[\w-]+ ){1,6}(?:too|as well|also)\b/i;

// "What happened in vivo when they injected the tumour cells with the CAFs?"
const WHAT_HAPPENED = /^\W*(?:so |and |ok,? )?what (?:happened|happens|did (?:they|it) (?:see|show|get))\b|\bwhat happened\W*$/i;
// "What does impact factor 13.5 mean, is that a big deal?", "what does IF even measure", "is that a reason to trust it?"
const IF_MEANING = /\bwhat(?:'s| is)? (?:an|a) (?:journal )?impact factor\b|\bwhat (?:does|do) [^?]{0,30}\b(?:mean|measure)\b|\b(?:is|'s) (?:that|it|this|\d+(?:\.\d+)?) (?:\w+ )?(?:good|high|low|big deal|impressive|decent|a lot)\b|\breason to trust\b|\btell us anything\b/i;
const MARKERS_USED = /\b(?:which|what) (?:\w+ )?markers?\b[^?]*\b(?:did|do|have|were) (?:they|the authors)\b|\b(?:did|do|have) (?:they|the authors)\b[^?]*\bmarkers?\b|\bhow did they (?:confirm|show|know|define|identify|tell|check|verify)\b[^?]*\b(?:cafs?|fibroblasts?)\b[^?]*\b(?:markers?|staining|stain|sma|fap|pdgfr\w*)\b/i;
// "Does the 2025 paper cite the 2017 one?", "does the new paper build on / cite the IL-6 one?"
const CITES_ASKED = /\b(?:cite|cites|cited|citing|reference|references|referenced|referencing)\b/i;
// "Is the J Cancer 2023 one one of the papers you have?"
const HELD_ASKED = /\b(?:one of (?:the|your) papers|(?:do|did) you (?:have|hold|store)|(?:have|got) (?:it|that|that one|this one)|in (?:the|your) library|among (?:the|your) papers)\b/i;
const NOT_ABOUT_PAPERS = /(?<!\bneed (?:it|this|that|them|these|those) )\b(?:for|on|about) (?:my|our) own (?:[\w'-]+ )?(?:project|work|research|data|experiments?|study|lab|thesis|dissertation)\b|\bpray(?:er|ers|ing)?\b|\bwho (?:first )?(?:discovered|invented) [\w-]+(?: and (?:how|when|why))?\s*(?:\?|$)|\b(?:was|were) (?:[\w-]+ )?(?:discovered|invented|found) by (?:accident|chance)\b|\bthe story of how\b|\b(?:we )?(?:only )?use (?:only )?10 ?(?:%|percent) of (?:our|your|the|their) brains?\b|\b(?:left|right)[- ]brained\b|\bthe history of\b(?! (?:the|this|these) (?:papers?|stud(?:y|ies)|group|lab|team)\b)|\bsourdough starter\b|\bkombucha\b|\bkefir\b|\b(?:zoom|teams|webex|skype) or (?:zoom|teams|webex|skype|google meet)\b|\b(?:totally|completely|entirely) (?:different|unrelated|separate) (?:project|topic|question|thing|subject)\b|\bhelp (?:me|us) (?:to )?(?:write|draft|edit|proofread|polish) (?:the |my |our |a )?(?:aims page|specific aims|grant|cover letter|cv|resume|personal statement)\b|^\W*(?:ggplot2?|python|pandas|numpy|excel|matlab|rstudio|latex|git|docker|conda|prism|graphpad|imagej|fiji)\s*[:\-–—]|\bhow long (?:do|does|can|will) (?:lab |laboratory |pet |wild )?(?:mice|mouse|rats?) (?:usually |normally |typically )?live\b|\bhow (?:do|does|well do|can) (?:lab |pet )?(?:mice|mouse|rats?) (?:see|smell|hear|sleep|breed)\b|\bwho won (?:the )?(?:[\w-]+ ){0,3}(?:series|league|game|match|final|finals|election|championship|tournament|race|lottery|derby)\b|,?\s*not (?:for |about )?the (?:paper|study)\s*[.!?]*$|\bwho (?:made|built|created|wrote|programmed|runs) (?:you|this bot|this thing|the bot)\b|\bwhat (?:ai|llm|language model|model) (?:are you|is (?:this|it|the bot)|(?:does|do) (?:you|it|this bot) (?:run|use))\b|\b(?:not|nothing) (?:about|to do with|related to|on|re) (?:the|this|these|our|your) (?:papers?|study|studies|article|claims)\b|\b(?:unrelated|off[- ]topic) (?:to|from) (?:the|this) (?:papers?|study|article)\b|\b(?:best|better|cheapest|recommend\w*|good) (?:[\w&-]+ ){0,5}(?:kits?|brands?|vendors?|suppliers?|packages?|software|apps?)\b|\bpub quiz\b|\b(?:kits?|brands?|vendors?|suppliers?) (?:[\w&-]+ ){0,3}(?:is|are) (?:the )?(?:best|better|cheapest)\b|^\W*(?:(?:a|quick|random|fun) )?(?:brain ?teaser|riddle|puzzle|joke|pub quiz|trivia|crossword|wordle)s?\b|\bsettl\w* (?:a|the) bet\b|\bwhere does the word\b|\betymology\b|\b(?:mice|mouse)\b[^?.]{0,60}\b(?:kitchen|traps?|cheese|bedding|smell\w*|pests?|poison\w*|get rid|pets?)\b|\b(?:kitchen|mouse ?traps?|cheese|bedding)\b[^?.]{0,60}\b(?:mice|mouse)\b|\b(?:stop|keep) (?:[\w-]+ ){0,3}(?:mice|mouse) (?:from )?fight\w*|\bskin ?care\b|\bserums\b|\bmoisturi[sz]ers?\b|\bwrinkles?\b|\banti-?ag(?:e|ing|eing)\b|\bmicroneedling\b/i;
// Asked as the question itself ("why…", "in plain english, why…", "what did it find about why…"), not quoted from the press.
const WHY_TREATMENT_FAILS = /(?:^\W*(?:[\w' ]{0,40}[,:]\s*)?(?:so |but |ok,? |okay,? )?|\babout |\b(?:explain|tell) (?:me|us) )why\b[^?'"‘’“”]{0,80}\b(?:resist\w*|stops? working|stopped working|(?:is|are)(?:n't| not) working|(?:do|does)(?:n'?t| not)\b[^?]{0,60}\b(?:respond|work)|not respond\w*|respond\w* (?:badly|poorly)|fails?|hard(?:er)? to (?:treat|kill)|(?:do|does)(?:n'?t| not) die)\b/i;
// Coursework ("stats hw: 95% CI for …", "epi assignment: confounding vs …") is off topic unless it names
// the paper or one of its terms ("for my homework: what does IL26 activate?").
const COURSEWORK = /\b(?:stats?|maths?|math|chem|bio|physics|epi)? ?(?:hw|homework|assignment|coursework)\b/i;
const LIBRARY_ASKED = /\b(?:which|what) papers (?:can you|do you|are (?:in|there)|have you)\b|\blist (?:the |your |all )?papers\b|\bwhat(?:'s| is) in (?:the|your) library\b/i;
const CONCLUSION_ASKED = /\b(?:conclu\w*|take[- ]?home|bottom line|main (?:message|point)|upshot|in one (?:sentence|line))\b/i;
const META: ReadonlySet<string> = new Set(['limitations', 'press', 'strength', 'clinical', 'next', 'novelty']);
// "which molecules are the key ones?", "main players?": what the paper puts at the centre, asked in general words.
const KEY_PLAYERS = /\b(?:key|main|central|important|major|principal|core|star|big) (?:molecules?|factors?|players?|signals?|proteins?|cytokines?|genes?|culprits?|mediators?|ones)\b|\b(?:molecules?|factors?|players?|signals?|proteins?|mediators?) (?:are|is) (?:the )?(?:key|main|central|important|major)\b|^\W*(?:so |ok |and )?(?:which|what) (?:molecules?|factors?|signals?|proteins?|mediators?)\s*\??\s*$/i;
const GIST_CHECK = /\b(?:is|was) (?:that|this|it) (?:basically |roughly )?(?:the|a) (?:gist|story|idea|point|summary|takeaway|message)\b|\b(?:that's|thats|that is) (?:basically )?(?:the|a) (?:gist|story|idea|point)\b|\b(?:is that|am i|are we) (?:right|correct|reading (?:that|it|this) right)\b|,\s*(?:yes|right|no|correct|true)\s*\?\s*$|^(?:so |wait,? |ok,? )?is (?:the idea|this like|it like|this basically)\b|\bseed (?:vs\.?|and|or|versus) (?:the )?soil\b|\bfair (?:analogy|summary|to say)\b/i;
const ABOUT_ASKED = /\bwhat(?:'s| is) (?:it|this|that|the (?:paper|study|one)) (?:all )?about\b|\bwhat did (?:it|they) (?:look at|study|find|show)\b/i;
const PAPER_WORDS_PLAIN = new Set(['paper', 'papers', 'study', 'studies', 'article', 'which', 'what', 'this', 'that', 'from', 'with']);
const COMPARES_PAPERS = /\b(?:in common|same|similar\w*|converge\w*|diverge\w*|differ\w*|compare\w*|comparison|vs\.?|versus|fits? (?:in )?with|both|too|as well|also|who found what|overlap\w*|consistent|agree\w*|contradict\w*|match\w*|relate|relates|related|connect|connects|connected|stack up|stacks up|line up|build on|builds on)\b/i;
const AUTHOR_COUNT = /\bhow many (?:\w+ ){0,2}(?:authors?|co-?authors|names|people|scientists|researchers) (?:\w+ ){0,3}(?:on|in) (?:the |its |their )?(?:author list|byline|paper)|\bhow many (?:authors|co-?authors)\b|\bhow (?:big|large) (?:is )?(?:the )?(?:author list|team)\b/i;
const IDENTIFIER = /\bpmc\s?\d{4,}|\b10\.\d{4,9}\/\S+|\bpmid:?\s?\d{5,}/i;
// "The main results of the CheckMate-067 trial" are another study's.
const THE_PAPER = /\b(?:this|the) (?:\w+ )?(?:paper|study|article|work)\b|\bwhat did (?:they|the authors|the team|it) (?:actually |really |even )?(?:find|show)\b|\b(?:the|their) main (?:finding|result|point|takeaway)s?\b(?! (?:of|from|in) (?:the |that |this )?(?!paper\b|study\b|article\b|work\b|authors\b)[\w-]+ (?:[\w-]+ ){0,3}(?:trial|study|paper|article|work)\b)/i;

// Asking for the paper as a reference, not whether it cites another ("does the 2025 paper cite the 2017 one?").
const REFERENCE_ASKED = new RegExp(String.raw`\b(?:how (?:do|should|would|can) (?:i|we|you) cite (?:this|it|that|the (?:[\w-]+ ){0,3}(?:paper|study|one|article))|(?:format|put|give me|turn|write) (?:this|it|that|the (?:[\w-]+ ){0,3}(?:paper|study|one|article)) (?:as|into|in) (?:a |an )?(?:citation|reference)|(?:citation|reference) for (?:this|it|that|the (?:[\w-]+ ){0,3}(?:paper|study|one|article))|(?:this|it|that|the (?:[\w-]+ ){0,3}(?:paper|study|one|article)) (?:in|as) (?:vancouver|apa|harvard|mla|bibtex))`, 'i');
// "the CX3CL1 paper, is that the same as the brain mets one?": two descriptions of papers, asked whether they are one.
const SAME_PAPER_ASKED = /\b(?:paper|study|article|one)\b[^?]{0,40}\b(?:the same (?:as|one|paper|study)|a different (?:paper|study|one)|another (?:paper|study))\b[^?]{0,40}\b(?:paper|study|article|one)\b|\b(?:paper|study|article|one)\b[^?]{0,40}\b(?:the same (?:as|one|paper|study)|a different (?:paper|study|one)|another (?:paper|study))/i;
const EARLIER_WORK = /\b(?:earlier|previous|prior|older|past) (?:\w+ )?(?:study|studies|paper|papers|work)\b/i;
const SAME_TEAM = /\b(?:from|by) the same [a-z]+ (?:lab|group|team|authors|people|hospital|university)\b|\b(?:same|different) (?!(?:control|treatment|age|patient|experimental|comparison|study|sample|test|risk|blood|cell|mouse|mice|dose|drug)\b)[a-z]+ (?:lab|group|team|authors|people|hospital|university)\b|\b(?:same|different|one) (?:lab|labs|group|groups|team|teams|authors|people|institut\w*|hospital|university|country|research group)\b|\b(?:labs?|groups?|teams?|authors) (?:the same|different|overlap\w*)\b/i;
const YES_NO_ASKED = /\b(?:was|were|is|are|did|does|do|has|have) (?:that|it|this|they|the \w+)\b|\b(?:also|too|as well)\b/i;
const THAT_ONE = /\b(?:in|from|for|of) (?:that|this|the earlier|the previous|the other) (?:one|study|paper|work|cohort)\b|\bin it\b/i;
const RECORD_ASKED = /\b(?:publish\w*|date|journal|doi|volume|issue|impact factor|first author|authors?)\b/i;
const TESTED_ASKED = /\b(?:test|tested|testing|try|tried|look at|looked at|examine|examined|study|studied|measure|measured|check|checked|assess|assessed|show|shows|showed|shown|demonstrate|demonstrates|demonstrated|prove|proves|proved|proven)\b/i;

/**
 * The platform-neutral engine: questions and commands in, `Answer` data out. A question goes
 * through three stages: analysis (analyse.ts), retrieval (retrieve.ts) and composition
 * (compose.ts, views/meta.ts). Never throws on user input; keeps no state between questions (the
 * caller keeps the conversation's last turn and hands it back).
 */
export class Engine {
  private readonly claims: Claim[];
  private readonly index: ClaimIndex;
  private readonly reader: ConceptReader;
  private readonly definitions: DefinitionReader;
  private readonly analyser: Analyser;
  private readonly cues: PaperCues;
  /** background sources by year: what "the J Cancer 2023 paper" may name */
  private readonly citedWorks = new Map<string, Array<{ paper: Paper; sourceId: string; journal: string }>>();
  /** Each glossary term's first entry in library order, so a term is not looked for paper by paper. */
  private readonly glossaryByKey = new Map<string, { entry: GlossaryEntry; paper: Paper }>();
  /** Per word stem, each paper's glossary entries whose names hold it and the shortest such name's length, in library order. */
  private readonly glossaryByStem = new Map<string, Map<Paper, Array<{ entry: GlossaryEntry; span: number }>>>();
  private readonly composer: Composer;
  private readonly meta: MetaViews;
  private readonly papersById: Map<string, Paper>;
  /** first and last document of each paper (claims are indexed paper by paper) */
  private readonly ranges = new Map<string, [number, number]>();
  /** per document, its setting and TRAIT bits (as the composer's context holds them) */
  private readonly settings: Evidence[];
  private readonly traits: Uint8Array;
  /** The paper a channel reads until it chooses another: the newest published one the club added. */
  readonly defaultPaperId: string;

  constructor(
    readonly library: Library,
    options: EngineOptions = {},
  ) {
    this.claims = library.papers.flatMap((p) => p.claims);
    let at = 0;
    for (const p of library.papers) {
      this.ranges.set(p.data.id, [at, at + p.claims.length]);
      at += p.claims.length;
    }
    this.index = options.index ?? new ClaimIndex(searchDocuments(this.claims), library.papers.map((p) => p.glossary));
    this.reader = new ConceptReader(this.index, options.lexicon ?? LEXICON);
    this.definitions = new DefinitionReader({
      aliases: this.index.aliases,
      findTerm: (text, papers) => this.findTerm(text, papers),
      papersIn: (scope) => this.papersIn(scope),
      isPathway: (key) => this.analyser.category(key) === 'pathway',
    });
    const cues = (this.cues = new PaperCues(library.papers, this.index.aliases, (key) => this.analyser.category(key) === 'factor'));
    this.analyser = new Analyser(this.index, this.reader, cues, library.papers, (paperId, key) => this.paperUses(paperId, key), (paperId, a, b) => this.coOccurrence(paperId, a, b));
    const byId = new Map(library.papers.map((p) => [p.data.id, p]));
    this.settings = this.claims.map(settingOf);
    this.traits = Uint8Array.from(this.claims, (c) => claimTraits(c, byId.get(c.paperId)));
    const ctx: ComposeContext = {
      library,
      claims: this.claims,
      // Claims (or notes) saying a detail is missing, found once: questions about counts check only these.
      // A quoted sentence saying "it is not known whether..." describes the field, not what the sources leave out.
      missingDetails: this.claims.flatMap((c, doc) => (!c.quote && (NOT_REPORTED.test(c.text) || (c.note !== undefined && NOT_REPORTED.test(c.note))) ? [doc] : [])),
      index: this.index,
      analyser: this.analyser,
      holds: (doc, term) => holds(this.index.docsWith(term), doc),
      settings: this.settings,
      traits: this.traits,
      docOf: (id) => this.docOf(id),
    };
    this.composer = new Composer(ctx);
    this.meta = new MetaViews(ctx);
    this.papersById = byId;
    // Earlier work the claims cite, by year, with its journal as its short citation gives it ("J Cancer 2023").
    for (const paper of library.papers) {
      for (const source of paper.sources.values()) {
        const journal = source.kind === 'background' && source.date ? /\(([^;()]*?)\s+(?:19|20)\d{2}\b/.exec(source.title)?.[1] : undefined;
        if (!journal) continue;
        const year = source.date!.slice(0, 4);
        this.citedWorks.set(year, [...(this.citedWorks.get(year) ?? []), { paper, sourceId: source.id, journal: tokenize(journal).join(' ') }]);
      }
    }
    for (const paper of library.papers) {
      for (const entry of paper.glossary) {
        if (!this.glossaryByKey.has(`@${entry.id}`)) this.glossaryByKey.set(`@${entry.id}`, { entry, paper });
        const spans = new Map<string, number>();
        for (const name of [entry.term, ...entry.aliases]) {
          const stems = tokenize(name).map(stem);
          for (const w of stems) spans.set(w, Math.min(spans.get(w) ?? Infinity, stems.length));
        }
        for (const [w, span] of spans) {
          const byPaper = this.glossaryByStem.get(w) ?? new Map<Paper, Array<{ entry: GlossaryEntry; span: number }>>();
          byPaper.set(paper, [...(byPaper.get(paper) ?? []), { entry, span }]);
          this.glossaryByStem.set(w, byPaper);
        }
      }
    }
    const published = library.papers.filter((p) => p.data.status === 'published');
    const pool = published.length > 0 ? published : library.papers;
    this.defaultPaperId = pool.reduce((a, b) => ((b.data.addedOn ?? '') > (a.data.addedOn ?? '') ? b : a)).data.id;
  }

  /**
   * Builds an engine while the bot goes on answering: the index, nearly all of the cost, is built a
   * few milliseconds at a time, with `pause` letting waiting answers through in between.
   */
  static async create(library: Library, pause: () => Promise<void>, options: EngineOptions = {}): Promise<Engine> {
    const index = await ClaimIndex.build(searchDocuments(library.papers.flatMap((p) => p.claims)), library.papers.map((p) => p.glossary), pause);
    return new Engine(library, { ...options, index });
  }

  /**
   * Runs a few questions through every stage once, so the first member to ask does not pay for
   * compiling the patterns and warming the caches (about a tenth of a second). Boot calls it.
   */
  warmUp(): void {
    for (const q of ['what does it activate?', 'how many patients?', 'define it', 'and the other one?']) this.converse(q, { paperId: this.defaultPaperId });
  }

  paper(id: string): Paper | undefined {
    return this.papersById.get(id);
  }

  papersIn(scope: Scope): Paper[] {
    if (!scope.paperId) return this.library.papers;
    const paper = this.papersById.get(scope.paperId);
    return paper ? [paper] : [];
  }

  /** A question's content, normalised (stems, glossary concepts), so rewordings of one question group together. */
  questionKey(question: string): string {
    return [...new Set(this.reader.read(question).map((c) => c.key))].sort().join(' ');
  }

  /** A question without a conversation. */
  ask(question: string, scope: Scope = {}): Answer {
    return this.converse(question, scope.paperId ? { paperId: scope.paperId } : { everywhere: true }).answer;
  }

  /**
   * A question in a conversation: the answer, and the turn to hand back with the next question. A
   * conversation that turned to another paper ("tell me about the Oncotarget paper") stays with it
   * until a question names another or that paper has nothing on it.
   */
  converse(question: string, given: AskOptions = {}): { answer: Answer; turn?: Turn } {
    const options = this.current(given);
    const stayed = options.previous?.frame.named && options.previous.frame.paperId && !options.everywhere ? options.previous.frame.paperId : undefined;
    // "How does it differ from this one?" after turning to another paper: "this one" is the one the channel reads.
    const backToRead = stayed !== undefined && this.cues.namesPaperRead(question) && COMPARES_PAPERS.test(question);
    if (stayed && stayed !== options.paperId && !backToRead) {
      const there = this.answerOnce(question, { ...options, paperId: stayed });
      if (there.answer.answered || there.answer.reason === 'medical') return there;
    }
    const result = this.answerOnce(question, options);
    // A conversation that was about a paper since removed is told why the answer comes from elsewhere.
    const gone = given.previous?.frame.paperId;
    if (gone && !this.papersById.has(gone)) result.answer.notices.unshift(MESSAGES.paperGone(gone));
    return result;
  }

  /**
   * The conversation's last turn may come from an engine built before a paper was removed from the
   * library: a paper this engine does not hold is forgotten, as if the conversation had not named it.
   */
  private current(options: AskOptions): AskOptions {
    const previous = options.previous;
    const gone = (id: string | undefined) => id !== undefined && !this.papersById.has(id);
    const paperId = gone(options.paperId) ? this.defaultPaperId : options.paperId;
    if (!previous || !gone(previous.frame.paperId)) return { ...options, ...(paperId ? { paperId } : {}) };
    const { paperId: _forgotten, ...frame } = previous.frame;
    return { ...options, ...(paperId ? { paperId } : {}), previous: { ...previous, frame: { ...frame, named: false } } };
  }

  private answerOnce(asked: string, options: AskOptions): { answer: Answer; turn?: Turn } {
    // "doi pls, for my zotero", "who's the first author? I want to email them about my own CAF project": a line of
    // the record asked for, then why; the why asks nothing (unless it turns to someone's care).
    const recordFirst = RECORD_THEN_WHY.exec(asked);
    // "doi for the oncotarget one": a paper named after the line is which paper, not why.
    const question = recordFirst && !CARE_IN_WHY.test(recordFirst[2]!) && !PAPER_IN_WHY.test(recordFirst[2]!) ? recordFirst[1]! : asked;
    const reading = options.everywhere ? undefined : options.paperId;
    const analysed = this.analyser.analyse(question, reading, options.everywhere === true, options.previous);
    const before = analysed.followUp ? (options.previous?.claimIds ?? []).map((id) => this.library.claimById.get(id)) : [];
    const frame = before.length > 0 && before.every((c) => c?.evidence === 'background') ? { ...analysed, backgroundBefore: true } : analysed;
    // "what's their lung capacity?" asks about the body, not the glossary's lung cancer.
    const terms = !frame.medical && (this.notAboutPapers(question, frame) || this.subjectElsewhere(question, frame)) ? [] : this.definitions.termsAsked(question, frame, reading, options.previous);
    if (terms.length > 0) {
      // "Is fractalkine the same thing as CX3CL1?" is answered with the term's other names.
      // "IL-6 vs IL-26?": a term only another paper's glossary holds is defined from there.
      const inReading = reading !== undefined && terms.every((t) => this.findTerm(t, this.papersIn({ paperId: reading })) !== undefined);
      const answer = this.define(terms.join(' and '), inReading ? { paperId: reading } : {}, question, terms, asksOtherNames(question, terms));
      return { answer, turn: { frame, claimIds: [...new Set(answer.citations.map((c) => c.claimId))] } };
    }
    const papers = this.papersFor(frame, reading, options);
    // A medical decline says only that and what the paper studied: no spelling or paper notices beside it.
    // A typo read in an earlier turn is not this question's ("is the press accurate?" after "…an IL26 blocker?").
    const typed = new Set(tokenize(question));
    const notices = frame.medical ? [] : corrections(frame.concepts.filter((c) => c.surface.split(' ').every((w) => typed.has(w))));
    // Answered from several papers ("same lab as the new one?"), no one paper is the one answered from.
    // "Does the 2025 paper cite the 2017 one?" is answered from both, whichever one is named.
    if (frame.named && frame.paperId && !frame.medical && papers.length === 1 && !CITES_ASKED.test(question)) {
      const paper = this.papersById.get(frame.paperId)!;
      notices.push((frame.followUp ? MESSAGES.followUpPaper : MESSAGES.namedPaper)(paper.data.shortTitle, paper.data.id));
    }
    const draft = frame.medical ? this.medical(papers) : this.answerFrame(question, frame, papers, options);
    const answer = this.finish(question, draft, notices, papers);
    // "What's an impact factor and is 13.5 good?": what the number measures, beside the number.
    if (IF_MEANING.test(question) && answer.citations.some((c) => c.claimId.endsWith(':impact-factor'))) answer.caveats.push(MESSAGES.impactFactorMeaning);
    // "Which paper measured VEGF?": the answer says which paper its findings come from.
    if (frame.whichPaper && answer.answered && answer.papers.length > 0 && this.library.papers.length > 1) {
      answer.notices.push(MESSAGES.fromPapers(answer.papers.map((p) => `${p.title} (${p.id})`).join('; ')));
    }
    const claimIds = [...new Set(answer.citations.map((c) => c.claimId))];
    return { answer, turn: { frame: { ...frame, ...(papers.length === 1 ? { paperId: papers[0]!.data.id } : {}) }, claimIds } };
  }

  /** Said to be, or plainly, something other than the papers: see NOT_ABOUT_PAPERS and COURSEWORK. */
  private notAboutPapers(question: string, frame: Frame): boolean {
    if (NOT_ABOUT_PAPERS.test(question)) return true;
    // "(explain JAK-STAT3 simply) now do the same for how a car engine works": the same asked of a subject the claims never name.
    const other = SAME_FOR_ANOTHER.exec(question)?.[1];
    if (other && !tokenize(other).some((w) => !isStopWord(w) && wordRank(w) >= FILLER_RANK && this.index.usesWord(w))) return true;
    return COURSEWORK.test(question) && !THE_PAPER.test(question) && !frame.concepts.some((c) => c.key.startsWith('@') && !c.lay);
  }

  private papersFor(frame: Frame, reading: string | undefined, options: AskOptions): Paper[] {
    const papers = this.papersAsked(frame, reading, options);
    // "Does the press get anything wrong?" while talking about a paper no press article covered: the papers one did.
    const pressAsked = frame.intent === 'press' || /\b(?:press|news|media|newspaper|journalists?|headlines?)\b/i.test(frame.text);
    const withPress = (p: Paper) => [...p.sources.values()].some((s) => s.kind === 'press');
    if (pressAsked && papers.length > 0 && !papers.some(withPress)) {
      const covered = [reading, this.defaultPaperId].flatMap((id) => this.papersIn({ paperId: id })).filter(withPress);
      if (covered.length > 0) return covered.slice(0, 1);
    }
    return papers;
  }

  private papersAsked(frame: Frame, reading: string | undefined, options: AskOptions): Paper[] {
    if (frame.compare && frame.followUp) return this.library.papers;
    // "Same lab as the new one?" after the 2017 paper: the paper named and the one talked about.
    if (SAME_TEAM.test(frame.text)) {
      const ids = [...new Set([frame.paperId, options.previous?.frame.paperId, reading].filter((id): id is string => id !== undefined))];
      if (ids.length > 1) return ids.flatMap((id) => this.papersIn({ paperId: id }));
    }
    // "Isn't this old news? there was that IL-6 paper": the named paper is the precedent, not the one asked about.
    if (frame.intent === 'novelty' && frame.named && reading) return [reading, frame.paperId!].flatMap((id) => this.papersIn({ paperId: id }));
    // "Is IL-6 → STAT3 in the 2017 paper the same mechanism as IL26 in this one?": both papers answer.
    if (frame.named && frame.withReading && reading && COMPARES_PAPERS.test(frame.text)) return [reading, frame.paperId!].flatMap((id) => this.papersIn({ paperId: id }));
    // "The Chonnam study versus the 2017 study: which one is about EMT? Or both?": every paper named.
    if (frame.paperId && frame.alsoNamed.length > 0 && (frame.whichPaper || COMPARES_PAPERS.test(frame.text))) return [frame.paperId, ...frame.alsoNamed].flatMap((id) => this.papersIn({ paperId: id }));
    if (frame.paperId) return this.papersIn({ paperId: frame.paperId });
    if (options.everywhere || frame.everywhere || !reading) return frame.whichPaper ? this.studying(frame, this.library.papers) : this.library.papers;
    return this.papersIn({ paperId: reading });
  }

  /**
   * A judgement asked about something other than the paper: coverage declines it, and it names an
   * everyday subject or three uncommon words of its own the claims lack while at most one is there.
   */
  private offSubject(frame: Frame): string | undefined {
    const coverage = judgeCoverage(frame.concepts, frame);
    if (coverage.answer) return undefined;
    const missing = frame.concepts.filter((c) => !c.generic && c.main && !c.covered && c.rank >= FILLER_RANK);
    const known = frame.concepts.filter((c) => !c.generic && c.main && c.covered);
    const unusual = missing.filter((c) => c.rank >= EVERYDAY_RANK);
    // "Is kimchi good for the gut microbiome or overhyped?": hype judged of two things the claims never name.
    return missing.some((c) => EVERYDAY_SUBJECTS.has(c.surface)) || (unusual.length >= 3 && known.length <= 1) || (frame.intent === 'press' && unusual.length >= 2 && known.length === 0) ? coverage.message : undefined;
  }

  /**
   * "So the tumour's neighbours are its bodyguards, is that the gist?": a member's own retelling of
   * the paper, in words the claims do not use, is answered with the gist it checks: the authors'
   * conclusion and the finding behind it. Only when the retelling names something the paper is about.
   */
  private gist(question: string, frame: Frame, papers: Paper[]): Draft | undefined {
    if (!GIST_CHECK.test(question) || papers.length !== 1 || !frame.concepts.some((c) => c.covered && !c.generic)) return undefined;
    const writer = new AnswerWriter(this.library);
    this.meta.conclusionInto(writer, papers, { ...frame, concepts: [] });
    return writer.sentences > 0 ? writer.draft() : undefined;
  }

  /** What a question asks about instead of the papers, when all it shares with them is an organ or a record's place (see asksAboutSomethingElse). */
  private subjectElsewhere(question: string, frame: Frame): QueryConcept[] | undefined {
    return frame.bibliographic || frame.whichPaper || frame.intent !== 'fact' ? undefined : asksAboutSomethingElse(frame.concepts, question, (c) => this.onlyInRecords(c));
  }

  /** A concept only the papers' records hold (a place the team works, an author's name), in none of their findings. */
  private onlyInRecords(c: QueryConcept): boolean {
    return c.alternatives.every((a) => this.index.docsWith(a.term).every((doc) => (this.traits[doc]! & TRAIT.derived) !== 0));
  }

  /** "Which molecules are the key ones?": the paper's conclusion names what it puts at the centre. */
  private keyPlayers(question: string, frame: Frame, papers: Paper[]): Draft | undefined {
    if (!KEY_PLAYERS.test(question) || papers.length !== 1 || frame.medical) return undefined;
    const writer = new AnswerWriter(this.library);
    this.meta.conclusionInto(writer, papers, { ...frame, concepts: [] });
    return writer.sentences > 0 ? writer.draft() : undefined;
  }

  /**
   * "Does this study apply to small cell lung cancer?", "was it about brain mets from breast cancer too?":
   * what the paper studied is its title, and the sources' silence on the rest is said plainly.
   */
  private scope(question: string, papers: Paper[], missing: string | undefined): Draft | undefined {
    if (!missing || papers.length !== 1 || !SCOPE_ASKED.test(question)) return undefined;
    const title = this.library.claimById.get(`${papers[0]!.data.id}:title`);
    if (!title) return undefined;
    const writer = new AnswerWriter(this.library);
    writer.claim(title);
    return { ...writer.draft('partial'), notices: [MESSAGES.scopeNotCovered(missing)] };
  }

  /**
   * "Which paper deals with brain metastases?": the papers whose own findings use every term the
   * question names (a paper that mentions it only as background, or shares a plain word, is not one).
   */
  private studying(frame: Frame, papers: Paper[]): Paper[] {
    // The words that described a paper ("which one is the IL26 and CX3CL1 paper?") count here too.
    const terms = this.reader.read(frame.text).filter((c) => c.key.startsWith('@') && !c.lay && c.covered && c.main).map((c) => c.key);
    const pressAsked = frame.sourceKind === 'press' ? papers.filter((p) => [...p.sources.values()].some((s) => s.kind === 'press')) : [];
    if (pressAsked.length > 0 && pressAsked.length < papers.length) return pressAsked;
    if (terms.length === 0) return papers;
    const found = papers.filter((p) => terms.every((k) => this.paperUses(p.data.id, k)));
    return found.length > 0 ? found : papers;
  }

  private answerFrame(question: string, frame: Frame, papers: Paper[], options: AskOptions): Draft {
    const accept = this.accepting(papers);
    const content = frame.concepts.filter((c) => !c.generic);
    // "Format it as a citation for me pls": a reference line from each paper's record.
    if (REFERENCE_ASKED.test(question)) {
      const drafted = this.reference(papers.slice(0, PER_PAPER_LIMIT));
      if (drafted) return drafted;
    }
    // "What did the same group's J Cancer 2023 paper find?": earlier work a claim cites, named by its journal and year.
    // Not one the library holds as a paper of its own ("the 2017 Oncotarget precedent" is named as a paper).
    const earlier = frame.named ? undefined : this.citedWorkNamed(question, papers) ?? this.ownPriorWork(question, frame, papers);
    if (earlier) return earlier;
    const citing = this.citesAsked(question, frame, options.everywhere ? undefined : options.paperId);
    if (citing) return citing;
    if (frame.request || this.notAboutPapers(question, frame)) return this.decline(MESSAGES.request, [], papers);
    // "What's Nature's impact factor?", "last week's CRISPR paper in Nature": a journal no paper here appeared in.
    const journal = otherJournal(question, this.library.papers);
    if (journal) return this.decline(MESSAGES.notCoveredNamed(`"${journal}"`), [], papers);
    // "Which papers can you answer questions about?" is the papers command in other words.
    if (LIBRARY_ASKED.test(question)) return papersDraft(this.library);
    // "Same lab as the new one?", "are both papers from the same korean group?": who led each paper, side by side.
    // "The same Korean group had an earlier study …" asks about that group's earlier work, not whether two papers share a team.
    if (SAME_TEAM.test(question) && papers.length > 1 && !EARLIER_WORK.test(question)) {
      const writer = new AnswerWriter(this.library);
      const compared = papers.slice(0, PER_PAPER_LIMIT);
      for (const paper of compared) {
        const line = this.library.claimById.get(`${paper.data.id}:team-leads`) ?? this.library.claimById.get(`${paper.data.id}:authors`);
        if (line) writer.claim(line);
      }
      // "Same group?" is answered outright: whether the author lists share anyone, cited to both lists.
      const lists = compared.map((p) => this.library.claimById.get(`${p.data.id}:authors`));
      if (compared.length === 2 && lists.every((c) => c !== undefined)) {
        const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
        const other = new Set(compared[1]!.data.authors.map(plain));
        const shared = compared[0]!.data.authors.filter((a) => other.has(plain(a)));
        writer.sentence(shared.length > 0 ? MESSAGES.sharedAuthors(shared.join(', ')) : MESSAGES.noSharedAuthors, writer.cite(lists as Claim[]));
      }
      if (writer.sentences > 1) return writer.draft();
    }
    // "What did they find in vivo?", "summary of the in vitro results": the paper's own findings in that setting, main ones first.
    if ((frame.intent === 'summary' || (frame.intent === 'fact' && WHAT_HAPPENED.test(question))) && (frame.evidence ?? []).length > 0) {
      const settings = frame.evidence!;
      const shown = papers.slice(0, PER_PAPER_LIMIT).flatMap((p) =>
        [...new Set([...p.data.tldr.map((id) => this.library.claimById.get(id)), ...p.claims])]
          .filter((c): c is Claim => c !== undefined && !c.derived && c.evidence !== 'press-statement' && settings.includes(settingOf(c)))
          .slice(0, 3),
      );
      if (shown.length > 0) return this.composer.settings(shown, settings);
    }
    // Everyday words around the request ("my patient group wants a summary they can read") name no topic.
    if (frame.intent === 'summary' && content.filter((c) => c.main && c.covered && (c.key.startsWith('@') || c.rank >= FILLER_RANK)).length <= 1) {
      // "Summarise last week's CRISPR paper in Nature": a summary of something the library does not hold.
      const named = judgeCoverage(frame.concepts, frame);
      // "What should I tell my book club this paper found?" is a summary of this paper, whatever else it names.
      if (!named.answer && content.some((c) => !c.covered && c.main) && !THE_PAPER.test(question)) return this.decline(named.message, [], papers);
      // "The main conclusion" is the authors' conclusion; "the main findings" the paper's summary.
      return (CONCLUSION_ASKED.test(question) && this.meta.conclusion(papers)) || summaryDraft(this.library, papers.slice(0, PER_PAPER_LIMIT), 'answered');
    }
    // "When was it published? The article says September 2025, is that right?": the record answers, press or not.
    if (frame.intent === 'press' && frame.bibliographic && RECORD_ASKED.test(question)) {
      const record = this.composer.bibliographic(frame, accept);
      if (record) return record;
    }
    // A judgement asked of something else ("how to fix a Jackson parsing error", "the Moon lab party") is not one about this paper.
    const elsewhere = META.has(frame.intent) ? this.offSubject(frame) : undefined;
    if (elsewhere) return this.decline(elsewhere, [], papers);
    if (META.has(frame.intent)) {
      // At library scale, "every paper" is the few the question's words lead to.
      const read = papers.length > PER_PAPER_LIMIT ? this.papersOf(this.composer.retrieve(frame, accept), PER_PAPER_LIMIT) : papers;
      const draft = this.meta.answer(frame.intent as MetaIntent, frame, read.length > 0 ? read : papers.slice(0, 1));
      if (draft) return draft;
    }
    // "Why does treatment stop working once lung cancer reaches the brain, according to this study?":
    // the paper's own answer, its conclusion and the finding behind it, not a line that restates the question.
    if (frame.intent === 'fact' && papers.length === 1 && WHY_TREATMENT_FAILS.test(question)) {
      const writer = new AnswerWriter(this.library);
      this.meta.conclusionInto(writer, papers, { ...frame, concepts: [] });
      const resisting = papers[0]!.claims.filter((c) => !c.derived && (c.evidence === 'animal' || c.evidence === 'in-vitro') && /\bresist/i.test(c.text));
      const shown = resisting.find((c) => c.evidence === 'animal') ?? resisting[0];
      if (shown) writer.claim(shown);
      if (writer.sentences > 0) return writer.draft();
    }
    if (frame.intent === 'setting' && frame.previousClaims && frame.previousClaims.length > 0) {
      const previous = frame.previousClaims.map((id) => this.library.claimById.get(id)).filter((c): c is Claim => c !== undefined && !c.derived);
      // "Was that only in mice, or in the dish too?": a setting the last answer did not show is looked for.
      for (const setting of frame.evidence ?? []) {
        if (previous.some((c) => settingOf(c) === setting)) continue;
        const found = this.composer.retrieve(frame, (doc) => accept(doc) && (this.traits[doc]! & TRAIT.derived) === 0 && this.settings[doc] === setting, frame.concepts, 3)[0];
        if (found && found.coverage >= 0.5) previous.push(this.claims[found.doc]!);
      }
      if (previous.length > 0) return this.composer.settings(previous, frame.evidence);
    }
    // "Was this done in rats?", "is this in mice or people?": where the paper's main findings come from.
    if (frame.intent === 'setting' && frame.concepts.every((c) => c.generic || this.composer.isSettingWord(c.surface) || (!c.covered && c.rank < EVERYDAY_RANK))) {
      const main = papers.flatMap((p) => p.data.tldr.map((id) => this.library.claimById.get(id))).filter((c): c is Claim => c !== undefined);
      // "On actual people, or all mice and dishes?": a setting asked about that the main findings lack is looked for.
      for (const setting of frame.evidence ?? []) {
        if (main.some((c) => settingOf(c) === setting)) continue;
        const own = papers.flatMap((p) => p.claims).find((c) => !c.derived && settingOf(c) === setting);
        if (own) main.unshift(own);
      }
      if (main.length > 0) return this.composer.settings(main, frame.evidence);
    }
    // "How does that relate to the new one?", "what do the two papers have in common?": each paper's conclusion, side by side.
    // A molecule of a compared paper's title names that paper ("the IL26 one"), not a subject of its own.
    // One the other paper works with too ("both go through STAT3") is what they are compared on.
    const comparing = (frame.compare || COMPARES_PAPERS.test(question)) && frame.intent !== 'pathway' && papers.length > 1;
    const compared = comparing ? papers.slice(0, PER_PAPER_LIMIT) : [];
    const titled = new Set(compared.flatMap((p) => this.analyser.titleConcepts(p).map((c) => c.key).filter((k) => compared.every((o) => o === p || !this.paperUses(o.data.id, k)))));
    // "How does the 2025 paper differ from the 2017 one?": the words that ask for the comparison are not its subject.
    // "Both papers say CAFs drive EMT — what's new in 2025?": a subject both papers hold is what each is compared on.
    const subject = frame.concepts.filter((c) => !c.generic && c.covered && !titled.has(c.key) && !COMPARES_PAPERS.test(c.surface));
    // "Which paper showed EMT, or both?", "both going through STAT3?" ask which paper holds it, answered below.
    const onShared = subject.length > 0 && !subject.some((c) => this.analyser.category(c.key) === 'pathway') && !frame.whichPaper && !frame.followUp && !frame.yesNo && !frame.bibliographic && !/\bor (?:just )?(?:both|one)\b/i.test(question);
    if (comparing && (subject.length === 0 || onShared) && subject.every((c) => compared.every((p) => this.paperUses(p.data.id, c.key)))) {
      const writer = new AnswerWriter(this.library);
      const terms = subject.filter((c) => c.key.startsWith('@'));
      // Each paper's title first, so a reader knows which conclusion is whose.
      for (const paper of compared) {
        const title = this.library.claimById.get(`${paper.data.id}:title`);
        if (title) writer.claim(title);
        this.meta.conclusionInto(writer, [paper], { ...frame, concepts: [] });
        if (terms.length === 0) continue;
        // Then the paper's own finding on the subject both hold ("EMT": what drove it there).
        const [start, end] = this.ranges.get(paper.data.id)!;
        const own = (doc: number) => doc >= start && doc < end && (this.traits[doc]! & (TRAIT.derived | TRAIT.background | TRAIT.press)) === 0;
        const best = this.index.search(terms, 1, own)[0];
        if (best) writer.claim(this.claims[best.doc]!);
      }
      if (writer.sentences > 0) return writer.draft();
    }
    // "Abdus Salam et al — what cancer are they studying?", "what tissue did they use?": the
    // title names it, and the patient tissue the paper started from says where.
    if (!frame.medical && !frame.followUp && DISEASE_ASKED.test(question) && papers.length <= PER_PAPER_LIMIT) {
      const titleKeys = new Set(papers.flatMap((p) => this.analyser.titleConcepts(p).map((c) => c.key)));
      if (frame.concepts.every((c) => c.generic || !c.covered || titleKeys.has(c.key) || DISEASE_WORDS.test(c.surface))) {
        const writer = new AnswerWriter(this.library);
        for (const paper of papers) {
          const title = this.library.claimById.get(`${paper.data.id}:title`);
          if (title) writer.claim(title);
          const tissue = paper.claims.find((c) => !c.derived && c.evidence === 'patient-tissue');
          if (tissue) writer.claim(tissue);
        }
        if (writer.sentences > 0) return writer.draft();
      }
    }
    // "The Experimental Hematology & Oncology paper - that's the IL26 one, yes?": a paper named two ways, asked to be confirmed.
    // "the Salam et al paper — is that the IL26/CX3CL1 one?": the molecules of its title describe the paper too.
    // "IL-6 paper: JAK2/STAT3 right?" asks about a finding: only words ending on "the … one / paper" describe it.
    const described = papers.length === 1 && /\b(?:one|paper|study)\s*[?!.]*\s*$/i.test(question) ? new Set(this.analyser.titleConcepts(papers[0]!).map((c) => c.key)) : new Set<string>();
    if ((frame.named || frame.paperId !== undefined) && papers.length === 1 && CONFIRMING.test(question) && frame.concepts.every((c) => c.generic || CONFIRM_WORDS.has(c.surface) || described.has(c.key))) {
      const writer = new AnswerWriter(this.library);
      const lines = ['title', 'journal', 'first-author'].map((line) => this.library.claimById.get(`${papers[0]!.data.id}:${line}`)).filter((c): c is Claim => c !== undefined);
      // Both ways of naming it found this one paper: say so first, then the lines that name it.
      if (lines.length > 0) writer.sentence(MESSAGES.samePaper, writer.cite(lines.slice(0, 1)));
      for (const claim of lines) writer.claim(claim);
      if (writer.sentences > 0) return writer.draft();
    }
    if (frame.concepts.length === 0 && frame.intent === 'count') return this.composer.count(frame, [], accept) ?? this.decline(MESSAGES.askSomething, [], papers);
    // "the 2017 one - main pathway?": nothing specific asked, so the paper's pathways.
    // "The IL-6 one — which pathway did IL-6 go through there?": common verbs name nothing either.
    if (frame.concepts.every((c) => c.generic || (!c.key.startsWith('@') && c.rank < FILLER_RANK)) && frame.intent === 'pathway') return this.composer.pathways(frame, accept, papers.slice(0, PER_PAPER_LIMIT).map((p) => p.data.id)) ?? this.decline(MESSAGES.askSomething, [], papers);
    // "What's PMC5652691?", "PMC5652691 - what's that one": a paper named only by its identifier is asked which paper that is.
    if (frame.concepts.every((c) => c.generic) && frame.paperId && IDENTIFIER.test(question)) {
      const writer = new AnswerWriter(this.library);
      for (const line of ['title', 'doi']) {
        const claim = this.library.claimById.get(`${frame.paperId}:${line}`);
        if (claim) writer.claim(claim);
      }
      if (writer.sentences > 0) return writer.draft();
    }
    // "The CX3CL1 paper, is that the same as the brain mets one or a different paper?": both describe the paper read.
    if (papers.length === 1 && !frame.named && frame.alsoNamed.length === 0 && frame.concepts.every((c) => c.generic) && SAME_PAPER_ASKED.test(question)) {
      const title = this.library.claimById.get(`${papers[0]!.data.id}:title`);
      if (title) {
        const writer = new AnswerWriter(this.library);
        writer.sentence(MESSAGES.samePaper, writer.cite([title]));
        writer.claim(title);
        return writer.draft();
      }
    }
    // "What does the Oncotarget 2017 paper say?", "tell me about the Abdus Salam paper": the named paper's summary.
    if (frame.concepts.length === 0 && papers.length === 1 && /\b(?:paper|study|article|one)\b/i.test(question)) return summaryDraft(this.library, papers, 'answered');
    if (frame.concepts.length === 0) return this.decline(MESSAGES.askSomething, [], papers);
    // Asides ("no jargon pls, I'm the policy intern") are not what is asked.
    if (frame.concepts.every((c) => c.generic || !c.main) && frame.concepts.some((c) => c.generic) && frame.intent === 'fact' && !frame.bibliographic && !frame.whichPaper && /\b(find|found|findings?|results?|about|takeaways?|gist|overview|learn|learned|show|showed)\b/i.test(question.replace(/\b(?:how|what) about\b/gi, ''))) {
      // "What did they find?" names nothing specific: the paper's summary is the honest answer.
      return summaryDraft(this.library, papers.slice(0, PER_PAPER_LIMIT), 'answered');
    }
    const central = content.length === 0 ? this.keyPlayers(question, frame, papers) : undefined;
    if (central) return central;
    // Nothing specific and nothing pointing at the study ("how many cells are in the human body?").
    // "n patients?" is a study's sample size in shorthand.
    if (content.length === 0 && !frame.bibliographic && !frame.paperId && !ABOUT_STUDY.test(question) && !(frame.intent === 'count' && (frame.concepts.length === 0 || /^\W*n (?:of )?\w+\s*\??\s*$/i.test(question)))) {
      return this.decline(MESSAGES.notCovered, [], papers);
    }
    // "Which cell lines, A549?": a detail the sources say they lack is answered as such, whatever names it offers.
    // "How many people are on the author list?" is counted in the record.
    // "What's the impact factor quoted and where does the number come from?": a number in the record.
    // "how much liquid nitrogen should we order per month for a 35L dewar": an everyday subject asked about is no record line.
    const lacked = frame.concepts.find((c) => c.main && !c.covered && EVERYDAY_SUBJECTS.has(c.surface));
    if (lacked && frame.bibliographic && frame.intent === 'count') return this.decline(MESSAGES.notCoveredNamed(`"${lacked.surface}"`), [], papers);
    const recorded = frame.bibliographic && frame.intent === 'count' && !AUTHOR_COUNT.test(question) ? this.composer.bibliographic(frame, accept) : undefined;
    if (recorded) return recorded;
    if (frame.intent === 'count' && AUTHOR_COUNT.test(question)) {
      const lists = papers.slice(0, PER_PAPER_LIMIT).map((p) => this.library.claimById.get(`${p.data.id}:authors`)).filter((c): c is Claim => c !== undefined);
      if (lists.length > 0) {
        const writer = new AnswerWriter(this.library);
        for (const c of lists) writer.claim(c);
        return writer.draft();
      }
    }
    // "Did they link IL26 or CX3CL1 levels to patient survival at all?": outcome data, which the records say they lack.
    if (((this.composer.asksForMissingDetail(frame, accept) && !MODEL_ASKED.test(question)) || (OUTCOME_LINK.test(question) && !frame.medical)) && !namesOtherCondition(frame.concepts)) {
      // "Anything on radiotherapy dose-response?": the open question on the term, when none holds every word asked.
      const missing = this.composer.count(frame, [], accept, (w) => this.meta.openQuestionOn(w, frame, papers) ?? this.meta.openQuestionOnTerm(w, frame, papers));
      if (missing) return missing;
    }
    // "Which of the two papers had animal data?": each paper with a finding from that setting, by its title and that finding.
    if (frame.whichPaper && (frame.evidence?.length ?? 0) > 0 && papers.length > 1 && frame.concepts.every((c) => c.generic || this.composer.isSettingWord(c.surface) || (!c.key.startsWith('@') && c.rank < FILLER_RANK))) {
      const writer = new AnswerWriter(this.library);
      const shown = papers.slice(0, PER_PAPER_LIMIT).flatMap((paper) => {
        const title = this.library.claimById.get(`${paper.data.id}:title`);
        const found = paper.claims.find((c) => !c.derived && frame.evidence!.includes(settingOf(c)));
        return title && found ? [{ title, found }] : [];
      });
      // "Which has animal data?" when each has: the answer is "both", said before the papers are shown.
      if (shown.length > 1 && shown.length === papers.length) writer.sentence(MESSAGES.everyPaperHas(shown.length, SETTING_LABEL[frame.evidence![0]!].toLowerCase()), writer.cite(shown.map((s) => s.found)));
      for (const { title, found } of shown) {
        writer.claim(title);
        writer.claim(found);
      }
      if (writer.sentences > 0) return writer.draft();
    }
    // "Which paper is the Oncotarget one?": nothing asked beyond the paper named, so its title says which.
    const namedPaper = frame.paperId ?? (frame.whichPaper && papers.length === 1 && this.library.papers.length > 1 ? papers[0]!.data.id : undefined);
    if (frame.whichPaper && namedPaper && !content.some((c) => c.covered)) {
      const title = this.library.claimById.get(`${namedPaper}:title`);
      if (title) {
        const writer = new AnswerWriter(this.library);
        writer.claim(title);
        // "Which paper is the Hwasun one?": the record line that holds the name asked by, too.
        const words = tokenize(question);
        const [start, end] = this.ranges.get(namedPaper)!;
        const line = this.claims.slice(start, end).find((c) => c.derived && c !== title && words.some((w) => w.length > 3 && tokenize(c.text).includes(w) && !PAPER_WORDS_PLAIN.has(w)));
        if (line) writer.claim(line);
        return writer.draft();
      }
    }
    // "Where do I park at Hwasun hospital?": an everyday word the record holds only as a name (Park) is not asked of the paper.
    // Typed in lower case and not asked as a person ("who is … Park?", "is Park an author?").
    // "moon's dept?": a word owning a department or a lab is a person's name.
    const asPerson = /\b(?:who|whom|whose|authors?|co-?authors?|named?|surname|dr|prof)\b|['’]s (?:dept|department|lab|group|team|affiliation|e-?mail|hospital|university|institution|institute|role|position|specialty|speciality)\b/i.test(question);
    const everyday = asPerson
      ? undefined
      : frame.concepts.find(
          (c) =>
            c.main &&
            c.covered &&
            EVERYDAY_SUBJECTS.has(c.surface) &&
            new RegExp(`\\b${c.surface}\\b`).test(question) &&
            // "the moon / lee paper" names the paper by its authors, typed in lower case.
            !new RegExp(`\\b${c.surface}\\b[^.?!]{0,12}\\b(?:paper|study|group|lab|team|et al)\\b`).test(question) &&
            this.index.docsWith(c.key).every((doc) => (this.traits[doc]! & TRAIT.derived) !== 0),
        );
    if (everyday) return this.decline(MESSAGES.notCoveredNamed(`"${everyday.surface}"`), [], papers);
    const elsewhereSubject = this.subjectElsewhere(question, frame);
    if (elsewhereSubject) return this.decline(MESSAGES.notCoveredNamed(elsewhereSubject.map((c) => `"${c.surface}"`).join(', ')), [], papers);
    const coverage = judgeCoverage(frame.concepts, frame);
    if (!coverage.answer) return this.elsewhere(question, frame, papers, options) ?? this.gist(question, frame, papers) ?? this.scope(question, papers, coverage.missing) ?? this.decline(coverage.message, this.composer.retrieve(frame, accept), papers);
    // "Which came first?" of two papers; the ids are not mapped for every question of a large library.
    // "Which of the two is older, and what did it look at?": the older paper's conclusion after the order.
    const ordered =
      frame.bibliographic && papers.length === 2
        ? this.composer.paperOrder(frame, papers.map((p) => p.data.id), (writer, olderId) => {
            if (LOOKED_AT.test(question)) this.meta.conclusionInto(writer, papers.filter((p) => p.data.id === olderId), { ...frame, concepts: [] });
          })
        : undefined;
    if (ordered) return ordered;
    if (frame.bibliographic) {
      // Asked of several papers, each answers from its own record.
      const asked = papers.length > 1 ? this.papersOf(this.composer.retrieve(frame, accept), PER_PAPER_LIMIT) : papers;
      const records = (asked.length > 1 ? asked.map((p) => this.accepting([p])) : [accept]).map((inPaper) => this.composer.bibliographic(frame, inPaper));
      const found = records.filter((r): r is Draft => r !== undefined);
      // "The 2017 one: what journal, and what's it about?": the record line, then what the paper concluded.
      if (found.length === 1 && asked.length === 1 && ABOUT_ASKED.test(question)) {
        const writer = new AnswerWriter(this.library);
        this.composer.bibliographic(frame, accept, 1, writer);
        this.meta.conclusionInto(writer, asked, { ...frame, concepts: [] });
        return this.partial(writer.draft(), coverage);
      }
      if (found.length === 1) return this.partial(found[0]!, coverage);
      if (found.length > 1) return this.partial(this.composer.bibliographic(frame, accept, papers.length)!, coverage);
    }
    // "Did the Oncotarget paper test radiation?" names the paper asked about, whether or not the channel reads it.
    const namesIt = frame.named || (frame.withReading && frame.paperId !== undefined && frame.paperId === papers[0]?.data.id);
    // "The Wang et al paper — was that in brain mets too?": a term the named paper's own findings never use.
    if (namesIt && papers.length === 1 && !frame.bibliographic) {
      const terms = frame.concepts.filter((c) => c.main && c.covered && c.key.startsWith('@') && !c.lay);
      const absent = terms.filter((c) => !this.paperUses(papers[0]!.data.id, c.key));
      // Asked only about terms its findings lack: unless its background names them ("does the EHO paper say anything about CX3CR1?").
      const unmentioned = terms.filter((c) => !this.paperUses(papers[0]!.data.id, c.key, true));
      if (absent.length > 0 && absent.length === terms.length) return unmentioned.length === terms.length ? this.silent(frame, papers[0]!, absent) : this.onlyInBackground(frame, papers[0]!, absent);
      // "Is that the CX3CL1 one or the IL-6 one?": one of the terms its findings use, one they do not.
      if (absent.length > 0 && absent.length < terms.length && YES_NO_ASKED.test(question)) return this.silent(frame, papers[0]!, absent);
    }
    // "What markers did they use to call the cells CAFs - aSMA, FAP, PDGFRb?": a method detail its findings never give.
    const markers = !frame.medical && papers.length === 1 && MARKERS_USED.test(question) ? this.markersUnreported(papers[0]!) : undefined;
    if (markers) return markers;
    const hits = this.composer.retrieve(frame, accept);
    // "How many patients were in that one?" after the group's earlier study: the number the last answer gave.
    if (frame.intent === 'count' && frame.followUp && THAT_ONE.test(question)) {
      const numbered = (options.previous?.claimIds ?? []).map((id) => this.library.claimById.get(id)).find((c) => c !== undefined && !c.derived && hasNumber(c.text));
      if (numbered) {
        const writer = new AnswerWriter(this.library);
        writer.claim(numbered);
        return writer.draft();
      }
    }
    if (frame.intent === 'count') {
      const counted = this.composer.count(frame, hits, accept, (w) => this.meta.openQuestionOn(w, frame, papers) ?? this.meta.openQuestionOnTerm(w, frame, papers));
      if (counted) return counted;
    }
    const unrecorded = onlyInRecord(question, frame, hits, this.claims, MIN_TOP_COVERAGE);
    if (unrecorded) return this.decline(MESSAGES.notCoveredNamed(unrecorded), [], papers);
    const top = hits[0];
    if ((!top || top.coverage < MIN_TOP_COVERAGE) && namesIt && papers.length === 1) return this.silent(frame, papers[0]!);
    if (!top || top.coverage < MIN_TOP_COVERAGE) return this.elsewhere(question, frame, papers, options) ?? this.gist(question, frame, papers) ?? this.decline(MESSAGES.notCovered, hits, papers);
    if (frame.intent === 'pathway') {
      const drafted = this.composer.pathways(frame, accept, (papers.length > PER_PAPER_LIMIT ? this.papersOf(hits, PER_PAPER_LIMIT) : papers).map((p) => p.data.id));
      if (drafted) return this.partial(drafted, coverage);
    }
    if (frame.intent === 'setting') {
      const facts = this.composer.facts(frame, hits);
      const shown = [...new Set(facts.citations.map((c) => this.library.claimById.get(c.claimId)).filter((c): c is Claim => c !== undefined && !c.derived))];
      // "Human tissue at all, or all cell lines and mice?": each setting asked about gets its best claim.
      for (const setting of frame.evidence ?? []) {
        if (shown.some((c) => settingOf(c) === setting)) continue;
        const found = this.composer.retrieve(frame, (doc) => accept(doc) && (this.traits[doc]! & TRAIT.derived) === 0 && this.settings[doc] === setting, frame.concepts, 3)[0];
        if (found && found.coverage >= 0.2) shown.unshift(this.claims[found.doc]!);
        // "In vitro vs in vivo, I keep mixing them up": with nothing closer, the main finding from that setting.
        else if (frame.concepts.filter((c) => !c.generic && c.covered && !this.composer.isSettingWord(c.surface)).length <= 1) {
          const main = papers.flatMap((p) => [...p.data.tldr.map((id) => this.library.claimById.get(id)), ...p.claims]).find((c) => c !== undefined && !c.derived && settingOf(c) === setting);
          if (main) shown.unshift(main);
        }
      }
      if (shown.length > 0) return this.composer.settings(shown, frame.evidence);
    }
    // Asked of several papers, each with something on it answers; a small library's silent ones say so.
    const asked = papers.length > PER_PAPER_LIMIT ? this.papersOf(hits, PER_PAPER_LIMIT) : papers;
    const perPaper = papers.length > 1 ? asked.map((p) => ({ paper: p, accept: this.accepting([p]) })) : [];
    // "Why do they resist?": the authors' conclusion names the mechanism; the findings follow.
    const writer = new AnswerWriter(this.library);
    // "Were the mouse tumours in the brain?", "(what in vivo model?) subq?? so not in the brain at all": where the
    // animal tumours grew, which the sources may leave open, leads.
    if (!frame.medical && (SITE_TERMS.test(question) || MODEL_ASKED.test(question) || (ANIMAL_SITE.test(question) && (ANIMAL_WORDS.test(question) || frame.followUp)))) {
      this.meta.openQuestionMatching(writer, asked, (text) => ANIMAL_SITE.test(text) && ANIMAL_WORDS.test(text));
      // The paper's term for its model, when its entry says where the tumours grew ("Xenograft: … a model … calls subcutaneous").
      const model = asked.flatMap((paper) => paper.glossary.map((entry) => ({ paper, entry }))).find(({ entry }) => ANIMAL_SITE.test(entry.definition) && ANIMAL_WORDS.test(`${entry.term} ${entry.definition}`));
      if (model) writeEntry(writer, model.paper, model.entry);
    }
    // "Why are brain mets such bad news prognosis-wise?" asks about the disease, not about what the authors concluded.
    // "Why would fibroblasts help a tumour survive chemo?": what the cells are, whose definition says what they release, comes first.
    if (WHY_HELP.test(question) && !frame.medical) {
      const cell = frame.concepts.map((c) => (c.key.startsWith('@') ? c.key : c.lay ? c.alternatives.find((a) => a.term.startsWith('@'))?.term : undefined)).find((k) => k !== undefined && this.analyser.category(k) === 'cell');
      const name = cell ? this.index.aliases.names.get(cell) : undefined;
      const found = name ? this.findTerm(name, asked) : undefined;
      if (found) writeEntry(writer, found.paper, found.entry);
    }
    if (WHY.test(question) && !OUTLOOK_ASKED.test(question)) this.meta.conclusionInto(writer, papers, frame);
    // "Which paper deals with brain metastases?": a title that names the topic says which paper first.
    if (frame.whichPaper && this.library.papers.length > 1) {
      const terms = frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && c.covered);
      for (const paper of asked) {
        const doc = this.docOf(`${paper.data.id}:title`);
        // A title names terms in its own way ("Brain metastasis-associated …"): its words count too.
        const names = (c: QueryConcept) => holds(this.index.docsWith(c.key), doc!) || tokenize(c.label).map(stem).every((t) => holds(this.index.docsWith(t), doc!));
        if (doc !== undefined && terms.some(names)) writer.claim(this.claims[doc]!);
      }
      // "Which of our two papers has the cisplatin experiment in mice?": the paper of the finding, named first.
      const top = hits[0] ? this.claims[hits[0].doc]! : undefined;
      const title = top && !top.derived ? this.library.claimById.get(`${top.paperId}:title`) : undefined;
      if (writer.sentences === 0 && title) writer.claim(title);
    }
    // "Which transcription factors went up?", "did they test radiation?": an open question on exactly that says what the sources leave out.
    return this.partial(
      this.composer.facts(frame, hits, writer, perPaper, (w) => {
        // "Did the paper itself test radiation resistance?": the open question on what was not tested.
        if (!this.meta.openQuestionOn(w, frame, asked) && frame.yesNo && TESTED_ASKED.test(question)) this.meta.openQuestionOnTerm(w, frame, asked);
        this.choiceDefined(w, frame, asked);
        this.definitionSaying(w, frame, asked);
      }),
      coverage,
    );
  }

  /**
   * "Was the xenograft intracranial or subcutaneous?": when one side of a choice is named only in the
   * definition of a term the question uses, that definition answers it.
   */
  private choiceDefined(writer: AnswerWriter, frame: Frame, papers: Paper[]): void {
    const offered = [...choiceWords(frame.text)].filter((w) => w.length >= 4 && !isStopWord(w));
    if (offered.length === 0) return;
    // "In the brain of the mice or under the skin?": a term's own word ("mice") in its definition answers nothing,
    // and the term it stands in for (the mouse model, a xenograft) may be the one that does.
    const named = frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay);
    const keys = new Set(named.flatMap((c) => [c.key, ...c.alternatives.map((a) => a.term).filter((t) => t.startsWith('@'))]));
    const write = (entry: GlossaryEntry, paper: Paper) =>
      writeEntry(writer, paper, entry);
    for (const key of keys) {
      const name = this.index.aliases.names.get(key);
      const found = name ? this.findTerm(name, papers) : undefined;
      if (!found) continue;
      const own = new Set(named.filter((c) => c.key === key).flatMap((c) => c.surface.split(' ')));
      const defined = new Set(tokenize(found.entry.definition).filter((w) => !own.has(w)));
      // "In the flank or in the brain?": a side offered in lay words ("flank" is subcutaneous) counts too.
      const definedTerms = this.index.termsOf(found.entry.definition);
      const offeredAs = frame.concepts.filter((c) => c.surface.split(' ').some((w) => offered.includes(w))).flatMap((c) => c.alternatives.filter((a) => !a.term.startsWith('@')));
      if (!offered.some((w) => defined.has(w)) && !offeredAs.some((a) => definedTerms.has(a.term))) continue;
      write(found.entry, found.paper);
      return;
    }
    // "Subcutaneous or in the brain?" names no term: a definition holding an uncommon word offered answers it.
    const rare = offered.filter((w) => frame.concepts.some((c) => c.surface === w && c.rank >= EVERYDAY_RANK));
    // A term offered ("NSCLC or SCLC?") leads to its own entry only: "mice" in the IL-26 entry answers nothing.
    const ownEntry = new Map(frame.concepts.filter((c) => c.key.startsWith('@')).map((c) => [c.surface, c.key.slice(1)]));
    const holdsRare = (g: GlossaryEntry) => tokenize(g.definition).some((w) => rare.includes(w) && (ownEntry.get(w) ?? g.id) === g.id);
    // "In the brain or under the skin?": a side offered in lay words leads to the uncommon term it means.
    const layTerms = frame.concepts.filter((c) => c.lay && c.surface.split(' ').some((w) => offered.includes(w))).flatMap((c) => c.alternatives.filter((a) => !a.term.startsWith('@')).map((a) => a.term));
    if ((rare.length === 0 && layTerms.length === 0) || writer.sentences === 0) return;
    for (const paper of papers) {
      const entry = paper.glossary.find((g) => holdsRare(g) || layTerms.some((t) => this.index.termsOf(g.definition).has(t)));
      if (entry) return void write(entry, paper);
    }
  }

  /**
   * "Were the tumours grown under the skin or in the brain?": an uncommon term the question asks about
   * that nothing written so far holds, but a definition does, is answered by that definition (the
   * only place the sources say it).
   */
  private definitionSaying(writer: AnswerWriter, frame: Frame, papers: Paper[]): void {
    if (writer.sentences === 0) return;
    const said = this.index.termsOf(writer.text);
    const unsaid = frame.concepts.filter((c) => c.main && c.covered && !c.generic && c.rank >= EVERYDAY_RANK && !c.alternatives.some((a) => said.has(a.term)));
    if (unsaid.length === 0) return;
    for (const paper of papers) {
      for (const entry of paper.glossary) {
        const terms = this.index.termsOf(entry.definition);
        if (!unsaid.some((c) => c.alternatives.some((a) => terms.has(a.term)))) continue;
        writeEntry(writer, paper, entry);
        return;
      }
    }
  }

  /**
   * Earlier work the papers' claims cite (a background source), named in the question by its year and
   * its journal as the source's short citation gives it ("J Cancer 2023"): the claims citing it answer.
   */
  private citedWorkNamed(question: string, papers: Paper[]): Draft | undefined {
    const years = question.match(/\b(?:19|20)\d{2}\b/g);
    if (!years) return undefined;
    const lower = ` ${tokenize(question).join(' ')} `;
    const inScope = (paper: Paper) => papers.length === this.library.papers.length || papers.includes(paper);
    for (const work of years.flatMap((y) => this.citedWorks.get(y) ?? [])) {
      if (!lower.includes(` ${work.journal} `) || !inScope(work.paper)) continue;
      const writer = new AnswerWriter(this.library);
      for (const claim of work.paper.claims.filter((c) => c.sources.some((s) => s.source === work.sourceId))) writer.claim(claim);
      if (writer.sentences === 0) continue;
      // "Is the J Cancer 2023 one one of the papers you have?": no, and what the paper that cites it takes from it.
      if (HELD_ASKED.test(question)) {
        const source = work.paper.sources.get(work.sourceId);
        return { ...writer.draft(), notices: [MESSAGES.citedNotHeld(source ? `"${source.title}"` : 'That paper', work.paper.data.shortTitle)] };
      }
      return writer.draft();
    }
    return undefined;
  }

  /**
   * "Does the 2025 paper cite the 2017 one?": no stored source holds a reference list, so that is said
   * plainly, with what each paper concluded beside it.
   */
  private citesAsked(question: string, frame: Frame, reading: string | undefined): Draft | undefined {
    if (!CITES_ASKED.test(question) || !frame.paperId) return undefined;
    const named = [frame.paperId, ...frame.alsoNamed, ...(frame.withReading && reading ? [reading] : [])];
    const both = [...new Set(named.length > 1 ? named : [...named, ...this.library.papers.map((p) => p.data.id).filter((id) => id !== frame.paperId)])]
      .map((id) => this.papersById.get(id))
      .filter((p): p is Paper => p !== undefined);
    if (both.length !== 2) return undefined;
    const year = (p: Paper) => Number(/\b(?:19|20)\d{2}\b/.exec(p.data.date?.text ?? '')?.[0] ?? 0);
    const [citing, cited] = [...both].sort((a, b) => year(b) - year(a));
    const writer = new AnswerWriter(this.library);
    for (const paper of [citing!, cited!]) {
      const conclusion = paper.claims.find((c) => c.evidence !== 'press-statement' && /\bconclu/i.test(c.tags.join(' '))) ?? this.library.claimById.get(`${paper.data.id}:title`);
      if (conclusion) writer.claim(conclusion);
    }
    if (writer.sentences === 0) return undefined;
    return { ...writer.draft('partial'), notices: [MESSAGES.referencesNotStored(citing!.data.shortTitle, cited!.data.shortTitle)] };
  }

  /** "What did the same group publish before this paper?": the claims recording the authors' own earlier work. */
  private ownPriorWork(question: string, frame: Frame, papers: Paper[]): Draft | undefined {
    if (!this.cues.asksOwnPrior(question) || !/\b(?:publish\w*|paper|papers|work|study|studies|found|find|show\w*|report\w*)\b/i.test(question)) return undefined;
    // "Did this group publish on CAFs in brain mets before?": their earlier work on what is named, if they have any.
    const named = frame.concepts.filter((c) => c.main && c.covered && !c.generic && c.key.startsWith('@'));
    const onNamed = (claim: Claim) => {
      const doc = this.docOf(claim.id);
      return named.length === 0 || (doc !== undefined && named.some((c) => holds(this.index.docsWith(c.key), doc)));
    };
    const writer = new AnswerWriter(this.library);
    for (const claim of papers.flatMap((p) => p.claims).filter((c) => c.tags.some((t) => /^same group$/i.test(t)) && onNamed(c))) writer.claim(claim);
    return writer.sentences > 0 ? writer.draft() : undefined;
  }

  /** A reference line per paper, cited to the record lines it is built from. */
  private reference(papers: Paper[]): Draft | undefined {
    const writer = new AnswerWriter(this.library);
    for (const paper of papers) {
      const line = referenceLine(paper.data);
      const record = ['authors', 'title', 'journal', 'date', 'doi'].map((k) => this.library.claimById.get(`${paper.data.id}:${k}`)).filter((c): c is Claim => c !== undefined);
      if (line && record.length > 0) writer.sentence(line, writer.cite(record));
    }
    if (writer.sentences === 0) return undefined;
    writer.caveat(MESSAGES.referenceCheck);
    return writer.draft();
  }

  /** "Did the 2017 paper look at brain metastases?": its claims never mention them, which is an answer. */
  private silent(frame: Frame, paper: Paper, absent?: QueryConcept[]): Draft {
    // The words naming the subject, not the verbs around it ("did they look at…").
    const asked = (absent ?? frame.concepts.filter((c) => !c.generic && c.covered && (c.key.startsWith('@') || c.rank >= FILLER_RANK))).map((c) => c.label);
    const title = this.library.claimById.get(`${paper.data.id}:title`);
    // A claim or note saying the paper does not report it is the better answer.
    const missing = absent ? undefined : this.composer.count(frame, [], this.accepting([paper]));
    if (missing) return missing;
    if (asked.length === 0 || !title) return this.decline(MESSAGES.notCovered, [], [paper]);
    const writer = new AnswerWriter(this.library);
    // "Did the 2017 paper look at cisplatin?": the paper's own open question on it says so best.
    if (!absent && this.meta.openQuestionOn(writer, frame, [paper])) return writer.draft();
    const inSentence = asked.map(midSentence);
    writer.sentence(MESSAGES.paperSilent(paper.data.shortTitle, inSentence.join(', ')), writer.cite([title]));
    // "Did the 2017 paper test radiation?": its open question on treatment response says what it left out.
    if (this.meta.openQuestionOnTreatment(writer, frame, [paper])) return writer.draft();
    writer.claim(title);
    // "…or just lung cancer cells generally?": what it did study, from its first main finding.
    const studied = absent ? this.library.claimById.get(paper.data.tldr[0] ?? '') : undefined;
    if (studied) writer.claim(studied);
    return writer.draft();
  }

  /**
   * Which markers identified the cells, when no finding of the paper names a marker: said plainly, with
   * what its background holds on markers (the group's earlier marker study, say).
   */
  private markersUnreported(paper: Paper): Draft | undefined {
    const mentions = (c: Claim) => /\bmarkers?\b/i.test(`${c.text} ${c.tags.join(' ')}`);
    if (paper.claims.some((c) => !c.derived && c.evidence !== 'background' && c.evidence !== 'press-statement' && mentions(c))) return undefined;
    const title = this.library.claimById.get(`${paper.data.id}:title`);
    if (!title) return undefined;
    const writer = new AnswerWriter(this.library);
    writer.sentence(MESSAGES.onlyInBackground(paper.data.shortTitle, 'which markers were used to identify its cells'), writer.cite([title]));
    for (const claim of paper.claims.filter((c) => c.evidence === 'background' && mentions(c)).slice(0, 2)) writer.claim(claim);
    return writer.draft('partial');
  }

  /** "Does the EHO paper say anything about CX3CR1?": only its background does, and the answer says so. */
  private onlyInBackground(frame: Frame, paper: Paper, absent: QueryConcept[]): Draft {
    const title = this.library.claimById.get(`${paper.data.id}:title`);
    if (!title) return this.silent(frame, paper, absent);
    const writer = new AnswerWriter(this.library);
    writer.sentence(MESSAGES.onlyInBackground(paper.data.shortTitle, absent.map((c) => midSentence(c.label)).join(', ')), writer.cite([title]));
    const [start, end] = this.ranges.get(paper.data.id)!;
    const background = this.claims.slice(start, end).filter((c, i) => c.evidence === 'background' && absent.some((t) => holds(this.index.docsWith(t.key), start + i)));
    for (const claim of background.slice(0, 2)) writer.claim(claim);
    return writer.draft();
  }

  private partial(draft: Draft, coverage: { partialNotice?: string }): Draft {
    if (!coverage.partialNotice) return draft;
    return { ...draft, reason: 'partial', notices: [...(draft.notices ?? []), coverage.partialNotice] };
  }

  /** Declined in this paper: does another paper of the library answer it? Then say which, and how to ask it. */
  private elsewhere(question: string, frame: Frame, papers: Paper[], options: AskOptions): Draft | undefined {
    if (options.everywhere || frame.named || papers.length !== 1) return undefined;
    const here = papers[0]!.data.id;
    const coverage = judgeCoverage(frame.concepts, frame);
    if (!coverage.answer) return undefined;
    const [start, end] = this.ranges.get(here)!;
    const top = this.composer.retrieve(frame, (doc) => doc < start || doc >= end)[0];
    if (!top || top.coverage < 0.6 || this.claims[top.doc]!.derived) return undefined;
    const other = this.papersById.get(this.claims[top.doc]!.paperId)!;
    return declined('other-paper', MESSAGES.otherPaper(other.data.shortTitle, other.data.id), [`all: ${question}`.slice(0, 200), `use ${other.data.id}`]);
  }

  private medical(papers: Paper[]): Draft {
    const writer = new AnswerWriter(this.library);
    if (!this.meta.studyLead(writer, papers)) return declined('medical', MESSAGES.medicalNoStudy);
    const study = writer.draft();
    return { ...study, answered: false, reason: 'medical', summary: `${MESSAGES.medical} ${study.summary}` };
  }

  /** The glossary's definitions of one term (or of `terms`, each), with the term at work in the paper. */
  /** `withNames`: the question asked what else the term is called, so its other names lead the definition. */
  define(term: string, scope: Scope = {}, question = `define ${term}`, terms: string[] = [term], withNames = false): Answer {
    const papers = this.papersIn(scope);
    if (!term.trim()) return this.finish(question, declined('not-found', MESSAGES.defineWhat, this.glossarySuggestions(papers)), [], papers);
    const founds = terms.map((t) => this.findTerm(t, papers));
    const found = founds[0];
    if (!found || founds.some((f) => f === undefined)) {
      return this.finish(question, declined('not-found', MESSAGES.noGlossaryEntry(term), this.glossarySuggestions(papers)), corrections(this.reader.read(term)), papers);
    }
    const { paper } = found;
    const writer = new AnswerWriter(this.library);
    for (const f of founds) {
      const names = withNames ? otherNames(f!.entry) : [];
      const named = names.length > 0 ? `${f!.entry.term} (also called ${names.join(', ')})` : f!.entry.term;
      // "Fractalkine - same thing as CX3CL1?" is answered yes before the definition says why.
      const lead = founds.length === 1 && asksSameOne(question, [f!.entry.term, ...f!.entry.aliases]) ? `${MESSAGES.sameOne} ${named}` : named;
      writeEntry(writer, f!.paper, f!.entry, lead);
    }
    // A claim showing each term at work in the paper makes the definition useful to a journal club.
    // "The article keeps saying 'helper cells' - is that T helper cells?": the claim that uses the name asked about shows it.
    // Only a name of several words counts: a short alias ("CAF") sits inside too many other words.
    const namedAs = (entry: GlossaryEntry) => (withNames ? otherNames(entry) : entry.aliases.filter((a) => a.includes(' ') && a.toLowerCase() !== entry.term.toLowerCase() && question.toLowerCase().includes(a.toLowerCase())));
    for (const example of new Set(founds.map((f) => this.termAtWork(f!.entry, f!.paper, namedAs(f!.entry))))) {
      if (!example) continue;
      writer.claim(example);
      if (example.note) writer.caveat(example.note);
    }
    // "What's a brain metastasis, simply put, and how common is it?": the figure the background gives, too.
    if (founds.length === 1 && EPIDEMIOLOGY_ASKED.test(question)) {
      const figure = this.howCommon(found.entry, paper);
      if (figure) writer.claim(figure);
    }
    return this.finish(question, writer.draft('command'), [], [paper]);
  }

  /** The paper's background figure for how common a term is (a share of patients), if it holds one. */
  private howCommon(entry: GlossaryEntry, paper: Paper): Claim | undefined {
    const [start, end] = this.ranges.get(paper.data.id)!;
    return this.index
      .search(this.reader.read(entry.aliases[0] ?? entry.term), 10, (doc) => doc >= start && doc < end)
      .map((h) => this.claims[h.doc]!)
      .find((c) => c.evidence === 'background' && /\d\s*%/.test(c.text));
  }

  /** A claim of the paper showing a glossary term at work: a finding, or for a general term no finding names ("cytokine"), the background claim that uses it. */
  private termAtWork(entry: GlossaryEntry, paper: Paper, otherNamesAsked: string[] = []): Claim | undefined {
    const [start, end] = this.ranges.get(paper.data.id)!;
    const shown = this.index
      .search(this.reader.read(entry.aliases[0] ?? entry.term), 10, (doc) => doc >= start && doc < end)
      .map((h) => this.claims[h.doc]!)
      .filter((c) => c.evidence !== 'bibliographic' && !c.derived);
    const findings = shown.filter((c) => c.evidence !== 'background').sort((a, b) => Number(a.evidence === 'press-statement') - Number(b.evidence === 'press-statement'));
    // "Does it have another name?": the claim that uses the other name shows it in use.
    const named = otherNamesAsked.map((n) => n.toLowerCase());
    const usingName = named.length > 0 ? shown.find((c) => named.some((n) => c.text.toLowerCase().includes(n))) : undefined;
    if (usingName) return usingName;
    const names = [entry.term, ...entry.aliases].map((n) => n.toLowerCase());
    const says = (c: Claim) => names.some((n) => c.text.toLowerCase().includes(n));
    return findings[0] && !says(findings[0]) ? (shown.find((c) => c.evidence === 'background' && says(c)) ?? findings[0]) : findings[0];
  }

  summary(scope: Scope = {}, question = 'summary'): Answer {
    const papers = this.papersIn(scope);
    return this.finish(question, summaryDraft(this.library, papers), [], papers);
  }

  discuss(scope: Scope = {}, question = 'discuss', more = false): Answer {
    const papers = this.papersIn(scope);
    return this.finish(question, discussDraft(this.library, papers, more) ?? declined('not-found', MESSAGES.discussNone), [], papers);
  }

  listClaims(topic: string | undefined, scope: Scope = {}): Answer {
    const question = topic ? `claims ${topic}` : 'claims';
    const papers = this.papersIn(scope);
    const own = papers.flatMap((p) => p.claims.filter((c) => !c.derived));
    let chosen: Claim[];
    if (!topic) {
      chosen = own;
    } else {
      const wanted = topic.toLowerCase().trim();
      const topicIds = new Set(papers.flatMap((p) => p.data.topics.filter((t) => t.id === wanted || t.label.toLowerCase() === wanted).map((t) => t.id)));
      chosen = topicIds.size > 0 ? own.filter((c) => c.topics.some((t) => topicIds.has(t))) : this.rankedClaims(topic, scope).filter((c) => !c.derived);
    }
    if (chosen.length === 0) return this.finish(question, this.decline(MESSAGES.noClaimsMatch(topic ?? ''), [], papers, 'not-found'), [], papers);
    const writer = new AnswerWriter(this.library);
    const shown = chosen.slice(0, MAX_LISTED_CLAIMS);
    const lines = shown.map((c) => `${c.id}: ${c.text.replace(/[.!?]$/, '')} ${writer.cite([c])}.`);
    const notices = chosen.length > shown.length ? [MESSAGES.showingSome(shown.length, chosen.length, papers.flatMap((p) => p.data.topics.map((t) => t.id)).join(', '))] : [];
    return this.finish(question, { answered: true, reason: 'command', summary: lines.join('\n'), citations: writer.list.citations, disputed: false, suggestions: [], caveats: [] }, notices, papers);
  }

  /** Full provenance of one claim. */
  source(claimId: string, question = `source ${claimId}`): Answer {
    const claim = this.library.claimById.get(claimId.trim());
    return this.finish(question, sourceDraft(this.library, claimId), [], claim ? this.papersIn({ paperId: claim.paperId }) : []);
  }

  /** `source <n>`: the claims an earlier answer cited at location n, and the stored passage there. */
  sourceAt(at: Citation[], n: number, question = `source ${n}`): Answer {
    return this.finish(question, sourceLocationDraft(this.library, at, n), [], this.papersIn({ paperId: at[0]!.paperId }));
  }

  papers(question = 'papers', currentId?: string): Answer {
    return this.finish(question, papersDraft(this.library, currentId), [], []);
  }

  /** The claims an answer to the question cites, in the order a reader meets them; none when declined. */
  answerClaims(question: string, scope: Scope = {}): string[] {
    const answer = this.ask(question, scope);
    return answer.answered ? [...new Set(answer.citations.map((c) => c.claimId))] : [];
  }

  /** Claims ranked for a free-text topic, best first. */
  rankedClaims(text: string, scope: Scope = {}): Claim[] {
    const hits = this.index.search(this.reader.read(text), 30, this.accepting(this.papersIn(scope)));
    const top = hits[0];
    if (!top) return [];
    return hits.filter((h) => h.score >= top.score * 0.4).map((h) => this.claims[h.doc]!);
  }

  /**
   * A claim's document number, found through the library's own map and its paper's range: a second
   * map of every id costs about 50 MB at a million claims, and this is asked a few times an answer.
   */
  private docOf(claimId: string): number | undefined {
    const claim = this.library.claimById.get(claimId);
    const range = claim && this.ranges.get(claim.paperId);
    if (!range) return undefined;
    for (let doc = range[0]; doc < range[1]; doc++) if (this.claims[doc] === claim) return doc;
    return undefined;
  }

  private accepting(papers: Paper[]): (doc: number) => boolean {
    if (papers.length === this.library.papers.length) return () => true;
    if (papers.length === 1) {
      const [start, end] = this.ranges.get(papers[0]!.data.id)!;
      return (doc) => doc >= start && doc < end;
    }
    // Each paper's claims are one run of documents: find the run that would hold the document.
    const spans = papers.map((p) => this.ranges.get(p.data.id)!).sort((a, b) => a[0] - b[0]);
    const starts = Int32Array.from(spans, (s) => s[0]);
    const ends = Int32Array.from(spans, (s) => s[1]);
    return (doc) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= doc) lo = mid;
        else hi = mid - 1;
      }
      return doc >= starts[lo]! && doc < ends[lo]!;
    };
  }

  /** The papers a set of hits comes from, best first, at most `limit`: what "every paper" means at library scale. */
  private papersOf(hits: Hit[], limit: number): Paper[] {
    const ids = [...new Set(hits.map((h) => this.claims[h.doc]!.paperId))].slice(0, limit);
    return ids.map((id) => this.papersById.get(id)!);
  }

  private paperUses(paperId: string, key: string, background = false): boolean {
    const range = this.ranges.get(paperId);
    if (!range) return false;
    const docs = this.index.docsWith(key);
    for (let i = lowerBound(docs, range[0]); i < docs.length && docs[i]! < range[1]; i++) {
      if (background || this.claims[docs[i]!]!.evidence !== 'background') return true;
    }
    return false;
  }

  private coOccurrence(paperId: string, a: string, b: string): number {
    const range = this.ranges.get(paperId);
    if (!range) return 0;
    const docs = this.index.docsWith(a);
    const other = this.index.docsWith(b);
    let n = 0;
    for (let i = lowerBound(docs, range[0]); i < docs.length && docs[i]! < range[1]; i++) if (holds(other, docs[i]!)) n++;
    return n;
  }

  /** A glossary entry by any of its names, in the papers asked first, then anywhere in the library (a term means the same in every paper). */
  private findTerm(text: string, papers: Paper[]): { entry: GlossaryEntry; paper: Paper } | undefined {
    const concepts = this.reader.read(text).filter((c) => !isStopWord(c.surface) && !c.lay);
    const key = concepts.length === 1 ? concepts[0]!.key : undefined;
    if (key?.startsWith('@')) {
      // The papers asked about first, then the library; at library scale "every paper" is the library's order.
      if (papers.length <= PER_PAPER_LIMIT) {
        for (const paper of papers) {
          const entry = paper.glossary.find((g) => `@${g.id}` === key);
          if (entry) return { entry, paper };
        }
      }
      return this.glossaryByKey.get(key);
    }
    // "What does 'metastasis' mean?": a word the glossary has only inside one longer term ("brain metastasis").
    const words = tokenize(text).filter((w) => !isStopWord(w)).map(stem);
    if (words.length !== 1) return undefined;
    const byPaper = this.glossaryByStem.get(words[0]!);
    if (!byPaper) return undefined;
    // The entry naming it most directly: "brain metastasis" rather than "brain metastasis CAF"; the papers asked about first.
    const direct = (paper: Paper) => {
      const ranked = [...(byPaper.get(paper) ?? [])].sort((a, b) => a.span - b.span);
      return ranked.length > 0 && ranked[0]!.span < (ranked[1]?.span ?? Infinity) ? { entry: ranked[0]!.entry, paper } : undefined;
    };
    for (const paper of papers.length <= PER_PAPER_LIMIT ? papers : []) {
      const found = direct(paper);
      if (found) return found;
    }
    for (const paper of byPaper.keys()) {
      const found = direct(paper);
      if (found) return found;
    }
    return undefined;
  }

  private decline(message: string, hits: Hit[], papers: Paper[], reason: 'not-covered' | 'empty' | 'not-found' = hits.length === 0 && message === MESSAGES.askSomething ? 'empty' : 'not-covered'): Draft {
    return declined(reason, message, this.topicSuggestions(hits, papers));
  }

  /** Up to three example questions: the topics of the nearest claims first, then the paper's first topics. */
  private topicSuggestions(hits: Hit[], given: Papers): string[] {
    // At library scale, the papers the nearest claims come from (or the first few) offer the topics.
    const papers = given.length > PER_PAPER_LIMIT ? (hits.length > 0 ? this.papersOf(hits, PER_PAPER_LIMIT) : given.slice(0, PER_PAPER_LIMIT)) : given;
    const byId = new Map<string, string>(papers.flatMap((p) => p.data.topics.map((t) => [`${p.data.id}/${t.id}`, t.question] as const)));
    const ordered = [...hits.flatMap((h) => this.claims[h.doc]!.topics.map((t) => `${this.claims[h.doc]!.paperId}/${t}`)), ...byId.keys()];
    return [...new Set(ordered)].flatMap((k) => byId.get(k) ?? []).slice(0, MAX_SUGGESTIONS);
  }

  private glossarySuggestions(papers: Paper[]): string[] {
    return papers
      .flatMap((p) => p.glossary)
      .slice(0, MAX_SUGGESTIONS)
      .map((g) => `define ${g.aliases[0] ?? g.term}`);
  }

  private finish(question: string, given: Draft, notices: string[], papers: Paper[]): Answer {
    // Never an empty answer: a composition that found nothing to say is a decline.
    const draft = given.answered && !given.summary.trim() ? declined('not-covered', MESSAGES.notCovered) : given;
    const cited = [...new Set(draft.citations.map((c) => c.paperId))];
    // Declined under `all:` in a library of thousands: the first few papers asked, not every one.
    const read = cited.length > 0 ? cited.map((id) => this.papersById.get(id)).filter((p): p is Paper => p !== undefined) : papers.slice(0, PER_PAPER_LIMIT);
    return {
      question,
      ...draft,
      papers: read.map((p) => ({ id: p.data.id, title: p.data.shortTitle })),
      libraryPapers: this.library.papers.length,
      notices: [...notices.filter(Boolean), ...(draft.notices ?? [])],
    };
  }
}

/** What the index sees of a claim: its text, its tags, and (weakly) its note. Built one at a time. */
function* searchDocuments(claims: Claim[]): Generator<SearchDocument> {
  for (const c of claims) {
    yield {
      fields: [
        [c.text, 1],
        [c.tags.join(' . '), 1],
        [c.note ?? '', 0.3],
      ],
    };
  }
}

/** A glossary entry's other names, as a reader would list them: no spelling variants of the term or of each other. */
function otherNames(entry: GlossaryEntry): string[] {
  const plain = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const seen = new Set([plain(entry.term)]);
  const names: string[] = [];
  for (const alias of entry.aliases) {
    const key = plain(alias);
    // "NSCLC (non-small cell lung cancer)" already shows both of its names.
    if (seen.has(key) || seen.has(key.replace(/s$/, '')) || plain(entry.term).includes(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names.slice(0, 4);
}

function corrections(concepts: QueryConcept[]): string[] {
  return concepts.filter((c) => c.correctedTo).map((c) => MESSAGES.typo(c.surface, c.correctedTo!));
}

/** The first position in ascending postings at or after `doc`. */
function lowerBound(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Binary search in ascending postings. */
function holds(docs: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid]!;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
