/**
 * Splits text into pieces of at most `max` characters, preferring sentence ends, then line breaks,
 * then spaces; a single overlong word is cut hard. Pieces keep their text exactly, minus joining space.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastMatchEnd(window, /[.!?]\s/g) ?? lastMatchEnd(window, /\n/g) ?? lastMatchEnd(window, /\s/g) ?? hardCut(rest, max);
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Never between the two halves of a surrogate pair (an emoji). */
function hardCut(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

function lastMatchEnd(window: string, pattern: RegExp): number | undefined {
  let end: number | undefined;
  for (const m of window.matchAll(pattern)) {
    const e = m.index + m[0].length;
    if (e > 0 && e <= window.length - 1) end = e;
  }
  return end && end > 0 ? end : undefined;
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
