/**
 * A source article as numbered paragraphs (¶1, ¶2, ...): one paragraph a line, blank lines and the
 * copyright line skipped, the convention the claims' locators follow.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^(©|\(c\)|copyright\b)/i.test(line));
}

/** Sentences of a paragraph, split after . ! ? when a capital, digit or quote follows. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
