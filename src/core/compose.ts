import type { Analyser, Frame } from './analyse.js';
import { authorPlaces } from './bibliography.js';
import { HOW_LONG_LIVED } from './concepts.js';
import { MESSAGES, SETTING_LABEL } from './messages.js';
import type { ClaimIndex, Hit, QueryConcept } from './retrieve.js';
import type { Evidence } from './schema.js';
import type { Claim, Library, Paper } from './types.js';
import { midSentence, tokenize } from './text.js';
import { AnswerWriter, type Draft } from './writer.js';
import { EVERYDAY_RANK } from './words.js';

// Which of two papers came first, and by how much.
const ASKS_ORDER = /\b(?:older|newer|oldest|newest|more recent|came (?:out )?first|earlier|later|years apart|how many years)\b/;

/** The composition stage: ranked claims and the question's frame -> a short, cited answer. */

const RELATIVE_SCORE_FLOOR = 0.4;
export const MIN_TOP_COVERAGE = 0.34;
const SETTING_BOOST = 1.8;
const BACKGROUND_DAMPING = 0.45;
// After an answer from background ("how common are brain mets?"), its follow-up ("and survival?") is background too.
const BACKGROUND_KEPT = 1.8;
/**
 * Claims drafted from a paper's own sentences (quotations) include its methods: how something was
 * measured outranks what was found whenever the words match better. Unless the question is about
 * method or numbers, such sentences count for less than findings (Results, Abstract, Discussion).
 */
const METHODS_DAMPING = 0.6;
const TITLE_DAMPING = 0.4;
const REPEAT_DAMPING = 0.5;
const PUBLISHING = /^(?:end(?:ed)? up|ends up|came out|come out|comes out|appear(?:s|ed)?|quot(?:e|es|ed|ing)|print(?:ed)?|ran|run)$/;
const METHODS_LOCATOR = /^(?:materials|methods|experimental|patients and methods|study design|statistic)/i;
const METHODS_ASKED = /^(?:method\w*|measur\w*|assay\w*|protocol\w*|dos\w*|concentrat\w*|clones?|vendors?|suppliers?|catalog\w*|techniqu\w*|procedur\w*|statistic\w*|model\w*|strain\w*|cell line\w*|sampl\w*|design\w*|how)$/;
const MAX_SENTENCES = 5;

/** Claims that say a detail is absent from the sources ("give no cell-line names", "not in the stored records"). */
/** A figure in the text: names with digits (IL26, CX3CL1) are not numbers. */
export const hasNumber = (text: string): boolean => /\d/.test(text.replace(/\b[A-Za-z][A-Za-z0-9-]*\d[A-Za-z0-9-]*\b/g, ''));
export const NOT_REPORTED = /\b(?:give[sn]? no|gives? no|no (?:stored )?record|not (?:in the stored|stated|reported|given|confirmed|named|known|listed|specified|available)|(?:is|are) not in the|unknown|unconfirmed|does not (?:name|report|state|give)|do not (?:name|report|state|give))\b/i;

const BACKGROUND_ASKED = /\b(?:background|in general|generally|normally|usually|typically|known|prior|previous(?:ly)?|before (?:this|that)|earlier|other cancers?|precedent|receptors?|family|subfamily|how common|frequency|incidence|survival|prognosis|epidemiolog\w*|what (?:is|are)|what's|whats|define|definition|mean|means|meaning|what does .* stand for)\b/i;

// "How common is it for lung cancer to reach the brain?", "how long do people live after?": epidemiology asked in a phrase.
// "Has IL-26 been tied to chemo resistance in any other cancer?": earlier work, which background claims hold.
const ELSEWHERE_ASKED = /\b(?:(?:any|in|for|of) other (?:cancers?|tumou?rs?|diseases?|settings?|tissues?|organs?|types? of cancer)|elsewhere|outside (?:of )?(?:this|the) (?:paper|study)|(?:earlier|previous|prior|other) (?:work|studies|research|papers|reports))\b/i;
// "Why is it such a big deal that it's in the brain?", "roughly how serious is it once lung cancer reaches the brain?": the disease's outlook, which background claims hold.
const SERIOUSNESS_ASKED = /\bhow (?:serious|bad|deadly|dangerous|grim)\b|\b(?:such |so |a )(?:big|huge) deal\b|\bhard to treat (?:to begin with|in the first place|anyway)\b|\b(?:such|so) bad news\b/i;
export const EPIDEMIOLOGY_ASKED = /\bhow (?:common|often|frequent(?:ly)?|rare|usual)\b|\bhow long (?:do|does|did|can|will|would) (?:people|patients|they|you|someone|one) (?:\w+ )?(?:live|survive|last)\b|\blife expectancy\b|\b(?:main|usual|commonest|most common|biggest) (?:source|origin|place|cause)\b|\bwhat (?:share|fraction|proportion|percentage)\b/i;

const SETTING_TEXT: Array<[Evidence, RegExp]> = [
  ['animal', /\b(?:mice|mouse|animal|animals|in vivo|xenograft)\b/i],
  ['in-vitro', /\b(?:in culture|cultured|in vitro|conditioned medium)\b/i],
  ['patient-tissue', /\b(?:patients?'|patient tissue|from patients)\b/i],
];

export interface ComposeContext {
  library: Library;
  /** document number -> claim */
  claims: Claim[];
  /** documents whose claim or note says a detail is not in the sources */
  missingDetails: number[];
  /** each document's setting (settingOf), worked out once */
  settings: Evidence[];
  /** each document's TRAIT bits (claimTraits), worked out once */
  traits: Uint8Array;
  index: ClaimIndex;
  analyser: Analyser;
  /** whether the claim at `doc` holds an index term */
  holds(doc: number, term: string): boolean;
  docOf(claimId: string): number | undefined;
}

/** The setting a claim speaks of: its evidence kind, or, for a press statement, what it talks about. */
export function settingOf(claim: Claim): Evidence {
  if (claim.evidence !== 'press-statement') return claim.evidence;
  const text = `${claim.text} ${claim.tags.join(' ')} ${claim.topics.join(' ')}`;
  return SETTING_TEXT.find(([, p]) => p.test(text))?.[0] ?? 'press-statement';
}

export class Composer {
  constructor(private readonly ctx: ComposeContext) {}

  /** Claims ranked for the frame within the accepted documents, favouring the setting and source asked about. */
  retrieve(frame: Frame, accept: (doc: number) => boolean, concepts: QueryConcept[] = frame.concepts, limit = 30): Hit[] {
    const { claims, traits } = this.ctx;
    const sourceTrait = frame.sourceKind === 'press' ? TRAIT.saysPress : TRAIT.saysPaper;
    const sourceOk = frame.sourceKind ? (doc: number) => (traits[doc]! & sourceTrait) !== 0 : () => true;
    // "Proliferation: culture, mice or patients?" offers settings to choose from; only a question about
    // the settings themselves ("any animal work?") favours claims from them.
    const aboutSomethingElse = frame.intent === 'setting' && concepts.some((c) => !c.generic && c.covered && !SETTING_WORD.test(c.surface));
    const settings = new Set(aboutSomethingElse ? [] : (frame.evidence ?? []));
    const epidemiology = EPIDEMIOLOGY_ASKED.test(frame.text) || HOW_LONG_LIVED.test(frame.text) || SERIOUSNESS_ASKED.test(frame.text) || ELSEWHERE_ASKED.test(frame.text);
    const backgroundAsked = epidemiology || concepts.some((c) => BACKGROUND_ASKED.test(c.surface));
    // "How long do people live once lung cancer reaches the brain?": the figures are background claims;
    // a finding that merely shares the disease's words is not the answer.
    const backgroundFavoured = epidemiology || frame.backgroundBefore === true;
    const methodsAsked = frame.intent === 'count' || frame.intent === 'setting' || concepts.some((c) => c.surface.split(' ').some((w) => METHODS_ASKED.test(w))) || /\bhow (?:did|do|was|were|many|much)\b/i.test(frame.text);
    // After background ("how common?", "do mice even have IL-26?"), a new question asks past it.
    const repeated = new Set(frame.backgroundBefore ? (frame.answeredBefore ?? []) : []);
    const boost = (doc: number) => {
      const t = traits[doc]!;
      let b = 1;
      if (settings.size > 0 && settings.has(this.ctx.settings[doc]!)) b *= SETTING_BOOST;
      if (t & TRAIT.background && !backgroundAsked) b *= BACKGROUND_DAMPING;
      if (t & TRAIT.background && backgroundFavoured) b *= BACKGROUND_KEPT;
      if (t & TRAIT.methodsQuote && !methodsAsked) b *= METHODS_DAMPING;
      // A title holds every word of the paper's subject: a finding, not the title, answers a question about it.
      if (t & TRAIT.derived && !frame.bibliographic) b *= TITLE_DAMPING;
      // "How common are brain mets?" then "and survival after that?": the figure just given is not the new answer.
      if (repeated.size > 0 && repeated.has(claims[doc]!.id)) b *= REPEAT_DAMPING;
      return b;
    };
    // The most `boost` gives, so the search can skip claims that cannot reach the top.
    const maxBoost = (settings.size > 0 ? SETTING_BOOST : 1) * (backgroundFavoured ? BACKGROUND_KEPT : 1);
    const filtered = this.ctx.index.search(concepts, limit, (doc) => accept(doc) && sourceOk(doc), boost, maxBoost);
    // A source asked about that holds nothing relevant is better ignored than answered with nothing.
    return filtered.length > 0 || !frame.sourceKind ? filtered : this.ctx.index.search(concepts, limit, accept, boost, maxBoost);
  }

  /**
   * Questions about the paper as a publication (authors, journal, DOI, affiliations) from its
   * bibliographic record; the words describing the paper ("the brain mets CAF paper") are not what
   * is asked. Undefined when the record does not clearly answer.
   */
  bibliographic(frame: Frame, accept: (doc: number) => boolean, papers = 1, writer = new AnswerWriter(this.ctx.library)): Draft | undefined {
    const { claims } = this.ctx;
    const asked = frame.concepts.filter((c) => !(c.key.startsWith('@') && !c.lay));
    if (asked.length === 0) return undefined;
    const found = this.ctx.index.search(asked, 10, (doc) => accept(doc) && (this.ctx.traits[doc]! & TRAIT.derived) !== 0);
    // "Which journal was it published in?": the noun after which/what names the record line asked for.
    // "When did it come out?" names the date line as "which journal?" names the journal line.
    // "Who publishes that?" asks for the journal line, which names the publisher.
    const head = /^\W*when\b/i.test(frame.text) ? 'date' : /\bwho publishes\b|\bpublisher\b|\bpublishing house\b/i.test(frame.text) ? 'journal' : /\b(?:which|what|whats|what's)\s+(?:is |was |were |are )?(?:the |its |their )?(\w+)/i.exec(frame.text)?.[1]?.toLowerCase();
    const headTerms = head ? [...this.ctx.index.termsOf(head)] : [];
    const holdsHead = (doc: number) => headTerms.length > 0 && headTerms.some((t) => this.ctx.holds(doc, t));
    // The record line named for the head noun ("journal"), though others ("the journal's impact factor") hold it too.
    const isHeadLine = (doc: number) => head !== undefined && claims[doc]!.id.endsWith(`:${head}`);
    const hits = [...found.filter((h) => holdsHead(h.doc)), ...found.filter((h) => !holdsHead(h.doc))];
    // Words that describe the paper ("the 2017 lung CAF paper") are in its title; lay words name no record line.
    const titleDoc = this.ctx.docOf(`${claims[found[0]?.doc ?? 0]?.paperId}:title`);
    const describesPaper = (c: QueryConcept) => titleDoc !== undefined && c.alternatives.some((a) => this.ctx.holds(titleDoc, a.term));
    const holds = (doc: number) => (c: QueryConcept) => c.alternatives.some((a) => this.ctx.holds(doc, a.term));
    // "Which journal did it end up in?", "what IF are they quoting?": how a record line came about asks nothing of its own.
    const needed = asked.filter((c) => !c.generic && c.covered && c.main && !c.lay && !describesPaper(c) && !(PUBLISHING.test(c.surface) && !found.some((h) => holds(h.doc)(c))));
    // "the one with the press release about radiation": a subject no record line or title holds is a question about findings.
    const subjects = frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && c.main && !describesPaper(c));
    if (subjects.some((c) => !found.some((h) => holds(h.doc)(c)))) return undefined;
    // With nothing specific, the common words left once the paper is described name the line ("first author").
    const lineWords = asked.filter((c) => c.covered && c.main && !c.lay && !describesPaper(c) && !PAPER_WORDS.has(c.key));
    const fits = (doc: number) => (needed.length > 0 ? needed.every(holds(doc)) : lineWords.length > 0 && lineWords.every(holds(doc)));
    // The line the head noun names, unless another holds what was asked ("what year …, and which journal?").
    const first = hits[0];
    const top = first && !fits(first.doc) && (needed.length === 0 || holdsHead(first.doc)) ? (hits.find((h) => fits(h.doc)) ?? first) : first;
    // The record answers when its best line holds what was asked, or when one line each does.
    const spread = needed.length > 1 && needed.every((c) => hits.some((h) => holds(h.doc)(c)));
    // "open access on PMC? what's the PMC ID?": a line that answers most of the question answers it.
    const most = needed.length > 0 && top !== undefined && top.coverage >= 0.6 && needed.filter(holds(top.doc)).length * 2 >= needed.length - 1;
    if (!top || !(fits(top.doc) || spread || most || (needed.length === 0 && top.coverage >= 0.75))) return undefined;
    const topMarker = writer.claim(claims[top.doc]!);
    // "Is Kyung-Hwa Lee on the author list? where in the order": the place of each author named.
    if (claims[top.doc]!.id.endsWith(':authors')) {
      const authors = this.ctx.library.papers.find((p) => p.data.id === claims[top.doc]!.paperId)?.data.authors ?? [];
      for (const place of authorPlaces(frame.text, authors)) writer.sentence(place, topMarker);
    }
    // "Which journal did it end up in, and what IF are they quoting?": the line named by "which journal" as well.
    const headLine = hits.find((h) => isHeadLine(h.doc));
    if (headLine && headLine !== top && claims[headLine.doc]!.paperId === claims[top.doc]!.paperId) writer.claim(claims[headLine.doc]!);
    // The same record line of every other paper asked ("all: who are the first authors?").
    const rest = hits.filter((h) => h !== top);
    for (const hit of rest) {
      const claim = claims[hit.doc]!;
      if (papers > 1 && claim.paperId !== claims[top.doc]!.paperId && claim.id.split(':')[1] === claims[top.doc]!.id.split(':')[1]) writer.claim(claim);
    }
    const answered = new Set(asked.filter((c) => c.alternatives.some((a) => this.ctx.holds(top.doc, a.term))).map((c) => c.key));
    for (const hit of rest) {
      // "journal and year": a second record line answers a second noun, even a common one.
      const adds = asked.filter((c) => !PAPER_WORDS.has(c.key) && !answered.has(c.key) && c.alternatives.some((a) => this.ctx.holds(hit.doc, a.term)));
      if (adds.length === 0) continue;
      writer.claim(claims[hit.doc]!);
      adds.forEach((c) => answered.add(c.key));
    }
    // "the journal + IF?": a record line named by its own word, though another line holds that word too.
    const typed = new Set(tokenize(frame.text));
    for (const c of asked) {
      // Named in this question, not carried from the one before ("what journal?" then "is that a good one?").
      const line = typed.has(c.surface) ? RECORD_LINE_NAMED[c.surface] : undefined;
      const doc = line === undefined ? undefined : this.ctx.docOf(`${claims[top.doc]!.paperId}:${line}`);
      if (doc !== undefined && accept(doc) && !writer.has(claims[doc]!)) writer.claim(claims[doc]!);
    }
    // "What journal and when?": the date line answers "when", a word too common to search by.
    const date = this.ctx.docOf(`${claims[top.doc]!.paperId}:date`);
    if (WHEN_ASKED.test(frame.text) && date !== undefined && accept(date) && !writer.has(claims[date]!)) writer.claim(claims[date]!);
    for (const c of hits.map((h) => claims[h.doc]!)) if (writer.has(c) && c.note) writer.caveat(c.note);
    return writer.draft();
  }

  /**
   * "Which of the two came out first, and by how many years?": each paper's date line, then the
   * order and the gap the years give. Undefined unless that is asked of two dated papers.
   */
  paperOrder(frame: Frame, paperIds: string[], then?: (writer: AnswerWriter, olderId: string) => void): Draft | undefined {
    if (!frame.bibliographic || paperIds.length !== 2 || !ASKS_ORDER.test(frame.text.toLowerCase())) return undefined;
    const dated = paperIds.map((id) => {
      const doc = this.ctx.docOf(`${id}:date`);
      const claim = doc === undefined ? undefined : this.ctx.claims[doc];
      const year = claim && /\b(?:19|20)\d{2}\b/.exec(claim.text)?.[0];
      return claim && year ? { claim, year: Number(year) } : undefined;
    });
    if (dated.some((d) => d === undefined)) return undefined;
    const [first, second] = (dated as { claim: Claim; year: number }[]).sort((a, b) => a.year - b.year);
    const writer = new AnswerWriter(this.ctx.library);
    writer.claim(first!.claim);
    writer.claim(second!.claim);
    const gap = second!.year - first!.year;
    writer.sentence(
      gap === 0 ? `Both papers came out in ${first!.year}.` : `The ${first!.year} paper is the older one, by ${gap} year${gap === 1 ? '' : 's'}.`,
      writer.cite([first!.claim, second!.claim]),
    );
    then?.(writer, first!.claim.paperId);
    return writer.draft();
  }

  /** "Which cell lines did they use?": a detail the sources say they do not give. */
  asksForMissingDetail(frame: Frame, accept: (doc: number) => boolean): boolean {
    if (!DETAIL_QUESTION.test(frame.text)) return false;
    // "Which NSCLC cell lines did they use for the co-culture work?": the noun after "which" is the
    // detail asked for; the rest says where.
    const head = DETAIL_HEAD.exec(frame.text)?.[1]?.toLowerCase().split(/\s+/).filter(Boolean);
    const inHead = (c: QueryConcept) => !head || c.key === 'name' || c.surface.split(' ').every((w) => head.includes(w));
    const detail = frame.concepts.filter((c) => c.main && c.covered && !c.generic && !c.lay && !c.key.startsWith('@') && inHead(c));
    if (detail.length === 0) return false;
    // "What got reversed by the neutralising antibodies?": a finding that holds the detail and the rest of the question answers it.
    const asked = frame.concepts.filter((c) => c.main && c.covered && !c.generic);
    // Its own sentence must hold them: a note may say what is missing beside it ("mouse strain … not in the stored records").
    const reported = this.retrieve(frame, accept, frame.concepts, 3).some((h) => {
      const claim = this.ctx.claims[h.doc]!;
      if (claim.evidence === 'press-statement' || NOT_REPORTED.test(claim.text)) return false;
      const terms = this.ctx.index.termsOf(claim.text);
      // "…raising key transcription factors" with the note "which ones is not stated": the detail is what the note says is missing.
      const noted = NOT_REPORTED.test(claim.note ?? '') ? this.ctx.index.termsOf(claim.note!) : undefined;
      if (noted && detail.every((c) => c.alternatives.some((a) => noted.has(a.term)))) return false;
      const inText = asked.every((c) => c.alternatives.some((a) => terms.has(a.term)));
      // With a note that leaves nothing out, the note's words count too.
      return inText || (!NOT_REPORTED.test(claim.note ?? '') && asked.every((c) => c.alternatives.some((a) => this.ctx.holds(h.doc, a.term))));
    });
    if (reported && asked.length > detail.length) return false;
    // "Do we know their names?": a question after names is answered by a statement that names are missing.
    const namesAsked = NAMES_ASKED.test(frame.text);
    return this.notReported(frame, accept, 5).some((missing) => {
      const terms = this.ctx.index.termsOf(missing.inText ? missing.claim.text : missing.claim.note!);
      const said = detail.filter((c) => c.alternatives.some((a) => terms.has(a.term)));
      return said.length === detail.length || (namesAsked && said.some((c) => c.key === 'name'));
    });
  }

  /** A fact answer: the best claims, near-duplicates merged, both sides of a disagreement, narrative order. */
  facts(frame: Frame, hits: Hit[], writer = new AnswerWriter(this.ctx.library), perPaper: Array<{ paper: Paper; accept: (doc: number) => boolean }> = [], then?: (writer: AnswerWriter) => void): Draft {
    const { claims } = this.ctx;
    const top = hits[0]!;
    const topClaim = claims[top.doc]!;
    let entities = this.entities(frame);
    // "The two signals", "each factor": without names, the factors the paper's title names.
    if (frame.each && entities.length === 0) entities = this.keyFactors([...new Set(hits.slice(0, 5).map((h) => claims[h.doc]!.paperId))]);
    // "What did BM-CAFs change in culture? growth? migration? all of it?": every finding of that kind from that setting.
    const exhaustive = EXHAUSTIVE.test(frame.text) && !topClaim.derived;
    const sameKind = (h: Hit) => settingOf(claims[h.doc]!) === settingOf(topClaim) && claims[h.doc]!.evidence === topClaim.evidence;
    let candidates = hits.filter((h) => (h.score >= top.score * RELATIVE_SCORE_FLOOR || (exhaustive && sameKind(h))) && h.coverage >= top.coverage * 0.5);
    // Background and epidemiology only when they answer better than the paper's own findings.
    if (topClaim.evidence !== 'background') candidates = candidates.filter((h) => claims[h.doc]!.evidence !== 'background' || h.coverage > top.coverage);
    // When the question names entities, every claim shown must be about one of them.
    if (entities.length > 0) candidates = candidates.filter((h) => h === top || entities.some((e) => e.alternatives.some((a) => this.ctx.holds(h.doc, a.term))));
    const chosen: Claim[] = candidates.map((h) => claims[h.doc]!);
    // Asked of every paper: each paper that has something on it answers with its best claim; one
    // that says the detail is missing says so.
    const silent: Claim[] = [];
    // "Did either paper use cisplatin?": a paper with nothing on what was asked says so, by its title.
    const unmentioned: Paper[] = [];
    let extra = 0;
    for (const { paper, accept: inPaper } of perPaper) {
      const best = hits.find((h) => inPaper(h.doc) && h.coverage >= top.coverage * 0.5);
      if (best && !chosen.slice(0, 1 + extra).includes(claims[best.doc]!)) {
        const at = chosen.indexOf(claims[best.doc]!);
        if (at !== -1) chosen.splice(at, 1);
        chosen.splice(1 + extra++, 0, claims[best.doc]!);
      }
      if (!best) {
        const missing = this.notReported(frame, inPaper)[0];
        if (missing) silent.push(missing.claim);
        else if (frame.yesNo && perPaper.length <= MAX_SILENT_PAPERS) unmentioned.push(paper);
      }
    }
    if (frame.each && entities.length > 1) {
      // Each named (or implied) factor gets its own finding, searched for on its own.
      const others = frame.concepts.filter((c) => !entities.some((e) => e.key === c.key));
      for (const e of entities) {
        // A claim about this factor alone: one that lumps every factor together does not answer "each".
        const alone = (doc: number) => this.ctx.holds(doc, e.key) && !entities.every((o) => this.ctx.holds(doc, o.key));
        if (chosen.some((c) => !c.derived && alone(this.ctx.docOf(c.id)!))) continue;
        const own = this.retrieve(frame, (doc) => (this.ctx.traits[doc]! & (TRAIT.derived | TRAIT.background)) === 0 && alone(doc), [e, ...others], 5)[0];
        if (own) chosen.push(claims[own.doc]!);
      }
      for (let i = chosen.length - 1; i >= 0; i--) if (chosen[i]!.derived && chosen.length > 1) chosen.splice(i, 1);
    }
    const asked = frame.concepts.filter((c) => !c.generic && c.covered);
    // Held by the claim's own words: a caveat saying "no radiation experiment" is no yes to "did they test radiation?".
    const said = this.ctx.index.termsOf(topClaim.text);
    // "Any mouse data?": a finding from the setting asked about holds it, whatever words it uses.
    const inSetting = (c: QueryConcept) => SETTING_WORD.test(c.surface) && (frame.evidence ?? []).includes(settingOf(topClaim));
    const fullyCovered = asked.length > 0 && asked.every((c) => inSetting(c) || c.alternatives.some((a) => said.has(a.term)));
    // "Yes" only for the paper's own, undisputed finding that holds everything asked.
    // A press article disputing the paper does not change what the paper found; the disagreement follows.
    const pressOnly = topClaim.conflictsWith.every((id) => this.ctx.library.claimById.get(id)?.evidence === 'press-statement');
    const undisputed = pressOnly && (!topClaim.note || topClaim.conflictsWith.length > 0) && !['press-statement', 'background', 'bibliographic'].includes(topClaim.evidence);
    // Not for comparisons or choices ("is that the same one?", "cells or mice?"): a finding is not a yes to those.
    const plainYesNo = frame.yesNo && !frame.followUp && !frame.compare && !/\b(?:same|different|or|than)\b/i.test(frame.text.replace(/\byes or no\b|\by\/n\b/gi, ''));
    if (plainYesNo && fullyCovered && undisputed && !NOT_REPORTED.test(topClaim.text)) {
      writer.sentence(MESSAGES.yes, writer.cite([topClaim]));
    }
    this.writeGroups(chosen, writer, (frame.each ? MAX_SENTENCES + 1 : MAX_SENTENCES) + extra, true, frame);
    for (const claim of silent) {
      if (NOT_REPORTED.test(claim.text)) writer.claim(claim);
      else writer.sentence(claim.note!, writer.cite([claim]));
    }
    const namedTerms = asked.filter((c) => c.key.startsWith('@') || c.rank >= EVERYDAY_RANK).map((c) => midSentence(c.label));
    for (const paper of unmentioned) {
      const title = this.ctx.library.claimById.get(`${paper.data.id}:title`);
      if (title && namedTerms.length > 0) writer.sentence(MESSAGES.paperLacks(paper.data.shortTitle, namedTerms.join(', ')), writer.cite([title]));
    }
    then?.(writer);
    return writer.draft();
  }

  /** "Which pathway does each factor switch on?": one claim per entity linking it to a pathway. */
  pathways(frame: Frame, accept: (doc: number) => boolean, paperIds: string[]): Draft | undefined {
    const { claims, analyser } = this.ctx;
    let entities = this.entities(frame).filter((e) => analyser.category(e.key) === 'factor');
    if (entities.length === 0) entities = this.keyFactors(paperIds);
    if (entities.length === 0) return undefined;
    const writer = new AnswerWriter(this.ctx.library);
    const picked: Claim[] = [];
    const others = frame.concepts.filter((c) => !entities.some((e) => e.key === c.key) && analyser.category(c.key) !== 'factor');
    for (const entity of entities) {
      const hits = this.retrieve(frame, (doc) => accept(doc) && this.ctx.holds(doc, entity.key) && this.mentionsPathway(doc), [entity, ...others]);
      const own = hits.filter((h) => !claims[h.doc]!.derived);
      const best = own.find((h) => claims[h.doc]!.evidence !== 'press-statement' && claims[h.doc]!.evidence !== 'background') ?? own[0];
      if (best) picked.push(claims[best.doc]!);
    }
    if (picked.length === 0) return undefined;
    this.writeGroups(picked, writer, MAX_SENTENCES + 1, false, frame);
    return writer.draft();
  }

  /** "How many patients?": the number when a claim gives one, otherwise what the sources say is missing. */
  count(frame: Frame, hits: Hit[], accept: (doc: number) => boolean, open?: (writer: AnswerWriter) => string | undefined): Draft | undefined {
    const { claims } = this.ctx;
    // "How common are brain mets?" then "and how long do people live after that?": a figure on what this question adds.
    const fresh = frame.carried ? frame.concepts.filter((c) => !frame.carried!.includes(c.key) && !c.generic && c.covered) : [];
    const holdsFresh = (h: Hit) => fresh.every((c) => c.alternatives.some((a) => this.ctx.holds(h.doc, a.term)));
    const counts = (h: Hit, onFresh = false) => {
      const claim = claims[h.doc]!;
      const figure = hasNumber(claim.text);
      // Background counts when it holds nearly all that was asked and the question names something only
      // it holds ("the group's earlier PDGFR-beta study") or asks for a rate or typical figure
      // ("what % of NSCLC patients…", "the median survival usually given"); a lay word ("pts") names nothing only it holds.
      const named = (c: QueryConcept) => !c.generic && !c.lay && c.main && !c.key.startsWith('@') && c.rank >= EVERYDAY_RANK && c.alternatives.some((a) => this.ctx.holds(h.doc, a.term));
      // "Rough median survival … need one number for a slide": the best match for a typical figure, whatever else is said.
      const background = (h.coverage >= 0.8 && (frame.concepts.some(named) || RATE_ASKED.test(frame.text))) || (h === hits[0] && RATE_ASKED.test(frame.text)) || (onFresh && (frame.backgroundBefore === true || RATE_ASKED.test(frame.text)));
      return figure && (claim.evidence !== 'background' || background) && (claim.evidence !== 'bibliographic' || frame.bibliographic) && (h.coverage >= 0.6 || onFresh);
    };
    const numbered = (fresh.length > 0 ? hits.find((h) => holdsFresh(h) && counts(h, true)) : undefined) ?? hits.find((h) => counts(h));
    const writer = new AnswerWriter(this.ctx.library);
    if (numbered) {
      writer.claim(claims[numbered.doc]!);
      return writer.draft();
    }
    // "How many pathways does CX3CL1 turn on?": the claim that names them answers (both, two).
    const counted = COUNTED.exec(frame.text)?.slice(1).find(Boolean)?.toLowerCase();
    const top = hits[0];
    if (counted && top && top.coverage >= 0.8 && ENUMERATES.test(claims[top.doc]!.text) && [...this.ctx.index.termsOf(counted)].some((t) => this.ctx.holds(top.doc, t))) return undefined;
    const missing = this.notReported(frame, accept);
    if (missing.length === 0) return undefined;
    writer.sentence(MESSAGES.notReported, writer.cite(missing.map((m) => m.claim)));
    // "Which transcription factors went up?": the paper's open question on exactly that says it, and a
    // claim's note saying the same again is left out.
    const openText = open?.(writer);
    const openTerms = openText ? [...this.ctx.index.termsOf(openText)] : [];
    const repeatsOpen = (text: string) => {
      const terms = [...this.ctx.index.termsOf(text)];
      return openTerms.length > 0 && terms.filter((t) => openTerms.includes(t)).length >= 0.6 * terms.length;
    };
    for (const m of missing) {
      if (m.inText) writer.claim(m.claim);
      else if (!repeatsOpen(m.claim.note!)) writer.sentence(m.claim.note!, writer.cite([m.claim]));
    }
    return writer.draft();
  }

  /** Claims (or their notes) saying a detail the question asks for is not in the sources, best first. */
  notReported(frame: Frame, accept: (doc: number) => boolean, limit = 2): Array<{ claim: Claim; inText: boolean }> {
    const { claims } = this.ctx;
    const content = frame.concepts.filter((c) => !c.generic || c.covered);
    const found: Array<{ claim: Claim; inText: boolean; score: number }> = [];
    const counted = COUNTED.exec(frame.text)?.slice(1).find(Boolean)?.toLowerCase();
    const countedTerms = counted ? [...this.ctx.index.termsOf(counted)] : [];
    for (const doc of this.ctx.missingDetails) {
      const claim = claims[doc]!;
      if (!accept(doc)) continue;
      const inText = NOT_REPORTED.test(claim.text);
      const said = inText ? `${claim.text} . ${claim.tags.join(' . ')}` : claim.note!;
      const terms = this.ctx.index.termsOf(said);
      const matched = content.filter((c) => c.alternatives.some((a) => terms.has(a.term)));
      const countedSaid = countedTerms.some((t) => terms.has(t));
      // Saying which count is missing ("patient numbers") outranks a passing match.
      const score = matched.reduce((n, c) => n + (c.generic ? 0.5 : 1), 0) + (countedSaid ? 2 : 0);
      // A generic word alone ("cells") is not enough: "how many cells are in the body?" is not about this study.
      // "n?" alone asks about the study's numbers in general.
      const specific = matched.some((c) => !c.generic) || countedSaid || (content.every((c) => c.generic) && ABOUT_STUDY.test(frame.text)) || frame.concepts.length === 0;
      if (specific) found.push({ claim, inText, score });
    }
    found.sort((a, b) => b.score - a.score || Number(b.inText) - Number(a.inText));
    return found.slice(0, limit);
  }

  /** "Was that in a dish or in mice?": each claim labelled with where its evidence comes from. */
  settings(given: Claim[], asked: Evidence[] = []): Draft {
    const writer = new AnswerWriter(this.ctx.library);
    // Where the paper's own findings come from; earlier work is another question.
    const findings = given.filter((c) => c.evidence !== 'background' && c.evidence !== 'bibliographic');
    // The paper's own findings first; the press side of a disagreement was shown with the answer before,
    // unless only the press speaks of the setting asked about ("was that shown in mice too?").
    const own = findings.filter((c) => c.evidence !== 'press-statement');
    const unanswered = asked.filter((e) => !own.some((c) => settingOf(c) === e));
    const pressOnly = findings.filter((c) => c.evidence === 'press-statement' && unanswered.includes(settingOf(c)));
    const chosen = own.length > 0 ? [...own, ...pressOnly] : findings.length > 0 ? findings : given;
    for (const claim of chosen.slice(0, 4)) writer.claim(claim, claim.evidence === 'press-statement' && settingOf(claim) !== 'press-statement' ? `${SETTING_LABEL['press-statement']}, ${SETTING_LABEL[settingOf(claim)].toLowerCase()}` : SETTING_LABEL[settingOf(claim)]);
    for (const claim of chosen.slice(0, 4)) if (claim.note && claim.conflictsWith.length === 0) writer.caveat(claim.note);
    return writer.draft('answered', '\n');
  }

  isSettingWord(word: string): boolean {
    return SETTING_WORD.test(word);
  }

  /** The question's named entities (glossary concepts), which every sentence must be about. */
  entities(frame: Frame): QueryConcept[] {
    return frame.concepts.filter((c) => c.key.startsWith('@') && this.ctx.analyser.category(c.key) !== undefined && !c.lay);
  }

  /** Without a named entity, "each factor" means the factors the paper's title names. */
  private keyFactors(paperIds: string[]): QueryConcept[] {
    const out: QueryConcept[] = [];
    for (const id of paperIds) {
      const paper = this.ctx.library.papers.find((p) => p.data.id === id);
      if (!paper) continue;
      for (const c of this.ctx.analyser.titleConcepts(paper)) if (this.ctx.analyser.category(c.key) === 'factor' && !out.some((o) => o.key === c.key)) out.push(c);
    }
    return out;
  }

  private mentionsPathway(doc: number): boolean {
    return this.ctx.analyser.pathwayKeys().some((k) => this.ctx.holds(doc, k)) || /\bpathways?\b/i.test(this.ctx.claims[doc]!.text);
  }

  /** The claims a claim conflicts with that speak to the question (so a side note does not crowd a focused answer). */
  private relevantPartners(claim: Claim, frame?: Frame): Claim[] {
    const partners = claim.conflictsWith.map((id) => this.ctx.library.claimById.get(id)).filter((c): c is Claim => c !== undefined);
    if (!frame) return partners;
    const asked = frame.concepts.filter((c) => !c.generic && c.covered);
    if (asked.length === 0) return partners;
    // A disagreement is relevant when the other side, or the note explaining it, speaks to the question.
    const noteTerms = (c: Claim) => (c.note ? this.ctx.index.termsOf(c.note) : new Set<string>());
    const own = noteTerms(claim);
    return partners.filter((p) => {
      const doc = this.ctx.docOf(p.id);
      const theirs = noteTerms(p);
      return asked.some((c) => c.alternatives.some((a) => (doc !== undefined && this.ctx.holds(doc, a.term)) || own.has(a.term) || theirs.has(a.term)));
    });
  }

  /** Writes claims as groups: each with the claims it conflicts with and their one note; the lead first, the rest in the paper's order. */
  private writeGroups(chosen: Claim[], writer: AnswerWriter, maxSentences: number, leadFirst = true, frame?: Frame): void {
    const groups: Array<{ claims: Claim[]; note?: string }> = [];
    const taken = new Set<string>();
    let sentences = writer.sentences;
    for (let claim of chosen) {
      if (taken.has(claim.id)) continue;
      const twin = groups.flatMap((g) => g.claims).find((c) => nearDuplicate(c, claim));
      if (twin) continue;
      let partners = this.relevantPartners(claim, frame).filter((c) => !taken.has(c.id));
      // The paper speaks first; the press's version follows as the other side (unless the press was asked about).
      const paperSide = frame?.sourceKind !== 'press' && claim.evidence === 'press-statement' ? partners.find((p) => p.evidence !== 'press-statement') : undefined;
      if (paperSide) {
        partners = [claim, ...partners.filter((p) => p !== paperSide)];
        claim = paperSide;
      }
      const note = claim.note ?? partners.find((p) => p.note)?.note;
      const cost = partners.length > 0 && note ? 2 : 1;
      if (groups.length > 0 && sentences + cost > maxSentences) break;
      groups.push({ claims: [claim, ...partners], ...(partners.length > 0 && note ? { note } : {}) });
      for (const c of [claim, ...partners]) taken.add(c.id);
      sentences += cost;
    }
    const [lead, ...rest] = groups;
    if (leadFirst) rest.sort((a, b) => firstOrder(a.claims) - firstOrder(b.claims));
    for (const group of lead ? [lead, ...rest] : []) {
      const [first, ...partners] = group.claims;
      const marker = writer.claim(first!);
      // A disagreement reads once: the claim, then the note that gives the other side, cited to both.
      if (group.note) writer.disagreement(group.note, `${marker}${writer.cite(partners)}`);
      else if (first!.note) writer.caveat(first!.note);
    }
  }
}

/**
 * What ranking and its filters ask of a claim, as bits. A search weighs or filters every claim that
 * shares a word with the question; in a library of a million claims, reading each claim object (they
 * lie all over the heap) cost several times what the search itself did.
 */
export const TRAIT = { derived: 1, background: 2, methodsQuote: 4, press: 8, saysPress: 16, saysPaper: 32 } as const;

export function claimTraits(claim: Claim, paper: Paper | undefined): number {
  const kinds = claim.sources.map((s) => paper?.sources.get(s.source)?.kind);
  const press = claim.evidence === 'press-statement';
  return (
    (claim.derived ? TRAIT.derived : 0) |
    (claim.evidence === 'background' ? TRAIT.background : 0) |
    (claim.quote && METHODS_LOCATOR.test(claim.sources[0]?.locator ?? '') ? TRAIT.methodsQuote : 0) |
    (press ? TRAIT.press : 0) |
    (kinds.includes('press') || press ? TRAIT.saysPress : 0) |
    (kinds.includes('paper') && !press ? TRAIT.saysPaper : 0)
  );
}

const SETTING_WORD = /^(?:mice|mouse|murine|rats?|fish|rodents?|animals?|vivo|vitro|dish(?:es)?|cultures?|cultured|cell culture|cells?|patients?|people|humans?|persons?|tissues?|work|living animals|experiments?|done|tested|shown|try|tried|actual|real|all|just|only|petri|dish|dishes|lab|lab stuff|lab work|in the lab|at the lab|in a lab|test tubes?)$/;
const NAMES_ASKED = /\b(?:their names|names?\?|named anywhere|which ones|by name)\b/i;
const ENUMERATES = /\b(?:both|two|three|four|five|several|each)\b/i;
// The words that name one record line outright ("journal + IF?", "doi and title").
const RECORD_LINE_NAMED: Record<string, string> = { journal: 'journal', doi: 'doi', title: 'title', licence: 'licence', license: 'licence' };
const WHEN_ASKED = /\b(?:and|or|plus) when\b|[+&,]\s*when\b|\bwhen\s*(?:\?|$)/i;
/** Beyond a few papers, "every paper" is the ones the words lead to; silence of the rest is not listed. */
const MAX_SILENT_PAPERS = 5;
const EXHAUSTIVE = /\b(?:full list|all of (?:it|them|that)|everything|every(?:thing)? (?:they|it) (?:changed|did)|what else|or (?:was it |is it )?(?:just|only)|list (?:them|all|everything)|the whole list|and so on|etc)\b|\.\.\.\?/i;
const RATE_ASKED = /%|\b(?:percent(?:age)?|proportion|share|fraction|how (?:common|often|frequent)|rates?|median|average|typical(?:ly)?|usual(?:ly)?|on average)\b/i;
const PAPER_WORDS = new Set(['paper', 'studi', 'research', 'articl', 'work', 'one']);
const DETAIL_HEAD = /^\W*(?:which|what)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:did|were|was|do|does|are|is|have|had)\b/i;
// "cell lines? A549 / H1299?": a detail asked by naming it alone is asked all the same.
const DETAIL_QUESTION = /^(?:\W*)(?:which|whcih|wich|what|wat|waht|name|list|who)\b|\b(?:which|what) (?:\w+ )?(?:did|were|was|do|are)\b|^\W*(?!(?:and|so|but|then|also|plus|or|what about|how about)\b)(?:[\w-]+ ){0,2}[\w-]+\s*\?/i;
/** The thing a count asks for: "how many patients", "number of mice", "patient numbers". */
const COUNTED = /\b(?:how many|how much|number of|numbers? of|count of)\s+(?:the\s+)?(\w+)|\b(?!(?:which|what|whose|the|any|exact|those|these|all|other|some)\b)(\w+)\s+(?:numbers?|counts?|sizes?)\b|\b(doses?|dosage|p[- ]?values?|fold[- ]?changes?|statistics|numbers|figures)\b/i;
export const ABOUT_STUDY = /\b(?:they|their|the (?:study|paper|authors|team|sources?|abstract|records?|experiments?|news|press|article|piece|media)|this (?:study|paper|work)|in the (?:study|paper|sources?)|stud(?:y|ied))\b/i;

function firstOrder(claims: Claim[]): number {
  return Math.min(...claims.map((c) => c.order));
}

const DUPLICATE_JACCARD = 0.6;
const claimWords = new WeakMap<Claim, Set<string>>();
function wordsOf(claim: Claim): Set<string> {
  let words = claimWords.get(claim);
  if (!words) claimWords.set(claim, (words = new Set(claim.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3))));
  return words;
}

function nearDuplicate(a: Claim, b: Claim): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared || 1) >= DUPLICATE_JACCARD;
}

