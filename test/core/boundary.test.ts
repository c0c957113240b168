import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/engine.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const src = path.join(REPO_ROOT, 'src');

describe('dependencies point inward', () => {
  it('only the typo module imports fuse.js', () => {
    const importers = sourceFiles(src).filter((f) => importsOf(f).includes('fuse.js'));
    expect(importers.map((f) => path.relative(src, f))).toEqual([path.join('core', 'typos.ts')]);
  });

  it('the core imports no adapter, no platform SDK and no logger', () => {
    for (const file of sourceFiles(path.join(src, 'core'))) {
      for (const spec of importsOf(file)) {
        expect(spec, `${path.relative(src, file)} imports ${spec}`).not.toMatch(/adapters|@slack|discord|pino|\.\.\/config/);
      }
    }
  });
});
