import { matchAliases, type AliasTable } from './aliases.js';
import { stem, tokenize } from './text.js';
import type { Paper } from './types.js';
import { EVERYDAY_RANK, wordRank } from './words.js';

/**
 * Ways members name a paper inside a question: its journal ("the oncotarget paper"), its year ("the
 * 2017 one"), its first author ("wang et al"), its institution or city ("the tianjin study"), a
 * molecule only it is about ("the IL-6 paper"), or its place in the club's reading ("the older one").
 * A question that names another paper is answered from that paper, and the answer says so.
 */
export interface PaperCue {
  paperId: string;
  /** the question's words that named the paper: framing, not content */
  words: Set<string>;
  /** the question names the paper it reads too ("the 2017 one vs the 2025 one", "this paper") */
  withCurrent: boolean;
  /** other papers the question names clearly too ("the Chonnam study versus the 2017 study") */
  alsoNamed: string[];
}

interface CueWord {
  weight: number;
  paperId: string;
}

const WEIGHTS = { journal: 3, author: 3, place: 3, year: 2, molecule: 2 } as const;
const ENOUGH = 2;
const EVERY_PAPER = /\b(?:either|both|each|all|any) (?:of )?(?:the |these |your )?(?:two )?(?:papers|studies|paper|study)\b|\bthe two (?:papers|studies)\b/;
const OLDER = /\b(?:older|earlier|previous|prior|precedent|last week'?s?)\s+(?:[\w-]+\s+){0,2}(?:one|paper|study|article|work)\b|\bother\s+(?:[\w-]+\s+)?(?:paper|study|article)\b/;
// "How does this compare with the 2017 paper?": "this" weighed against a paper named is the paper read.
const THIS_PAPER = /\bours\b|\b(?:how|where|does|did|do) (?:does |do |did )?(?:this|this one) (?:\w+ )?(?:compare|relate|fit|connect|stack up|differ|square|line up|measure up|build)\b|\bthe one (?:we'?re|we are|we) (?:reading|discussing|doing)\b|\b(?:this|our|this week'?s?|the current|the new|the newer|the newest|the latest|the 2025) (?:paper|study|one|work|article)\b|\b(?:this|the) (?:korean|brain[- ]met\w*) (?:paper|study|one|work|group|team)\b/;
const OWN_PRIOR = /\b(?:(?:the|this|that|same|their|these authors'?) (?:group|team|lab|authors)'?s?|their own|(?:from|by) the same (?:\w+ )?(?:group|team|lab|authors))\b[^?]{0,40}\b(?:earlier|previous(?:ly)?|prior|before|past|older)\b|\b(?:earlier|previous|prior) (?:[\w-]+ ){0,3}(?:work|paper|study|studies|papers|publication) (?:by|from|of) (?:the same|this|that|these|their)\b/;
const SET_ASIDE = /\b(?:not|rather than|instead of) (?:the |that |this )?(?:[\w&.-]+ ){0,2}?[\w&.-]+(?=\s+(?:one|paper|study)\b|\s*[?.!,;]|\s*$)/g;
const NEWER = /\b(?:newer|newest|latest|recent|this week'?s?|current|new)\s+(?:[\w-]+\s+){0,2}(?:one|paper|study|article|work)\b/;

// Words every institution's name has: they name no paper in particular.
const INSTITUTION_WORDS = new Set(['institute', 'university', 'hospital', 'medical', 'general', 'cancer', 'lung', 'department', 'center', 'centre', 'school', 'college', 'national', 'research', 'laboratory', 'clinic', 'faculty']);
/** Rare words of a name: common words ("moon", "lee") are too ambiguous to name a paper. */
const distinctive = (text: string) => tokenize(text).filter((t) => t.length > 2 && wordRank(t) >= EVERYDAY_RANK && !INSTITUTION_WORDS.has(t));

const PAPER_NOUNS = new Set(['paper', 'study', 'one', 'team', 'group', 'authors', 'lab', 'researchers', 'article', 'work', 'guys']);

export class PaperCues {
  private readonly words = new Map<string, CueWord[]>();
  /** every prefix (3 letters or more) of a journal-name word -> the papers in whose journal it starts a word */
  private readonly journalPrefixes = new Map<string, Set<string>>();
  /** concept keys of molecules named in one paper's title only */
  private readonly molecules = new Map<string, string>();
  /** papers, oldest first by publication year, then by when the club added them */
  private readonly chronology: string[];

  /** `isMolecule` says which glossary concepts are molecules (a cell type shared by two titles names neither paper). */
  constructor(papers: Paper[], aliases: AliasTable, private readonly isMolecule: (key: string) => boolean) {
    const add = (word: string, paperId: string, weight: number) => {
      const list = this.words.get(word) ?? [];
      if (!list.some((c) => c.paperId === paperId && c.weight >= weight)) list.push({ paperId, weight });
      this.words.set(word, list);
    };
    const years = new Map<string, string>();
    for (const paper of papers) {
      const d = paper.data;
      for (const w of distinctive(d.journal?.name ?? '')) add(w, d.id, WEIGHTS.journal);
      for (const w of tokenize(d.journal?.name ?? '').filter((x) => x.length > 3)) {
        for (let n = 3; n < w.length; n++) {
          const prefix = w.slice(0, n);
          const set = this.journalPrefixes.get(prefix) ?? new Set<string>();
          set.add(d.id);
          this.journalPrefixes.set(prefix, set);
        }
      }
      // "the EHO paper": a journal named by its initials (three letters or more, and not an everyday word).
      // "EH&O" typed as "ehao": the ampersand as a letter too.
      const words = (d.journal?.name ?? '').toLowerCase().split(/\s+/).filter((w) => w && !['of', 'the', 'in', 'for'].includes(w));
      for (const initials of [words.filter((w) => /^[a-z]/.test(w) && w !== 'and').map((w) => w[0]).join(''), words.map((w) => (w === '&' || w === 'and' ? 'a' : w[0])).join('')]) {
        if (initials.length >= 3 && wordRank(initials) >= EVERYDAY_RANK) add(initials, d.id, WEIGHTS.journal);
      }
      const first = d.firstAuthor?.name ?? d.authors[0] ?? '';
      // "Limin Wang (shared first authorship...)" -> "wang"; "S M Abdus Salam" -> "salam", "abdus".
      for (const w of tokenize(first.replace(/\(.*\)/, '')).slice(-2)) if (w.length > 2) add(w, d.id, WEIGHTS.author);
      for (const lead of d.teamLeads) {
        for (const w of distinctive(lead.affiliation)) add(w, d.id, WEIGHTS.place);
        // "Ke Xu's paper": a lead's surname, unless it is also an everyday word ("Moon", "Lee").
        const surname = tokenize(lead.name.replace(/\(.*?\)/g, '')).at(-1);
        if (surname && surname.length >= 2 && wordRank(surname) >= EVERYDAY_RANK) add(surname, d.id, WEIGHTS.author);
      }
      // Identifiers name a paper outright: "PMC5652691", the DOI's suffix.
      for (const id of `${d.url ?? ''} ${d.doi ?? ''}`.match(/PMC\d+|\b\d{6,}\b/gi) ?? []) add(id.toLowerCase(), d.id, WEIGHTS.journal);
      const year = /\b(19|20)\d{2}\b/.exec(d.date?.text ?? '')?.[0] ?? paper.sources.get('paper')?.date?.slice(0, 4);
      if (year) {
        add(year, d.id, WEIGHTS.year);
        years.set(d.id, year);
      }
    }
    const titleConcepts = new Map(papers.map((p) => [p.data.id, new Set(matchAliases(tokenize(p.data.title).map(stem), aliases).map((m) => m.key))]));
    for (const [paperId, keys] of titleConcepts) {
      for (const key of keys) {
        const elsewhere = [...titleConcepts].some(([other, otherKeys]) => other !== paperId && otherKeys.has(key));
        if (!elsewhere) this.molecules.set(key, paperId);
      }
    }
    this.chronology = [...papers]
      .sort((a, b) => (years.get(a.data.id) ?? '').localeCompare(years.get(b.data.id) ?? '') || (a.data.addedOn ?? '').localeCompare(b.data.addedOn ?? ''))
      .map((p) => p.data.id);
  }

  /**
   * The paper a question names, when it names one other than `current` clearly enough. `conceptKeys`
   * are the question's glossary concepts; `usesConcept(paperId, key)` says whether a paper's own
   * findings (not its background) use one, so a molecule both papers study names neither.
   */
  find(text: string, current: string | undefined, conceptKeys: string[], usesConcept: (paperId: string, key: string) => boolean): PaperCue | undefined {
    const lower = text.toLowerCase();
    const scores = new Map<string, { score: number; words: Set<string> }>();
    const credit = (paperId: string, weight: number, word: string) => {
      const entry = scores.get(paperId) ?? { score: 0, words: new Set<string>() };
      entry.score += weight;
      entry.words.add(word);
      scores.set(paperId, entry);
    };
    // "that's the 2025 paper right, not the 2017?": a paper set aside is not the one named.
    const tokens = [...new Set(tokenize(lower.replace(SET_ASIDE, ' ')))];
    for (const token of tokens) for (const cue of this.words.get(token) ?? []) credit(cue.paperId, cue.weight, token);
    // Abbreviated journal names ("Exp Hematol Oncol"): two or more words that start a journal's words.
    const abbreviating = new Map<string, string[]>();
    for (const t of tokens) {
      if (this.words.has(t)) continue;
      for (const paperId of this.journalPrefixes.get(t) ?? []) abbreviating.set(paperId, [...(abbreviating.get(paperId) ?? []), t]);
    }
    for (const [paperId, abbreviations] of abbreviating) {
      if (abbreviations.length >= 2) for (const t of abbreviations) credit(paperId, WEIGHTS.journal / abbreviations.length, t);
    }
    // Under `all:` (no current paper) a molecule narrows nothing: every paper is asked.
    for (const key of current ? conceptKeys : []) {
      const owner = this.molecules.get(key);
      if (owner && owner !== current && this.isMolecule(key) && !usesConcept(current!, key)) credit(owner, WEIGHTS.molecule, '');
    }
    // "How does the IL-6 one compare to the IL26 one?": with another paper named, the molecule of the paper read names it too.
    if (current && (scores.get(current)?.score ?? 0) < ENOUGH && [...scores].some(([id, e]) => id !== current && e.score >= ENOUGH)) {
      if (conceptKeys.some((key) => this.molecules.get(key) === current && this.isMolecule(key))) credit(current, ENOUGH - (scores.get(current)?.score ?? 0), '');
    }
    // "The group's earlier CAF marker study", "did this group publish anything earlier": the authors' own
    // prior work (a paper's background), not the older paper of the library.
    const older = OWN_PRIOR.test(lower) ? null : OLDER.exec(lower);
    const newer = older ? null : NEWER.exec(lower);
    const relative = older ? this.neighbour(current, -1) : newer ? this.neighbour(current, +1) : undefined;
    if (relative) for (const [i, word] of tokenize((older ?? newer)![0]).entries()) credit(relative, i === 0 ? ENOUGH : 0, word);
    // "The new brain mets paper" while reading the newest: the paper read, named as such.
    else if (current && (older || newer)) for (const [i, word] of tokenize((older ?? newer)![0]).entries()) credit(current, i === 0 ? ENOUGH : 0, word);
    const ranked = [...scores].sort((a, b) => b[1].score - a[1].score);
    // "The Chonnam paper vs the Oncotarget one": named as clearly as the paper read, the other one is the cue.
    if (ranked.length >= 2 && ranked[0]![1].score === ranked[1]![1].score && ranked[1]![1].score >= ENOUGH) {
      const at = ranked.findIndex(([id]) => id === current);
      if (at === 0 || at === 1) ranked.splice(0, 2, ranked[1 - at]!, ranked[at]!);
      else return undefined;
      ranked[0]![1].score += 0.5;
    }
    const [best, second] = ranked;
    if (!best || best[1].score < ENOUGH || (second && second[1].score === best[1].score)) return undefined;
    const words = new Set([...best[1].words].filter(Boolean));
    // Words naming the current paper frame the question too ("in the 2025 paper").
    const currentWords = scores.get(current ?? '')?.words ?? new Set<string>();
    for (const w of currentWords) if (w) words.add(w);
    // "the 2017 team", "the Tianjin group", "the Oncotarget one": the noun after a paper's name names the paper too,
    // and so do the words between ("the 2025 brain met one").
    const said = tokenize(lower);
    for (const [i, t] of said.entries()) {
      if (!words.has(t) || PAPER_NOUNS.has(t)) continue;
      if (PAPER_NOUNS.has(said[i + 1] ?? '')) words.add(said[i + 1]!);
      // "the 2025 brain met one": a few words before "one" describe the paper named; a molecule
      // there ("the 2025 IL26 one") may be what is asked about too, so it stays.
      const one = said.slice(i + 1, i + 5).indexOf('one');
      if (one > 0) for (const w of said.slice(i + 1, i + 2 + one)) if (!/\d/.test(w)) words.add(w);
    }
    const withCurrent = (scores.get(current ?? '')?.score ?? 0) >= ENOUGH || THIS_PAPER.test(lower);
    const alsoNamed = ranked.slice(1).filter(([, e]) => e.score >= ENOUGH).map(([id]) => id);
    return { paperId: best[0], words, withCurrent, alsoNamed };
  }

  /** "What did the same group publish before?": the authors' own earlier work, which a claim may cite. */
  asksOwnPrior(text: string): boolean {
    return OWN_PRIOR.test(text.toLowerCase());
  }

  /** "this paper", "ours", "the one we're reading": the paper the channel reads, named as such. */
  namesPaperRead(text: string): boolean {
    return THIS_PAPER.test(text.toLowerCase());
  }

  /** "either paper", "both papers": a question asked of every paper without `all:`. */
  asksEveryPaper(text: string): boolean {
    return EVERY_PAPER.test(text.toLowerCase());
  }

  /** Words that name any paper: framing in `all:` questions, never a missing subject. */
  namingWords(text: string): Set<string> {
    return new Set(tokenize(text.toLowerCase()).filter((t) => this.words.has(t)));
  }

  private neighbour(current: string | undefined, step: number): string | undefined {
    const at = current ? this.chronology.indexOf(current) : -1;
    if (at === -1) return undefined;
    return this.chronology[at + step];
  }
}
