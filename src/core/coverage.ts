import { MESSAGES } from './messages.js';
import type { QueryConcept } from './retrieve.js';
import { EVERYDAY_RANK, EVERYDAY_SUBJECTS, FILLER_RANK } from './words.js';

export type Coverage =
  | { answer: true; partialNotice?: string }
  /** `missing`: the words asked about that no claim covers, quoted */
  | { answer: false; message: string; keepNotices: boolean; missing?: string };

export interface CoverageContext {
  /** the question as typed */
  text: string;
  /** about the paper as a publication: a place name there is asked about, not a new subject */
  bibliographic: boolean;
}

// Diseases and other cancers members ask about that a paper on one cancer does not cover: when the
// claims never name one, it is the question's subject, however much else matches.
const CONDITIONS = new Set(
  `diabetes alzheimer alzheimers parkinson parkinsons dementia stroke asthma arthritis psoriasis lupus covid
  coronavirus hiv aids flu influenza malaria tuberculosis hepatitis obesity depression anxiety autism
  epilepsy migraine eczema acne glaucoma anaemia anemia sepsis cirrhosis fibrosis myelofibrosis
  glioma glioblastoma meningioma melanoma leukemia leukaemia lymphoma myeloma sarcoma neuroblastoma
  breast prostate colon colorectal pancreatic ovarian cervical bladder kidney renal liver thyroid
  endometrial oesophageal esophageal mesothelioma testicular uterine gallbladder laryngeal`
    .split(/\s+/)
    .filter(Boolean),
);

const ORGANS = new Set(['brain', 'brains', 'brained', 'lung', 'lungs', 'body', 'bodies', 'blood', 'skin', 'liver', 'heart', 'gut', 'bone', 'bones']);
// Words that bring a question back to disease or to a study, whatever else it names (a paper's own terms
// are glossary concepts, which the check below never counts as an organ or a record's place).
const ONCOLOGY = /\b(?:cancers?|ca|small[- ]cell|tumou?rs?|metasta\w*|mets?|bms?|onco\w*|carcinoma\w*|nsclc|sclc|fibroblasts?|stroma\w*|chemo\w*|therap\w*|treat\w*|cisplatin|radiat\w*|resist\w*|stem|cytokines?|chemokines?|papers?|stud(?:y|ies)|authors?|researchers?|team|lab|group|mice|mouse|xenograft\w*|press|article|journal|findings?|results?|patients?)\b/i;

/**
 * "is the brain really 60% fat?", "best way to learn korean in 6 months?": all the question shares with
 * the claims is a bare organ, or a word only the papers' records hold (where a team works), beside a
 * subject of its own, with nothing of cancer or a study in sight. It asks about something else; the
 * words returned are that subject.
 */
export function asksAboutSomethingElse(concepts: QueryConcept[], text: string, recordOnly: (c: QueryConcept) => boolean): QueryConcept[] | undefined {
  if (ONCOLOGY.test(text)) return undefined;
  const specific = concepts.filter((c) => c.main && !c.generic && !c.lay);
  const covered = specific.filter((c) => c.covered);
  const peripheral = (c: QueryConcept) => ORGANS.has(c.surface) || recordOnly(c);
  if (!covered.some(peripheral) || !covered.every((c) => peripheral(c) || c.rank < FILLER_RANK)) return undefined;
  const own = specific.filter((c) => !c.covered);
  return own.length > 0 ? own : undefined;
}

/** "What's the survival rate for glioblastoma?": a disease the claims never name is the question's subject. */
export const namesOtherCondition = (concepts: QueryConcept[]): boolean => concepts.some((c) => c.main && !c.covered && CONDITIONS.has(c.surface));

/** A name rather than a word: a drug, gene or cell line (digits, drug suffixes), a disease, or a proper noun. */
export function looksLikeName(c: QueryConcept): boolean {
  const w = c.surface;
  return (
    CONDITIONS.has(w) ||
    /\d/.test(w) ||
    /(?:mab|nib|inib|tinib|ciclib|platin|taxel|rubicin|mycin|cillin|vir|zole|pril|sartan|statin|formin|olol|dipine|prazole|tide|sone|solone|cycline|floxacin|parin|dronate|itis|oma|osis|emia|aemia|pathy|virus)$/.test(w) ||
    c.proper === true
  );
}

/**
 * Whether the claims cover what a question asks. Only the clause that asks counts (an aside such
 * as "need it for my slides" does not). A question is declined when nothing specific in it is
 * covered; when it names something the claims never name (a drug, a disease, a gene: "does
 * pembrolizumab work for brain mets?"), unless it offers it as one of two choices; or when what
 * it covers is thin (no glossary term, a single word) and the first thing it asks about, or
 * uncommon words outweighing what is covered, are missing ("the weather in Hwasun"). Colourful
 * words around a well-covered question ("are these fibroblast thingies the villains?") do not sink it.
 */
export function judgeCoverage(concepts: QueryConcept[], context: CoverageContext = { text: '', bibliographic: false }): Coverage {
  const anySpecific = concepts.filter((c) => !c.generic);
  const specific = anySpecific.some((c) => c.main) ? anySpecific.filter((c) => c.main) : anySpecific;
  const covered = specific.filter((c) => c.covered);
  const uncovered = specific.filter((c) => !c.covered && c.main && c.rank >= FILLER_RANK);
  // "glioma or brain mets?": an uncovered name offered beside a covered one is a choice to answer.
  const around = [...context.text.toLowerCase().matchAll(/([\w-]+)\s+or\s+([\w-]+)/g)].flatMap((m) => [m[1]!, m[2]!]);
  const choice = covered.some((c) => c.surface.split(' ').some((w) => around.includes(w)));
  // The side of a choice the claims lack is answered by the side they hold ("subcutaneous or intracranial?").
  const offeredOnly = (c: QueryConcept) => choice && c.surface.split(' ').some((w) => around.includes(w));
  // "vaping vs smoking, which is worse for the lungs?", "zotero or mendeley?": both things weighed are ones the claims
  // lack, weighed as the question's opening, not offered as options of a detail ("were the mice nude or NSG?").
  const lacking = new Set(anySpecific.filter((c) => !c.covered && c.rank >= FILLER_RANK).map((c) => c.surface));
  const opening = /^\W*([\w-]+),?\s+(?:vs\.?|versus|or)\s+([\w-]+)/.exec(context.text.toLowerCase());
  const weighed = opening && lacking.has(opening[1]!) && lacking.has(opening[2]!) ? opening : undefined;
  const missingSubjects = uncovered.filter((c) => c.rank >= EVERYDAY_RANK && !offeredOnly(c));
  const names = [...uncovered.filter((c) => EVERYDAY_SUBJECTS.has(c.surface)), ...uncovered.filter(looksLikeName).filter((c) => !(context.bibliographic && c.proper))];
  // A glossary term typed as such is strong ground; a lay word that only leads to one ("fibroblasts") less so.
  const termCovered = covered.some((c) => c.key.startsWith('@') && !c.lay);
  const strong = termCovered || covered.length >= 2;
  const subject = specific.find((c) => c.main && (c.covered || c.rank >= FILLER_RANK));
  const subjectMissing = subject !== undefined && !subject.covered && !choice;
  const onlyGuessed = covered.length > 0 && covered.every((c) => c.correctedTo) && uncovered.length > 0;
  const named = (weighed ? anySpecific.filter((c) => c.surface === weighed[1] || c.surface === weighed[2]) : names.length > 0 ? names : subjectMissing ? [subject!] : missingSubjects.length > 0 ? missingSubjects : uncovered).map((c) => `"${c.surface}"`).join(', ');
  // Strong only through one term, with the subject missing, is a question about something else ("how long do lab mice live?").
  const thin = !strong || (covered.length === 1 && subjectMissing);
  const decline =
    (specific.length > 0 && covered.length === 0) ||
    (names.length > 0 && !choice) ||
    weighed !== undefined ||
    uncovered.length >= 3 * Math.max(1, covered.length) ||
    (thin && (subjectMissing || (missingSubjects.length > 0 && missingSubjects.length >= covered.length) || (uncovered.length > 0 && uncovered.length >= 2 * covered.length))) ||
    onlyGuessed;
  if (decline) {
    const also = covered.length > 0 && !onlyGuessed ? MESSAGES.alsoCovered(covered.map((c) => c.label).join(', ')) : '';
    return { answer: false, message: named ? `${MESSAGES.notCoveredNamed(named)}${also}` : MESSAGES.notCovered, keepNotices: !onlyGuessed, ...(named ? { missing: named } : {}) };
  }
  const partial = [...new Set([...names, ...missingSubjects.filter((c) => strong && c.rank === Infinity)])];
  return partial.length > 0 ? { answer: true, partialNotice: MESSAGES.partial(partial.map((c) => `"${c.surface}"`).join(', ')) } : { answer: true };
}
