import { describe, expect, it } from 'vitest';
import { runEntry } from '../helpers/spawn.js';

describe('terminal chat (npm start with no tokens)', () => {
  it('refuses to start with nothing to do when stdin is not a terminal, and says how to get the chat', async () => {
    const result = await runEntry('src/main.ts', [], { stdin: 'summary\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Nothing to run: no platform is configured \(set SLACK_BOT_TOKEN/);
    expect(result.stderr).toMatch(/npm start -- --terminal/);
  });

  it('answers questions typed on stdin, remembers the conversation, and leaves on quit', async () => {
    const session = ['what does IL26 activate?', 'source 1', 'Does IL26 cause Alzheimer\'s disease?', 'help', 'quit', 'never read'].join('\n');
    const result = await runEntry('src/main.ts', ['--terminal'], { stdin: `${session}\n` });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/terminal chat/);
    expect(out).toMatch(/IL26 activated the JAK-STAT3 pathway in NSCLC cells \[1\]\[2\]\./);
    expect(out).toMatch(/Claim il26-jakstat3, evidence: in-vitro/);
    expect(out).toMatch(/don't cover "alzheimer"\. They do cover IL-26/);
    expect(out).toMatch(/define <term>/);
    expect(out).toMatch(/Bye\.\n$/);
  });

  it('ends cleanly when stdin closes without quit', async () => {
    const result = await runEntry('src/main.ts', ['--terminal'], { stdin: 'summary\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/BM-CAFs markedly increased/);
  });
});
