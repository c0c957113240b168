import type { Answer } from '../../core/types.js';
import { claimsLine, present } from '../shared/present.js';

export interface TextOptions {
  /** wrap to this many columns with hanging indents; undefined: no wrapping (a pipe or a file) */
  width?: number;
  /** ANSI colour and bold (a TTY without NO_COLOR) */
  colour?: boolean;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', yellow: '\x1b[33m', blue: '\x1b[34m', underline: '\x1b[4m', reset: '\x1b[0m' } as const;
// Narrower than this and a hanging indent leaves no room for words.
const MIN_WIDTH = 24;

/**
 * Wraps text to `width` columns: the first line after `first`, the rest after `rest` (a hanging
 * indent). Words are never split: a word longer than a line (a URL) gets a line of its own.
 */
export function wrap(text: string, width: number | undefined, first = '', rest = first): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const prefix = () => (out.length === 0 ? first : rest);
    if (width === undefined) {
      out.push(prefix() + paragraph);
      continue;
    }
    const room = Math.max(width, MIN_WIDTH);
    let line = prefix();
    let empty = true;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > room) {
        out.push(line);
        line = rest;
        empty = true;
      }
      line += (empty ? '' : ' ') + word;
      empty = false;
    }
    out.push(line);
  }
  return out;
}

function styler(colour: boolean) {
  const paint = (code: string, text: string) => (colour && text ? `${code}${text}${ANSI.reset}` : text);
  return {
    heading: (t: string) => paint(ANSI.bold, t),
    dim: (t: string) => paint(ANSI.dim, t),
    warn: (t: string) => paint(ANSI.yellow, t),
    // Colour is applied after wrapping, word by word, so it never changes where a line breaks.
    markers: (t: string) => (colour ? t.replace(/(\[\d+\])+/g, (m) => paint(ANSI.cyan, m)) : t),
    urls: (t: string) => (colour ? t.replace(/\bhttps?:\/\/\S+/g, (m) => paint(ANSI.blue + ANSI.underline, m)) : t),
  };
}

/** Answer -> text for a terminal or the CLI: the shared presentation, wrapped and (on a TTY) coloured. */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  const view = present(answer);
  const { width } = options;
  const s = styler(options.colour === true);
  const out: string[] = [];
  for (const notice of view.notices) out.push(...wrap(`(${notice})`, width, '', ' ').map(s.dim));
  if (view.paper) out.push(...wrap(`${view.paper.label}: ${view.paper.text}`, width, '', '  ').map(s.dim), '');
  // A list item ("- …", as in discuss) hangs under its first word.
  const body = view.answer.split('\n').flatMap((line) => (line.startsWith('- ') ? wrap(line.slice(2), width, '- ', '  ') : wrap(line, width)));
  out.push(...body.map((l) => s.markers(s.urls(l))));
  if (view.quotation) {
    out.push('', ...wrap(`${view.quotation.attribution}:`, width, '', '  ').map(s.heading));
    out.push(...wrap(`“${view.quotation.text}”`, width, '  │ ', '  │ '));
  }
  if (view.sources.length > 0) {
    out.push('', s.heading(`Sources:`));
    for (const source of view.sources) {
      const label = `  [${source.n}] `;
      const hang = ' '.repeat(label.length);
      out.push(...wrap(`${source.title}, ${source.locator}`, width, label, hang).map((l, i) => (i === 0 ? l.replace(label, s.markers(label)) : l)));
      if (source.url) out.push(hang + s.urls(source.url));
      out.push(...wrap(claimsLine(source), width, hang).map(s.dim));
    }
  }
  if (view.caveats.items.length > 0) {
    out.push('', s.heading(`${view.caveats.heading}:`));
    for (const caveat of view.caveats.items) out.push(...wrap(caveat, width, '  - ', '    ').map((l) => s.markers(l)).map((l, i) => (i === 0 ? l.replace('  - ', `  ${s.warn('-')} `) : l)));
  }
  if (view.suggestions.items.length > 0) {
    out.push('', s.heading(`${view.suggestions.heading}:`));
    for (const suggestion of view.suggestions.items) out.push(...wrap(suggestion, width, '  - ', '    '));
  }
  return out.join('\n');
}

/** Width and colour for an output stream: wrap and colour only a TTY, and never colour under NO_COLOR. */
export function textOptionsFor(stream: { isTTY?: boolean; columns?: number }, noColor: boolean): TextOptions {
  const tty = stream.isTTY === true;
  return { ...(tty && stream.columns ? { width: stream.columns } : {}), colour: tty && !noColor };
}
