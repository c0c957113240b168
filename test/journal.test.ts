import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Responder } from '../src/core/respond.js';
import { DATA_DIR, realEngine, REPO_ROOT, SHIPPED_DATA_DIR, sentences } from './helpers/engine.js';
import { tempDatabase } from './helpers/process.js';
import { runEntry } from './helpers/spawn.js';

const ARTICLE = path.join(REPO_ROOT, 'test', 'fixtures', 'new-article.txt');

describe('a journal club adds a paper, curates it, switches a channel to it and sees its gaps', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'claims-journal-'));
  const dataDir = path.join(root, 'papers');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  const database = tempDatabase();
  const env = { DATA_DIR: dataDir, DATABASE_PATH: database };
  const paperDir = path.join(dataDir, 'lif-demo');

  it('paper:new creates a draft with numbered paragraphs and one candidate per sentence', async () => {
    const result = await runEntry('src/cli/paper-new.ts', ['--id', 'lif-demo', '--source', ARTICLE, '--title', 'Fibroblast LIF in pancreatic cancer (demo)', '--journal', 'Demo Journal'], { env });
    expect(result.code, result.stderr).toBe(0);
    const claims = JSON.parse(readFileSync(path.join(paperDir, 'claims.json'), 'utf8'));
    expect(claims.map((c: { id: string; sources: Array<{ source: string; locator: string }> }) => [c.id, c.sources[0]!.source, c.sources[0]!.locator])).toEqual([
      ['lif-demo-p1-s1', 'press', '¶1'],
      ['lif-demo-p1-s2', 'press', '¶1'],
      ['lif-demo-p2-s1', 'press', '¶2'],
      ['lif-demo-p2-s2', 'press', '¶2'],
    ]);
    expect(claims.every((c: { draft: boolean; quote?: boolean }) => c.draft && !c.quote)).toBe(true);
    expect(readFileSync(path.join(paperDir, 'source-paragraphs.md'), 'utf8')).toMatch(/^\*\*¶2\*\* In mice, blocking LIF/m);
    const paper = JSON.parse(readFileSync(path.join(paperDir, 'paper.json'), 'utf8'));
    // The journal is the paper's, named by the curator: cited to the paper's record, not to the article's first paragraph.
    expect(paper).toMatchObject({ id: 'lif-demo', status: 'draft', journal: { name: 'Demo Journal', cite: [{ source: 'paper', locator: 'bibliographic record' }] } });
    // No placeholder for what was not given, and the press source is not titled after the paper.
    expect(paper.authors).toBeUndefined();
    expect(paper.sources.map((s: { id: string; title: string }) => [s.id, s.title])).toEqual([
      ['press', 'Press article'],
      ['paper', 'Fibroblast LIF in pancreatic cancer (demo), Demo Journal'],
    ]);
  });

  it('refuses an existing id and a missing title off a terminal', async () => {
    expect((await runEntry('src/cli/paper-new.ts', ['--id', 'lif-demo', '--source', ARTICLE, '--title', 'x'], { env })).stderr).toMatch(/already exists/);
    const noTitle = await runEntry('src/cli/paper-new.ts', ['--id', 'other-demo', '--source', ARTICLE], { env });
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toMatch(/--title: required when not run on a terminal/);
  });

  it('data:check passes after two claims are curated, and names what is wrong otherwise', async () => {
    const file = path.join(paperDir, 'claims.json');
    const claims = JSON.parse(readFileSync(file, 'utf8'));
    claims[0] = { id: 'lif-fibroblasts-release', text: 'According to the press report, fibroblasts beside pancreatic tumours secrete LIF.', sources: [{ source: 'press', locator: '¶1' }], evidence: 'press-statement', tags: ['LIF', 'fibroblast', 'secrete'] };
    claims[2] = { id: 'lif-blocking-mice', text: 'The report says an antibody against LIF slowed tumour growth in mice.', sources: [{ source: 'press', locator: '¶2' }], evidence: 'press-statement', tags: ['LIF', 'antibody', 'mice'] };
    writeFileSync(file, JSON.stringify(claims));
    const ok = await runEntry('src/cli/data-check.ts', [], { env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/ok {2}lif-demo \(draft\): 2 claims, 0 glossary terms, 2 passages, 2 draft candidates to curate/);

    // A locator past the article's end, and publishing with drafts left, are both refused.
    const broken = structuredClone(claims);
    broken[0].sources[0].locator = '¶9';
    writeFileSync(file, JSON.stringify(broken));
    const paperFile = path.join(paperDir, 'paper.json');
    const paper = JSON.parse(readFileSync(paperFile, 'utf8'));
    writeFileSync(paperFile, JSON.stringify({ ...paper, status: 'published', tldr: ['lif-blocking-mice'] }));
    const bad = await runEntry('src/cli/data-check.ts', [], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/claim "lif-fibroblasts-release" field sources\[0\]\.locator: ¶9 is past the end of "press", which has 2 paragraphs/);
    expect(bad.stderr).toMatch(/claim "lif-demo-p1-s2" field draft: a published paper cannot hold draft claims/);
    expect(bad.stderr).toMatch(/paper\.json field authors: a published paper needs its authors/);
    writeFileSync(file, JSON.stringify(claims));
    writeFileSync(paperFile, JSON.stringify(paper));
  });

  it('a channel switched to the new paper gets its cited answers, and a declined question shows up in gaps', async () => {
    const session = ['use lif-demo', 'what does LIF do in mice?', 'what is the weather in Oslo?', 'what is the weather in Oslo', 'gaps', 'quit'].join('\n');
    const chat = await runEntry('src/main.ts', ['--terminal'], { env, stdin: `${session}\n` });
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toMatch(/This channel now reads Fibroblast LIF in pancreatic cancer \(demo\) \(lif-demo\)/);
    expect(chat.stdout).toMatch(/antibody against LIF slowed tumour growth in mice \[1\]\./);
    expect(chat.stdout).toMatch(/\[1\] Press article, ¶2\n {6}press-statement: lif-blocking-mice/);
    expect(chat.stdout).toMatch(/^Paper: Fibroblast LIF in pancreatic cancer \(demo\)$/m);
    expect(chat.stdout).toMatch(/1\. "what is the weather in Oslo\??": asked 2×, 2 declined/);
  });

  it('remembers the channel paper across a restart, and npm run report shows the same gaps', async () => {
    const chat = await runEntry('src/main.ts', ['--terminal'], { env, stdin: 'use\n' });
    expect(chat.stdout).toMatch(/This channel reads Fibroblast LIF in pancreatic cancer \(demo\) \(lif-demo\)/);
    const report = await runEntry('src/cli/report.ts', ['--days', '7'], { env });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/"what is the weather in Oslo\??": asked 2×/);
    expect(report.stdout).toMatch(/Fibroblast LIF in pancreatic cancer \(demo\): 3 questions, 1 answered, 2 declined/);
  });
});

describe('the shipped library', () => {
  it('passes data:check (part of every test run), whatever papers it holds', async () => {
    const result = await runEntry('src/cli/data-check.ts', [], { env: { DATA_DIR: SHIPPED_DATA_DIR } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\d+ papers valid/);
  });
});

describe('several papers, one engine', () => {
  const responder = new Responder(realEngine());
  const say = (text: string, channel = 'room') => responder.respond({ platform: 'cli', conversationId: channel, text });

  it('reads the newest published paper until a channel chooses another', () => {
    expect(say('who is the first author?').summary).toContain('Abdus Salam');
    expect(say('use caf-il6-stat3-2017', 'il6-room').answered).toBe(true);
    expect(say('who is the first author?', 'il6-room').summary).toContain('Limin Wang');
    expect(say('who is the first author?').summary).toContain('Abdus Salam');
    expect(say('use no-such-paper').summary).toMatch(/There is no paper "no-such-paper"/);
  });

  it('"all:" asks every paper, and every citation names its paper', () => {
    const answer = say('all: neutralizing antibodies reverse EMT');
    const papers = new Set(answer.citations.map((c) => c.paperId));
    expect(papers).toEqual(new Set(['bm-caf-il26-2025', 'caf-il6-stat3-2017']));
    for (const c of answer.citations) expect(c.paperTitle.length).toBeGreaterThan(0);
  });

  it('discuss more lists every disagreement with both sides cited, the caveats and the open questions, grouped by kind', () => {
    const answer = say('discuss more');
    const lines = answer.summary.split('\n');
    const headings = lines.filter((l) => !l.startsWith('- '));
    expect(headings).toEqual(['Disagreements between sources (6):', 'Caveats (6):', 'Open questions (4):']);
    const block = (heading: string) => lines.slice(lines.indexOf(heading) + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('- ')));
    const disagreements = block('Disagreements between sources (6):');
    expect(disagreements).toHaveLength(6);
    for (const line of disagreements) expect(line).toMatch(/\[\d+\]\[\d+\]\.$/);
    expect(block('Open questions (4):')).toHaveLength(4);
    expect(block('Caveats (6):').some((l) => l.includes('transcription factors'))).toBe(true);
    for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/\[\d+\]/);
  });

  it('discuss shows three of each kind, says how many more there are, and cites only what it shows', () => {
    const answer = say('discuss');
    const lines = answer.summary.split('\n');
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(9);
    expect(lines.at(-1)).toBe('(3 more disagreements, 3 more caveats, 1 more open question: type "discuss more" for every prompt.)');
    const cited = new Set([...answer.summary.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(new Set(answer.citations.map((c) => c.n))).toEqual(cited);
    expect(say('discuss more').summary.split('\n').filter((l) => l.startsWith('- ')).length).toBe(16);
  });
});
