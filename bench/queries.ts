import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prng, pick } from './prng.js';
import { VOCAB } from './vocabulary.js';
import { zipfVocabulary } from './zipf.js';

export type QueryKind = 'short' | 'long' | 'typo' | 'off-topic';
export interface BenchQuery {
  kind: QueryKind;
  q: string;
}
export interface LabelledQuestion {
  q: string;
  expect: string[];
}

export const LABELLED: LabelledQuestion[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../test/fixtures/labelled-questions.json', import.meta.url)), 'utf8'),
);

const OFF_TOPIC = [
  "what's the weather in Paris tomorrow?", 'best pizza recipe with sourdough', 'who won the football world cup in 2014?', 'how do I renew my passport',
  'recommend a good science fiction novel', 'what is the capital of Australia?', 'how to fix a flat bicycle tyre', 'stock price of Apple today',
  'translate hello into Japanese', 'how tall is Mount Everest?', 'write me a poem about autumn', 'what time does the train to Boston leave?',
  'how many calories are in a banana', 'which smartphone has the best camera', 'explain the offside rule', 'how do volcanoes erupt',
  'who painted the Mona Lisa?', 'best hiking trails in Scotland', 'how to bake croissants at home', 'what is quantum entanglement in simple words',
  'tips for learning the guitar', 'how do I clean a cast iron pan', 'when is the next solar eclipse?', 'what are black holes made of',
  'how to train a puppy to sit', 'cheapest flights to Lisbon', 'what does a blockchain do', 'rules of chess castling', 'how to grow tomatoes on a balcony',
  'who wrote Pride and Prejudice?',
];

const FILLERS = [
  'I was reading this for our journal club and wondered',
  'Could you remind me, in the context of the discussion last week,',
  'Before the meeting I would like to understand',
  'Our group keeps arguing about this, so tell me',
];

/** A misspelling a person makes: two neighbouring letters swapped, or one dropped, in the longest word. */
function typo(text: string, random: () => number): string {
  const words = text.split(' ');
  let longest = 0;
  words.forEach((w, i) => (w.length > words[longest]!.length ? (longest = i) : undefined));
  const w = words[longest]!;
  if (w.length < 6) return text;
  const at = 1 + Math.floor(random() * (w.length - 3));
  words[longest] = random() < 0.5 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w.slice(0, at) + w.slice(at + 1);
  return words.join(' ');
}

/** The fixed benchmark query set: 60 short, 60 long, 60 typo and 30 off-topic questions (210), same every run. */
export function benchQueries(seed = 7, corpus: 'worst' | 'realistic' = 'worst'): BenchQuery[] {
  const random = prng(seed);
  // On the realistic corpus questions draw their words as the claims do (Zipf), so most ask about rare words.
  const zipf = corpus === 'realistic' ? zipfVocabulary() : undefined;
  const gene = () => (zipf ? zipf.draw(random, 'genes') : pick(random, VOCAB.genes));
  const word = (list: readonly string[]) => (zipf ? zipf.draw(random) : pick(random, list));
  const shortOnes: string[] = [];
  for (let i = 0; i < 60; i++) {
    const parts = [gene(), word(VOCAB.processes), word([...VOCAB.cancers, ...VOCAB.cells, ...VOCAB.therapies])];
    shortOnes.push(parts.slice(0, 2 + Math.floor(random() * 2)).join(' '));
  }
  // A fifth of each set asks about the shipped paper, so the real claims compete with the synthetic ones.
  LABELLED.slice(0, 12).forEach((l, i) => (shortOnes[i * 5] = l.q));
  const longOnes = Array.from({ length: 60 }, (_, i) => {
    if (i % 5 === 0) return `${pick(random, FILLERS)} ${LABELLED[(i / 5 + 12) % LABELLED.length]!.q}`;
    return `${pick(random, FILLERS)} how ${gene()} from ${word(VOCAB.cells)} affects ${word(VOCAB.processes)} in ${word(VOCAB.cancers)}, and whether ${word(VOCAB.pathways)} explains the response to ${word(VOCAB.therapies)}?`;
  });
  const typos = shortOnes.map((q) => typo(q.length > 12 ? q : `${q} ${word(VOCAB.processes)}`, random));
  return [
    ...shortOnes.map((q) => ({ kind: 'short' as const, q })),
    ...longOnes.map((q) => ({ kind: 'long' as const, q })),
    ...typos.map((q) => ({ kind: 'typo' as const, q })),
    ...OFF_TOPIC.map((q) => ({ kind: 'off-topic' as const, q })),
  ];
}
