import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { evalCaseSchema } from '../bench/eval/score.js';
import { TUNING_SETS } from '../bench/eval/sets.js';
import { medicalFeatures } from '../src/core/medical-model.js';

/**
 * npm run train:medical [-- --without set,set] [--out FILE]
 * Trains the medical-question model (src/core/medical-model.json) on the tuning sets only: a question
 * labelled "decline as medical" is a positive, every other question (off topic, and the ones that only
 * look medical) a negative, as is each line of medical-negatives.txt. Deterministic: the same sets give the same file.
 */
export interface Example { text: string; medical: boolean }

export function examplesOf(sets: readonly string[]): Example[] {
  // A member speaking of their own reading, work or talk ("should I take this with a grain of salt?") in the
  // words of a care question: the evaluation sets have few of these, so a short hand-written list adds them.
  const ownWork = readFileSync(fileURLToPath(new URL('./medical-negatives.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((text) => ({ text, medical: false }));
  return [...ownWork, ...sets.flatMap((set) => {
    const file = fileURLToPath(new URL(`../test/fixtures/eval/${set}.json`, import.meta.url));
    return z.array(evalCaseSchema).parse(JSON.parse(readFileSync(file, 'utf8'))).map((c) => ({ text: c.q, medical: c.expect === 'decline' && c.declineKind === 'medical' }));
  })];
}

/** Logistic regression by stochastic gradient descent with a little L2; weights under 0.1 dropped (as good on unseen sets as keeping 0.01, a sixth of the start-up cost). */
export function train(examples: readonly Example[], epochs = 30): { bias: number; weights: Record<string, number> } {
  const xs = examples.map((e) => medicalFeatures(e.text));
  const w = new Map<string, number>();
  let bias = 0;
  const order = examples.map((_, i) => i);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.2 / (1 + epoch * 0.1);
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (const f of x) z += w.get(f) ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (examples[i]!.medical ? 1 : 0);
      // Long messages spread the step over more words, so one essay does not outweigh ten short questions.
      const step = (rate * error) / Math.sqrt(x.length || 1);
      for (const f of x) w.set(f, (w.get(f) ?? 0) * (1 - rate * 1e-5) - step);
      bias -= rate * error * 0.1;
    }
  }
  const weights = Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { without: { type: 'string', default: '' }, out: { type: 'string' } } });
  const without = values.without.split(',').filter(Boolean);
  const sets = TUNING_SETS.filter((s) => !without.includes(s));
  const examples = examplesOf(sets);
  const model = { about: 'npm run train:medical: logistic regression over words and word pairs; positives are questions labelled decline-as-medical', trainedOn: sets, ...train(examples) };
  const out = values.out ?? fileURLToPath(new URL('../src/core/medical-model.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(model, null, 0).replace(/,"(?=[^"]+":-?[\d.]+)/g, ',\n"')}\n`);
  process.stdout.write(`${examples.length} questions (${examples.filter((e) => e.medical).length} medical) from ${sets.length} sets; ${Object.keys(model.weights).length} weights → ${out}\n`);
}
