import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/engine.js';

// Written for this test: questions that share words with the claims but ask about something else.
// Known limits, answered today though they should not be: a relation the claims never state between
// words they do use ("does radiation cause cancer?", "is lung cancer caused by smoking?"), compounds
// of common words ("the half-life of cisplatin"), lifespans of lab mice.
const OFF_TOPIC = [
  'how do fibroblasts heal wounds?',
  'does pembrolizumab work for brain mets?',
  'does IL26 cause diabetes?',
  "what's the weather in hwasun in october?",
  'best wireless mouse for gaming?',
  'any tips for culturing mouse embryonic stem cells?',
  'can fibroblasts in skin be boosted with retinol creams?',
  'is vaping worse than smoking for your lungs?',
  'what causes breast cancer in young women?',
  'how much does it cost to publish in experimental hematology & oncology?',
  'what does covid do to lung cells?',
  'how many cells are in the human body?',
  'what is the treatment for glioblastoma?',
  'does metformin slow tumour growth?',
];

// Questions about the papers in their own words: answered, not declined.
const ON_TOPIC = [
  'what do the stromal cells pump out?',
  'are cancer cells more mobile next to these fibroblasts?',
  'was anything shown in living animals?',
  'so are these fibroblast thingies basically the villains?',
  'do the tumour cells get sneakier when the helper cells are around?',
  'what does IL26 switch on?',
  'whats the doi, need it for my slides',
  'how many patients were studied?',
  'did they test radiation therapy?',
  'are they talking about glioma or brain mets?',
];

describe('questions the claims do not cover are declined', () => {
  it.each(OFF_TOPIC)('%j', (q) => expect(ask(q).answered).toBe(false));
});

describe('questions in members\' own words are answered', () => {
  it.each(ON_TOPIC)('%j', (q) => expect(ask(q).answered).toBe(true));
});
