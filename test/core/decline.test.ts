import { describe, expect, it } from 'vitest';
import { Responder } from '../../src/core/respond.js';
import { ask, realEngine } from '../helpers/engine.js';

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
  "what's the impact factor of Nature this year",
  'Can you summarise last week\'s CRISPR paper in Nature?',
  'what does prof moon do for fun outside the lab',
  'how does resistance work in a series circuit',
  'best hiking trails near Hwasun?',
  'best breathing exercises to improve lung capacity for swimming?',
  'any good stretches for back pain from standing at the lab bench all day',
  'so sourdough just needs warm water and patience, is that the gist?',
  'who is Moon Jae-in',
  'how do fibroblasts close a skin wound?',
  'what are the cure rates for cisplatin in testicular cancer?',
  "what's mTOR's role in lifespan extension with caloric restriction in yeast?",
  "what's the best way to learn Korean quickly",
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
  'the BMC/Springer Nature paper on NSCLC brain mets, what\'s the DOI?',
  'so basically the cancer cells got fertiliser from their surroundings... what is the fertiliser called',
  'so they basically cut the phone lines between the fibroblasts and the cancer? what happened',
  'is IL26 like a hormone or what',
  'my flatmate asked what IL26 is, how would I explain it without jargon',
  'did the Cell lines come from patients?',
  'so the normal cells around tumor are like bodyguard for the cancer, yes?',
  'ngl sounds like the tumor is outsourcing its dirty work to the fibroblasts lol, is that the gist?',
  'who is Kyung-Sub Moon?',
  'Did the press get the signalling pathways right?',
  "Mice don't have an IL-26 gene — how much does that undercut the animal data?",
  "subcutaneous xenograft for a *brain* metastasis paper... isn't that a problem?",
  'can someone post the DOI for the BM-CAF paper',
  'Who is Moon Kyung-Sub',
  'is Prof Moon a neurosurgeon?',
];

describe('questions the claims do not cover are declined', () => {
  it.each(OFF_TOPIC)('%j', (q) => expect(ask(q).answered).toBe(false));
});

describe('questions in members\' own words are answered', () => {
  it.each(ON_TOPIC)('%j', (q) => expect(ask(q).answered).toBe(true));
});

describe('a person described earlier in the conversation is still the subject', () => {
  const say = (responder: Responder, text: string) => responder.respond({ platform: 'cli', conversationId: 'care', text });

  it('declines "what does this paper mean for her?" after a message about a relative\'s illness', () => {
    const responder = new Responder(realEngine());
    expect(say(responder, 'My mom has lung cancer that spread to her brain.').reason).not.toBe('medical');
    expect(say(responder, 'I read about this Korean study on fibroblasts.').reason).not.toBe('medical');
    expect(say(responder, 'so what does this paper mean for her?').reason).toBe('medical');
  });

  it('answers a research follow-up in a conversation that never described anyone', () => {
    const responder = new Responder(realEngine());
    say(responder, 'which drug did they test in the mice?');
    expect(say(responder, 'did it work less well when the helper cells were there?').reason).toBe('answered');
    // "What dose?" leans on the study question before it, not on anyone's care.
    expect(say(responder, 'what dose?').reason).not.toBe('medical');
  });

  it('declines a medical question with no spelling or paper notices beside the decline', () => {
    const answer = ask('should my dad ask his oncologist about an IL26 blocker?');
    expect(answer.reason).toBe('medical');
    expect(answer.notices).toEqual([]);
  });

  it('answers questions about the paper after a medical question, however they are worded', () => {
    const responder = new Responder(realEngine());
    expect(say(responder, 'should my dad ask his oncologist about an IL26 blocker?').reason).toBe('medical');
    expect(say(responder, 'how many patients did they study?').reason).not.toBe('medical');
    expect(say(responder, "what's fractalkine?").reason).not.toBe('medical');
    // Still about him: a care question, short or pointing back.
    expect(say(responder, 'what dose?').reason).toBe('medical');
    expect(say(responder, 'and for him?').reason).toBe('medical');
  });

  it('answers a question about the study put after a relative\'s scan letter was declined (found in a terminal walk)', () => {
    const responder = new Responder(realEngine());
    expect(say(responder, "my dad's scan letter says 2 new lesions, he's on cisplatin. is that the CAFs making him resistant?").reason).toBe('medical');
    expect(say(responder, 'sorry to vent. can you explain what they did in the mice?').reason).toBe('answered');
    // Asked of him again, it is his care.
    expect(say(responder, 'so does it mean he is the resistant type?').reason).toBe('medical');
  });

  it('still declines "what dose?" after a message about a relative\'s illness', () => {
    const responder = new Responder(realEngine());
    say(responder, 'my dad has brain mets from lung cancer and is on cisplatin');
    expect(say(responder, 'what dose?').reason).toBe('medical');
  });
});

describe('yes or no', () => {
  it('says yes only when the finding itself says it, not when a caveat mentions the word', () => {
    expect(ask('does CX3CL1 activate STAT3 in this paper, yes or no').summary).toMatch(/^Yes\b/);
    // The cisplatin finding's caveat names radiation only to say no radiation experiment is reported.
    const radiation = ask('did the paper actually test radiation?');
    expect(radiation.summary).not.toMatch(/^Yes\b/);
    expect(radiation.citations.map((c) => c.claimId)).toContain('bm-caf-il26-2025:open-2');
  });
});

describe('found in a walk through the terminal chat', () => {
  it('answers "does the press get anything wrong?" from the paper a press article covered, after talk of one it did not', () => {
    const responder = new Responder(realEngine());
    const say = (text: string) => responder.respond({ platform: 'cli', conversationId: 'walk', text });
    say('what did the 2017 paper find about IL-6?');
    const press = say('does the press get anything wrong?');
    expect(press.answered).toBe(true);
    expect(press.citations.some((c) => c.evidence === 'press-statement')).toBe(true);
  });

  it('does not add an open question that a caveat in the same limitations answer already says', () => {
    const answer = ask('what are the main limitations here?');
    const sentences = [answer.summary, ...answer.caveats].join(' ');
    expect(sentences.match(/transcription factors/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('asked in passing', () => {
  it('answers a paper named only by its PMC id with its title and DOI', () => {
    const answer = ask("what's PMC5652691?");
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((c) => c.claimId)).toEqual(expect.arrayContaining(['caf-il6-stat3-2017:title', 'caf-il6-stat3-2017:doi']));
  });

  it('keeps the subject of a question that says who the answer is for', () => {
    const answer = ask('Is there something I can tell the group about CX3CL1?');
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/CX3CL1/);
  });
});
