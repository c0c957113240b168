import { fileURLToPath } from 'node:url';
import { Engine } from '../../src/core/engine.js';
import { loadLibrary } from '../../src/core/library.js';
import { Responder } from '../../src/core/respond.js';
import type { Answer } from '../../src/core/types.js';

/**
 * The library the tests read: a frozen copy of the papers in test/fixtures/papers, so adding,
 * publishing or removing a paper in data/ never changes what a test sees.
 */
export const DATA_DIR = fileURLToPath(new URL('../fixtures/papers', import.meta.url));
/** The library the product ships (data/papers); only the data:check test reads it. */
export const SHIPPED_DATA_DIR = fileURLToPath(new URL('../../data/papers', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let cached: Engine | undefined;
export function realEngine(): Engine {
  if (!cached) {
    // As boot does: the first question of a test run should not pay for warming the engine.
    cached = new Engine(loadLibrary(DATA_DIR));
    cached.warmUp();
  }
  return cached;
}

export function ask(text: string, conversationId = 'test'): Answer {
  return new Responder(realEngine()).respond({ platform: 'cli', conversationId, text });
}

/** One conversation (a thread, a DM, a terminal session): each call is the next turn in it. */
export function conversation(conversationId: string): (text: string) => Answer {
  const responder = new Responder(realEngine());
  return (text) => responder.respond({ platform: 'cli', conversationId, text });
}

export const citedIds = (answer: Answer): string[] => [...new Set(answer.citations.map((c) => c.claimId))];

/** Splits a summary into sentences the way a reader would: at ". " / "? " / "! " and line breaks. */
export function sentences(summary: string): string[] {
  return summary
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
