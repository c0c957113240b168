import { describe, expect, it } from 'vitest';
import { renderText, textOptionsFor, wrap } from '../../src/adapters/terminal/render.js';
import { ask } from '../helpers/engine.js';
import { extremeAnswer } from '../helpers/extreme-answer.js';

const ESC = '\x1b[';
const visible = (line: string) => line.replace(/\x1b\[\d+m/g, '');

describe('terminal rendering', () => {
  for (const width of [80, 160]) {
    it(`wraps every line to ${width} columns with hanging indents, and never splits a URL`, () => {
      for (const q of ['summary', 'what does IL26 activate?', 'do BM-CAFs promote EMT?', 'discuss']) {
        const out = renderText(ask(q), { width });
        for (const line of out.split('\n')) {
          if (/https?:\/\//.test(line)) continue;
          expect(line.length, line).toBeLessThanOrEqual(width);
        }
        expect(out).toContain('https://doi.org/10.1186/s40164-025-00713-9');
      }
      const out = renderText(ask('summary'), { width });
      // A source's continuation lines hang under its title, not under its number.
      expect(out).toMatch(/^ {2}\[1\] .*\n {6}https:\/\/doi\.org\/10\.1186\/s40164-025-00713-9$/m);
      expect(out).toMatch(/^ {2}- .*\n {4}\S/m);
    });
  }

  it('gives an overlong URL a line of its own rather than cutting it', () => {
    const url = `https://example.org/${'a'.repeat(100)}`;
    expect(wrap(`see ${url} now`, 40, '  - ', '    ')).toEqual(['  - see', `    ${url}`, '    now']);
  });

  it('colours and bolds only when asked, and the words are the same either way', () => {
    const answer = ask('what does IL26 activate?');
    const plain = renderText(answer, { width: 80 });
    const coloured = renderText(answer, { width: 80, colour: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}1mSources:`);
    expect(coloured.split('\n').map(visible)).toEqual(plain.split('\n'));
  });

  it('colours a TTY, but not a pipe and not under NO_COLOR; wraps only a TTY', () => {
    expect(textOptionsFor({ isTTY: true, columns: 100 }, false)).toEqual({ width: 100, colour: true });
    expect(textOptionsFor({ isTTY: true, columns: 100 }, true)).toEqual({ width: 100, colour: false });
    expect(textOptionsFor({}, false)).toEqual({ colour: false });
  });

  it('renders the presentation model at its extremes without losing a source or breaking a URL', () => {
    const answer = extremeAnswer();
    const out = renderText(answer, { width: 80 });
    for (const n of [1, 25, 50]) expect(out).toContain(`[${n}] Source ${n - 1}`);
    expect(out.match(/^ {2}\[\d+\] /gm)).toHaveLength(50);
    for (const c of answer.citations) expect(out).toContain(c.source.url!);
  });
});
