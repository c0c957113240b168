import type { Engine } from './engine.js';

/** One autocomplete choice: what the user sees and what is sent as the question. */
export interface Completion {
  name: string;
  value: string;
}

/** Discord's limits, also sensible anywhere: 25 choices, names and values of at most 100 characters. */
export const MAX_COMPLETIONS = 25;
export const MAX_COMPLETION_CHARS = 100;

const COMMANDS = ['summary', 'discuss', 'claims', 'papers', 'help'];

const clip = (text: string) => (text.length <= MAX_COMPLETION_CHARS ? text : `${text.slice(0, MAX_COMPLETION_CHARS - 1).trimEnd()}…`);

/**
 * Choices while a question is typed: what was typed, the paper's topics and suggested questions
 * that match it, commands it starts, then the claims that match it best (choosing one shows its
 * source). Nothing typed: the paper's topics and the everyday commands.
 */
export function completions(engine: Engine, typed: string, paperId: string): Completion[] {
  const text = typed.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const paper = engine.paper(paperId);
  const out: Completion[] = [];
  const add = (name: string, value: string) => {
    if (!value || value.length > MAX_COMPLETION_CHARS || out.some((c) => c.value === value)) return;
    out.push({ name: clip(name), value });
  };
  if (text) add(text, text);
  const words = lower.split(' ').filter((w) => w.length > 1);
  for (const topic of paper?.data.topics ?? []) {
    const hay = `${topic.label} ${topic.question}`.toLowerCase();
    if (words.every((w) => hay.includes(w))) add(`${topic.label}: ${topic.question}`, topic.question);
  }
  for (const command of COMMANDS) if (!text || command.startsWith(lower)) add(command, command);
  if (text.length >= 2) {
    for (const claim of engine.rankedClaims(text, { paperId })) add(`${claim.id}: ${claim.text}`, `source ${claim.id}`);
  }
  return out.slice(0, MAX_COMPLETIONS);
}

/** Papers whose id or title contain every typed word, the latest added first; the value is the paper id. */
export function paperCompletions(engine: Engine, typed: string): Completion[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return [...engine.library.papers]
    .sort((a, b) => (b.data.addedOn ?? '').localeCompare(a.data.addedOn ?? ''))
    .filter((p) => words.every((w) => `${p.data.id} ${p.data.shortTitle} ${p.data.title}`.toLowerCase().includes(w)))
    .slice(0, MAX_COMPLETIONS)
    .map((p) => ({ name: clip(`${p.data.shortTitle} (${p.data.id})`), value: p.data.id.slice(0, MAX_COMPLETION_CHARS) }));
}
