import type { Evidence } from '../core/types.js';

/**
 * A first guess at the kind of evidence behind a sentence, from its words and its section, for a
 * curator to confirm. Journal clubs weigh a mouse result differently from a registry of 90,000
 * patients: the guess keeps that distinction visible from the first draft.
 */

const SIGNALS: Array<[Evidence, RegExp]> = [
  ['patient-tissue', /\b(biops(?:y|ies)|tissue samples?|specimens?|resected|surgical samples?|tumou?r samples?|(?:patients?'?|human) (?:tissues?|tumou?rs?|sera|serum|plasma|samples?)|immunohistochemi\w*)\b/i],
  ['animal', /\b(mice|mouse|murine|rats?|rodents?|xenografts?|zebrafish|minnows?|fish|teleosts?|animals?|in vivo|kestrels?|primates?|monkeys?|dogs?|pigs?|rabbits?|hamsters?|sheep|drosophila|frogs?|tadpoles?|chicks?|embryos?)\b/i],
  ['in-vitro', /\b(in vitro|cell lines?|cultured (?:cells|fibroblasts)|cell cultures?|co-?cultures?|transfect\w*|knock-?down|siRNA|shRNA|organoids?|HEK ?293|HeLa|A549|MCF-?7|fibroblasts? were|cells were (?:treated|incubated|seeded|exposed))\b/i],
  ['clinical', /\b(patients?|participants?|subjects|volunteers|cohorts?|registry|registries|questionnaires?|trials?|randomi[sz]ed|diagnos\w+|survey\w*|respondents?|population|cases|women|men|children|adults|prevalence|incidence|odds ratios?|hazard ratios?|mortality|survival)\b/i],
];

/** The kind most of the article's methods and abstract speak of: the default for a sentence that names none. */
export function dominantEvidence(texts: string[], articleType?: string): Evidence {
  if (articleType && /review|editorial|commentary|letter|opinion/i.test(articleType)) return 'background';
  const counts = new Map<Evidence, number>();
  for (const text of texts) {
    for (const [kind, pattern] of SIGNALS) {
      const hits = text.match(new RegExp(pattern.source, 'gi'))?.length ?? 0;
      counts.set(kind, (counts.get(kind) ?? 0) + hits);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : 'background';
}

export interface SentenceContext {
  /** the section the sentence is in: "Introduction", "Results", "Abstract", "Figure 2" */
  section: string;
  /** whether the sentence cites references (others' work) */
  citesOthers: boolean;
  /** the article's dominant kind */
  fallback: Evidence;
  /** back matter and funding notes describe the paper, not findings */
  kind: 'abstract' | 'body' | 'figure' | 'table' | 'back' | 'press';
}

export function guessEvidence(sentence: string, context: SentenceContext): Evidence {
  if (context.kind === 'press') return 'press-statement';
  if (context.kind === 'back' || /^(funding|disclosure|competing|conflicts?|authors'? contributions?|acknowledge?ments?|notes)\b/i.test(context.section)) return 'bibliographic';
  // An introduction, or a discussion sentence citing others, reports what others found.
  if (/^(introduction|background)\b|^abstract \((background|introduction|context)\)/i.test(context.section)) return 'background';
  if (context.citesOthers && /^discussion\b/i.test(context.section)) return 'background';
  // Methods cite the methods they follow; that is not others' evidence.
  if (context.citesOthers && !/method/i.test(context.section) && !/\b(we|our|this study|the present study|here)\b/i.test(sentence)) return 'background';
  for (const [kind, pattern] of SIGNALS) if (pattern.test(sentence)) return kind;
  return context.fallback;
}
