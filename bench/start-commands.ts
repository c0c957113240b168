import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How the bot is started, read from the files that start it (the Procfile's web command and
 * package.json's `start` script), so a benchmark runs node with exactly their flags and a change
 * there shows in the figures.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function nodeWords(command: string, where: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`${where} does not start with node: ${command}`);
  return words.slice(1);
}

/** The Procfile's web command after `node`: its flags and script (of the checkout at `root`). */
export function procfileArgs(root = ROOT): string[] {
  const web = /^web:\s*(.+)$/m.exec(readFileSync(path.join(root, 'Procfile'), 'utf8'))?.[1] ?? '';
  return nodeWords(web, "the Procfile's web command");
}

/** `npm start` after `node`: its flags and entry point. */
export function npmStartArgs(root = ROOT): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return nodeWords(pkg.scripts.start ?? '', "package.json's start script");
}

/** The node flags of a command (the words before its script), e.g. to start a probe the same way. */
export const nodeFlags = (args: string[]): string[] => args.slice(0, -1);
