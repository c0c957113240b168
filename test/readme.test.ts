import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/engine.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const envExample = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
const configSource = readFileSync(path.join(REPO_ROOT, 'src', 'config.ts'), 'utf8');

describe('the README stays true', () => {
  it('invites the Discord bot with exactly the permissions it needs', () => {
    const needed =
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;
    const quoted = [...readme.matchAll(/permissions=(\d+)/g)].map((m) => BigInt(m[1]!));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q).toBe(needed);
  });

  it('documents every environment variable the configuration reads, in the README and .env.example', () => {
    const variables = [...configSource.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(5);
    for (const v of variables) {
      expect(readme, `${v} in README`).toContain(`\`${v}\``);
      expect(envExample, `${v} in .env.example`).toMatch(new RegExp(`^${v}=`, 'm'));
    }
  });

  it('quick start is the two commands package.json provides', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(pkg.scripts.start).toBeDefined();
    expect(pkg.scripts.test).toBe('vitest run');
  });
});
