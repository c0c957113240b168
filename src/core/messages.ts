import type { Evidence } from './schema.js';

/** Every sentence the engine writes itself (as opposed to claims it cites), in one place. */
export const MESSAGES = {
  askSomething: 'Ask me something about the paper, for example one of these.',
  request: "I can only answer questions about the paper's claims, and that isn't one they cover. Try one of these.",
  notCovered: "The paper's claims don't cover that.",
  notCoveredNamed: (missing: string) => `The paper's claims don't cover ${missing}.`,
  alsoCovered: (labels: string) => ` They do cover ${labels}: try one of the suggestions.`,
  everyPaperHas: (papers: number, setting: string) => `${papers === 2 ? 'Both papers' : `All ${papers} papers`} report findings in ${setting}.`,
  scopeNotCovered: (missing: string) => `The sources say nothing about ${missing}: the study covers only what its title says.`,
  partial: (missing: string) => `The claims say nothing about ${missing}; this answer covers the rest of the question.`,
  otherPaper: (title: string, id: string) => `This channel's paper doesn't cover that, but ${title} (${id}) does: ask "all: <question>" or switch with "use ${id}".`,
  medical:
    "I can't give medical advice about anyone's care: please ask the treating team (the oncologist or the doctor who knows the case). What I can do is say what the paper studied.",
  medicalNoStudy: "I can't give medical advice about anyone's care: please ask the treating team (the oncologist or the doctor who knows the case).",
  preclinicalLead: (settings: string) => `What this paper studied is preclinical: ${settings}; no claim reports treating patients.`,
  namedPaper: (title: string, id: string) => `Answered from ${title} (${id}), the paper your question names.`,
  followUpPaper: (title: string, id: string) => `Answered from ${title} (${id}), the paper this conversation was about.`,
  paperGone: (id: string) => `The paper this conversation was about (${id}) is no longer in the library; this answer comes from the channel's paper.`,
  fromPapers: (list: string) => `From: ${list}.`,
  paperSilent: (title: string, what: string) => `No: the claims of ${title} do not mention ${what}`,
  paperLacks: (title: string, what: string) => `The claims of ${title} do not mention ${what}`,
  onlyInBackground: (title: string, what: string) => `The findings of ${title} do not mention ${what}; only its background does`,
  typo: (surface: string, read: string) => `Read "${surface}" as "${read}".`,
  truncated: (max: number) => `Your question was longer than ${max} characters, so only its start was used.`,
  notReported: "The sources don't give that.",
  impactFactorMeaning:
    "An impact factor is the average number of citations that a journal's articles from the two previous years received in one year: it describes the journal, not how sound any one study in it is.",
  referencesNotStored: (citing: string, cited: string) =>
    `The stored claims and sources don't record ${citing}'s reference list, so whether it cites ${cited} can't be said here. What each concluded:`,
  citedNotHeld: (work: string, by: string) => `${work} is not one of the papers here: it is a background source of claims stored with ${by}, and this is what they take from it.`,
  shortened: 'The first sentences of the last answer; the full answer, with its caveats, is the message before.',
  cutToLength: 'Cut to the length asked; ask again without it for the full answer, with its caveats.',
  referenceCheck: "Built from the stored record, with names as it gives them: check it against the journal's own citation before it goes into a manuscript.",
  nothingToShorten: 'There is no earlier answer here to shorten: ask a question first.',
  yes: 'Yes.',
  sameOne: 'Yes, two names for one thing:',
  samePaper: 'Yes: both describe the same paper.',
  noSharedAuthors: 'The two author lists share no names: these are different teams, not the same group.',
  sharedAuthors: (names: string) => `Both author lists include ${names}.`,
  discussNone: 'The claims record no disagreements, caveats or open questions to discuss yet.',
  defineWhat: 'Name a term to define, for example "define EMT".',
  noGlossaryEntry: (term: string) => `The glossary has no entry for "${term}".`,
  noClaimsMatch: (topic: string) => `No claims match "${topic}".`,
  showingSome: (shown: number, total: number, topics: string) => `Showing ${shown} of ${total} claims; narrow the list with "claims <topic>" (topics: ${topics}).`,
  noSuchClaim: (id: string) => `There is no claim with id "${id}". Use "claims" to list ids.`,
  claimDetail: (id: string, evidence: string) => `Claim ${id}, evidence: ${evidence}.`,
  locationDetail: (n: number, title: string, locator: string, claims: number) => `Citation [${n}]: ${title}, ${locator}; ${claims} claims read there.`,
  passageNotQuotable: (licence: string) => `The passage itself is stored but not shown: the paper's licence (${licence}) does not allow quoting it; follow the link to read it.`,
  passageNotStored: (locator: string) => `The text behind this citation (${locator}) is not stored with the paper; follow the link to read it.`,
} as const;

/** The setting as a label before a cited sentence. */
export const SETTING_LABEL: Record<Evidence, string> = {
  'in-vitro': 'Cultured cells (in vitro)',
  animal: 'Animals (in vivo)',
  'patient-tissue': 'Patient tissue',
  'press-statement': 'Press article only',
  background: 'Earlier work',
  bibliographic: 'Bibliographic record',
  conclusion: "Authors' conclusion",
  clinical: 'Patients (clinical data)',
};
