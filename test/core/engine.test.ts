import { describe, expect, it } from 'vitest';
import { Responder } from '../../src/core/respond.js';
import { ask, citedIds, conversation, realEngine, sentences } from '../helpers/engine.js';

/** Declined as not about the papers: no answer, and not mistaken for a question about someone's care. */
function expectNotAboutPapers(question: string): void {
  const answer = ask(question);
  expect(answer.answered).toBe(false);
  expect(answer.reason).not.toBe('medical');
}

describe('answers cite every sentence', () => {
  const questions = [
    'what does IL26 activate?',
    'why do brain metastases resist chemo?',
    'which cells secrete IL26?',
    'what happened in the mouse experiments?',
    'summary',
    'define EMT',
  ];
  it.each(questions)('%s', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    const known = new Set(answer.citations.map((c) => c.n));
    const parts = sentences(answer.summary);
    expect(parts.length).toBeGreaterThan(0);
    for (const sentence of parts) {
      const markers = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(markers.length, `no citation in: ${sentence}`).toBeGreaterThan(0);
      for (const n of markers) expect(known.has(n), `[${n}] is not a citation`).toBe(true);
      expect(new Set(markers).size, `a marker repeated in: ${sentence}`).toBe(markers.length);
    }
    // Numbers run 1..n in order of first use, one per source location.
    const numbers = [...new Set(answer.citations.map((c) => c.n))];
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const locationOf = (c: (typeof answer.citations)[number]) => `${c.paperId}|${c.source.id}|${c.source.locator.replace(/^quoted from (.*?)( \(.*\))?$/, '$1')}`;
    const locations = new Map<number, Set<string>>();
    for (const c of answer.citations) locations.set(c.n, (locations.get(c.n) ?? new Set()).add(locationOf(c)));
    for (const [n, at] of locations) expect([...at], `[${n}] names more than one location`).toHaveLength(1);
    expect(new Set(answer.citations.map(locationOf)).size, 'a location numbered twice').toBe(numbers.length);
  });

  it('writes one marker per location when a sentence rests on several claims read there', () => {
    const answer = ask('should my dad stop his chemo?');
    expect(answer.reason).toBe('medical');
    expect(answer.citations.length).toBeGreaterThan(1);
    for (const sentence of sentences(answer.summary)) {
      const markers = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
      expect(new Set(markers).size, `a marker repeated in: ${sentence}`).toBe(markers.length);
    }
  });

  it('numbers a source location once however many claims it backs, and the markers follow', () => {
    const answer = ask('summary');
    const byN = new Map<number, typeof answer.citations>();
    for (const c of answer.citations) byN.set(c.n, [...(byN.get(c.n) ?? []), c]);
    const shared = [...byN.values()].find((group) => new Set(group.map((c) => c.claimId)).size > 1);
    expect(shared, 'the summary cites two claims at one location').toBeDefined();
    const n = shared![0]!.n;
    // Each claim's sentence carries the shared number, never a number of its own for the same place.
    expect(answer.summary.match(new RegExp(`\\[${n}\\]`, 'g'))!.length).toBeGreaterThan(1);
    expect(answer.summary).not.toMatch(/\[(\d+)\]\[\1\]/);
  });

  it('keeps question answers to five sentences or fewer', () => {
    for (const q of questions.slice(0, 4)) expect(sentences(ask(q).summary).length).toBeLessThanOrEqual(5);
  });

  it('gives each citation a source with title and locator, and the DOI link for the paper', () => {
    const answer = ask('what does IL26 activate?');
    const paper = answer.citations.find((c) => c.source.id === 'paper');
    expect(paper?.source.url).toBe('https://doi.org/10.1186/s40164-025-00713-9');
    const press = answer.citations.find((c) => c.source.id === 'press');
    expect(press?.source.locator).toBe('¶5');
  });
});

describe('retrieval', () => {
  it('answers what IL26 activates with the JAK-STAT3 claim first', () => {
    const answer = ask('what does IL26 activate?');
    expect(citedIds(answer)[0]).toBe('il26-jakstat3');
    expect(answer.summary).toContain('JAK-STAT3');
  });

  it('expands aliases: interleukin 26, fractalkine, helper cells', () => {
    expect(citedIds(ask('what does interleukin 26 switch on?'))).toContain('il26-jakstat3');
    expect(citedIds(ask('fractalkine receptor'))).toContain('cx3cr1-receptor');
    expect(citedIds(ask('what do the helper cells do?'))).toContain('press-helper-cells');
  });

  it.each([
    ['CX3LC1 pathways', 'cx3cl1-both-pathways', 'CX3CL1'],
    ['what does interlukin 26 activate', 'il26-jakstat3', 'IL-26'],
    ['chemoterapy resistance in mice', 'invivo-cisplatin', 'Chemotherapy'],
    ['invasivness of cancer cells', 'bmcaf-invitro-aggressive', 'invasiveness'],
  ])('corrects the typo in %j', (question, claimId, correction) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toContain(claimId);
    expect(answer.notices.join(' ')).toContain(correction);
  });

  it('does not "correct" a real word into a different one', () => {
    const answer = ask('what about the channel IL26');
    expect(answer.notices.join(' ')).not.toContain('changed');
  });

  it('ranks claims matching more of the question first', () => {
    const ids = citedIds(ask('does CX3CL1 activate AKT-mTOR and JAK-STAT3?'));
    expect(ids.slice(0, 2).sort()).toEqual(['cx3cl1-both-pathways', 'press-cx3cl1-akt-only'].sort());
  });

  it('answers a long, wordy question by its distinctive terms', () => {
    const question =
      'I was reading this for our journal club this week and I would really like to understand, in the context of everything that was described, ' +
      'what the role of the fractalkine signal is and which intracellular pathway the press article says it turns on in the tumour cells?';
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toContain('press-cx3cl1-akt-only');
    // "intracellular" is not in any claim: the answer says so instead of pretending.
    expect(answer.notices.join(' ')).toMatch(/say nothing about "intracellular"/);
  });

  it('declines when the uncovered subject outweighs what is covered, answers otherwise', () => {
    expect(ask('does IL26 cause diabetes?').answered).toBe(false);
    expect(ask('does IL26 activate JAK-STAT3 in the hippocampus?').answered).toBe(true);
  });
});

describe('disagreements between sources', () => {
  it('shows both sides of who secretes IL26', () => {
    const answer = ask('which cells secrete IL26?');
    const ids = citedIds(answer);
    expect(ids).toContain('bmcaf-secrete');
    expect(ids).toContain('press-cancer-cells-secrete');
    expect(answer.summary).toMatch(/BM-CAFs/);
    expect(answer.summary).toMatch(/press article.*cancer cells/i);
  });

  it('shows that the press says AKT-mTOR only while the paper says both, and says so once', () => {
    const answer = ask('what does CX3CL1 activate?');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['cx3cl1-both-pathways', 'press-cx3cl1-akt-only']));
    expect(answer.disputed).toBe(true);
    const engine = realEngine();
    const notes = ['cx3cl1-both-pathways', 'press-cx3cl1-akt-only'].map((id) => engine.library.claimById.get(id)!.note!.replace(/\.$/, ''));
    const everything = [answer.summary, ...answer.caveats].join(' ');
    expect(notes.reduce((n, note) => n + everything.split(note).length - 1, 0)).toBe(1);
  });

  it('says radiation was not tested when asked about radiation', () => {
    const answer = ask('did they test radiation therapy?');
    expect(answer.summary).toMatch(/no radiation experiment/i);
  });

  it.each([
    ['the press says the cancer cells secrete IL26, is that right?', 'press-cancer-cells-secrete', 'press-chemo-radiation'],
    ['does the news article get the CX3CL1 pathway right?', 'press-cx3cl1-akt-only', 'press-first-explanation'],
  ])('%j: the disagreement named, not every disagreement', (question, named, other) => {
    const ids = citedIds(ask(question));
    expect(ids).toContain(named);
    expect(ids).not.toContain(other);
  });

  it('still lists every disagreement when none is named', () => {
    expect(citedIds(ask('where do the two sources disagree? quick list for the slide pls'))).toEqual(
      expect.arrayContaining(['press-cancer-cells-secrete', 'press-cx3cl1-akt-only', 'press-chemo-radiation']),
    );
  });

  it('flags the mice-lack-IL-26 caveat next to the press animal claim', () => {
    const answer = ask('did IL26 inhibition work in animal models?');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['press-il26-animal', 'mice-lack-il26']));
  });
});

describe('questions about the paper itself', () => {
  it.each([
    ['who is the first author?', 'first-author', 'Abdus Salam'],
    ['who led the study?', 'team-leads', 'Moon Kyung-Sub'],
    ['which journal was it published in?', 'journal', 'Experimental Hematology & Oncology'],
    ['what is the impact factor?', 'impact-factor', '13.5'],
    ['when was it published?', 'date', 'September 2025'],
    ['what is the DOI?', 'doi', 'https://doi.org/10.1186/s40164-025-00713-9'],
    ['which hospital did this?', 'team-leads', 'Hwasun Chonnam National University Hospital'],
    ['who are the authors?', 'authors', 'Kyung-Sub Moon'],
    // Where the lab is, asked beside a city the record does not name ("Busan").
    ["is it a Busan team? where's the lab based", 'team-leads', 'Hwasun'],
    // In lay words: the name that comes first, the main people behind it.
    ['whose name is listed first on the IL26 paper?', 'first-author', 'Abdus Salam'],
    ['who were the main researchers behind it?', 'team-leads', 'Moon Kyung-Sub'],
  ])('%s', (question, key, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)[0]).toBe(`bm-caf-il26-2025:${key}`);
    expect(answer.summary).toContain(expected);
    expect(answer.citations[0]?.evidence).toBe('bibliographic');
  });

  it('answers which of two papers came first with each one\'s date, and says the volume once', () => {
    const answer = ask('all: which of the two studies is older, and by how many years?');
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:date', 'caf-il6-stat3-2017:date']));
    expect(answer.summary).toMatch(/The 2017 paper is the older one, by 8 years \[\d\]\[\d\]/);
    expect(answer.summary.match(/volume 8/g)).toHaveLength(1);
  });

  it('says the impact factor was reported by the press, citing the paragraph', () => {
    const answer = ask('impact factor');
    expect(answer.summary).toMatch(/reported by the press article/);
    expect(answer.citations[0]?.source.locator).toBe('¶8');
  });
});

describe('declining', () => {
  it.each(["what's the weather in Paris?", 'recipe for sourdough bread', 'who won the football world cup'])('declines off-topic %j', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.summary).toMatch(/don't cover/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  });

  it("declines when the main subject is absent even though IL26 matches (Alzheimer's)", () => {
    const answer = ask("Does IL26 cause Alzheimer's disease?");
    expect(answer.answered).toBe(false);
    expect(answer.summary).toMatch(/alzheimer/i);
    expect(answer.suggestions.some((s) => /IL26|IL-26/.test(s))).toBe(true);
  });

  it('asks for a question when given nothing to search', () => {
    for (const q of ['', '   ', '???', 'the of and']) {
      const answer = ask(q);
      expect(answer.answered).toBe(false);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    }
  });
});

describe('hostile and odd input never throws', () => {
  const inputs = [
    'x'.repeat(10_000),
    'IL26 '.repeat(3000),
    '\u0000\u0001\u0002 IL26 \u001b[31m red',
    '🧬🔬💊 IL26? 🧪',
    '(.*+?[]\\ ){}^$|',
    '<@U0123ABC> <!channel> <!here> what does IL26 activate?',
    '<@&123456789012345678> @everyone **bold** _it_ `code` ~~x~~ > quote',
    '\u202Eevil\u202C IL26',
    'İstanbul ǅ ﬁ ß',
    'a',
  ];
  it.each(inputs.map((s) => [s.slice(0, 40), s]))('%j', (_label, input) => {
    const start = performance.now();
    const answer = ask(input);
    expect(performance.now() - start).toBeLessThan(500);
    expect(typeof answer.summary).toBe('string');
    expect(answer.summary.length).toBeGreaterThan(0);
  });

  it('says when a long question was cut', () => {
    const answer = ask('what does IL26 activate '.repeat(50));
    expect(answer.notices[0]).toMatch(/longer than 500 characters/);
    expect(answer.answered).toBe(true);
  });
});

describe('commands', () => {
  it('summary is the paper TL;DR, cited', () => {
    const answer = ask('summary');
    expect(citedIds(answer)).toEqual(realEngine().library.papers[0]!.data.tldr);
  });

  it('define uses the glossary and shows the term at work in the paper', () => {
    const answer = ask('define fractalkine');
    expect(answer.summary).toMatch(/^CX3CL1: /);
    expect(answer.citations[0]?.claimId).toBe('glossary:cx3cl1');
    expect(answer.citations.length).toBeGreaterThan(1);
  });

  it('answers "what is EMT?" with the definition', () => {
    expect(ask('what is EMT?').citations[0]?.claimId).toBe('glossary:emt');
  });

  it('define of an unknown term declines with glossary suggestions', () => {
    const answer = ask('define unobtainium');
    expect(answer.answered).toBe(false);
    expect(answer.suggestions[0]).toMatch(/^define /);
  });

  it('claims lists ids, filtered by topic', () => {
    const answer = ask('claims cx3cl1');
    expect(answer.summary.split('\n').every((line) => /^[a-z0-9:-]+: /.test(line))).toBe(true);
    expect(citedIds(answer)).toContain('cx3cl1-both-pathways');
    expect(citedIds(answer)).not.toContain('il26-family');
    const all = ask('claims');
    expect(all.notices[0]).toMatch(/Showing 10 of \d+ claims/);
  });

  it('source <n> gives the provenance of citation n of the last answer in that conversation', () => {
    const engine = realEngine();
    const responder = new Responder(engine);
    const first = responder.respond({ platform: 'cli', conversationId: 'room-1', text: 'what does CX3CL1 activate?' });
    const target = first.citations[1]!;
    const detail = responder.respond({ platform: 'cli', conversationId: 'room-1', text: 'source 2' });
    expect(detail.citations[0]?.claimId).toBe(target.claimId);
    expect(detail.summary).toMatch(/Compare:/);
    const elsewhere = responder.respond({ platform: 'cli', conversationId: 'room-2', text: 'source 2' });
    expect(elsewhere.answered).toBe(false);
    expect(elsewhere.summary).toMatch(/no earlier answer/);
  });

  it('source <claim-id> works anywhere and unknown ids are explained', () => {
    expect(ask('source invivo-cisplatin').citations[0]?.claimId).toBe('invivo-cisplatin');
    expect(ask('source no-such-claim').summary).toMatch(/no claim with id "no-such-claim"/);
  });

  it('papers lists the library and help lists the commands', () => {
    expect(ask('papers').summary).toContain('bm-caf-il26-2025');
    expect(ask('help').summary).toMatch(/define <term>/);
  });
});

describe('terms asked about the way people say them', () => {
  it('reads a term heard split in two, and "what\'s that?" as asking for its definition', () => {
    const answer = ask("My lecturer mentioned 'fractal kine' in this study, what's that?");
    expect(citedIds(answer)[0]).toBe('glossary:cx3cl1');
    expect(answer.summary).toMatch(/^CX3CL1: /);
  });

  it('defines a word the glossary holds only inside a longer term by the entry naming it most directly', () => {
    expect(citedIds(ask("what does 'metastasis' actually mean here?"))[0]).toBe('glossary:brain-metastasis');
  });


  it('reads "seed and soil" as the tumour\'s surroundings', () => {
    expect(citedIds(ask("Is this the old 'seed and soil' story — the soil matters as much as the seed?"))).toContain('press-microenvironment');
  });

  it('answers epidemiology asked in a phrase with the background rate, not the paper\'s findings', () => {
    expect(citedIds(ask('roughly how long do people live once lung cancer has spread to the brain'))).toContain('bm-survival');
    // The people asked about stand inside the phrase: "how long do patients with brain mets live?"
    expect(citedIds(ask('how long do patients with brain mets usually live?'))[0]).toBe('bm-survival');
    expect(citedIds(ask('how long do brain met patients survive?'))[0]).toBe('bm-survival');
    // How serious the disease is, in general, is its outlook: background figures, not the paper's findings.
    expect(citedIds(ask('big picture, how bad is it once lung cancer has spread to the brain? not about anyone in particular'))).toContain('setting-poor-prognosis');
    // Cells surviving a drug are a finding, not a life expectancy.
    expect(citedIds(ask('how long did the cancer cells survive cisplatin with the CAFs around?'))).not.toContain('bm-survival');
    const origin = citedIds(ask('is lung cancer the main place brain metastases come from?'));
    expect(origin[0]).toBe('bm-lung-share');
    expect(origin).not.toContain('bmcaf-secrete');
  });

  it('gives the other names of the term just defined when a follow-up asks what else it is called', () => {
    const responder = new Responder(realEngine());
    responder.respond({ platform: 'cli', conversationId: 'names', text: "What's CX3CL1?" });
    const names = responder.respond({ platform: 'cli', conversationId: 'names', text: "what's its nickname again?" });
    expect(names.summary).toMatch(/^CX3CL1 \(also called fractalkine\b/);
    // Without a term before it, no term is guessed and defined.
    const alone = responder.respond({ platform: 'cli', conversationId: 'fresh', text: "what's its nickname again?" });
    expect(alone.summary).not.toMatch(/^\S+ \(also called/);
    expect(citedIds(alone).some((id) => id.startsWith('glossary:'))).toBe(false);
  });
});

describe('follow-ups', () => {
  it('defines a term named on its own after a definition ("what\'s EMT" then "and CSC?")', () => {
    const turn = conversation('terms');
    turn("what's EMT");
    expect(citedIds(turn('and CSC?'))[0]).toBe('glossary:csc');
    // A setting asked after a definition is not a term to define.
    const other = conversation('terms-setting');
    other("what's EMT");
    expect(citedIds(other('what about in mice?'))[0]).not.toBe('glossary:mouse');
  });

  it('answers "which markers would you normally see change?" after "what\'s EMT?" with the definition that names them', () => {
    const turn = conversation('markers');
    turn("what's EMT?");
    const answer = turn('which markers would you normally see change?');
    expect(citedIds(answer)[0]).toBe('glossary:emt');
    expect(answer.summary).toMatch(/vimentin/);
    // Asked without a definition before it, the same words are a question of their own.
    expect(citedIds(conversation('markers-alone')('which markers would you normally see change?'))).not.toContain('glossary:emt');
  });

  it('answers "and what does each of them switch on?" after what the helper cells pump out with each factor\'s pathway', () => {
    const turn = conversation('switch-on');
    turn('what do the helper cells around the tumour pump out?');
    expect(citedIds(turn('and what does each of them switch on?'))).toEqual(['il26-jakstat3', 'cx3cl1-both-pathways']);
  });

  // "and the last author?" is read from the author list; "which numbers are missing?" from what the
  // records lack; "and survival?" after an epidemiology answer stays with the background.
  it.each([
    ['Who was the first author?', 'and the last author?', 'bm-caf-il26-2025:authors'],
    ['What are the limitations of this study?', 'which numbers exactly are missing?', 'paper-not-reported'],
    ['how common are brain mets in NSCLC?', 'and survival once that happens?', 'bm-survival'],
  ])('after %j, answers %j citing %s', (first, next, id) => {
    const turn = conversation(`two-turn:${first}`);
    turn(first);
    expect(citedIds(turn(next))).toContain(id);
  });

  it('declines "is the food good there?" after a question about the hospital', () => {
    const turn = conversation('food');
    turn('which hospital did this study?');
    expect(turn('nice, is the food good there?').answered).toBe(false);
  });

  it('reads "the group\'s earlier study" as the authors\' prior work, not the library\'s older paper', () => {
    const answer = ask("how many patients were in the group's earlier CAF marker study");
    expect(citedIds(answer)[0]).toBe('group-prior-pdgfrb');
    expect(answer.summary).toMatch(/\b68\b/);
    const earlier = conversation('prior-team');
    earlier('How many patients were in the 2025 study?');
    expect(citedIds(earlier('ok, and the earlier PDGFR-beta study from the same team?'))).toContain('group-prior-pdgfrb');
    const turn = conversation('prior');
    turn('did this group publish anything earlier on CAFs in brain mets?');
    expect(turn('how many pts in that one').summary).toMatch(/\b68\b/);
  });
});

describe('what something does', () => {
  it('answers what a pathway does in general with its definition', () => {
    expect(citedIds(ask('what does mTOR do, no jargon please'))[0]).toBe('glossary:akt-mtor');
    expect(citedIds(ask('And the AKT-mTOR route — what does it normally do in a cell?'))[0]).toBe('glossary:akt-mtor');
  });

  it('answers what one factor does with that factor\'s pathways only', () => {
    const cited = citedIds(ask('what does CX3CL1 do?'));
    expect(cited[0]).toBe('cx3cl1-both-pathways');
    expect(cited).not.toContain('il26-jakstat3');
  });
});

describe('where the findings come from', () => {
  it('shows the patient-tissue work when asked "on actual people or all mice and petri dishes?"', () => {
    const answer = ask('Did they try this on actual people or was it all mice and petri dishes?');
    expect(citedIds(answer)).toContain('bmcaf-isolated');
    expect(answer.summary).toMatch(/^Patient tissue:/);
  });
});

describe('each setting asked about', () => {
  it('shows the dish and the mice for "shown in mice, or only in the dish?"', () => {
    const cited = citedIds(ask('Was the cisplatin resistance shown in mice, or only in the dish?'));
    expect(cited).toEqual(expect.arrayContaining(['bmcaf-invitro-resistance', 'invivo-cisplatin']));
  });

  it('shows the patient tissue for "human tumour tissue at all, or all cell lines and mice?"', () => {
    expect(citedIds(ask('did they use human tumour tissue at all, or was it all cell lines and mice?'))[0]).toBe('bmcaf-isolated');
  });
});

describe('a definition asked in a member\'s own way: in their first language, a term in quotes, a term before "explain", through a metaphor, or with nothing but words asking it explained', () => {
  it.each([
    ['o que é JAK-STAT3? explica de forma simples por favor', 'glossary:jak-stat3'],
    ['ano yung CAF? simple lang po', 'glossary:caf'],
    ['¿qué es un fibroblasto asociado al cáncer?', 'glossary:caf'],
    ["cos'è la EMT?", 'glossary:emt'],
    ['EMT kya hota hai? simple words mein samjhao', 'glossary:emt'],
    ['xenograft ne demek? basitçe anlatır mısın?', 'glossary:xenograft'],
    ['CAF là gì vậy?', 'glossary:caf'],
    ['czym jest CX3CL1?', 'glossary:cx3cl1'],
    ["everyone says 'cancer stem cells' - what is that exactly?", 'glossary:csc'],
    ['"xenograft" — does that just mean human tumour in a mouse?', 'glossary:xenograft'],
    ['cisplatin?? explain like im 10', 'glossary:cisplatin'],
    ['fractalkine what even is that, first time seeing it', 'glossary:cx3cl1'],
    // Through a metaphor or for a persona.
    ['is IL26 basically a chemical messenger? like a text message between cells?', 'glossary:il26'],
    ['JAK-STAT3... is that like an on/off switch inside the cell?', 'glossary:jak-stat3'],
    ["EMT — can someone explain like I'm a retired GP who last did cell bio in 1978?", 'glossary:emt'],
    ["'cancer-associated fibroblast' — are those cancer cells too or normal cells gone bad?", 'glossary:caf'],
    ['undergrad here, what even is a cancer-associated fibroblast lol', 'glossary:caf'],
    // One term named, and every other word asks for it explained.
    ['JAK-STAT3 for dummies pls', 'glossary:jak-stat3'],
    ['akt-mtor pathway - explain like im 5 pls', 'glossary:akt-mtor'],
    ["people keep saying 'tumour microenvironment'. meaning?", 'glossary:tme'],
    ['cancer stem cells = what exactly? like actual stem cells?', 'glossary:csc'],
    ['E M T in plain english please', 'glossary:emt'],
    // In scripts written without spaces, the name run into the words that ask.
    ['EMTって何ですか？素人にも分かるようにお願いします', 'glossary:emt'],
    ['CAF是什么？', 'glossary:caf'],
    ['EMT란 뭐예요?', 'glossary:emt'],
  ])('answers %j with the definition', (question, entry) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)[0]).toBe(entry);
  });
});

describe('methods named in the field\'s own words', () => {
  it('reads "differentially expressed" as the RNA-seq comparison, and still declines a software recommendation', () => {
    expect(citedIds(ask('which genes were differentially expressed in the CAFs?'))).toContain('bmcaf-rnaseq');
    expect(ask("what's the best package for differential expression, DESeq2 or edgeR?").answered).toBe(false);
  });
});

describe('what an impact factor measures', () => {
  it('says what the number measures when asked whether 13.5 is good, and not when only the number is asked', () => {
    const asked = ask('journal IF is 13.5, is that high? what does it even measure?');
    expect(citedIds(asked)).toContain('bm-caf-il26-2025:impact-factor');
    expect(asked.caveats.join(' ')).toMatch(/average number of citations/);
    expect(ask("what's the impact factor?").caveats.join(' ')).not.toMatch(/citations/);
  });
});

describe('a summary asked after a word about why one asks', () => {
  it('gives the main findings for "my aunt has lung cancer … in plain words what did the study find?", not press lines on her disease', () => {
    const ids = citedIds(ask("my aunt has lung cancer that spread to her brain, which is why I'm here. in plain words what did the study find?"));
    expect(ids).toEqual(expect.arrayContaining(['conclusion-target', 'invivo-cisplatin']));
    expect(ids).not.toContain('press-chemo-radiation');
  });
});

describe('the findings of one setting', () => {
  it('answers "what did they find in vivo?" and "what happened when … into mice?" with the animal findings, not the paper\'s summary', () => {
    for (const q of ['what did they find in vivo?', 'so they put the cancer cells and the CAFs into mice together, what happened?']) {
      const ids = citedIds(ask(q));
      expect(ids).toEqual(expect.arrayContaining(['invivo-coinjection-growth', 'invivo-cisplatin']));
      expect(ids).not.toContain('bmcaf-invitro-aggressive');
    }
    const inVitro = citedIds(ask('summary of the in vitro results pls'));
    expect(inVitro).toContain('bmcaf-invitro-aggressive');
    expect(inVitro).not.toContain('invivo-cisplatin');
  });
});

describe('a method detail the findings never give', () => {
  it('says the paper\'s findings name no markers when asked which ones identified its CAFs, and what its background holds', () => {
    const answer = ask('which markers did the authors use to define their CAFs? a-SMA? FAP?');
    expect(answer.summary).toMatch(/do not mention which markers/);
    expect(citedIds(answer)).toContain('group-prior-pdgfrb');
    // A paper whose findings do name its markers answers from them.
    expect(citedIds(ask('what markers did they use in the 2017 Oncotarget paper?'))).toContain('il6-fibroblasts-caf-markers');
  });
});

describe('a question written partly in another language', () => {
  it('sets that language\'s words aside beside a term of the paper, and only there', () => {
    // Another language's words are not subjects the claims lack.
    expect(citedIds(ask('qual o DOI do artigo? quero mandar pro grupo'))).toEqual(['bm-caf-il26-2025:doi']);
    expect(citedIds(ask('a notícia diz que são as células tumorais que secretam IL26. o paper concorda com isso?'))).toContain('bmcaf-secrete');
    // With no term of the paper, the words are what it asks about: declined.
    expect(ask('có ai biết chỗ mua pipette tips giá rẻ ở Hà Nội không?').answered).toBe(false);
    // An English question full of rare words is still English: declined for what the claims lack.
    expect(ask('is it true rapamycin extends lifespan in mice?').answered).toBe(false);
  });
});

describe('a choice answered by a definition', () => {
  it('answers "was the xenograft intracranial or subcutaneous?" with the definition that names the model', () => {
    expect(citedIds(ask('was the xenograft intracranial or subcutaneous?'))).toContain('glossary:xenograft');
  });

  it('answers a choice whose other side the claims never name ("subcutaneous or intracranial?") instead of declining it', () => {
    expect(ask('Mouse model: subcutaneous or intracranial?').answered).toBe(true);
  });

  it('answers "subcutaneous or in the brain?" after the animal experiment with the definition that names the model', () => {
    const turn = conversation('model-site');
    turn('what did the in vivo experiment show?');
    expect(citedIds(turn('subcutaneous or in the brain?'))).toContain('glossary:xenograft');
  });
});

describe('the journal\'s standing', () => {
  it('answers "IF 13.5 so it must be solid?" with the evidence behind the findings, not the impact factor alone', () => {
    const cited = citedIds(ask('IF 13.5 so it must be solid? (half joking)'));
    expect(cited).toContain('bm-caf-il26-2025:impact-factor');
    expect(cited.some((id) => ['bmcaf-isolated', 'bmcaf-invitro-aggressive', 'invivo-coinjection-growth'].includes(id))).toBe(true);
  });
});

describe('what the sources leave open', () => {
  it('answers "which transcription factors went up?" with the open question that says so, once', () => {
    const answer = ask('which EMT transcription factors went up exactly? snail, twist, zeb?');
    expect(citedIds(answer)).toContain('bm-caf-il26-2025:open-1');
    expect(answer.summary.match(/transcription factors/gi)?.length).toBe(1);
  });

  it('answers "which cell lines did they use for the co-culture work?" with what the sources lack', () => {
    expect(citedIds(ask('Which NSCLC cell lines did they use for the co-culture work?'))[0]).toBe('paper-not-reported');
  });

  it('reads the last sentence as the question when a statement comes first', () => {
    expect(citedIds(ask('The press says this explains why both chemo and radiation fail. Did the paper test radiation at all?'))).toContain('bm-caf-il26-2025:open-2');
  });

  it('adds the open question on radiation to "any radiation experiments at all, or only chemo?"', () => {
    expect(citedIds(ask('did they do any radiation experiments at all or only chemo'))).toContain('bm-caf-il26-2025:open-2');
  });
});

describe('a summary asked for someone', () => {
  it('answers "what did the study show?" after a preamble about who it is for with the paper\'s summary', () => {
    const answer = ask('My patient group wants a 3-sentence summary they can read. What did the study show?');
    expect(answer.reason).toBe('answered');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['il26-jakstat3', 'cx3cl1-both-pathways']));
  });
});

describe('two papers compared', () => {
  it('answers "what do they have in common?" after one question per paper with both papers, each under its title', () => {
    const turn = conversation('pair');
    turn('what did the 2025 paper find');
    turn('and the 2017 one?');
    const answer = turn('what do they have in common');
    const cited = citedIds(answer);
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    expect(cited.some((id) => id.startsWith('il6-'))).toBe(true);
    expect(cited.some((id) => !id.includes(':') && !id.startsWith('il6-'))).toBe(true);
    expect(cited).not.toContain('bm-lung-share');
  });

  it('reads "both papers have STAT3 — what\'s the difference between them?" as comparing the papers, not the press with the paper', () => {
    const cited = citedIds(ask("both papers have STAT3 in them — what's the difference between them?"));
    expect(cited.some((id) => id.startsWith('il6-'))).toBe(true);
    expect(cited).toContain('il26-jakstat3');
  });

  it('answers "both papers end up at STAT3 — what\'s the common thread?" from both papers, not from a word "common"', () => {
    const cited = citedIds(ask("Both papers end up at STAT3 — what's the common thread?"));
    expect(cited.some((id) => id.startsWith('il6-'))).toBe(true);
    expect(cited).not.toContain('bm-lung-share');
  });

  it('answers "how does the 2025 paper differ from the 2017 one?" with each paper\'s title and conclusion, not a word "differ"', () => {
    const cited = citedIds(ask('how does the 2025 paper differ from the 2017 one?'));
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'conclusion-target', 'caf-il6-stat3-2017:title', 'il6-conclusion']));
  });

  it('compares the papers on a subject both hold ("both papers say cafs drive EMT... same mechanism or different?"), each with its own finding', () => {
    const cited = citedIds(ask('both papers say cafs drive EMT... same mechanism or different?'));
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title', 'bmcaf-emt-csc', 'il6-conclusion']));
  });

  it('describes the paper named as "the 2025 brain met one" without taking its words as the subject', () => {
    const cited = citedIds(ask('how is the 2017 study different from the 2025 brain met one?'));
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title', 'il6-conclusion']));
  });
});

describe('questions in members\' own words', () => {
  it('answers how long people live and how often lung cancer reaches the brain with the figures, not the lung-cancer findings', () => {
    expect(citedIds(ask('how long do people typically live once lung cancer has reached the brain? just the general picture'))[0]).toBe('bm-survival');
    // Spread to the brain from lung cancer, not the share of brain metastases that come from the lung.
    expect(citedIds(ask('how often does lung cancer end up spreading to the brain?'))[0]).toBe('bm-frequency');
  });

  it('answers "did they test this on real people or only in the lab?" with each setting the paper used', () => {
    const cited = citedIds(ask('did they test this on real people or only in the lab?'));
    expect(cited.some((id) => id.startsWith('invivo-'))).toBe(true);
    expect(cited.some((id) => id.startsWith('bmcaf-invitro'))).toBe(true);
  });

  it('reads "does the cancer get weaker if you block the two signals?" as asking what blocking did', () => {
    const answer = ask('so if you block those two signals does the cancer get weaker? what did they show');
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)[0]).toBe('blocking-antibodies-reverse');
  });

  it('answers "is there a pill or medicine for this yet?" as a question of clinical readiness, not a definition', () => {
    const answer = ask('is there a pill or medicine for this yet?');
    expect(answer.reason).toBe('answered');
    expect(answer.summary).toMatch(/preclinical/);
    expect(citedIds(answer)).toContain('conclusion-target');
    expect(citedIds(answer)).not.toContain('glossary:cisplatin');
  });

  it('answers "is this a korean study?" with where the team works, and declines learning Korean', () => {
    expect(citedIds(ask('is this a korean study?'))).toContain('bm-caf-il26-2025:team-leads');
    expect(ask("what's the best way to learn Korean quickly").answered).toBe(false);
  });

  it('declines a survival figure asked of another disease instead of saying the paper gives none', () => {
    const answer = ask("what's the survival rate for glioblastoma?");
    expect(answer.answered).toBe(false);
    expect(answer.summary).toMatch(/glioblastoma/);
    // A detail the paper lacks, asked with a name it offers, is still answered as missing.
    expect(citedIds(ask('which cell lines, A549?'))).toContain('paper-not-reported');
  });

  it('answers whether the 2017 paper tested a treatment with its open question on treatment response, from either channel', () => {
    for (const channel of ['bm-caf-il26-2025', 'caf-il6-stat3-2017']) {
      const turn = conversation(`oncotarget-${channel}`);
      turn(`use ${channel}`);
      const answer = turn('did the oncotarget paper test radiation?');
      expect(answer.reason, channel).toBe('answered');
      expect(citedIds(answer), channel).toContain('caf-il6-stat3-2017:open-1');
    }
    const resistance = ask('did the 2017 paper look at drug resistance?');
    expect(citedIds(resistance)).toContain('caf-il6-stat3-2017:open-1');
    // The words around the subject ("look at") are not listed as what the paper never mentions.
    expect(resistance.summary).not.toMatch(/mention look/);
  });

  it('answers "did the press overhype the radiation angle?" with the disagreement and the paper\'s open question on radiation', () => {
    const answer = ask('did the press overhype the radiation resistance angle? as a rad onc this is the bit i care about');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['press-chemo-radiation', 'bm-caf-il26-2025:open-2']));
    expect(answer.notices.join(' ')).not.toMatch(/overhype/);
    // The term stands inside what the press is said to say, the words that make it a press question.
    expect(citedIds(ask('the press says chemo AND radiation resistance. is radiation really covered by the paper?'))).toContain('bm-caf-il26-2025:open-2');
  });
});

describe('members\' wording, second round', () => {
  it('declines "where do I park at Hwasun hospital?" though an author is called Park, and still answers about her', () => {
    expect(ask('anyone know where to park at Hwasun hospital? visiting next month').answered).toBe(false);
    expect(ask('who is Sue Jee Park?').summary).toMatch(/Sue Jee Park/);
  });

  it('declines questions about keeping mice, or skin serums, that share a word with the paper, and still answers about its mice', () => {
    expect(ask('do lab mice actually like cheese?').answered).toBe(false);
    expect(ask('mice keep getting into our kitchen, best trap?').answered).toBe(false);
    expect(ask('any good anti-ageing serums with growth factors?').answered).toBe(false);
    expect(ask('were the mice given cisplatin?').answered).toBe(true);
  });

  it('declines a cell-culture protocol request about the asker\'s own cells', () => {
    expect(ask('best media for culturing dermal fibroblasts? mine keep senescing at p8').answered).toBe(false);
  });

  it('compares the papers when each is named by its molecule ("the IL-6 one" and "the IL26 one")', () => {
    const cited = citedIds(ask('how does the IL-6 one compare to the IL26 one'));
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    // STAT3, which both papers work with, is what they are compared on, not a paper's name.
    expect(citedIds(ask('Both papers talk about STAT3. What\'s different between them?'))).toContain('il26-jakstat3');
  });

  it('answers "what did they find" with the summary whatever asides come with it', () => {
    const answer = ask("in plain language what did they actually find. no jargon pls, I'm the policy intern");
    expect(answer.reason).toBe('answered');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['il26-jakstat3', 'cx3cl1-both-pathways']));
  });

  it('does not read "keeping the tumour car running" as asking who runs the study', () => {
    expect(citedIds(ask('so the fibroblasts are like a pit crew keeping the tumour car running?'))).not.toContain('bm-caf-il26-2025:title');
  });

  it('answers "link?" after "what\'s this week\'s paper about?" with the DOI, and "and the senior ones?" after the first author with the team leads', () => {
    const turn = conversation('link');
    turn("what's this week's paper about?");
    expect(citedIds(turn('link?'))).toContain('bm-caf-il26-2025:doi');
    const authors = conversation('senior');
    authors("who's the first author?");
    expect(citedIds(authors('and the senior ones?'))).toContain('bm-caf-il26-2025:team-leads');
  });

  it('defines a term asked as "X in plain english? …" or "X = the seeds that …?"', () => {
    expect(citedIds(ask('EMT in plain english? the cancer cells turn into... what exactly'))[0]).toBe('glossary:emt');
    expect(citedIds(ask('cancer stem cells = the seeds that let a tumour grow back after treatment? is that the idea'))[0]).toBe('glossary:csc');
  });

  it('answers "done in people or just lab stuff?" with each setting, mice included', () => {
    const cited = citedIds(ask('was this done in people or just lab stuff? simple answer for my briefing'));
    expect(cited.some((id) => id.startsWith('invivo-'))).toBe(true);
  });

  it('answers whether the paper has radiotherapy data with its open question on radiation', () => {
    const cited = citedIds(ask('medical physicist here: is there anything on radiotherapy dose-response or radiosensitivity in this paper?'));
    expect(cited).toContain('bm-caf-il26-2025:open-2');
  });

  it('answers "has IL-26 been linked to cisplatin resistance elsewhere?" with the earlier work', () => {
    expect(citedIds(ask('has IL-26 been linked to cisplatin resistance elsewhere?'))[0]).toBe('il26-gastric-cisplatin');
  });
});

describe('members\' wording, third round', () => {
  it('answers "summarize the 2025 paper" with the paper\'s summary, and declines summarising a film', () => {
    const answer = ask('summarize the 2025 paper');
    expect(answer.reason).toBe('answered');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['il26-jakstat3', 'cx3cl1-both-pathways']));
    expect(ask('@bot can you summarise the latest Marvel film').answered).toBe(false);
  });

  it('names the paper first when asked which of the two has a finding', () => {
    expect(citedIds(ask('which of our two papers has the cisplatin experiment in mice?'))[0]).toBe('bm-caf-il26-2025:title');
  });

  it('starts a judgement of the model with what the model was ("flank xenograft … is that a problem?")', () => {
    for (const q of ['flank xenograft for a BRAIN metastasis study - is that a problem?', 'is a subcutaneous xenograft really a good model for brain mets?']) {
      expect(citedIds(ask(q))[0], q).toBe('glossary:xenograft');
    }
    expect(citedIds(ask('were the xenograft tumours in the flank or actually in the brain?'))).toContain('glossary:xenograft');
    // A judgement of a finding about a molecule does not open with a definition.
    expect(citedIds(ask('how solid is the IL26 result?'))[0]).not.toMatch(/^glossary:/);
  });

  it('answers "did the paper itself test radiation resistance?" with the open question on radiation', () => {
    expect(citedIds(ask('did the paper itself actually test radiation resistance? yes or no'))).toContain('bm-caf-il26-2025:open-2');
  });

  it('defines a term asked "ELI5", "X = ? in plain english" or "is X basically an on/off switch? explain like I\'m 12"', () => {
    expect(citedIds(ask('ELI5 what a cancer-associated fibroblast is? nursing school was a long time ago lol'))[0]).toBe('glossary:caf');
    expect(citedIds(ask('xenograft = ? in plain english pls'))[0]).toBe('glossary:xenograft');
    const likened = citedIds(ask("is JAK-STAT3 basically an on/off switch inside the cell? explain like I'm 12"));
    expect(likened[0]).toBe('glossary:jak-stat3');
    // The likeness ("on/off switch") is not a second term to define.
    expect(likened).not.toContain('glossary:neutralizing-antibody');
    expect(ask('is stat3 a good drug target for covid cytokine storm').answered).toBe(false);
  });

  it('reads "the news article calls CAFs \'helper cells\' - is that fair?" as a question about the press', () => {
    expect(citedIds(ask("the news article calls CAFs 'helper cells' - is that a fair way to describe them?"))[0]).toBe('press-helper-cells');
  });

  it('answers "what would you need to see before calling IL26 a drug target?" with what the sources leave open', () => {
    expect(citedIds(ask('what would you need to see before calling IL26 a real drug target?')).some((id) => id.includes(':open-'))).toBe(true);
  });
});

describe('members\' wording, fourth round', () => {
  it('reads "the press keeps saying X. does the paper support that?" as a press question about X, with the open question on it', () => {
    const cited = citedIds(ask('press release keeps saying radiation resistance. does the paper support that at all?'));
    expect(cited).toEqual(expect.arrayContaining(['press-chemo-radiation', 'bm-caf-il26-2025:open-2']));
  });

  it('puts the impact factor first when asked how much it says about trusting the paper', () => {
    const answer = ask('does IF 13.5 tell us anything about how much to trust this? asking as the sceptic in the room');
    expect(citedIds(answer)[0]).toBe('bm-caf-il26-2025:impact-factor');
  });

  it('reads "am I the only one bothered by that" and "why does that matter" as questions about limitations', () => {
    expect(citedIds(ask('subcutaneous xenograft for a paper about brain mets… am I the only one bothered by that'))[0]).toBe('glossary:xenograft');
    const turn = conversation('model-matter');
    turn('what animal model did they use?');
    expect(citedIds(turn('why does that matter for a brain met question'))).toContain('glossary:xenograft');
  });

  it('says "yes" to "yes or no: any mouse data?" when the paper has animal findings', () => {
    const turn = conversation('mouse-data');
    turn('use caf-il6-stat3-2017');
    const answer = turn('yes or no: any mouse data?');
    expect(answer.summary).toMatch(/^Yes/);
    expect(citedIds(answer)).toContain('il6-mmp2-vegf');
  });

  it('answers "did the 2017 study look at drug resistance?" with a plain no', () => {
    expect(ask('did the 2017 study look at drug resistance at all').summary).toMatch(/^No: the claims of .+ do not mention/);
  });
});

describe('members\' wording, fifth round', () => {
  it('answers "what did this study find, the simple version" from a patient, and "a metaphor for the whole story", with the summary', () => {
    for (const q of ["I'm a patient, not a scientist. what did this study actually find, the simple version please", 'can you give me a metaphor for the whole story? my nan keeps asking what our club is reading']) {
      expect(citedIds(ask(q)), q).toEqual(expect.arrayContaining(['il26-jakstat3', 'conclusion-target']));
    }
  });

  it('reads "the new brain mets paper" as the paper the channel reads when it is the newest, and compares it with the 2017 one', () => {
    const cited = citedIds(ask('how do the 2017 IL-6 paper and the new brain mets paper relate to each other?'));
    expect(cited).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
  });

  it('answers a question about sample size and replicates with what the records lack, not with novelty', () => {
    expect(citedIds(ask("biostat hat on: anything about sample size, power, replicates? or just 'markedly increased'"))[0]).toBe('paper-not-reported');
  });

  it('answers "when was it published? the article says September 2025, is that right?" from the record', () => {
    expect(citedIds(ask('When exactly was it published? The article says the September 2025 issue - is that right?'))).toEqual(['bm-caf-il26-2025:date']);
  });

  it('answers "and what was the comparison group?" after a summary of the dish experiments with the comparison', () => {
    const turn = conversation('comparison');
    turn('what did they find in the dish experiments?');
    expect(citedIds(turn('and what was the comparison group for that'))[0]).toBe('bmcaf-isolated');
  });
});

describe('members\' wording, sixth round', () => {
  it('declines questions about other things: dogs on rapamycin, R code, conda', () => {
    for (const q of ['does rapamycin make dogs live longer? saw something about the dog aging project', 'help me write R code for a volcano plot of my own RNA-seq data', "what's the difference between a conda environment and a venv"]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });

  it('reads "switching on" as activating, not as the "switch off" of blocking', () => {
    expect(citedIds(ask('Can someone confirm what signalling pathway IL26 is switching on in the cancer cells? Writing the slide now'))[0]).toBe('il26-jakstat3');
  });

  it('answers questions ending in a tag ("… pathology right?") or naming a conclusion to check', () => {
    expect(citedIds(ask('who are the senior PIs on this one? neurosurgery + pathology right?'))).toContain('bm-caf-il26-2025:team-leads');
    expect(citedIds(ask('What is their final conclusion, that IL26/CX3CL1 is a therapeutic target?'))).toContain('conclusion-target');
  });

  it('defines terms asked "can someone ELI5 X", "X is the same as Y?", "what does mean X"', () => {
    expect(citedIds(ask("can someone ELI5 JAK-STAT3, I'm from the ML side"))[0]).toBe('glossary:jak-stat3');
    expect(citedIds(ask('fractalkine is the same as CX3CL1? what is it for normally'))[0]).toBe('glossary:cx3cl1');
    expect(citedIds(ask('what does mean xenograft'))[0]).toBe('glossary:xenograft');
  });

  it('reads "isn\'t that kind of a problem?" as limitations and "the news article and the paper don\'t match" as the press', () => {
    expect(citedIds(ask("they used a subcutaneous model for BRAIN metastasis... isn't that kind of a problem?"))[0]).toBe('glossary:xenograft');
    expect(citedIds(ask("are there other places where the news article and the paper don't match? list them")).filter((id) => id.startsWith('press-')).length).toBeGreaterThan(1);
  });

  it('answers "could a trial be designed off this yet?" as clinical readiness, not by defining "drug"', () => {
    const answer = ask("could a trial be designed off this yet? what's the drug, what's the population");
    expect(answer.summary).toMatch(/preclinical/);
    expect(citedIds(answer)).not.toContain('glossary:cisplatin');
  });

  it('compares with "the one we\'re reading" and, after the 2017 paper, with "ours"', () => {
    expect(citedIds(ask("how does the Wang 2017 paper relate to the one we're reading?"))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    const turn = conversation('ours');
    turn("what's the 2017 oncotarget paper about?");
    expect(citedIds(turn("how's that different from ours"))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
  });

  it('gives a reference line for "format it as a citation", cited to the record, and declines how to cite in general', () => {
    const turn = conversation('reference');
    turn("what's the title");
    const answer = turn('format it as a citation for me pls, Vancouver style');
    expect(answer.summary).toMatch(/Abdus Salam.*; Brain metastasis-associated .*; Experimental Hematology & Oncology; 2025; doi:10\.1186\/s40164-025-00713-9/);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:authors', 'bm-caf-il26-2025:doi']));
    expect(answer.caveats.join(' ')).toMatch(/check it against the journal/);
    expect(ask('how do I cite a paper in APA 7 format?').answered).toBe(false);
    expect(ask('Zotero keeps choking on the link so could somebody just paste the DOI for the 2025 fibroblast paper').summary).not.toMatch(/reference for it/);
  });
});

describe('earlier work a claim cites', () => {
  it('answers "the same group\'s J Cancer 2023 paper" and "the PLoS One 2013 paper they cite" from the claims citing it', () => {
    expect(citedIds(ask("what did the same group's J Cancer 2023 paper find?"))).toEqual(['group-prior-pdgfrb']);
    expect(citedIds(ask("what's in the PLoS One 2013 paper they cite?"))).toEqual(['il26-gastric-cisplatin']);
    // The library's own 2017 paper, named as a precedent, is compared as a paper, not answered from one claim.
    expect(citedIds(ask('@bot how does this paper build on the 2017 Oncotarget precedent?')).some((id) => !id.startsWith('il6-'))).toBe(true);
  });

  it('says plainly that no reference list is stored when asked whether one paper cites the other, with what each concluded', () => {
    const answer = ask('did the IL26 paper reference the 2017 Oncotarget study at all?');
    expect(answer.answered).toBe(true);
    expect(answer.notices.join(' ')).toMatch(/don't record .*reference list/);
    expect(answer.notices.join(' ')).not.toMatch(/the paper your question names/);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['conclusion-target', 'il6-conclusion']));
  });

  it('says an earlier work a claim rests on is not one of the papers here, when asked whether it is', () => {
    const answer = ask('do you have the PLoS One 2013 gastric cancer paper in your library?');
    expect(answer.notices.join(' ')).toMatch(/is not one of the papers here/);
    expect(citedIds(answer)).toEqual(['il26-gastric-cisplatin']);
    expect(ask("what's in the PLoS One 2013 paper they cite?").notices.join(' ')).not.toMatch(/not one of the papers/);
  });

  it('hears "how new is…" and "is … actually new" as asking about novelty: the earlier work on the subject is cited', () => {
    expect(citedIds(ask("how new is the IL26 chemo-resistance idea, given what's already been published?"))).toContain('il26-gastric-cisplatin');
    expect(citedIds(ask('is the fibroblast-IL26 story actually new?'))).toContain('il26-gastric-cisplatin');
    expect(ask('how new is any of this really?').answered).toBe(true);
  });

  it('answers "what did the same group publish before?" and then "how many patients were in that one?"', () => {
    const turn = conversation('own-prior');
    expect(citedIds(turn('What did the same group publish before this paper?'))).toEqual(['group-prior-pdgfrb']);
    expect(turn('How many patients were in that one?').summary).toMatch(/68 patients/);
    // "The group" deciding something is not their earlier work.
    expect(citedIds(ask('Chair: if you had to flag one caveat to the group before we vote, what would it be?'))).not.toContain('group-prior-pdgfrb');
  });
});

describe('members\' wording, seventh round', () => {
  it('answers "was the Wang paper in brain mets too, or lung cancer generally?" with what it did not and did study', () => {
    const answer = ask('the Wang et al paper — was that in brain mets too or just lung cancer cells generally?');
    expect(answer.summary).toMatch(/^No: the claims of .+ do not mention brain metastasis/);
    expect(citedIds(answer)).toContain('il6-fibroblasts-caf-markers');
  });

  it('compares the 2017 paper with "the brain met one" (the paper read), keeping a molecule named with it as the subject', () => {
    expect(citedIds(ask('how does the 2017 IL-6 paper relate to the brain met one, if at all'))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    expect(citedIds(ask('statistician here: how does the 2017 IL-6 finding line up with the 2025 IL26 one in terms of pathway?'))).toContain('il26-jakstat3');
  });

  it('after a medical question, "not for him, just in general" asks about the research again', () => {
    const turn = conversation('in-general');
    expect(turn('my husband has brain mets from lung cancer, should he get IL26 testing?').reason).toBe('medical');
    const general = turn('ok not for him then, just in general — is anyone testing IL26 drugs in people yet?');
    expect(general.answered).toBe(true);
    expect(general.summary).toMatch(/preclinical/);
  });

  it('declines lab-supply and grad-school questions', () => {
    expect(ask('anyone have a good fibroblast growth medium recommendation? our 3T3s keep dying after passage 10').answered).toBe(false);
    expect(ask('is Chonnam National University good for a CS grad program?').answered).toBe(false);
  });

  it('defines a term asked "dumb question but what is X", "explain X to 15 year olds", "X is a Y right?"', () => {
    expect(citedIds(ask('ok dumb question but what is a fibroblast'))[0]).toBe('glossary:caf');
    expect(citedIds(ask('how would you explain EMT to 15 year olds? want to use this paper in class'))[0]).toBe('glossary:emt');
    expect(citedIds(ask('cisplatin is a chemo right? what kind'))[0]).toBe('glossary:cisplatin');
  });

  it('reads "PR embellishment" as a question about the press and "the whole story of this paper" as a summary', () => {
    expect(citedIds(ask('the article says radiation resistance. does the paper actually show that or is that PR embellishment'))).toContain('press-chemo-radiation');
    expect(citedIds(ask('can u give me the whole story of this paper in like 3 sentences for someone w no bio background'))).toContain('conclusion-target');
  });
});

describe('members\' wording, eighth round', () => {
  it('answers "any human outcome data at all or is it all cells + mice?" as clinical readiness', () => {
    const answer = ask('is there any human outcome data at all or is it all cells + mice');
    expect(answer.summary).toMatch(/preclinical/);
    expect(citedIds(answer)).toContain('paper-not-reported');
  });
});

describe('notices belong to the question asked', () => {
  it('does not repeat an earlier turn\'s spelling correction under the next question', () => {
    const turn = conversation('typo-carried');
    turn('my dad has brain mets, should he ask for an IL26 blocker?');
    expect(turn('is the press article accurate?').notices.join(' ')).not.toMatch(/blocker/);
    // A typo in the question itself is still read back.
    expect(ask('what does IL26 activte?').notices.join(' ')).toMatch(/activte/);
  });
});

describe('members\' wording, ninth round', () => {
  it('reads a misspelt judgement word ("limitaitons", "weeknesses") as the judgement asked for', () => {
    for (const q of ['what are the biggest limitaitons of this study', 'any weeknesses?']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(citedIds(answer), q).toContain('paper-not-reported');
    }
  });

  it('answers strengths, robustness and "does this change how we manage brain mets" as judgements, not declines', () => {
    expect(ask('what are the strengths of the study, to be fair to them').answered).toBe(true);
    expect(ask('can we even judge robustness if sample sizes arent reported?').answered).toBe(true);
    expect(ask('neurosurg perspective - does any of this change how we manage brain mets today?').summary).toMatch(/preclinical/);
  });

  it('gives the DOI asked "for the reference manager" without the author list, and both lines of "which journal … and what IF"', () => {
    expect(citedIds(ask('doi for the reference manager?'))).toEqual(['bm-caf-il26-2025:doi']);
    expect(citedIds(ask('doi for the reference list?'))).toEqual(['bm-caf-il26-2025:doi']);
    expect(citedIds(ask('which journal did this end up in again + what IF are they quoting'))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:journal', 'bm-caf-il26-2025:impact-factor']));
    // A record word near a purpose phrase is not enough: the author list is asked for here.
    const turn = conversation('last-author');
    turn("who's the first author");
    expect(turn("and who's last in the author list?").summary).toMatch(/Moon/);
  });

  it('answers "in the brain of the mice or under the skin?" with the xenograft definition, not one that merely says "mice"', () => {
    const ids = citedIds(ask('did they put the cells in the brain of the mice or under the skin'));
    expect(ids).toContain('glossary:xenograft');
    expect(ids).not.toContain('glossary:il26');
  });

  it('defines terms asked "dumb q but what even is", "X - are those like…", "what does X stand for", "X in simple terms, I\'m the stats guy"', () => {
    expect(citedIds(ask('ok dumb q but what even is a fibroblast'))[0]).toBe('glossary:caf');
    expect(citedIds(ask('cancer stem cells - are those like actual stem cells? sounds scary'))[0]).toBe('glossary:csc');
    const nsclc = ask('what does nsclc stand for and is there another kind');
    expect(citedIds(nsclc)[0]).toBe('glossary:nsclc');
    expect(nsclc.summary).not.toMatch(/also called NSCLC/);
    expect(citedIds(ask("whats jak-stat3 in simple terms, I'm the stats guy not the bio guy"))[0]).toBe('glossary:jak-stat3');
    // "the stats" asked for is still a question about numbers.
    expect(citedIds(ask('what are the stats on the mouse experiment?'))).toContain('paper-not-reported');
  });

  it('answers "did this group publish on CAFs in brain mets before?" from their earlier work, and "how many patients in that one" after it', () => {
    const turn = conversation('prior-on-topic');
    expect(citedIds(turn('did this group publish on CAFs in brain mets before?'))).toEqual(['group-prior-pdgfrb']);
    expect(turn('how many patients in that one').summary).toMatch(/\b68\b/);
  });

  it('answers survival asked "generally … not asking about anyone specific" from the background figures', () => {
    const answer = ask('generally how long do people live once lung cancer reaches the brain? not asking about anyone specific, just for context');
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toContain('bm-survival');
  });

  it('answers "is that a good one?" after the journal with the impact factor', () => {
    const turn = conversation('journal-standing');
    turn('what journal is it in');
    expect(citedIds(turn('is that a good one?'))).toEqual(['bm-caf-il26-2025:impact-factor']);
    // "a good one" said of the model is not about the journal.
    expect(citedIds(ask('is the mouse model a good one?'))).not.toContain('bm-caf-il26-2025:impact-factor');
  });

  it('answers "same lab as the new one?" after the 2017 paper with who led each paper', () => {
    const turn = conversation('same-lab');
    turn('whats the 2017 oncotarget paper about');
    const answer = turn('same lab as the new one?');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:team-leads', 'caf-il6-stat3-2017:team-leads']));
    expect(answer.summary).toMatch(/Tianjin/);
    expect(answer.notices.join(' ')).not.toMatch(/Answered from/);
  });

  it('reads who is asking ("surgeon here", "trials coordinator q:", "as the radiotherapy person") and how ("plain terms please") as asides', () => {
    expect(citedIds(ask('gimme the take home message in one line, surgeon here, 5 min between cases'))).toEqual(['conclusion-target']);
    expect(ask('trials coordinator q: is there anything here you could build a trial around yet, e.g. a biomarker?').summary).toMatch(/preclinical/);
    expect(citedIds(ask("what's the impact factor the news article keeps bragging about"))).toContain('bm-caf-il26-2025:impact-factor');
    // "here" after a subject is not an aside: the DOI is still what is asked.
    expect(citedIds(ask('can someone drop the DOI here, need it for the ref list'))).toEqual(['bm-caf-il26-2025:doi']);
  });

  it('defines a pathway asked "what does that actually mean" and does not define a term for "what does that mean for the conclusions"', () => {
    expect(citedIds(ask('signalling pathway, like JAK-STAT3 - what does that actually mean, plain terms please'))[0]).toBe('glossary:jak-stat3');
    expect(citedIds(ask('what pathway does IL26 switch on, in plain english?'))).toEqual(['il26-jakstat3']);
    const implication = ask('isnt a subcutaneous model kind of weird for a brain metastasis study? what does that mean for the conclusions');
    expect(citedIds(implication)).not.toContain('glossary:brain-metastasis');
  });

  it('declines a lab-supplier question', () => {
    expect(ask('anyone know a cheap supplier for 96-well plates').answered).toBe(false);
  });

  it('knows a paper by its journal\'s initials ("the EHO paper", "ehaO") and says when only its background mentions a term', () => {
    const answer = ask('does the 2025 ehaO paper say anything about cx3cr1');
    expect(answer.summary).toMatch(/do not mention CX3CR1; only its background does/);
    expect(citedIds(answer)).toContain('cx3cr1-receptor');
    const both = citedIds(ask('the EHO paper vs the oncotarget paper - which journal is which again'));
    expect(both).toEqual(expect.arrayContaining(['bm-caf-il26-2025:journal', 'caf-il6-stat3-2017:journal']));
    // A term no claim of the named paper holds at all is still answered "No".
    expect(ask('the Wang et al paper — was that in brain mets too or just lung cancer cells generally?').summary).toMatch(/^No: the claims of .+ do not mention brain metastasis/);
  });

  it('compares the paper turned to with "this one" (the paper read) instead of saying it does not mention "differ"', () => {
    const turn = conversation('differ-this-one');
    turn('tell me about the 2017 oncotarget paper');
    const answer = turn('how does it differ from this one');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    expect(answer.summary).not.toMatch(/do not mention differ/);
  });

  it('answers which paper a molecule names ("the fractalkine one") and the pathway of a paper named by its molecule', () => {
    expect(citedIds(ask('which of the papers is the fractalkine one'))[0]).toBe('bm-caf-il26-2025:title');
    expect(citedIds(ask('the IL-6 CAF paper - which pathway did IL-6 act through'))).toEqual(['il6-secretion-jak2']);
  });

  it('reads examples offered after the subject ("mouse strain - nude, NSG, something else?") as examples, not as what is asked', () => {
    expect(citedIds(ask('mouse strain - nude, NSG, something else?'))).toContain('paper-not-reported');
  });

  it('defines EMT for "my year 11s" (a school year, not the publication year)', () => {
    expect(citedIds(ask('can someone explain EMT in plain english, my year 11s will ask'))[0]).toBe('glossary:emt');
    expect(citedIds(ask('what year was it published?'))).toEqual(['bm-caf-il26-2025:date']);
  });

  it('follows IL-26 through "which family is it in?" and "do mice even have it?"', () => {
    const turn = conversation('il-26-family');
    turn('what does il-26 do normally');
    expect(citedIds(turn('which family is it in'))).toEqual(['il26-family']);
    expect(citedIds(turn('do mice even have it?'))[0]).toBe('mice-lack-il26');
  });

  it('answers "why are brain mets such bad news prognosis-wise" from the outlook figures, not the press or the authors\' conclusion', () => {
    const ids = citedIds(ask('why are brain mets such bad news prognosis-wise'));
    expect(ids).toEqual(expect.arrayContaining(['bm-survival', 'setting-poor-prognosis']));
    expect(ids).not.toContain('conclusion-target');
    expect(ids.some((id) => id.startsWith('press-'))).toBe(false);
  });

  it('answers an antibody concentration with what the sources do not report', () => {
    expect(citedIds(ask('what concentration of the anti-il26 antibody did they use'))[0]).toBe('paper-not-reported');
  });

  it('answers "in vitro vs in vivo - i keep mixing them up" with a finding from each setting', () => {
    const answer = ask('in vitro vs in vivo - i keep mixing them up');
    expect(answer.summary).toMatch(/in vitro/);
    expect(answer.summary).toMatch(/in vivo/);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bmcaf-invitro-aggressive', 'invivo-coinjection-growth']));
  });

  it('defines a brain metastasis for "is it still lung cancer or brain cancer now?", however the choice is put', () => {
    expect(citedIds(ask('when lung cancer goes to the brain is it still lung cancer or is it brain cancer now?'))[0]).toBe('glossary:brain-metastasis');
    expect(citedIds(ask('When they say the cancer metastasized to the brain, is it brain cancer or still lung cancer?'))[0]).toBe('glossary:brain-metastasis');
    expect(citedIds(ask('is it still active or was it blocked?'))[0]).not.toMatch(/^glossary:/);
  });

  it('defines the terms of "what\'s the difference between X and Y" and "X vs Y, what\'s the diff", unless the papers, the settings or outside things are compared', () => {
    expect(citedIds(ask('non-small cell vs small cell lung cancer, whats the diff'))[0]).toBe('glossary:nsclc');
    expect(citedIds(ask("What's the difference between a normal fibroblast and a cancer-associated one?"))[0]).toBe('glossary:caf');
    expect(ask("what's the difference between a conda environment and a venv").answered).toBe(false);
    const settings = ask("What's the difference between the 'in vitro' and 'in vivo' bits of this paper, for those of us who skipped lab science?");
    expect(settings.summary).toMatch(/\(in vitro\)[\s\S]*\(in vivo\)/);
    // The press and the paper compared is still the disagreements.
    expect(citedIds(ask('what are the differences between the press release and the paper?'))).toContain('press-cx3cl1-akt-only');
  });

  it('declines conference registration and a barbecue near the hospital, and answers shorthand and department questions', () => {
    expect(ask('is AACR early bird registration still open?').answered).toBe(false);
    expect(ask('any good korean bbq near chonnam uni hospital?').answered).toBe(false);
    expect(citedIds(ask('n patients?'))).toContain('paper-not-reported');
    expect(citedIds(ask('what dept is lee kyung-hwa in'))).toEqual(['bm-caf-il26-2025:team-leads']);
    expect(citedIds(ask('which antibody clone or vendor did they use?'))[0]).toBe('paper-not-reported');
    expect(citedIds(ask('which antibodies did they use to neutralize - clone/vendor/concentration?'))).toContain('blocking-antibodies-reverse');
    expect(citedIds(ask('did they do any actual radiation experiments'))).toContain('bm-caf-il26-2025:open-2');
  });

  it('reads "thoughts? feels like a big gap" as a judgement, and "which of them is the pathologist" against the department', () => {
    expect(citedIds(ask('subcutaneous model for a brain metastasis question... thoughts? feels like a big gap'))[0]).toBe('glossary:xenograft');
    const turn = conversation('pathologist');
    turn('who led the study');
    expect(turn('which of them is the pathologist').summary).toMatch(/Pathology/);
  });

  it('answers "which markers show EMT?" (and "which markers would I stain for it" after EMT) with the definition that names them', () => {
    expect(citedIds(ask('which markers show EMT?'))[0]).toBe('glossary:emt');
    const turn = conversation('emt-markers');
    turn('what is emt');
    expect(turn('which markers would i stain for it then').summary).toMatch(/vimentin/);
    // The markers a named study tracked are that study's finding.
    expect(citedIds(ask('Which EMT markers did the 2017 study track?'))).toContain('il6-cm-emt');
  });

  it('answers rather than declines: a paper\'s pathway asked "go through there", a site offered as an example, whether it carries over to other cancers', () => {
    expect(citedIds(ask('the il-6 one — which pathway did il-6 go through there?'))).toEqual(['il6-secretion-jak2']);
    expect(ask('which stat3 site did they look at, tyr705?').answered).toBe(true);
    expect(ask('would this likely carry over to other brain mets, breast or melanoma?').answered).toBe(true);
  });

  it('answers "rough median survival … need one number for context slide" with the background figure', () => {
    expect(citedIds(ask('rough median survival after brain mets are diagnosed in nsclc? need one number for context slide'))).toEqual(['bm-survival']);
  });

  it('answers "was theirs in the brain?" after a definition with the definition\'s account of this paper', () => {
    const turn = conversation('theirs');
    turn('whats a xenograft');
    const answer = turn('and was theirs in the brain?');
    expect(citedIds(answer)[0]).toBe('glossary:xenograft');
    expect(answer.summary).toMatch(/subcutaneous/);
  });

  it('names each paper with a finding from the setting asked ("which of the two papers had animal data?"), saying first that both have', () => {
    const answer = ask('which of the two papers had animal data?');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['invivo-coinjection-growth', 'il6-mmp2-vegf']));
    expect(answer.summary).toMatch(/^Both papers report findings in animals/);
    // The two papers named by their authors and journal, then "which": the same question.
    const named = ask('between the abdus salam paper and the oncotarget IL-6 one, which one has animal data?');
    expect(citedIds(named)).toEqual(expect.arrayContaining(['invivo-coinjection-growth', 'il6-mmp2-vegf']));
    expect(named.summary).toMatch(/^Both papers/);
  });

  it('says which paper does not mention what "either paper" is asked about', () => {
    const answer = ask('did either paper use cisplatin');
    expect(citedIds(answer)).toContain('invivo-cisplatin');
    expect(answer.summary).toMatch(/IL-6\/STAT3 and metastatic potential \(2017\) do not mention cisplatin/);
  });

  it('reads "isn\'t that the opposite of the paper?", "rewriting the press release" and "fair reading of the data?" as press questions', () => {
    for (const q of [
      "one paragraph of the news says the CANCER cells secrete IL26 & CX3CL1. isn't that the opposite of the paper?",
      'if you were rewriting the press release what would you fix first',
      "the quote says it's 'not the cancer cells themselves' that cause treatment failure. fair reading of the data?",
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(citedIds(answer), q).toContain('press-cancer-cells-secrete');
    }
  });

  it('reads "that number" in "the IF 13.5 - where does that number come from?" as the impact factor named before it', () => {
    const answer = ask('the IF 13.5 - where does that number come from, the paper or the press?');
    expect(citedIds(answer)).toEqual(['bm-caf-il26-2025:impact-factor']);
    expect(answer.summary).toMatch(/press/);
  });

  it('answers "and how long do people usually live after that?" after the brain-metastasis rate with the survival figure', () => {
    const turn = conversation('survival-after-rate');
    turn('how often does nsclc spread to the brain');
    expect(citedIds(turn('and how long do ppl usually live after that? general numbers only, for a family info leaflet'))).toEqual(['bm-survival']);
  });

  it('lists every in-culture finding when asked "all of it?" or for "the full list"', () => {
    for (const q of ['in culture what exactly did the BM-CAFs change in the cancer cells - growth? migration? all of it?', 'in the dish what did the BM-CAFs boost - proliferation, migration, ...? full list pls']) {
      expect(citedIds(ask(q)), q).toEqual(expect.arrayContaining(['bmcaf-invitro-aggressive', 'bmcaf-invitro-resistance']));
    }
    // Without it, the one finding that answers.
    expect(citedIds(ask('did BM-CAFs make the cancer cells migrate more in culture?'))).not.toContain('bmcaf-invitro-resistance');
  });

  it('declines the moon landing and an R package question, but not "the moon / lee paper"', () => {
    expect(ask('when was the first moon landing').answered).toBe(false);
    expect(ask("what's the R package for mixed-effects models, lme4 or nlme?").answered).toBe(false);
    expect(ask('the moon / lee paper from this year - what did it find?').answered).toBe(true);
  });

  it('defines both terms asked "IL-6 vs IL-26: same thing?", each from the paper whose glossary holds it', () => {
    const ids = citedIds(ask('IL-6 vs IL-26: same thing? people in our group keep mixing the two papers up'));
    expect(ids.slice(0, 2)).toEqual(['glossary:il6', 'glossary:il26']);
    // Which paper holds which is still a which-paper question.
    expect(citedIds(ask('which paper is IL-6 and which is IL26?? I keep mixing them up, the names are one digit apart'))).toEqual(expect.arrayContaining(['caf-il6-stat3-2017:title', 'bm-caf-il26-2025:title']));
  });

  it('says the normal fibroblasts\' source is not reported, and a general limitations answer gives one of each kind', () => {
    const answer = ask("where did the 'normal fibroblasts' control come from, same patients?");
    expect(answer.caveats.join(' ')).toMatch(/do not say where the normal fibroblasts came from/);
    // "What tissue were the CAFs from?" is answered, not treated as a missing detail.
    expect(ask('what tissue did they actually isolate the CAFs from').summary).toMatch(/brain/);
    const critique = citedIds(ask("I'm presenting this next week. Give me three sharp critical points to raise."));
    expect(critique).toContain('paper-not-reported');
    expect(critique.some((id) => id.startsWith('press-'))).toBe(true);
    expect(critique).toContain('mice-lack-il26');
  });

  it('reads "X stands for what", "X is what kind of drug?", "need it for a figure", other cancers, druggable, the next grad student', () => {
    expect(citedIds(ask('EMT stands for what and why should i care'))[0]).toBe('glossary:emt');
    expect(citedIds(ask('cisplatin is what kind of drug? a chemo?'))[0]).toBe('glossary:cisplatin');
    expect(citedIds(ask('what receptor does IL-26 signal through — need it for a figure'))).toEqual(['il26-receptor']);
    expect(ask('would this likely apply to brain mets from other cancers, breast or melanoma? or too early to say').answered).toBe(true);
    expect(ask('is there anything druggable here, like an approved drug hitting cx3cr1 or stat3').summary).toMatch(/preclinical/);
    expect(ask('if you were the next grad student on this, what experiment would you do first').answered).toBe(true);
  });

  it('answers "fractalkine?? same thing as CX3CL1" with the term\'s other names, and a pathway asked "like i\'m 12" with its definition', () => {
    expect(ask('fractalkine?? same thing as CX3CL1 or different').summary).toMatch(/also called fractalkine/);
    expect(citedIds(ask("can someone explain a signalling pathway like jak-stat3 like i'm 12"))[0]).toBe('glossary:jak-stat3');
    // Two papers' names for a pathway are a comparison of the papers.
    expect(citedIds(ask('2017 paper says JAK2/STAT3, 2025 one says JAK-STAT3 - same thing?'))).toContain('il6-secretion-jak2');
  });

  it('compares the papers for "how does it differ from this one?" after a pathway question on the other paper (found in a terminal walk)', () => {
    const turn = conversation('differ-after-pathway');
    turn('the IL-6 one - which pathway did il-6 go through there?');
    expect(citedIds(turn('how does it differ from this one'))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    // A factor named in the follow-up keeps it a pathway question.
    const named = conversation('same-pathway');
    named("What's the 2017 Oncotarget paper about?");
    named('Which pathway did IL-6 turn on there?');
    expect(citedIds(named('Is that the same one IL26 uses in the newer paper?'))).toContain('il26-jakstat3');
  });
  // Written for these tests: what the asker says is not about the papers, coursework, puzzles, another
  // journal's paper or trial, two things the claims lack weighed, shopping, everyday subjects.
  it.each([
    'how does chemo work for leukaemia in general? not about the paper, just curious',
    'stats homework: the 95% CI for a mean of 10, sd 3, n 36?',
    'brain teaser: two switches, one bulb, how do you find the right switch',
    'anyone read that Nature paper on the microbiome and depression? thoughts on its limitations',
    'summarise the 2023 Nature paper on CAR-T cells please',
    'what were the main results of the KEYNOTE-189 trial',
    'kayaking vs snorkelling, which is better for the lungs?',
    'endnote or refworks, which is better for a lab?',
    'is kombucha good for the microbiome or overhyped',
    'which ELISA kit is best for IL-6 in serum, vendor A or vendor B?',
    'do brain training games actually do anything?',
    'does fasting switch off mTOR and help you live longer?',
    "pandas throws KeyError: 'CX3CL1' on my dataframe, why",
    'can u explain the CheckMate-227 results, nivo plus chemo',
    "crossword: 10 letters, 'makes collagen' - fibroblast?",
    'any good korean dramas to watch?',
    'do vets give chemo to horses with lung tumours?',
    'how do we dispose of cisplatin waste in the lab, what PPE?',
    'any good IL-6 ELISA kit recommendations for mouse serum?',
    'how many neurons in a brain? pub quiz tonight',
    'does leucine switch on mTOR enough to build muscle?',
    "where does the word 'stat' doctors shout come from",
    'what font size for an A0 poster title?',
    'can you design a logo for our journal club with a lung on it',
    'R says: could not find function ggplot - what am I missing',
    "which stats test for tumour growth curves in 4 groups of mice? it's for my own project, not the paper",
    'who built this bot, and which AI model does it use?',
  ])('declines %j as not about the papers', (q) => expect(ask(q).answered).toBe(false));

  it('answers coursework words when the paper or its terms are named', () => {
    expect(citedIds(ask('for my homework: what does IL26 activate?'))).toContain('il26-jakstat3');
    expect(ask('was the assignment of mice to groups random?').answered).toBe(true);
  });

  it('says yes to two names of one term, names the publisher, and defines a term asked after "but what is"', () => {
    expect(ask('fractalkine - is that the same thing as cx3cl1??').summary).toMatch(/^Yes, two names for one thing: CX3CL1/);
    expect(ask('is IL-26 the same as IL-6?').summary).not.toMatch(/^Yes/);
    expect(citedIds(ask('who publishes exp hematol oncol'))).toEqual(['bm-caf-il26-2025:journal']);
    const turn = conversation('publisher');
    turn('what journal is it in');
    expect(turn('and who publishes that').summary).toMatch(/Springer/);
    expect(citedIds(ask('i know everolimus blocks mTOR but what is mTOR actually'))[0]).toBe('glossary:akt-mtor');
  });

  it('leads an evidence-strength answer with the model limit the question names, and reads "how well does the press match the paper" as a press question', () => {
    const strength = citedIds(ask("given mice don't make IL-26, how much weight can we put on the in vivo part"));
    expect(strength).toContain('mice-lack-il26');
    const scorecard = ask('quick scorecard: how well does the press article match the paper overall');
    // Every disagreement, not only the one whose words the question shares.
    expect(scorecard.citations.filter((c) => c.claimId.startsWith('press-')).length).toBeGreaterThan(2);
  });

  it('answers a detail offered as options ("nude or NSG?") and a summary of the paper', () => {
    // Options of a detail the study had ("nude or NSG?") are answered with what the records say.
    expect(citedIds(ask('were the mice nude or NSG?'))).toContain('paper-not-reported');
    expect(ask('what were the main results of the paper?').answered).toBe(true);
  });

  it('compares both papers for "how does this compare with the 2017 paper on IL-6 from CAFs?", and reads a leading "short version pls:" as an aside', () => {
    const ids = citedIds(ask('how does this compare with the 2017 oncotarget paper on IL-6 from CAFs?'));
    expect(ids).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'caf-il6-stat3-2017:title']));
    expect(citedIds(ask('pharmacist, short version pls: what does AKT-mTOR do and why does it matter here'))[0]).toBe('glossary:akt-mtor');
    const turn = conversation('other-term');
    turn('explain jak-stat3 simply');
    expect(citedIds(turn('and the other one, the akt thing'))[0]).toBe('glossary:akt-mtor');
  });

  it('reads "which STATs" as the proteins', () => {
    expect(citedIds(ask('which receptor does IL-26 use, and which STATs'))).toContain('il26-receptor');
  });

  it('defines a term asked with an aside in brackets, "like i\'m a first year student", "is it a new cancer?", by another name after " - ", and what it binds', () => {
    expect(citedIds(ask('CSC?? what does it stand for here (not the computer science society i assume)'))[0]).toBe('glossary:csc');
    expect(citedIds(ask("can someone explain AKT-mTOR like i'm a second year biochem student"))[0]).toBe('glossary:akt-mtor');
    expect(citedIds(ask('what is a brain metastasis exactly, is it a new cancer that starts in the brain?'))[0]).toBe('glossary:brain-metastasis');
    expect(citedIds(ask('my PI keeps saying TME - what is the tumour microenvironment'))[0]).toBe('glossary:tme');
    const turn = conversation('binds');
    turn("what's cx3cl1");
    expect(citedIds(turn('what does it bind to'))).toContain('cx3cr1-receptor');
  });

  it('reads "pin it all on", "skip the press fluff" and "from the same chonnam group"', () => {
    expect(citedIds(ask('which two molecules does the paper pin it all on?'))).toEqual(expect.arrayContaining(['conclusion-target']));
    expect(ask('what did they actually find, in 3 lines. skip the press release fluff pls').answered).toBe(true);
    expect(citedIds(ask('is the oncotarget 2017 one from the same chonnam group?'))).toContain('caf-il6-stat3-2017:team-leads');
  });

  it('defines "cytokine" and "chemokine" with the claim that uses the word, each term of "X vs Y" with its own example', () => {
    expect(citedIds(ask('what is a cytokine, like a hormone?'))).toEqual(['glossary:cytokine', 'il26-family']);
    const both = citedIds(ask('cytokine vs chemokine, what is the difference'));
    expect(both.slice(0, 2)).toEqual(['glossary:cytokine', 'glossary:chemokine']);
    expect(both).toEqual(expect.arrayContaining(['il26-family', 'cx3cl1-chemokine']));
    // "the same cytokine" names the kind both are said to be, not a third term.
    expect(citedIds(ask('IL-6 and IL26 are the same cytokine right?')).slice(0, 2)).toEqual(['glossary:il6', 'glossary:il26']);
    // A signalling pathway is shown by the background on one of the paper's pathways.
    expect(citedIds(ask("what does 'signaling pathway' actually mean?"))).toEqual(['glossary:signalling-pathway', 'jakstat3-background']);
    expect(citedIds(ask('which signalling pathway does IL26 switch on?'))).toContain('il26-jakstat3');
    // The idea itself asked in plain words ("ELI5 what a … is", "what are …"), not which pathway something uses.
    expect(citedIds(ask('ELI5 what a signalling pathway is'))[0]).toBe('glossary:signalling-pathway');
    expect(citedIds(ask('what are signaling pathways?'))[0]).toBe('glossary:signalling-pathway');
    expect(citedIds(ask('what is the pathway IL26 activates?'))).toContain('il26-jakstat3');
    // Interjections before and "then" after ask nothing.
    expect(citedIds(ask("lol ok what's a chemokine then"))[0]).toBe('glossary:chemokine');
    // An aside that happens to name the record ("hospital") is not what asks.
    expect(citedIds(ask('eli5 the AKT-mTOR thing pls, my head is spinning from all the hospital meetings'))[0]).toBe('glossary:akt-mtor');
    // What the helper cells send out is a question about them, not a definition.
    expect(citedIds(ask('what are the 2 signal proteins the helper cells pump out'))).toContain('bmcaf-secrete');
  });

  it('answers "why does treatment stop working …, according to this study?" with the conclusion and the finding behind it, and "and according to the press?" with the press side of the same question', () => {
    const why = citedIds(ask('in simple words, why does chemo stop working once lung cancer gets into the brain, according to this study?'));
    expect(why.slice(0, 2)).toEqual(['conclusion-target', 'bmcaf-secrete']);
    expect(why).toContain('invivo-cisplatin');
    // A press line quoted and judged is a press question, not this one.
    expect(citedIds(ask("'first to explain why standard therapy fails' - fair claim or PR fluff?"))).toContain('press-first-explanation');
    const turn = conversation('according');
    turn('who makes CX3CL1 according to the paper?');
    expect(citedIds(turn('and according to the press?'))[0]).toBe('press-cancer-cells-secrete');
  });

  it('says whether two papers share a team, reads "link form", "subcut", "in plain words please" and "how is X different" after a definition', () => {
    expect(ask('is the oncotarget paper from the same group as the korean one?').summary).toMatch(/share no names: these are different teams/);
    const doi = conversation('link-form');
    doi('doi?');
    expect(citedIds(doi('and the link form?'))).toEqual(['bm-caf-il26-2025:doi']);
    expect(ask('mouse model - subcut or intracranial??').answered).toBe(true);
    expect(citedIds(ask('AKT-mTOR in plain human words please'))[0]).toBe('glossary:akt-mtor');
    const turn = conversation('how-different');
    turn('explain jak-stat3 to me');
    expect(citedIds(turn('and how is akt-mtor different'))[0]).toBe('glossary:akt-mtor');
  });

  it('after a background figure, a new question gets a new figure; another name is shown in use', () => {
    const turn = conversation('survival-after');
    turn('how common are brain mets in nsclc');
    expect(citedIds(turn('and survival after that diagnosis?'))[0]).toBe('bm-survival');
    const named = conversation('another-name');
    named('what is CX3CL1');
    expect(citedIds(named('does it have another name'))).toEqual(['glossary:cx3cl1', 'cx3cl1-chemokine']);
  });

  it('answers "did the study include any radiation experiments?" and "anything actionable yet or purely preclinical?" rather than declining on their framing words', () => {
    expect(ask('did the study actually include any radiation experiments or is that only the press?').answered).toBe(true);
    expect(ask('for the clinicians: anything actionable yet, or purely preclinical?').summary).toMatch(/preclinical/);
  });

  it('answers "any Kaplan-Meier curves?" with what the records lack', () => {
    expect(citedIds(ask('any kaplan meier curves in this paper?'))).toContain('paper-not-reported');
  });

  it('defines a term after a hyphenated aside and "X is what exactly?", and reads "the IF they quoted" as the impact factor', () => {
    expect(citedIds(ask("sorry non-bio person here, what's a fibroblast"))[0]).toBe('glossary:caf');
    expect(citedIds(ask('cisplatin is what exactly, a chemo drug?'))[0]).toBe('glossary:cisplatin');
    const turn = conversation('the-if');
    turn('what journal is it in');
    expect(citedIds(turn('and the IF they quoted?'))).toContain('bm-caf-il26-2025:impact-factor');
    // "if" in lower case is still the word.
    expect(ask('what happens if IL26 is blocked?').answered).toBe(true);
  });

  it('reads "sorry to vent", "honestly" and "sending" as framing, and defines what is asked after "i just want to understand the paper:"', () => {
    const turn = conversation('vent');
    turn('my dad has brain mets from lung cancer, it has been a hard few months');
    expect(turn('sorry to vent. can you explain what exactly they did in the animal experiment?').answered).toBe(true);
    expect(ask("what can i honestly tell patients this study does and doesn't show?").answered).toBe(true);
    expect(citedIds(ask('which cells are sending the two signals?'))).toContain('bmcaf-secrete');
    expect(citedIds(ask('my friend has lung cancer and i just want to understand the paper: what are CAFs?'))[0]).toBe('glossary:caf');
  });

  it('answers a record line asked before an aside about the asker ("who\'s the first author? giving the talk on friday and i\'m panicking")', () => {
    expect(citedIds(ask("who's the first author? giving the talk on friday and i'm panicking a bit"))).toEqual(['bm-caf-il26-2025:first-author']);
  });

  it('reads "IF 13.5 — does that tell us anything about whether the study is any good?" as a question about the impact factor named before it', () => {
    expect(citedIds(ask('IF 13.5 — does that tell us anything about whether the study is any good?'))).toEqual(['bm-caf-il26-2025:impact-factor']);
  });

  it('names what the sources leave open on the term asked about after every press disagreement ("does the radiation resistance line hold up, or is it press hype")', () => {
    const ids = citedIds(ask('does the radiation resistance line hold up, or is it press hype'));
    expect(ids.slice(0, 2)).toEqual(['invivo-cisplatin', 'press-chemo-radiation']);
    expect(ids).toContain('bm-caf-il26-2025:open-2');
  });

  it("defines a term asked about by another of its names with the claim that uses that name (\"the news piece says 'helper cells' — what are those exactly?\")", () => {
    expect(citedIds(ask("the news piece says 'helper cells' — what are those exactly?"))).toEqual(['glossary:caf', 'press-helper-cells']);
  });

  it('defines a term likened to something that is no term of its own ("cancer stem cells: are they the same as ordinary stem cells?")', () => {
    expect(citedIds(ask('cancer stem cells: are they the same as ordinary stem cells?'))[0]).toBe('glossary:csc');
    // Likened across papers, it is not a definition.
    expect(citedIds(ask('is IL-6 in the 2017 paper the same as IL26 here?'))[0]).not.toBe('glossary:il6');
  });

  it('answers "is this a cure?" and "does this mean there is a new treatment now?" with what the study is (preclinical) and what the authors conclude', () => {
    for (const q of ['is this a cure? the headlines make it sound like one', "in plain words, does this mean there's a new treatment now for people with brain mets?"]) {
      const answer = ask(q);
      expect(answer.answered).toBe(true);
      expect(answer.summary).toMatch(/preclinical/);
      expect(citedIds(answer)).toContain('conclusion-target');
    }
  });

  it('summarises the study for a frightened relative who asks what it found, with asides about themselves around the question', () => {
    const plain = ask("my brother has this same kind of lung cancer and honestly I'm not a lab person at all. could you explain in plain words what this study found?");
    expect(plain.answered).toBe(true);
    expect(citedIds(plain)).toEqual(expect.arrayContaining(['invivo-cisplatin', 'conclusion-target']));
  });

  it('answers whether the study reaches another cancer with what it studied and what the sources leave out, reads "the second one" as the other factor, "different q:" as a question of its own and "why would that make the drugs stop working?" after a definition as asking about that term', () => {
    const breast = ask('was the study about brain mets from breast cancer too?');
    expect(breast.answered).toBe(true);
    expect(citedIds(breast)).toEqual(['bm-caf-il26-2025:title']);
    expect(breast.notices.join(' ')).toMatch(/nothing about "breast"/);
    expect(citedIds(ask('does this study apply to small cell lung cancer?'))).toContain('bm-caf-il26-2025:title');
    // A paper named by its journal, then asked to be confirmed by its molecule.
    expect(citedIds(ask("the Oncotarget paper - that's the IL-6 one, right?"))).toEqual(['caf-il6-stat3-2017:title', 'caf-il6-stat3-2017:journal', 'caf-il6-stat3-2017:first-author']);
    // Not about the study at all: still declined.
    expect(ask('does rapamycin extend lifespan in humans or only in mice?').answered).toBe(false);
    const fresh = conversation('different-q');
    fresh('is IL26 the same thing as IL-6?');
    // Said to be a question of its own: not read against the one before.
    expect(fresh('ha ok. different q: how do you knit a scarf? want one for my dad').answered).toBe(false);
    // After a definition, why the term would make treatment fail is in the definition.
    const why = conversation('why-it-matters');
    why('what does EMT mean?');
    expect(citedIds(why('so how would that make the drugs stop working?'))[0]).toBe('glossary:emt');
    const turn = conversation('second');
    turn('which pathway does IL26 switch on?');
    expect(citedIds(turn('and the second one, does it hit both pathways?'))).toContain('cx3cl1-both-pathways');
  });
});

describe('a term\'s everyday name, and a term with words of its own', () => {
  it('gives the everyday name when asked whether a term has a normal name', () => {
    expect(ask('cx3cl1 sounds like a wifi password lol. what is it, does it have a normal name').summary).toMatch(/fractalkine/i);
  });

  it('does not read a term with words of its own as a request for its definition', () => {
    expect(citedIds(ask('IL26 in mice explained simply'))[0]).not.toBe('glossary:il26');
  });
});

describe('definitions inside a conversation', () => {
  it('defines a term a follow-up opens by asking about, and two of one term\'s names asked about together', () => {
    const turn = conversation('follow-up-definition');
    turn('what did they do in vivo?');
    expect(citedIds(turn('whats a xenograft, is that the mouse thing you mentioned'))[0]).toBe('glossary:xenograft');
    const names = conversation('follow-up-names');
    names('which molecules are the key ones?');
    const answer = names('fractalkine??? is that the same as CX3CL1');
    expect(citedIds(answer)[0]).toBe('glossary:cx3cl1');
    expect(answer.summary).toMatch(/^Yes/);
  });

  it('answers who normally makes a factor just defined from the claim that says so, not the definition again', () => {
    const turn = conversation('makers');
    turn("what's IL-26?");
    expect(citedIds(turn('and who normally makes it in the body'))[0]).toBe('il26-producers');
  });
});

describe('what a paper puts at the centre, asked in general words', () => {
  it.each(['which molecules are the key ones?', 'what are the key factors?'])('answers %j with the conclusion that names them', (question) => {
    const answer = ask(question);
    expect(citedIds(answer)).toContain('conclusion-target');
    expect(answer.summary).toMatch(/IL26 and CX3CL1/);
  });

  it('still declines the same words about something else', () => {
    expect(ask('what are the key factors for good sleep?').answered).toBe(false);
  });
});

describe('the record asked in shorthand', () => {
  it('says where a named author stands on the list, given name or family name first', () => {
    for (const q of ['is kyung-hwa lee on the author list? where in the order', 'where is Lee Kyung-Hwa in the author list']) {
      const answer = ask(q);
      expect(citedIds(answer)).toEqual(['bm-caf-il26-2025:authors']);
      expect(answer.summary).toMatch(/Kyung-Hwa Lee is 15th of the 16 authors/);
      expect(answer.answered).toBe(true);
    }
  });

  it('gives each record line a "+" list asks for, the date for "+ when?" and the journal beside its impact factor', () => {
    expect(citedIds(ask('journal + first author + when? putting it in the support group newsletter'))).toEqual(['bm-caf-il26-2025:journal', 'bm-caf-il26-2025:first-author', 'bm-caf-il26-2025:date']);
    const turn = conversation('journal-plus-if');
    turn("what's the doi");
    expect(citedIds(turn('and the journal + IF?'))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:journal', 'bm-caf-il26-2025:impact-factor']));
  });

  it('reads two years offered as a choice as asking which paper, and "pts" as patients in a count', () => {
    const which = ask('the one about il26 - is that the 2025 or the 2017 paper');
    expect(citedIds(which)).toContain('bm-caf-il26-2025:title');
    expect(citedIds(which)).not.toContain('caf-il6-stat3-2017:title');
    expect(citedIds(ask('how many pts did they use'))).toEqual(['paper-not-reported']);
  });

  it('reads who would act on a finding, "spun", "i heard" and "is the journal legit?" as framing', () => {
    expect(citedIds(ask('what do the authors suggest doctors should target?'))).toEqual(['conclusion-target']);
    expect(citedIds(ask('the press release came from the hospital itself. what parts look spun vs the paper'))).toContain('press-cx3cl1-akt-only');
    expect(citedIds(ask('who are the senior ppl on this, i heard a neurosurgeon and a pathologist?'))).toEqual(['bm-caf-il26-2025:team-leads']);
    expect(citedIds(ask('is the journal legit? the IF quote feels like marketing'))).toContain('bm-caf-il26-2025:impact-factor');
  });
});

describe('requests that are not about the papers', () => {
  it.each([
    "how do u say 'thank you' in korean",
    'how should we store cisplatin powder in our lab, is it light sensitive',
    'which stats test for comparing three groups with small n, its for my own masters thesis on volunteer burnout',
    "what's an appropriate prayer to offer at the bedside of a buddhist family",
    'ice breaker ideas for the first session of a caregivers support group?',
    'knitting or other fibre craft ideas for a grief support group activity',
  ])('declines %j', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).not.toBe('medical');
  });

  it('still answers ideas asked for the club\'s discussion or next experiments, and an author order is no order for drugs', () => {
    expect(ask('any ideas for follow-up experiments?').answered).toBe(true);
    expect(ask("what's the author order?").reason).not.toBe('medical');
  });
});

describe('dictated and listed wordings', () => {
  it('reads the field\'s words as dictation spells them ("kemo", "fiber blast", "jack stat three")', () => {
    expect(ask('stop kemo or not').reason).toBe('medical');
    expect(citedIds(ask('jack stat three for dummies'))[0]).toBe('glossary:jak-stat3');
    expect(ask('what do the fiber blasts send out?').summary).toMatch(/IL26/);
  });

  it('declines a bare decision on a course of treatment, and not a question about what the study stopped', () => {
    expect(ask('keep going with the chemo or stop?').reason).toBe('medical');
    expect(ask('did they stop the cisplatin or not in the mice?').reason).not.toBe('medical');
  });

  it('sums the paper up in the sentences asked for, for the audience named, with the conclusion first', () => {
    const answer = ask('how would you sum up this paper for the families in my support group, 3 sentences, no jargon, no false hope');
    expect(answer.answered).toBe(true);
    expect(sentences(answer.summary)).toHaveLength(3);
    expect(citedIds(answer)).toContain('conclusion-target');
  });

  it('reads "what were they compared against in that?" as the control, not a comparison of the two papers', () => {
    const turn = conversation('compared-against');
    turn('what method did they use to find IL26 and CX3CL1?');
    const cited = citedIds(turn('and what were the BM-CAFs compared against in that'));
    expect(cited).toContain('bmcaf-rnaseq');
    expect(cited).not.toContain('caf-il6-stat3-2017:title');
  });
});

describe('shorthand a lab and a clinic use', () => {
  it('says the sources do not give a count or detail asked in shorthand ("n pts for …?", "cell lines? A549 / H1299?"), and reads "tumour volume" as no record line', () => {
    expect(citedIds(ask('n pts for the BM-CAF isolation?'))).toContain('paper-not-reported');
    expect(citedIds(ask('cell lines? A549 / H1299 / PC9?'))).toContain('paper-not-reported');
    const volume = citedIds(ask('what was the fold change in tumour volume with CAF co-inj, and any p values?'));
    expect(volume).toContain('paper-not-reported');
    expect(volume).not.toContain('bm-caf-il26-2025:authors');
  });

  it('gives a term\'s markers and the proteins that change in it after its definition', () => {
    const caf = conversation('bare-markers');
    caf("what's a CAF?");
    expect(citedIds(caf('markers?'))[0]).toBe('glossary:caf');
    const emt = conversation('proteins-change');
    emt("what's EMT?");
    expect(citedIds(emt('which proteins go up / down in it'))[0]).toBe('glossary:emt');
  });

  it('reads "moon\'s dept?" as a person\'s department and "what do they pitch it as" as the conclusion', () => {
    expect(citedIds(ask("moon's dept?"))).toEqual(['bm-caf-il26-2025:team-leads']);
    expect(citedIds(ask('what do the authors conclude at the end, like what do they pitch it as'))).toEqual(['conclusion-target']);
  });

  it('answers "has anyone tied it to chemo resistance before this paper?" with the earlier work', () => {
    const turn = conversation('before-this-paper');
    turn('whats il-26');
    expect(citedIds(turn('has anyone tied it to chemo resistance before this paper'))).toContain('il26-gastric-cisplatin');
  });

  it('does not take a student\'s placement for anyone\'s care, and declines a sports result', () => {
    const student = ask("ok so i'm on my onc elective and my attending basically said 'read this for journal club' — what is the actual headline finding?");
    expect(student.reason).not.toBe('medical');
    expect(student.answered).toBe(true);
    expect(ask("i'm on my onc rotation and my mum has brain mets, should she stop chemo?").reason).toBe('medical');
    expect(ask('who won the korean series this year').answered).toBe(false);
  });
});

describe('a question that shares only an organ or a record\'s place with the claims', () => {
  it.each([
    'is the brain really 60% fat? saw it on tiktok',
    'does running really increase lung capacity? trying to get sub 3:30 marathon',
    'best way to learn korean in 6 months? apps or classes',
    'time difference korea vs paris in november? trying to book a zoom',
  ])('declines %j, naming what it asks about', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.summary).toMatch(/don't cover "/);
  });

  it.each([
    ['why the brain?', true],
    ['is this about non-small cell or small cell lung ca?', true],
    ['where in korea is the team based?', true],
  ])('still answers %j', (question, answered) => {
    expect(ask(question).answered).toBe(answered);
  });
});

describe('the animal model judged', () => {
  it('says the tumours were not grown in the brain when the model is judged or asked about, from the open question on it', () => {
    const judged = ask('is a subcutaneous xenograft a reasonable model for brain mets tbh');
    expect(citedIds(judged).slice(0, 2)).toEqual(['glossary:xenograft', 'bm-caf-il26-2025:open-4']);
    expect(judged.summary).toMatch(/blood–brain barrier/);
    const turn = conversation('subq');
    turn('what in vivo model did they use?');
    expect(citedIds(turn('subq?? so not in the brain at all'))).toContain('bm-caf-il26-2025:open-4');
  });
});

describe('a definition asked with how common it is', () => {
  it('adds the background figure when the question also asks how common the term is, and not otherwise', () => {
    expect(citedIds(ask("what's a brain metastasis, simply put, and how common is it with lung cancer"))).toEqual(expect.arrayContaining(['glossary:brain-metastasis', 'bm-lung-share']));
    expect(citedIds(ask("what's a brain metastasis, simply put?"))).not.toContain('bm-lung-share');
  });
});

describe('dev43 and sdev19 wordings', () => {
  it('gives the open question on radiotherapy when asked whether the paper itself showed it', () => {
    expect(citedIds(ask('Did the paper itself show resistance to radiation therapy, or is that only in the press coverage?'))).toContain('bm-caf-il26-2025:open-2');
  });

  it('declines "what\'s their lung capacity?" about freedivers instead of defining lung cancer', () => {
    const answer = ask("how do freedivers hold their breath for 10 min? what's their lung capacity");
    expect(answer.answered).toBe(false);
    expect(citedIds(answer)).toEqual([]);
  });

  it('defines the term just asked about when a follow-up asks whether it is the same as another of its names, or "what\'s mTOR even"', () => {
    const names = conversation('that-same-as');
    names("what's CX3CL1 in the paper?");
    const same = names('wait is that the same as fractalkine? what receptor does it bind');
    expect(citedIds(same)[0]).toBe('glossary:cx3cl1');
    expect(same.summary).toMatch(/fractalkine/);
    const mtor = conversation('mtor-even');
    mtor('CX3CL1 activates AKT-mTOR in the paper right?');
    expect(citedIds(mtor("ok what's mTOR even and why do ppl in cancer research care about it so much"))[0]).toBe('glossary:akt-mtor');
  });

  it('declines a name for a server and who discovered a drug, but not who found a result of the paper', () => {
    expect(ask('need a name for our journal club discord server, smth punny w fibroblasts maybe').answered).toBe(false);
    expect(ask('side q, who discovered cisplatin and how? heard it was an accident w electrodes').answered).toBe(false);
    expect(ask('who discovered that BM-CAFs secrete IL26?').answered).toBe(true);
  });

  it('answers "same korean group?" with who led each paper, and "the same group had an earlier study" with that study', () => {
    expect(citedIds(ask('who wrote the 2017 paper, same korean group?'))).toEqual(expect.arrayContaining(['caf-il6-stat3-2017:team-leads', 'bm-caf-il26-2025:team-leads']));
    expect(citedIds(ask('The same Korean group had an earlier study linking fibroblast markers to recurrence - which markers and how many patients?'))).toContain('group-prior-pdgfrb');
  });

  it('says two descriptions of the paper read are one paper', () => {
    const answer = ask('the CX3CL1 paper, is that the same as the brain mets one or a different paper?');
    expect(answer.summary).toMatch(/^Yes: both describe the same paper/);
    expect(citedIds(answer)).toEqual(['bm-caf-il26-2025:title']);
  });

  it('checks a term equated with a reading of it against the definition', () => {
    expect(citedIds(ask('metastasis = when the cancer spreads somewhere else, right?'))[0]).toBe('glossary:brain-metastasis');
  });

  it('answers whether "any of this" applies to another group of patients with what the paper studied, and demographics as unreported', () => {
    const scope = ask('would any of this apply to EGFR-mutant or ALK+ patients or do we not know');
    expect(scope.answered).toBe(true);
    expect(citedIds(scope)).toEqual(['bm-caf-il26-2025:title']);
    expect(citedIds(ask('do we know anything about the study population?'))).toContain('paper-not-reported');
  });
});

describe('a member checking their own reading', () => {
  it('answers "my reading is that … — is that right or am i overreading?" from the finding read, not with the press disagreements', () => {
    const answer = ask('my reading of the in vitro part is that BM-CAFs boosted proliferation, migration and invasion of the NSCLC cells — is that right or am i overreading?');
    expect(citedIds(answer)).toEqual(['bmcaf-invitro-aggressive']);
  });

  it('answers "is that claim about blocking … actually in the paper?" after the press\'s animal claim with the paper\'s side of it', () => {
    const turn = conversation('claim-in-paper');
    turn('what did the press say happened in the animal models?');
    expect(citedIds(turn('ok but is that claim about blocking both signals slowing tumour growth in animals actually in the paper?'))).toEqual(expect.arrayContaining(['blocking-antibodies-reverse', 'press-blocking-slows-growth']));
  });
});

describe('questions in scripts written without spaces, and more requests of a member\'s own', () => {
  it('reads a name run into Korean or Chinese as a word of its own', () => {
    expect(citedIds(ask('논문에서 IL26은 어떤 신호경로를 활성화시킨다고 했나요?'))).toContain('il26-jakstat3');
  });

  it.each([
    'what hand cream do you guys use in the lab? gloves all day kill my skin',
    "any good medical TV series to watch? like grey's but better",
    'anyone knows how to convert PDF to Word without losing the figures? need it for my TCC',
    'best mouse strain for a beginner behaviour lab? setting up my own group next yr',
  ])('declines %j as not about the papers', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it('still answers a blog post comparing the press with the paper', () => {
    expect(ask('im writing a blog post comparing the press piece to the paper, what are the main discrepancies').answered).toBe(true);
  });
});

describe('an open question the answer already says', () => {
  it('says once that mice have no IL-26 gene, not again as the open question on IL26', () => {
    const answer = ask('Does the press overstate what the animal experiments showed?');
    expect(answer.summary.match(/no IL-26 gene/g)).toHaveLength(1);
    // An open question that adds to the disagreement (does the mechanism hold for radiotherapy?) is still given.
    expect(citedIds(ask('the press says radiation resistance too — did the paper actually test radiation?'))).toContain('bm-caf-il26-2025:open-2');
  });
});

describe('several terms asked in one message', () => {
  it.each([
    ['what is EMT and what is a CAF?', ['glossary:emt', 'glossary:caf']],
    ["what's NSCLC and what does it mean when it metastasizes to the brain", ['glossary:nsclc', 'glossary:brain-metastasis']],
    ['what is EMT? what is CSC? what is a CAF?', ['glossary:emt', 'glossary:csc', 'glossary:caf']],
  ])('defines each term of %j, in the order asked', (question, entries) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer).slice(0, entries.length)).toEqual(entries);
  });
});

describe('a word of the paper inside an everyday phrase', () => {
  it.each(['does resistance training help cancer patients?', 'is resistance training better than cardio for losing weight'])('declines %j: training is not therapy resistance', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
  });
});

describe('dev44 and sdev23 wordings', () => {
  it.each([
    ["someone at lunch said mice don't even have IL-26?? is that true, sounds weird", 'mice-lack-il26'],
    ['chemokine vs cytokine, difference?', 'glossary:chemokine'],
    ["what people mean by 'tumor microenvironment'", 'glossary:tme'],
    ['do we have any effect sizes or is everything qualitative', 'paper-not-reported'],
    ['can i get the doi? my GP friend wants to read the full paper', 'bm-caf-il26-2025:doi'],
    ['spiegami in parole semplici cosa sono IL26 e CX3CL1, per favore', 'glossary:cx3cl1'],
    ['¿qué es un xenoinjerto? lo vi en el resumen del estudio', 'glossary:xenograft'],
    ['mTOR sounds like a transformer lol what is it actually', 'glossary:akt-mtor'],
  ])('answers %j from %s', (question, id) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toContain(id);
  });

  it('reads "went over my head" as a figure of speech, not the asker\'s health', () => {
    const answer = ask("honestly half the abstract went over my head, could someone explain in normal words what they actually found? and why would a non-cancer cell help the cancer at all??");
    expect(answer.reason).not.toBe('medical');
    expect(answer.answered).toBe(true);
  });

  it('declines an everyday activity asked about during treatment as medical advice', () => {
    expect(ask('is it ok to keep running 5k while being treated for brain mets or does exercise feed tumour growth').reason).toBe('medical');
    expect(ask('is it safe to keep swimming during chemo?').reason).toBe('medical');
  });

  it("declines the history of a drug's discovery as not about the papers", () => {
    expectNotAboutPapers('cisplatin was discovered by accident right? tell me the story of how rosenberg found it');
  });
});

describe('the term a press question asks about', () => {
  it('gives the open question on the term asked (radiation), not one on a term named in passing (brain mets)', () => {
    const ids = citedIds(ask('press says the brain mets resist chemo AND radiation. does the paper actually show radiation resistance?'));
    expect(ids).toContain('bm-caf-il26-2025:open-2');
    expect(ids).not.toContain('bm-caf-il26-2025:open-1');
  });

  it('keeps what the press is said to say as the subject ("the press says radiation too. is that actually in the paper?")', () => {
    const ids = citedIds(ask('the press says radiation too. is that actually in the paper?'));
    expect(ids).toContain('press-chemo-radiation');
    expect(ids).not.toContain('press-cx3cl1-akt-only');
  });
});

describe('sdev24 wordings: relayed questions, a register asked for, and other languages', () => {
  it.each([
    ["explain like i'm a patient's family member: what are cancer-associated fibroblasts, and what do they do in this study?", 'glossary:caf'],
    ['mujhe simple mein samjhao - JAK-STAT3 kya hai and why it matters here?', 'glossary:jak-stat3'],
    ['NSCLC vs small cell in plain words - which one is this paper about?', 'glossary:nsclc'],
  ])('answers %j from %s', (question, id) => {
    const answer = ask(question);
    expect(answer.reason).not.toBe('medical');
    expect(citedIds(answer)).toContain(id);
  });

  it.each(['can u say that again but simpler', 'can u say that again but so my lola could understand, no jargon', 'again so my mum could follow it, no jargon'])(
    'restates the summary when asked %j',
    (again) => {
      const say = conversation(`restate-${again}`);
      const first = say('summarise the paper');
      const second = say(again);
      expect(second.answered).toBe(true);
      expect(citedIds(second).some((id) => citedIds(first).includes(id))).toBe(true);
    },
  );

  it("reads a member's next experiment as research, whatever care words it holds", () => {
    const answer = ask("for my presentation I'm supposed to propose a 'next experiment', what would be the obvious follow-ups here? like would you test the antibodies in an intracranial model, or use patient samples, or combine with cisplatin?");
    expect(answer.reason).not.toBe('medical');
    expect(answer.answered).toBe(true);
  });

  it('defines a term put in quotes inside a conversation', () => {
    const say = conversation('quoted-follow-up');
    say('which antibodies did they use?');
    expect(citedIds(say("what does 'neutralizing' even mean there?"))[0]).toBe('glossary:neutralizing-antibody');
  });

  it('answers why a pathway matters after its definition, from the definition', () => {
    const say = conversation('why-turning-it-on');
    say("what's mTOR?");
    expect(citedIds(say('and why would turning it on help cancer cells survive chemo?'))).toContain('glossary:akt-mtor');
  });

  it.each([
    "would those antibodies help someone who already failed 2 lines of chemo? theres a man at our clinic who's out of options",
    "sabi ng doctor 'palliative' na lang daw si tatay. totoo ba na wala nang magagawa?",
    "do turmeric or green tea lower IL-26? a patients daughter keeps giving her both with her chemo and asked me if it's helping",
    "what cisplatin dose did they use in the mice and what would that work out to for a 60 kg woman? trying to double check my patient's chart",
  ])('declines %j as medical advice', (question) => {
    expect(ask(question).reason).toBe('medical');
  });

  it.each(['ggplot2: how to move the legend to the bottom', 'how much liquid nitrogen should we order per month for a 35L dewar', 'how do mice see colour? my kid asked at dinner', 'how long do lab mice usually live btw?'])(
    'declines %j as not about the papers',
    expectNotAboutPapers,
  );
});

describe('dev45 wordings: a pharma journal club', () => {
  it('weighs the paper for target selection as research, not as a treatment asked for', () => {
    const answer = ask('honestly how solid is this? no n, no stats that i can see... would you use it for target selection');
    expect(answer.reason).not.toBe('medical');
    expect(answer.answered).toBe(true);
    // Asked for someone, the same words still ask for care.
    expect(ask('would you use it for my dad?').reason).toBe('medical');
  });

  it('reads "how much should we discount the in vivo part" as how far the evidence goes', () => {
    const answer = ask('subq xenograft for a brain met paper — how much should we discount the in vivo part');
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toContain('glossary:xenograft');
  });
});

describe('a paper named two ways, asked to be confirmed', () => {
  it.each(['the Salam et al paper — is that the IL26/CX3CL1 one?', 'the salam et al paper is the il26 one yeah?', 'the Exp Hematol Oncol paper is the IL26 one right?'])('%j: yes, with the lines that name it', (question) => {
    const answer = ask(question);
    expect(answer.summary).toMatch(/^Yes\b/);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:title', 'bm-caf-il26-2025:journal', 'bm-caf-il26-2025:first-author']));
  });

  it('answers a finding checked against a paper ("IL-6 paper: JAK2/STAT3 right?") from the finding', () => {
    expect(citedIds(ask('IL-6 paper: JAK2/STAT3 right?')).some((id) => ['il6-secretion-jak2', 'il6-precedent', 'il6-blocking-reverses'].includes(id))).toBe(true);
  });

  it('does not read a paper set aside ("not the 2017") as the paper named', () => {
    const answer = ask("the one about IL26 and CX3CL1 — that's the 2025 paper right, not the 2017?");
    expect(answer.citations.every((c) => c.paperId === 'bm-caf-il26-2025')).toBe(true);
  });
});

describe('why a setting matters, and a pathway likened to something', () => {
  it.each(['why is lung cancer spreading to the brain such a big deal, like how common is it', "why is it such bad news when lung cancer goes to the brain? how often does that happen"])(
    '%j: how common, and how grave',
    (question) => {
      const ids = citedIds(ask(question));
      expect(ids.some((id) => ['bm-frequency', 'bm-lung-share'].includes(id))).toBe(true);
      expect(ids.some((id) => ['setting-poor-prognosis', 'bm-survival'].includes(id))).toBe(true);
    },
  );

  it('still reads "a big-deal journal" as the journal\'s standing', () => {
    expect(citedIds(ask('is this a big-deal journal or a small one?'))).toContain('bm-caf-il26-2025:impact-factor');
  });

  it.each([
    ['Is a signalling pathway a bit like a row of dominoes falling?', 'glossary:signalling-pathway'],
    ["when ppl say 'JAK-STAT3 pathway' is it an actual path lol or a chain of proteins or what", 'glossary:jak-stat3'],
  ])('%j is answered with the definition', (question, id) => {
    expect(citedIds(ask(question))[0]).toBe(id);
  });
});

describe('an aside in brackets', () => {
  it('does not make "(i do the stats)" a question about numbers', () => {
    expect(citedIds(ask('sorry non-biologist here (i do the stats) — what is a fibroblast and why would a tumour have its own?'))[0]).toBe('glossary:caf');
  });
});

describe('where the animal tumours grew', () => {
  it.each(['were the mouse tumours in the brain?', 'was the xenograft intracranial or in the flank?'])('%j: the open question on the model, then what the model is', (question) => {
    const ids = citedIds(ask(question));
    expect(ids.slice(0, 2)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:open-4', 'glossary:xenograft']));
  });

  it('reads "subq?? so not in the brain at all" after a question on the model the same way', () => {
    const say = conversation('animal-site');
    say('what in vivo model did they use?');
    expect(citedIds(say('subq?? so not in the brain at all'))).toEqual(expect.arrayContaining(['bm-caf-il26-2025:open-4', 'glossary:xenograft']));
  });
});

describe('dev46 and sdev25 wordings: careful English, long kind messages', () => {
  it.each([
    ["I've been asked to say a few words to our volunteers about this paper. In plain language, what is a cancer-associated fibroblast, and why would a cell whose ordinary job is healing end up helping a tumour?", 'glossary:caf'],
    ["Could someone kindly explain the meaning of 'epithelial-mesenchymal transition'? I have read the textbook definition but I do not fully understand it.", 'glossary:emt'],
    ['JAK-STAT3 in normal-people words?', 'glossary:jak-stat3'],
  ])('defines the term of %j', (question, id) => {
    expect(citedIds(ask(question))[0]).toBe(id);
  });

  it('reads "how close is this to something doctors can actually use for patients?" as how near the clinic it is', () => {
    const answer = ask('An honest assessment for the journal club, please: how close is this to something doctors can actually use for patients? Is there any human treatment data in it?');
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/preclinical/i);
  });

  it('reads "is any of this close to being used on patients" as how near the clinic it is', () => {
    expect(ask('is any of this close to being used on patients').summary).toMatch(/preclinical/i);
  });

  it('answers a detail asked "for my own project" as unreported, not as a request for help with the project', () => {
    expect(citedIds(ask('which cell lines - A549, H1299, PC9? need it for my own project on cisplatin resistance'))).toContain('paper-not-reported');
  });

  it.each(['can you help me understand the resistance part?', 'can you help me with my own project on cisplatin resistance?'])('%j is not a care question', (question) => {
    expect(ask(question).reason).not.toBe('medical');
  });

  it('gives the open question on the term whose evidence is judged ("how solid is the evidence for the radiation resistance claim")', () => {
    expect(citedIds(ask('how solid is the evidence for the radiation resistance claim'))).toContain('bm-caf-il26-2025:open-2');
  });

  it.each([
    "she hates the dexamethasone, moon face, can't sleep. is it ok if she just stops it over the weekend? it's only 4mg",
    "the oncologist used the word 'oligometastatic' about him on friday. good news or bad? we didn't dare ask",
    'chance she makes it to christmas?',
  ])('declines %j as medical advice', (question) => {
    expect(ask(question).reason).toBe('medical');
  });

  it('still answers whether the findings are good news for patients in general', () => {
    expect(ask('is this good news for patients with brain mets?').reason).not.toBe('medical');
  });

  it.each([
    'sourdough starter not rising after a week, is the culture dead?',
    'the history of cisplatin - the platinum electrodes and E. coli story - is that actually true?',
    'zoom or teams for the journal club? teams keeps kicking out the guest accounts',
    'can you help me write the aims page for my grant, totally different project',
    'any tips for my job interview next week?',
  ])('declines %j as not about the papers', expectNotAboutPapers);
});

describe('dev46 wordings, second pass', () => {
  it('says a CAF is not a cancer cell when asked', () => {
    const answer = ask("what does 'cancer-associated fibroblast' mean, are they cancer cells too??");
    expect(citedIds(answer)[0]).toBe('glossary:caf');
    expect(answer.summary).toMatch(/not a cancer cell/);
  });

  it('reads half-remembered names ("IL-something and CX-something") as asking which molecules', () => {
    const answer = ask('so the two main molecules are IL-something and CX-something?? which ones exactly');
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/IL26/);
    expect(answer.summary).toMatch(/CX3CL1/);
  });

  it('answers "one strength and one weakness" with the evidence and what the records lack', () => {
    const ids = citedIds(ask('I would like to present one strength and one weakness of this paper. What would you suggest?'));
    expect(ids).toContain('paper-not-reported');
    expect(ids).toContain('invivo-coinjection-growth');
  });

  it('answers a detail a finding reports from the finding, not as missing ("… subcutaneous or in the brain")', () => {
    const answer = ask('what was the in vivo model - they co-injected the cells with the CAFs? subcutaneous or in the brain');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['bm-caf-il26-2025:open-4', 'glossary:xenograft', 'invivo-coinjection-growth']));
    expect(answer.summary).not.toMatch(/^The sources don't give that/);
  });

  it.each(['what got reversed by the neutralising antibodies?', 'the neutralizing antibodies - what exactly did they reverse in the cells?'])(
    'answers %j from the finding whose own sentence holds it, whatever its note leaves out',
    (question) => {
      const answer = ask(question);
      expect(citedIds(answer)[0]).toBe('blocking-antibodies-reverse');
      expect(answer.summary).not.toMatch(/^The sources don't give that/);
    },
  );

  it('still answers a detail only a note mentions as missing ("what mouse strain did they use?")', () => {
    expect(citedIds(ask('what mouse strain did they use?'))[0]).toBe('paper-not-reported');
  });

  it('answers how a term is measured after its definition from the markers in the definition', () => {
    const say = conversation('measure-emt');
    say("what's EMT?");
    expect(citedIds(say('how would you even measure that in a dish'))[0]).toBe('glossary:emt');
  });
});

describe('the same asked again, of the papers or of something else', () => {
  it('declines "now do the same for how a car engine works" after a definition', () => {
    const say = conversation('same-for-a-car');
    say('can you explain JAK-STAT3 simply?');
    const answer = say('thanks! now do the same for how a car engine works lol');
    expect(answer.answered).toBe(false);
    expect(answer.reason).not.toBe('medical');
  });

  it('restates the summary "now for my mum, no jargon", which names a reader, not a patient', () => {
    const say = conversation('for-my-mum');
    say('summarise the paper');
    const answer = say('now for my mum, no jargon');
    expect(answer.reason).not.toBe('medical');
    expect(answer.answered).toBe(true);
  });

  it.each(['is it true we only use 10% of our brain', 'is it true that left brained people are more logical and right brained more creative'])('declines the brain myth %j', (question) => {
    expect(ask(question).answered).toBe(false);
  });
});

describe('a treatment decision put bare, or in another language', () => {
  it.each(['stop keytruda y/n', 'cisplatin or carboplatin for brain mets, which is better', 'is there a supplement or diet that lowers il-26', 'posso tomar ibuprofeno junto com cisplatina?'])(
    'declines %j as medical advice',
    (question) => {
      expect(ask(question).reason).toBe('medical');
    },
  );

  it('still answers which drug the paper tested', () => {
    expect(ask('did the paper test cisplatin or carboplatin?').reason).not.toBe('medical');
  });
});

describe('what the records cannot tell us', () => {
  it.each(["we only have the abstract-level stuff - what can't we judge from that?", "what would we need from the full text to judge this properly that isn't in the abstract"])(
    '%j leads with what the stored records lack (after the DOI, when the full text is named)',
    (question) => {
      expect(citedIds(ask(question)).slice(0, 2)).toContain('paper-not-reported');
    },
  );
});

describe('journal-club judgements asked by their kind', () => {
  it('answers "cause, or correlational?" with the experiments that intervened', () => {
    const answer = ask('did they show the cafs CAUSE resistance or is it more correlational');
    expect(answer.summary).toMatch(/Intervention/);
  });

  it('reads "does any of this change how we\'d manage nsclc brain mets today?" as how near the clinic it is', () => {
    expect(ask("clinician here - does any of this change how we'd manage nsclc brain mets today?").summary).toMatch(/preclinical/i);
  });

  it('gives the conclusion before the caveats for "one-line takeaway + biggest caveat"', () => {
    const ids = citedIds(ask('one-line takeaway + biggest caveat, for the minutes'));
    expect(ids[0]).toBe('conclusion-target');
    expect(ids.length).toBeGreaterThan(1);
  });
});

describe('what the paper studies', () => {
  it.each(['@bot Abdus Salam et al — what cancer are they studying?', 'what cancer does this paper study?', 'what tissue did they use?'])(
    '%j: the title names it, and the patient tissue it started from',
    (question) => {
      expect(citedIds(ask(question)).slice(0, 2)).toEqual(['bm-caf-il26-2025:title', 'bmcaf-isolated']);
    },
  );
});

describe('the older paper, and what it looked at', () => {
  it('answers "which of the two papers is older, and what did it look at" with the order and the older paper\'s conclusion', () => {
    const ids = citedIds(ask('which of the two papers is older, and what did it look at'));
    expect(ids).toEqual(expect.arrayContaining(['caf-il6-stat3-2017:date', 'bm-caf-il26-2025:date', 'il6-conclusion']));
    expect(ids).not.toContain('conclusion-target');
  });
});

describe('a kind of question, led by what that kind needs', () => {
  it.each([
    // Why the cells would help a tumour: what they are and release.
    ['why would fibroblasts help a tumour?? i thought they were just normal connective tissue cells', 'glossary:caf'],
    ['in simple terms, why would fibroblasts help a tumour survive chemo?', 'glossary:caf'],
    // Outcome data asked for: the records give no survival figures.
    ['did they link IL26 or CX3CL1 levels to patient survival at all', 'paper-not-reported'],
    ['did they correlate IL26 or CX3CL1 levels with patient survival at all', 'paper-not-reported'],
  ])('%j starts from %s', (question, id) => {
    expect(citedIds(ask(question))[0]).toBe(id);
  });
});

describe('a line of the record asked for, then why', () => {
  it.each([
    ['doi pls, for my zotero', ['bm-caf-il26-2025:doi']],
    ["what's the DOI? want to send it to my sister, she's an oncologist and will want the original", ['bm-caf-il26-2025:doi']],
    ["who's the first author? I want to email them about my own CAF project", ['bm-caf-il26-2025:first-author']],
    ['journal + DOI pls, I need it for the reference list on a family handout', ['bm-caf-il26-2025:doi', 'bm-caf-il26-2025:journal']],
    ['doi for the oncotarget one', ['caf-il6-stat3-2017:doi']],
  ])('%j is answered with the line', (question, ids) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(citedIds(answer)).toEqual(ids);
  });

  it('still declines when the why turns to someone\'s care', () => {
    expect(ask('doi pls, my dad is on cisplatin and i want to know if he should stop').reason).toBe('medical');
  });
});
