import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../src/adapters/terminal/render.js';
import { ask, REPO_ROOT } from './helpers/engine.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/<!-- terminal (\d+) columns: (.+?) -->\n.*\n\n```text\n([\s\S]*?)\n```/g)];

describe('README terminal output is what the terminal prints', () => {
  it('shows blocks at 80 and at 160 columns', () => {
    expect(new Set(blocks.map((b) => Number(b[1])))).toEqual(new Set([80, 160]));
  });
  it.each(blocks.map((b) => [b[2]!, Number(b[1]), b[3]!] as const))('%s at %i columns', (question, width, shown) => {
    expect(renderText(ask(question, `readme-${question}`), { width })).toBe(shown);
  });
});
