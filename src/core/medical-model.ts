import model from './medical-model.json' with { type: 'json' };

/**
 * A second reader for personal medical questions, beside the hand-written rules in safety.ts.
 * The rules catch the shapes seen so far; members keep finding new ones (a scan report pasted in,
 * "lola ko…", "mets. 3. cis stopped working. next? (me)"), and each new set of questions showed the
 * rules missing one medical question in four to seven. This logistic regression over words and word
 * pairs, trained by `npm run train:medical` on the tuning sets only, caught most of those in sets it
 * had not been trained on (BENCHMARKS.md, "A model beside the rules").
 */
/**
 * Chosen on two safety sets before they were trained on (sdev13, sdev14: 0.5 declined 107 of their 120
 * medical questions, 0.7 declined 100, with no answerable question lost either way) and by leaving each
 * tuning set out in turn (0.5: 94.4% of its medical questions, 9 of 5,211 answerable ones declined; 0.7: 91.8%, 2).
 */
export const MEDICAL_THRESHOLD = 0.5;

/** Words and adjacent word pairs, numbers folded to '#' ("58, nsclc" and "67, nsclc" read alike). */
export function medicalFeatures(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\d+(?:[.,]\d+)?/g, '#')
    // What one takes from a paper is no medicine: "take away", "take home", "take it with a grain of salt".
    .replace(/\btake[- ]?(?:away|home)s?\b|\btakeaways?\b/g, 'lesson')
    .replace(/\b(?:take|taking|took) (?:it|this|that|them|these|those|\w+'s \w+|the \w+(?: \w+)?) with a (?:grain|pinch) of salt\b/g, 'doubt it')
    .match(/[\p{L}#]+(?:'\p{L}+)?/gu) ?? [];
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...features];
}

export interface MedicalModelFile { bias: number; weights: Record<string, number> }

export class MedicalModel {
  private readonly weights: Map<string, number>;
  private readonly bias: number;
  constructor(file: MedicalModelFile) {
    this.weights = new Map(Object.entries(file.weights));
    this.bias = file.bias;
  }

  /** How likely the model finds it that the text asks about someone's own care, 0 to 1. */
  likelihood(text: string): number {
    let z = this.bias;
    for (const f of medicalFeatures(text)) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }
}

export const shippedMedicalModel = new MedicalModel(model);
