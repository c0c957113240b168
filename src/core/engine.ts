import { CitationList, withMarker } from './citations.js';
import { Searcher, type Hit, type QueryConcept, type SearchDocument } from './search.js';
import { stem, tokenize, isStopWord } from './text.js';
import { judgeCoverage } from './coverage.js';
import type { Answer, Claim, GlossaryEntry, Library, Paper } from './types.js';

export interface Scope {
  /** restrict to one paper; undefined searches the whole library */
  paperId?: string;
}

export interface EngineOptions {
  maxSentences?: number;
}

const RELATIVE_SCORE_FLOOR = 0.4;
const MIN_TOP_COVERAGE = 0.34;
const DUPLICATE_JACCARD = 0.6;
const MAX_LISTED_CLAIMS = 10;
const MAX_SUGGESTIONS = 3;

type Draft = Omit<Answer, 'question' | 'notices'> & { notices?: string[] };

interface Group {
  claims: Claim[];
  note?: string;
}

const BROAD_QUESTION = /\b(find|found|findings?|results?|about|takeaways?|main points?|key points?|gist|overview|learn|learned|show|showed)\b/i;
const DEFINITION_QUESTION = /^(?:what(?:'s| is| are| does)|who is|define|meaning of|explain)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|stand for))?\s*\??$/i;

/** The platform-neutral engine: questions and commands in, `Answer` data out. Never throws on user input. */
export class Engine {
  private readonly claims: Claim[];
  private readonly searcher: Searcher;
  private readonly maxSentences: number;
  private readonly papersById: Map<string, Paper>;
  /** The paper a channel reads until it chooses another: the newest published one the club added. */
  readonly defaultPaperId: string;

  constructor(
    readonly library: Library,
    options: EngineOptions = {},
  ) {
    this.claims = library.papers.flatMap((p) => p.claims);
    this.searcher = new Searcher(
      searchDocuments(this.claims),
      library.papers.map((p) => p.glossary),
    );
    this.maxSentences = options.maxSentences ?? 5;
    this.papersById = new Map(library.papers.map((p) => [p.data.id, p]));
    const published = library.papers.filter((p) => p.data.status === 'published');
    const pool = published.length > 0 ? published : library.papers;
    this.defaultPaperId = pool.reduce((a, b) => ((b.data.addedOn ?? '') > (a.data.addedOn ?? '') ? b : a)).data.id;
  }

  paper(id: string): Paper | undefined {
    return this.papersById.get(id);
  }

  /** A question's content, normalised (stems, glossary concepts), so rewordings of one question group together. */
  questionKey(question: string): string {
    return [...new Set(this.searcher.analyze(question).map((c) => c.key))].sort().join(' ');
  }

  /**
   * Prompts for the journal club: every disagreement between sources (both sides cited), every
   * caveat the data records, and the questions the paper leaves open.
   */
  discuss(scope: Scope = {}, question = 'discuss'): Answer {
    const list = new CitationList(this.library);
    const lines: string[] = [];
    const seenPairs = new Set<string>();
    for (const paper of this.papersIn(scope)) {
      const own = paper.claims.filter((c) => !c.derived);
      for (const claim of own) {
        for (const otherId of claim.conflictsWith) {
          const other = this.library.claimById.get(otherId);
          const pair = [claim.id, otherId].sort().join('|');
          if (!other || seenPairs.has(pair) || !claim.note) continue;
          seenPairs.add(pair);
          lines.push(withMarker(`Disagreement: ${claim.note}`, `${list.cite(claim)}${list.cite(other)}`));
        }
      }
      for (const claim of own.filter((c) => c.note && c.conflictsWith.length === 0)) {
        lines.push(withMarker(`Caveat: ${claim.note}`, list.cite(claim)));
      }
      paper.data.openQuestions.forEach((open, i) => {
        lines.push(withMarker(`Open question: ${open.text}`, list.citeSources(paper.data.id, `${paper.data.id}:open-${i + 1}`, open.text, open.cite, 'bibliographic')));
      });
    }
    if (lines.length === 0) return this.finish(question, this.decline('The claims record no disagreements, caveats or open questions to discuss yet.', [], scope), []);
    return this.finish(question, { answered: true, summary: lines.join('\n'), citations: list.citations, suggestions: [], caveats: [] }, []);
  }

  papersIn(scope: Scope): Paper[] {
    if (!scope.paperId) return this.library.papers;
    const paper = this.papersById.get(scope.paperId);
    return paper ? [paper] : [];
  }

  private accept(scope: Scope): (doc: number) => boolean {
    return scope.paperId ? (doc) => this.claims[doc]!.paperId === scope.paperId : () => true;
  }

  ask(question: string, scope: Scope = {}): Answer {
    const definition = DEFINITION_QUESTION.exec(question);
    if (definition) {
      const entry = this.findTerm(definition[1]!, scope);
      if (entry) return this.define(definition[1]!, scope, question);
    }
    const concepts = this.searcher.analyze(question);
    const notices = corrections(concepts);
    if (concepts.length === 0) {
      return this.finish(question, this.decline('Ask me something about the paper, for example one of these.', [], scope), notices);
    }
    const hits = this.searcher.search(concepts, 30, this.accept(scope));
    if (concepts.every((c) => c.generic) && BROAD_QUESTION.test(question)) {
      // "What did they find?" names nothing specific: the paper's summary is the honest answer.
      return this.finish(question, this.summaryDraft(scope), notices);
    }
    const coverage = judgeCoverage(concepts);
    if (!coverage.answer) return this.finish(question, this.decline(coverage.message, hits, scope), coverage.keepNotices ? notices : []);
    if (coverage.partialNotice) notices.push(coverage.partialNotice);
    const partial = coverage.partialNotice !== undefined;
    const top = hits[0];
    if (!top || top.coverage < MIN_TOP_COVERAGE) {
      return this.finish(question, this.decline("The paper's claims don't cover that.", hits, scope), notices);
    }
    return this.finish(question, { ...this.compose(hits), ...(partial ? { partial: true as const } : {}) }, notices);
  }

  define(term: string, scope: Scope = {}, question = `define ${term}`): Answer {
    if (!term.trim()) {
      return this.finish(question, this.decline('Name a term to define, for example "define EMT".', [], scope, this.glossarySuggestions(scope)), []);
    }
    const found = this.findTerm(term, scope);
    if (!found) {
      return this.finish(
        question,
        this.decline(`The glossary has no entry for "${term}".`, [], scope, this.glossarySuggestions(scope)),
        corrections(this.searcher.analyze(term)),
      );
    }
    const { entry, paper } = found;
    const list = new CitationList(this.library);
    const sentences = [withMarker(`${entry.term}: ${entry.definition}`, list.citeSources(paper.data.id, `glossary:${entry.id}`, entry.definition, entry.sources))];
    // One claim showing the term at work in the paper makes the definition useful to a journal club.
    const inPaper = this.searcher
      .search(this.searcher.analyze(entry.aliases[0] ?? entry.term), 10, this.accept({ paperId: paper.data.id }))
      .map((h) => this.claims[h.doc]!)
      .filter((c) => c.evidence !== 'background' && !c.derived)
      .sort((a, b) => Number(a.evidence === 'press-statement') - Number(b.evidence === 'press-statement'))[0];
    if (inPaper) sentences.push(withMarker(inPaper.text, list.cite(inPaper)));
    return this.finish(question, { answered: true, summary: sentences.join(' '), citations: list.citations, suggestions: [], caveats: inPaper?.note ? [inPaper.note] : [] }, []);
  }

  summary(scope: Scope = {}, question = 'summary'): Answer {
    return this.finish(question, this.summaryDraft(scope), []);
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
      const topicIds = new Set(
        papers.flatMap((p) => p.data.topics.filter((t) => t.id === wanted || t.label.toLowerCase() === wanted).map((t) => t.id)),
      );
      chosen =
        topicIds.size > 0
          ? own.filter((c) => c.topics.some((t) => topicIds.has(t)))
          : this.rankedClaims(topic, scope).filter((c) => !c.derived);
    }
    if (chosen.length === 0) {
      return this.finish(question, this.decline(`No claims match "${topic}".`, [], scope), []);
    }
    const list = new CitationList(this.library);
    const shown = chosen.slice(0, MAX_LISTED_CLAIMS);
    const lines = shown.map((c) => `${c.id}: ${withMarker(c.text, list.cite(c))}`);
    const notices =
      chosen.length > shown.length
        ? [`Showing ${shown.length} of ${chosen.length} claims; narrow the list with "claims <topic>" (topics: ${papers.flatMap((p) => p.data.topics.map((t) => t.id)).join(', ')}).`]
        : [];
    return this.finish(question, { answered: true, summary: lines.join('\n'), citations: list.citations, suggestions: [], caveats: [] }, notices);
  }

  /** Full provenance of one claim: its text, every source with locator and link, its caveat and what it conflicts with. */
  source(claimId: string, question = `source ${claimId}`): Answer {
    const claim = this.library.claimById.get(claimId.trim());
    if (!claim) {
      return this.finish(question, this.decline(`There is no claim with id "${claimId}". Use "claims" to list ids.`, [], {}), []);
    }
    const list = new CitationList(this.library);
    const sentences = [withMarker(claim.text, list.cite(claim))];
    const caveats: string[] = [];
    for (const otherId of claim.conflictsWith) {
      const other = this.library.claimById.get(otherId);
      if (other) sentences.push(withMarker(`Compare: ${other.text}`, list.cite(other)));
    }
    if (claim.note) {
      caveats.push(claim.note);
      sentences.push(withMarker(claim.note, list.citations.map((c) => `[${c.n}]`).join('')));
    }
    return this.finish(question, { answered: true, summary: sentences.join(' '), citations: list.citations, suggestions: [], caveats }, [
      `Claim ${claim.id}, evidence: ${claim.evidence}.`,
    ]);
  }

  papers(question = 'papers', currentId?: string): Answer {
    const list = new CitationList(this.library);
    const lines = this.library.papers.map((p) => {
      const titleClaim = this.library.claimById.get(`${p.data.id}:title`);
      const marker = titleClaim ? list.cite(titleClaim) : '';
      const where = [p.data.journal?.name, p.data.date?.text].filter(Boolean).join(', ');
      const flags = [p.data.id === currentId ? 'this channel' : '', p.data.status === 'draft' ? `draft, ${p.drafts} claims to curate` : ''].filter(Boolean);
      return withMarker(`${p.data.id}: ${p.data.shortTitle}${where ? ` (${where})` : ''}${flags.length ? ` [${flags.join('; ')}]` : ''}`, marker);
    });
    return this.finish(question, { answered: true, summary: lines.join('\n'), citations: list.citations, suggestions: [], caveats: [] }, []);
  }

  /** The claims an answer to the question cites, in the order a reader meets them; none when declined. */
  answerClaims(question: string, scope: Scope = {}): string[] {
    const answer = this.ask(question, scope);
    return answer.answered ? [...new Set(answer.citations.map((c) => c.claimId))] : [];
  }

  /** Claims ranked for a free-text topic, best first. */
  rankedClaims(text: string, scope: Scope = {}): Claim[] {
    const hits = this.searcher.search(this.searcher.analyze(text), 30, this.accept(scope));
    const top = hits[0];
    if (!top) return [];
    return hits.filter((h) => h.score >= top.score * RELATIVE_SCORE_FLOOR).map((h) => this.claims[h.doc]!);
  }

  private findTerm(text: string, scope: Scope): { entry: GlossaryEntry; paper: Paper } | undefined {
    const concepts = this.searcher.analyze(text).filter((c) => !isStopWord(c.surface));
    const key = concepts.length === 1 ? concepts[0]!.key : undefined;
    if (!key?.startsWith('@')) return undefined;
    for (const paper of this.papersIn(scope)) {
      const entry = paper.glossary.find((g) => `@${g.id}` === key);
      if (entry) return { entry, paper };
    }
    return undefined;
  }

  private summaryDraft(scope: Scope): Draft {
    const list = new CitationList(this.library);
    const sentences: string[] = [];
    const caveats: string[] = [];
    for (const paper of this.papersIn(scope)) {
      for (const id of paper.data.tldr) {
        const claim = this.library.claimById.get(id);
        if (!claim) continue;
        sentences.push(withMarker(claim.text, list.cite(claim)));
        if (claim.note) caveats.push(claim.note);
      }
    }
    return { answered: true, summary: sentences.join(' '), citations: list.citations, suggestions: [], caveats };
  }

  /** Hits -> a short cited summary: near-duplicates merged, both sides of a disagreement shown, narrative order. */
  private compose(hits: Hit[]): Draft {
    const top = hits[0]!;
    const candidates = hits
      .filter((h) => h.score >= top.score * RELATIVE_SCORE_FLOOR && h.coverage >= top.coverage * 0.5)
      .map((h) => this.claims[h.doc]!);
    const groups: Group[] = [];
    const included = new Map<string, Group>();
    const merged = new Map<string, Claim[]>();
    let sentences = 0;
    for (const claim of candidates) {
      if (included.has(claim.id)) continue;
      const twin = [...included.values()].flatMap((g) => g.claims).find((c) => nearDuplicate(stemsOf(c), stemsOf(claim)));
      if (twin) {
        merged.set(twin.id, [...(merged.get(twin.id) ?? []), claim]);
        included.set(claim.id, included.get(twin.id)!);
        continue;
      }
      const partners = claim.conflictsWith.map((id) => this.library.claimById.get(id)).filter((c): c is Claim => !!c && !included.has(c.id));
      const note = claim.note ?? partners.find((p) => p.note)?.note;
      const cost = 1 + partners.length + (note && partners.length > 0 ? 1 : 0);
      if (groups.length > 0 && sentences + cost > this.maxSentences) break;
      const group: Group = { claims: [claim, ...partners], ...(partners.length > 0 && note ? { note } : {}) };
      groups.push(group);
      group.claims.forEach((c) => included.set(c.id, group));
      sentences += cost;
    }
    // The best match answers the question, so it leads; the context that follows keeps the paper's order.
    const [lead, ...rest] = groups;
    rest.sort((a, b) => firstOrder(a) - firstOrder(b));
    const ordered = lead ? [lead, ...rest] : [];

    const list = new CitationList(this.library);
    const parts: string[] = [];
    const caveats = new Set<string>();
    for (const group of ordered) {
      const markers: string[] = [];
      for (const claim of group.claims) {
        const marker = [claim, ...(merged.get(claim.id) ?? [])].map((c) => list.cite(c)).join('');
        markers.push(marker);
        parts.push(withMarker(claim.text, marker));
        // A conflict pair's two notes tell the same story: the group's one note stands for both.
        if (claim.note && !group.note) caveats.add(claim.note);
      }
      if (group.note) {
        parts.push(withMarker(group.note, markers.join('')));
        caveats.add(group.note);
      }
    }
    return { answered: true, summary: parts.join(' '), citations: list.citations, suggestions: [], caveats: [...caveats] };
  }

  private decline(message: string, hits: Hit[], scope: Scope, suggestions?: string[]): Draft {
    return {
      answered: false,
      summary: message,
      citations: [],
      suggestions: suggestions ?? this.topicSuggestions(hits, scope),
      caveats: [],
    };
  }

  /** Up to three example questions: the topics of the nearest claims first, then the paper's first topics. */
  private topicSuggestions(hits: Hit[], scope: Scope): string[] {
    const papers = this.papersIn(scope);
    const byId = new Map<string, string>(papers.flatMap((p) => p.data.topics.map((t) => [`${p.data.id}/${t.id}`, t.question] as const)));
    const ordered = [
      ...hits.flatMap((h) => this.claims[h.doc]!.topics.map((t) => `${this.claims[h.doc]!.paperId}/${t}`)),
      ...byId.keys(),
    ];
    return [...new Set(ordered)].flatMap((k) => byId.get(k) ?? []).slice(0, MAX_SUGGESTIONS);
  }

  private glossarySuggestions(scope: Scope): string[] {
    return this.papersIn(scope)
      .flatMap((p) => p.glossary)
      .slice(0, MAX_SUGGESTIONS)
      .map((g) => `define ${g.aliases[0] ?? g.term}`);
  }

  private finish(question: string, draft: Draft, notices: string[]): Answer {
    return { question, ...draft, notices: [...notices, ...(draft.notices ?? [])] };
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

function corrections(concepts: QueryConcept[]): string[] {
  return concepts.filter((c) => c.correctedTo).map((c) => `Read "${c.surface}" as "${c.correctedTo}".`);
}

function firstOrder(group: Group): number {
  return Math.min(...group.claims.map((c) => c.order));
}

const claimStems = new WeakMap<Claim, Set<string>>();
function stemsOf(claim: Claim): Set<string> {
  let stems = claimStems.get(claim);
  if (!stems) claimStems.set(claim, (stems = new Set(tokenize(claim.text).filter((t) => !isStopWord(t)).map(stem))));
  return stems;
}

function nearDuplicate(x: Set<string>, y: Set<string>): boolean {
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared || 1) >= DUPLICATE_JACCARD;
}
