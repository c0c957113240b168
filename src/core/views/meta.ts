import type { Frame } from '../analyse.js';
import { NOT_REPORTED, settingOf, TRAIT, type ComposeContext } from '../compose.js';
import { SOURCE_WORDS, type Intent } from '../intent.js';
import { MESSAGES, SETTING_LABEL } from '../messages.js';
import type { QueryConcept } from '../retrieve.js';
import type { Evidence } from '../schema.js';
import { choiceWords, tokenize } from '../text.js';
import type { Claim, Paper } from '../types.js';
import { AnswerWriter, writeEntry, type Draft } from '../writer.js';
import { EVERYDAY_RANK } from '../words.js';

/**
 * The journal club's own questions, answered from what the data records: disagreements between
 * sources, caveats, what the sources do not report, the kinds of evidence, open questions. Every
 * sentence is a claim, a claim's note or an open question, cited; nothing is invented.
 */

const MAX_ITEMS = 5;
const USED_HERE = /\b(?:here|the paper used|in this paper)\b/i;
const TREATMENT_ASKED = /\b(?:radiation|radiotherapy|irradiat\w*|chemo\w*|cisplatin|drugs?|resist\w*|treatments?|therap(?:y|ies)|sensitiv\w*)\b/i;
const TREATMENT_OPEN = /\b(?:treatments?|therap(?:y|ies)|respon\w+|resist\w*)\b/i;
const COUNT_ASKED = /\bhow many\b|\bnumbers?\b|\bsample sizes?\b|\bn\s*=|\bhow much data\b/i;
const ORDER: Evidence[] = ['clinical', 'patient-tissue', 'in-vitro', 'animal', 'press-statement'];
const PRECEDENT = /\b(?:precedent|prior work|same group|earlier work)\b/i;
const NOVELTY = /\b(?:novelty|first|new)\b/i;
const CAUSAL = /\b(?:caus\w*|correlat\w*|associat\w*|drive|drives|responsible|really show)\b/i;
const BLOCKING = /\b(?:block\w*|neutralis\w*|neutraliz\w*|inhibit\w*|knock\w*)\b/i;
const INTERVENTION = /\b(?:block\w*|neutralis\w*|neutraliz\w*|inhibit\w*|co-?injected|co-?injection|knock\w*)\b/i;
const CONCLUSION = /\b(?:conclusion|conclude|therapeutic target|drug target|treatment response)\b/i;

interface Item {
  claims: Claim[];
  /** the sentence to write: a note, or undefined to write the claims themselves */
  note?: string;
  /** how much of the question's topic it speaks to */
  relevance: number;
}

const TAKEAWAY = /\btake-?aways?\b|\bbottom line\b|\bthe gist\b|\bmain (?:message|point|finding)\b/i;
const MISSING_ASKED = /\bwhat (?:can'?t|cannot|can not|couldn'?t) (?:we|you|i|one) (?:judge|check|tell|assess|know|say|verify)\b|\bwhat would (?:we|you|i|one) need (?:from|to see|to know)\b|\bwhat (?:important )?(?:stuff|things?|details?|information|info) (?:can'?t|cannot|is missing|are missing)\b/i;
const CAVEAT_ORDER: Evidence[] = ['animal', 'in-vitro', 'patient-tissue', 'clinical', 'conclusion', 'press-statement'];

export type MetaIntent = Extract<Intent, 'limitations' | 'press' | 'strength' | 'clinical' | 'next' | 'novelty'>;

export class MetaViews {
  constructor(private readonly ctx: ComposeContext) {}

  answer(intent: MetaIntent, frame: Frame, papers: Paper[]): Draft | undefined {
    switch (intent) {
      case 'press':
        return this.press(frame, papers);
      case 'limitations':
        return this.limitations(frame, papers);
      case 'strength':
        return this.strength(frame, papers);
      case 'clinical':
        return this.clinical(frame, papers);
      case 'next':
        return this.next(frame, papers) ?? this.limitations(frame, papers);
      case 'novelty':
        return this.novelty(frame, papers);
    }
  }

  private press(frame: Frame, papers: Paper[]): Draft | undefined {
    const all = this.relevant(frame, this.pairs(papers).filter((p) => p.claims.some((c) => c.evidence === 'press-statement')), papers);
    if (!all) return undefined;
    const pairs = all.topical ? all : this.namedBy(frame, all.items) ?? all;
    const writer = new AnswerWriter(this.ctx.library);
    // "'Not the cancer cells but the helper cells': overstating?": the press statement quoted leads, with the paper's side.
    const own = new Set(papers.map((p) => p.data.id));
    const quoted = this.ctx.index.search(frame.concepts, 3, (doc) => (this.ctx.traits[doc]! & TRAIT.press) !== 0 && own.has(this.ctx.claims[doc]!.paperId))[0];
    if (quoted && quoted.coverage >= 0.6 && !pairs.items.some((p) => p.claims.includes(this.ctx.claims[quoted.doc]!))) {
      const claim = this.ctx.claims[quoted.doc]!;
      writer.claim(claim);
      if (claim.note) writer.caveat(claim.note);
    }
    // On one topic the reader wants both sides in full; across the paper, one line per disagreement.
    if (pairs.topical && pairs.items.length <= 2) {
      for (const pair of pairs.items) {
        const [first, ...others] = pair.claims;
        const marker = writer.claim(first!);
        if (pair.note) writer.disagreement(pair.note, `${marker}${writer.cite(others)}`);
      }
      // "Did the press overhype the radiation angle?": the paper's open question on that term says what is left to test.
      // The term may be named in the sentence before the question ("Press keeps saying radiation. Does the paper support that?").
      this.openQuestionOnTerm(writer, frame, papers, true);
      return writer.draft();
    }
    for (const pair of pairs.items.slice(0, MAX_ITEMS)) writer.disagreement(pair.note!, writer.cite(pair.claims));
    // "The press says radiation resistance too — did the paper test radiation?": what the sources leave open
    // on the term asked about is the answer's point, however many disagreements came before it.
    this.openQuestionOnTerm(writer, frame, papers, true, true);
    return writer.draft('answered', '\n');
  }

  private limitations(frame: Frame, papers: Paper[]): Draft | undefined {
    const own = this.ownClaims(papers);
    const missing: Item[] = own.filter((c) => NOT_REPORTED.test(c.text)).map((c) => ({ claims: [c], relevance: 0 }));
    const caveats: Item[] = own
      .filter((c) => c.note && c.conflictsWith.length === 0 && c.evidence !== 'background' && c.evidence !== 'bibliographic')
      // The model's caveats first: an animal result stands in for patients, a dish result for an animal.
      .sort((a, b) => CAVEAT_ORDER.indexOf(a.evidence) - CAVEAT_ORDER.indexOf(b.evidence))
      .map((c) => ({ claims: [c], note: c.note!, relevance: 0 }));
    // Background that bears on a reported result (mice lack IL-26) is a limitation of the paper, not filler.
    const model: Item[] = own
      .filter((c) => c.evidence === 'background' && c.conflictsWith.length > 0)
      .map((c) => ({ claims: [c], relevance: 0 }));
    const disagreements = this.pairs(papers).slice(0, 2);
    const relevant = this.relevant(frame, [...missing, ...caveats, ...model, ...disagreements], papers);
    if (!relevant) return undefined;
    // Asked in general, one of each kind before a second of any: what is missing, a caveat, the model, a disagreement.
    const kinds = [missing, caveats, model, disagreements];
    const mixed: Item[] = [];
    for (let i = 0; kinds.some((k) => i < k.length); i++) for (const k of kinds) if (i < k.length) mixed.push(k[i]!);
    const items = relevant.topical ? relevant : { ...relevant, items: mixed };
    // "The weak point of the comparison with normal fibroblasts?": the finding in question leads.
    const subject = this.subjectClaim(frame, papers);
    const writer = new AnswerWriter(this.ctx.library);
    // "Do we know how many patients…? Without that, how far can we generalise?": what is missing comes first.
    // "We only have the abstract: what can't we judge from that?": what the records lack is the answer.
    const lead = COUNT_ASKED.test(frame.text) || MISSING_ASKED.test(frame.text) ? missing.filter((m) => !items.items.includes(m)) : [];
    const listed = [...lead, ...items.items];
    // "One-line takeaway + biggest caveat, for the minutes": the authors' conclusion, then the caveats.
    if (TAKEAWAY.test(frame.text)) this.conclusionInto(writer, papers, { ...frame, concepts: [] });
    // "Does IF 13.5 tell us how much to trust this?": the record line asked about comes first.
    const record = this.recordLine(frame, papers);
    if (record) writer.claim(record);
    // "Is a flank xenograft a fair model for brain mets?": what the model is here comes first.
    this.methodDefinition(writer, frame, papers);
    // "Is a subcutaneous xenograft a fair model for brain mets?": an open question on exactly what is asked is the point.
    const onIt = this.openQuestionOn(writer, frame, papers);
    this.writeInto(writer, subject && !listed.some((i) => i.claims.includes(subject)) ? [{ claims: [subject], relevance: 1 }, ...listed] : listed, MAX_ITEMS);
    // What the sources leave open is a limitation too; asked about one topic, only if it bears on it,
    // and not when a caveat above already says it ("which transcription factors … is not stated").
    const said = listed.slice(0, MAX_ITEMS).flatMap((i) => [...i.claims.map((c) => `${c.text} ${c.note ?? ''}`), i.note ?? '']).join(' ');
    if (!onIt) this.openInto(writer, frame, papers, 1, items.topical, said);
    return writer.draft('answered', '\n');
  }

  /**
   * The glossary's definition of a method the question names in uncommon words ("xenograft",
   * "subcutaneous", "flank"), when one holds it: a judgement of the model starts from what the model
   * was. Molecules and pathways (the findings' subjects) are not methods.
   */
  private methodDefinition(writer: AnswerWriter, frame: Frame, papers: Paper[]): void {
    const subjectOfFindings = (key: string) => ['factor', 'pathway'].includes(this.ctx.analyser.category(key) ?? '');
    const named = frame.concepts.filter((c) => c.covered && !c.generic && (c.lay || c.rank >= EVERYDAY_RANK) && !subjectOfFindings(c.key));
    if (named.length === 0) return;
    // Only a definition that says how the paper used the method ("here NSCLC cells were injected…").
    const entries = papers.flatMap((paper) => paper.glossary.filter((e) => USED_HERE.test(e.definition)).map((entry) => ({ paper, entry })));
    // The term named itself first, then a definition holding a plain word asked ("flank" is subcutaneous).
    const found =
      entries.find(({ entry }) => named.some((c) => c.key === `@${entry.id}`)) ??
      entries.find(({ entry }) => {
        const terms = this.ctx.index.termsOf(entry.definition);
        return named.some((c) => c.alternatives.some((a) => !a.term.startsWith('@') && terms.has(a.term)));
      });
    if (found) writeEntry(writer, found.paper, found.entry);
  }

  /** A question about a treatment answered by the paper's open question on treatment response, when it has one. */
  openQuestionOnTreatment(writer: AnswerWriter, frame: Frame, papers: Paper[]): boolean {
    if (!TREATMENT_ASKED.test(frame.text)) return false;
    for (const paper of papers) {
      for (const [i, q] of paper.data.openQuestions.entries()) {
        if (!TREATMENT_OPEN.test(q.text)) continue;
        writeOpenQuestion(writer, paper, i);
        return true;
      }
    }
    return false;
  }

  /** The first open question holding a glossary term the question names, when it has room (or regardless, `beyondLimit`). */
  openQuestionOnTerm(writer: AnswerWriter, frame: Frame, papers: Paper[], asides = false, beyondLimit = false): string | undefined {
    const inFrame = frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && !c.generic && c.covered && (c.main || asides));
    // "The press says chemo AND radiation resistance. Is radiation actually in the paper?": the words that
    // made it a press question still name the term asked about.
    const named = inFrame.length > 0 || !asides ? inFrame : this.ctx.analyser.termsNamed(frame.text);
    if ((writer.sentences >= MAX_ITEMS && !beyondLimit) || named.length === 0) return undefined;
    // An open question the answer already says in other words ("mice have no IL-26 gene …" under the press's animal claim) is not repeated.
    const said = this.ctx.index.termsOf(writer.text);
    // "press says the brain mets resist chemo AND radiation. does the paper show radiation resistance?": the open
    // question on the terms of the clause that asks (radiation) before one on a term named in passing (brain mets).
    let best: { paper: Paper; i: number; text: string; cite: Paper['data']['openQuestions'][number]['cite']; score: number } | undefined;
    for (const paper of papers) {
      for (const [i, q] of paper.data.openQuestions.entries()) {
        const terms = this.ctx.index.termsOf(q.text);
        const score = named.reduce((n, c) => n + (c.alternatives.some((a) => terms.has(a.term)) ? (c.main ? 2 : 1) : 0), 0);
        if (score === 0 || (best && score <= best.score)) continue;
        if ([...terms].filter((t) => said.has(t)).length >= 0.9 * terms.size) continue;
        best = { paper, i, text: q.text, cite: q.cite, score };
      }
    }
    if (!best) return undefined;
    writeOpenQuestion(writer, best.paper, best.i);
    return best.text;
  }

  /** The first open question of the papers whose text passes `test`, written as a sentence; its text, or undefined. */
  openQuestionMatching(writer: AnswerWriter, papers: Paper[], test: (text: string) => boolean): string | undefined {
    for (const paper of papers) {
      for (const [i, q] of paper.data.openQuestions.entries()) {
        if (!test(q.text)) continue;
        writeOpenQuestion(writer, paper, i);
        return q.text;
      }
    }
    return undefined;
  }

  /**
   * The open question that holds every specific thing the question asks about, if one does (and at
   * least one of them is a term or an uncommon word): what the sources leave unsaid on exactly that.
   */
  openQuestionOn(writer: AnswerWriter, frame: Frame, papers: Paper[]): string | undefined {
    // "The press says both chemo and radiation fail. Did the paper test radiation?": the last sentence asks.
    const last = frame.text.split(/(?<=[.!?])\s+/).filter((t) => t.trim()).at(-1) ?? frame.text;
    const lastWords = new Set(tokenize(last));
    const main = frame.concepts.filter((c) => !c.generic && c.covered && c.main);
    const inLast = main.filter((c) => c.surface.split(' ').every((w) => lastWords.has(w)));
    const asked = inLast.length > 0 ? inLast : main;
    if (writer.sentences >= MAX_ITEMS || asked.length === 0 || !asked.some((c) => c.key.startsWith('@') || c.rank >= EVERYDAY_RANK)) return undefined;
    // "Any radiation experiments, or only chemo?": of two things offered as a choice, one is enough.
    const offered = choiceWords(frame.text);
    const choice = asked.filter((c) => c.surface.split(' ').some((w) => offered.has(w)));
    const required = choice.length >= 2 ? asked.filter((c) => !choice.includes(c)) : asked;
    for (const paper of papers) {
      for (const [i, q] of paper.data.openQuestions.entries()) {
        const terms = this.ctx.index.termsOf(q.text);
        const holds = (c: QueryConcept) => c.alternatives.some((a) => terms.has(a.term));
        if (!required.every(holds) || (choice.length >= 2 && !choice.some(holds))) continue;
        writeOpenQuestion(writer, paper, i);
        return q.text;
      }
    }
    return undefined;
  }

  /** The papers' open questions most relevant to the question's topic: only those on it when `onTopicOnly`, none that repeats what `said` already says. */
  private openInto(writer: AnswerWriter, frame: Frame, papers: Paper[], count: number, onTopicOnly = false, said = ''): void {
    const topic = this.topicConcepts(frame, papers);
    const saidTerms = this.ctx.index.termsOf(said);
    const repeats = (text: string) => {
      const terms = [...this.ctx.index.termsOf(text)];
      return terms.length > 0 && terms.filter((t) => saidTerms.has(t)).length >= 0.6 * terms.length;
    };
    const open = papers.flatMap((p) => p.data.openQuestions.map((q, i) => ({ paper: p, q, i, relevance: this.textRelevance(q.text, topic) })));
    const ranked = open.filter((o) => (!onTopicOnly || o.relevance > 0) && !repeats(o.q.text)).sort((a, b) => b.relevance - a.relevance);
    for (const o of ranked.slice(0, count)) {
      writeOpenQuestion(writer, o.paper, o.i);
    }
  }

  private strength(frame: Frame, papers: Paper[]): Draft | undefined {
    const own = this.ownClaims(papers).filter((c) => c.evidence !== 'background' && c.evidence !== 'bibliographic' && !NOT_REPORTED.test(c.text));
    if (!own.some((c) => ORDER.includes(settingOf(c)))) return undefined;
    const writer = new AnswerWriter(this.ctx.library);
    const topic = this.topicConcepts(frame, papers);
    // "Does an impact factor of 13.5 mean it is good?": the record line asked about comes first.
    const record = this.recordLine(frame, papers);
    if (record) writer.claim(record);
    this.methodDefinition(writer, frame, papers);
    // "Given mice don't make IL-26, how much weight can the in vivo part bear?": the model's limit named comes first.
    const premise = this.modelLimitNamed(frame, papers);
    if (premise) writer.claim(premise);
    for (const kind of ORDER) {
      const ofKind = own.filter((c) => settingOf(c) === kind || (kind === 'press-statement' && c.evidence === 'press-statement' && settingOf(c) === 'press-statement'));
      if (ofKind.length === 0) continue;
      const example = [...ofKind].sort((a, b) => this.relevance(b, topic) - this.relevance(a, topic))[0]!;
      const count = ofKind.length === 1 ? '1 claim' : `${ofKind.length} claims`;
      writer.claim(example, `${SETTING_LABEL[kind]} (${count}), for example`);
    }
    // Cause or correlation: the experiments that intervened (blocking, adding the cells) answer it.
    if (CAUSAL.test(frame.text)) {
      const interventions = own.filter((c) => c.evidence !== 'press-statement' && INTERVENTION.test(`${c.text} ${c.tags.join(' ')}`));
      // Blocking a signal and seeing the effect go is the strongest test of cause; adding the cells comes next.
      interventions.sort((a, b) => Number(BLOCKING.test(b.text)) - Number(BLOCKING.test(a.text)));
      for (const c of interventions.slice(0, 2)) writer.claim(c, 'Intervention');
    }
    for (const c of this.ownClaims(papers).filter((c) => NOT_REPORTED.test(c.text)).slice(0, 1)) writer.claim(c);
    // "How solid is the evidence for the radiation resistance claim?": what the sources leave open on the term judged.
    this.openQuestionOnTerm(writer, frame, papers, false, true);
    return writer.draft('answered', '\n');
  }

  /** "What this paper studied is preclinical: cultured cells, mice, ...", cited to one claim of each kind. False when nothing qualifies. */
  studyLead(writer: AnswerWriter, papers: Paper[]): boolean {
    const profiles = papers.map(settingsOf);
    // Clinical data is not preclinical: a paper with patient outcomes is answered from its claims instead.
    if (profiles.some((p) => p.has('clinical'))) return false;
    const examples = ORDER.filter((k) => k !== 'press-statement' && k !== 'clinical')
      .map((k) => profiles.find((p) => p.has(k))?.get(k))
      .filter((c): c is Claim => c !== undefined);
    if (examples.length === 0) return false;
    writer.sentence(MESSAGES.preclinicalLead(examples.map((c) => settingPhrase(c.evidence)).join(', ')), writer.cite(examples));
    return true;
  }

  private clinical(frame: Frame, papers: Paper[]): Draft | undefined {
    const own = this.ownClaims(papers).filter((c) => c.evidence !== 'background' && c.evidence !== 'bibliographic');
    const writer = new AnswerWriter(this.ctx.library);
    if (!this.studyLead(writer, papers)) return undefined;
    // "Are neutralising antibodies a realistic therapy?": the finding about them, then the authors' view.
    const subject = this.subjectClaim(frame, papers);
    if (subject) writer.claim(subject);
    for (const c of own.filter((c) => CONCLUSION.test(c.tags.join(' '))).slice(0, 2)) writer.claim(c);
    for (const c of this.ownClaims(papers).filter((c) => NOT_REPORTED.test(c.text)).slice(0, 1)) writer.claim(c);
    return writer.draft();
  }

  /** Writes the authors' conclusion first when it speaks to the question's terms (or it names none). */
  conclusionInto(writer: AnswerWriter, papers: Paper[], frame: Frame): void {
    const topic = this.topicConcepts(frame);
    const concluding = this.ownClaims(papers).filter((c) => c.evidence !== 'press-statement' && /\bconclu/i.test(`${c.text} ${c.tags.join(' ')}`));
    // A lay wording of the result ("stops working") leads to the conclusion as well as a term does.
    const lay = frame.concepts.filter((c) => c.lay && c.covered && !c.generic);
    const best = concluding.find((c) => topic.length === 0 || this.relevance(c, topic) > 0 || this.relevance(c, lay) > 0);
    if (!best) return;
    writer.claim(best);
    // The mechanism behind it: the finding that holds every factor the conclusion names (who makes them).
    const doc = this.ctx.docOf(best.id);
    const factors = doc === undefined ? [] : [...this.ctx.analyser.factorKeysOf(best.text)].filter((k) => this.ctx.holds(doc, k));
    if (factors.length === 0) return;
    // Only the answering papers' own claims are looked through, not the whole library.
    const mechanism = this.ownClaims(papers).find(
      (c) => c !== best && c.evidence !== 'background' && c.evidence !== 'press-statement' && /\bsecret/i.test(c.text) && factors.every((k) => this.ctx.holds(this.ctx.docOf(c.id)!, k)),
    );
    if (mechanism) writer.claim(mechanism);
  }

  /** The authors' conclusion, when a claim records it. */
  conclusion(papers: Paper[]): Draft | undefined {
    const concluding = this.ownClaims(papers).filter((c) => c.evidence !== 'press-statement' && /\bconclu/i.test(`${c.text} ${c.tags.join(' ')}`));
    if (concluding.length === 0) return undefined;
    const writer = new AnswerWriter(this.ctx.library);
    for (const c of concluding.slice(0, papers.length)) {
      writer.claim(c);
      if (c.note) writer.caveat(c.note);
    }
    return writer.draft();
  }

  private next(frame: Frame, papers: Paper[]): Draft | undefined {
    const writer = new AnswerWriter(this.ctx.library);
    const topic = this.topicConcepts(frame);
    const open = papers.flatMap((p) => p.data.openQuestions.map((q, i) => ({ paper: p, q, i, relevance: this.textRelevance(q.text, topic) })));
    if (open.length === 0) return undefined;
    const relevant = open.filter((o) => o.relevance > 0);
    for (const o of (relevant.length > 0 ? relevant : open).sort((a, b) => b.relevance - a.relevance).slice(0, MAX_ITEMS - 1)) {
      writeOpenQuestion(writer, o.paper, o.i);
    }
    // What the sources leave unreported is the first thing a follow-up study would have to give.
    for (const c of this.ownClaims(papers).filter((c) => NOT_REPORTED.test(c.text)).slice(0, 1)) writer.claim(c);
    return writer.draft('answered', '\n');
  }

  /**
   * "Is this new?": what the sources say about novelty (often a press-vs-paper disagreement), then
   * the earlier work on the question's topic: background claims, and other papers of the library.
   */
  private novelty(frame: Frame, papers: Paper[]): Draft | undefined {
    const [current, ...earlier] = papers;
    if (!current) return undefined;
    const novelty = this.pairs([current]).filter((p) => p.claims.some((c) => NOVELTY.test(c.tags.join(' '))));
    const topic = this.topicConcepts(frame);
    // Plain words ("same group", "before") rank the precedents; glossary terms decide which qualify.
    const words = frame.concepts.filter((c) => !c.generic && c.covered);
    const prior = (c: Claim) => c.evidence === 'background' || PRECEDENT.test(c.tags.join(' ')) || c.paperId !== current.data.id;
    const precedents: Item[] = this.ownClaims(papers)
      .filter(prior)
      .map((c) => ({ claims: [c], relevance: this.relevance(c, topic) + (PRECEDENT.test(c.tags.join(' ')) ? 0.5 : 0) + 0.25 * this.relevance(c, words) }))
      .filter((i) => (topic.length === 0 ? PRECEDENT.test(i.claims[0]!.tags.join(' ')) : i.relevance >= 1))
      .sort((a, b) => b.relevance - a.relevance);
    // Another paper named as the precedent speaks through its conclusion first.
    const named = earlier.flatMap((p) => p.claims.filter((c) => !c.derived && CONCLUSION.test(c.tags.join(' ')))).map((c) => ({ claims: [c], relevance: 1 }));
    const items = [...novelty, ...named, ...precedents.filter((p) => !named.some((n) => n.claims[0] === p.claims[0]))];
    // "How does this fit with the 2017 work on IL-6 and STAT3?": this paper's own finding on it comes
    // first; asked in general ("what's genuinely new here?"), what the authors concluded.
    const subject = this.subjectClaim(frame, [current]);
    if (subject) items.unshift({ claims: [subject], relevance: 1 });
    const concluded = subject ? undefined : this.ownClaims([current]).find((c) => c.evidence !== 'press-statement' && CONCLUSION.test(c.tags.join(' ')));
    // "Featured by BRIC: does that count as independent validation?": the record line named comes first.
    const record = this.recordLine(frame, [current]);
    if (record) items.unshift({ claims: [record], relevance: 1 });
    if (items.length === 0 && !concluded) return undefined;
    return this.writeItems([...items.filter((i) => !concluded || !i.claims.includes(concluded)).slice(0, 4), ...(concluded ? [{ claims: [concluded], relevance: 1 }] : [])]);
  }

  /** The record line a question names ("an impact factor of 13.5", "featured by BRIC"), if any. */
  private recordLine(frame: Frame, papers: Paper[]): Claim | undefined {
    // The title shares the paper's subject with every question; it is no record line asked about.
    const line = (doc: number) => this.ctx.claims[doc]!.derived && !this.ctx.claims[doc]!.id.endsWith(':title') && papers.some((p) => p.data.id === this.ctx.claims[doc]!.paperId);
    const record = this.ctx.index.search(frame.concepts, 3, line)[0];
    return record && record.coverage >= 0.6 ? this.ctx.claims[record.doc] : undefined;
  }

  private writeItems(items: Item[]): Draft {
    const writer = new AnswerWriter(this.ctx.library);
    this.writeInto(writer, items, MAX_ITEMS);
    return writer.draft('answered', '\n');
  }

  private writeInto(writer: AnswerWriter, items: Item[], max: number): void {
    for (const item of items) {
      if (writer.sentences >= max) break;
      if (item.note && item.claims.length > 1) writer.disagreement(item.note, writer.cite(item.claims));
      else if (item.note) writer.sentence(item.note, writer.cite(item.claims));
      else for (const c of item.claims) writer.claim(c);
    }
  }

  /**
   * The paper's own finding a meta question is about, when it names something beyond the paper's
   * title terms ("the comparison with normal fibroblasts", "STAT3"): none for "what are the limitations?".
   */
  private subjectClaim(frame: Frame, papers: Paper[]): Claim | undefined {
    const titles = new Set(papers.flatMap((p) => this.ctx.analyser.titleConcepts(p).map((c) => c.key)));
    const subject = frame.concepts.filter((c) => !c.generic && c.covered && c.main && !titles.has(c.key));
    if (subject.length === 0) return undefined;
    const ids = new Set(papers.map((p) => p.data.id));
    const top = this.ctx.index.search(subject, 3, (doc) => {
      const c = this.ctx.claims[doc]!;
      return ids.has(c.paperId) && !c.derived && c.evidence !== 'background' && c.evidence !== 'press-statement';
    })[0];
    return top && top.coverage >= 0.5 ? this.ctx.claims[top.doc] : undefined;
  }

  /** Background that bears on a reported result (mice lack IL-26), when the question names it. */
  private modelLimitNamed(frame: Frame, papers: Paper[]): Claim | undefined {
    const titles = new Set(papers.flatMap((p) => this.ctx.analyser.titleConcepts(p).map((c) => c.key)));
    const subject = frame.concepts.filter((c) => !c.generic && c.covered && !titles.has(c.key));
    if (subject.length < 2) return undefined;
    const ids = new Set(papers.map((p) => p.data.id));
    const top = this.ctx.index.search(subject, 3, (doc) => {
      const c = this.ctx.claims[doc]!;
      return ids.has(c.paperId) && c.evidence === 'background' && c.conflictsWith.length > 0;
    })[0];
    return top && top.coverage >= 0.6 ? this.ctx.claims[top.doc] : undefined;
  }

  /** Disagreement pairs in the papers, each once, with the note that explains it. */
  private pairs(papers: Paper[]): Item[] {
    const seen = new Set<string>();
    const out: Item[] = [];
    for (const claim of this.ownClaims(papers)) {
      for (const otherId of claim.conflictsWith) {
        const other = this.ctx.library.claimById.get(otherId);
        const key = [claim.id, otherId].sort().join('|');
        if (!other || seen.has(key)) continue;
        seen.add(key);
        const note = claim.note ?? other.note;
        if (note) out.push({ claims: claim.evidence === 'press-statement' ? [other, claim] : [claim, other], note, relevance: 0 });
      }
    }
    return out;
  }

  /**
   * "The press says the cancer cells secrete IL26, is that right?": with no topic beyond the paper's own
   * title terms, the disagreements that share the most of the question's own words, when those are fewer
   * than all of them.
   */
  private namedBy(frame: Frame, items: Item[]): { items: Item[]; topical: boolean } | undefined {
    // "Anything else they got wrong?" asks past what came before.
    if (frame.followUp) return undefined;
    const words = frame.concepts.filter((c) => c.main && !c.generic && c.covered && !SOURCE_WORDS.has(c.surface));
    // Only words of the paper's subject ("where do the two sources disagree? quick list") name no one disagreement.
    if (!words.some((c) => c.key.startsWith('@'))) return undefined;
    const scored = items.map((item) => ({ item, n: Math.max(...item.claims.map((c) => this.relevance(c, words))) }));
    const best = Math.max(...scored.map((s) => s.n));
    const on = scored.filter((s) => s.n === best).map((s) => s.item);
    return best >= 1 && on.length < items.length ? { items: on, topical: true } : undefined;
  }

  /** Items ranked by the question's topic; with a topic, only those on it (all when none is). */
  private relevant(frame: Frame, items: Item[], papers: Paper[] = []): { items: Item[]; topical: boolean } | undefined {
    if (items.length === 0) return undefined;
    const topic = this.topicConcepts(frame, papers);
    if (topic.length === 0) return { items, topical: false };
    for (const item of items) item.relevance = Math.max(...item.claims.map((c) => this.relevance(c, topic)), item.note ? this.textRelevance(item.note, topic) : 0);
    const on = items.filter((i) => i.relevance > 0).sort((a, b) => b.relevance - a.relevance);
    return on.length > 0 ? { items: on, topical: true } : { items, topical: false };
  }

  /**
   * The glossary terms the question names: what it narrows the paper's caveats or disagreements to.
   * Terms of the paper's own title ("the IL26/CX3CL1 study") name the paper, not a topic.
   */
  private topicConcepts(frame: Frame, papers: Paper[] = []) {
    const titles = new Set(papers.flatMap((p) => this.ctx.analyser.titleConcepts(p).map((c) => c.key)));
    return frame.concepts.filter((c) => !c.generic && c.covered && !titles.has(c.key) && (c.key.startsWith('@') || c.alternatives.some((a) => a.term.startsWith('@'))));
  }

  private relevance(claim: Claim, topic: Frame['concepts']): number {
    const doc = this.ctx.docOf(claim.id);
    if (doc === undefined) return 0;
    return topic.filter((c) => c.alternatives.some((a) => this.ctx.holds(doc, a.term))).length;
  }

  private textRelevance(text: string, topic: Frame['concepts']): number {
    const terms = this.ctx.index.termsOf(text);
    return topic.filter((c) => c.alternatives.some((a) => terms.has(a.term))).length;
  }

  private ownClaims(papers: Paper[]): Claim[] {
    return papers.flatMap((p) => p.claims.filter((c) => !c.derived));
  }
}

// A paper's claims never change once loaded (a new library is new objects), so each is read once:
// a declined question at a library of 10,000 papers would otherwise read every claim of every paper.
const SETTINGS = new WeakMap<Paper, Map<Evidence, Claim>>();

/** The first finding of each kind of evidence in a paper (not background, the record or titles). */
function settingsOf(paper: Paper): Map<Evidence, Claim> {
  let first = SETTINGS.get(paper);
  if (!first) {
    first = new Map();
    for (const c of paper.claims) if (!c.derived && c.evidence !== 'background' && c.evidence !== 'bibliographic' && !first.has(c.evidence)) first.set(c.evidence, c);
    SETTINGS.set(paper, first);
  }
  return first;
}

function settingPhrase(evidence: Evidence): string {
  return evidence === 'in-vitro' ? 'cultured cells' : evidence === 'animal' ? 'mice' : evidence === 'patient-tissue' ? 'tissue taken from patients' : evidence;
}

/** A paper's open question `i` as a sentence of the answer, cited to the sources it names. */
function writeOpenQuestion(writer: AnswerWriter, paper: Paper, i: number): void {
  const q = paper.data.openQuestions[i]!;
  writer.sentence(q.text, writer.list.citeSources(paper.data.id, `${paper.data.id}:open-${i + 1}`, q.text, q.cite, 'bibliographic'));
}
