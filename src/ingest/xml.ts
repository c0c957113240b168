import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

/** Small helpers over htmlparser2's DOM, shared by the JATS and HTML readers. */

export type { Element };

export function parseXml(text: string): Document {
  return parseDocument(text, { xmlMode: true, decodeEntities: true });
}

export function parseHtml(text: string): Document {
  return parseDocument(text, { decodeEntities: true });
}

/** Tag name without a namespace prefix (mml:math -> math), lowercased. */
export const tagOf = (el: Element): string => el.name.toLowerCase().replace(/^.*:/, '');

export const childElements = (node: AnyNode | Document): Element[] =>
  'children' in node ? (node.children as AnyNode[]).filter(isTag) : [];

export const child = (node: AnyNode | Document | undefined, ...names: string[]): Element | undefined =>
  node ? childElements(node).find((c) => names.includes(tagOf(c))) : undefined;

export const childrenNamed = (node: AnyNode | Document | undefined, ...names: string[]): Element[] =>
  node ? childElements(node).filter((c) => names.includes(tagOf(c))) : [];

/** Every descendant element with one of the names, in document order. */
export function descendants(node: AnyNode | Document | undefined, ...names: string[]): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode | Document) => {
    for (const c of childElements(n)) {
      if (names.includes(tagOf(c))) out.push(c);
      walk(c);
    }
  };
  if (node) walk(node);
  return out;
}

/** The first descendant element along a path of names: path(meta, 'title-group', 'article-title'). */
export function path(node: AnyNode | Document | undefined, ...names: string[]): Element | undefined {
  let current: AnyNode | Document | undefined = node;
  for (const name of names) current = current ? (descendants(current, name)[0] as Element | undefined) : undefined;
  return current as Element | undefined;
}

export const attr = (el: Element | undefined, name: string): string | undefined => {
  if (!el) return undefined;
  const key = Object.keys(el.attribs).find((k) => k.toLowerCase() === name || k.toLowerCase().endsWith(`:${name}`));
  return key ? el.attribs[key] : undefined;
};

/** Marks where a bibliographic reference stood, so a sentence knows it cites others' work; removed before text is stored. */
export const CITATION_MARK = '\u0001';

export interface InlineOptions {
  /** elements whose content is left out (figures and tables inside a paragraph are read on their own) */
  skip?: ReadonlySet<string>;
}

const DEFAULT_SKIP: ReadonlySet<string> = new Set(['fig', 'table-wrap', 'fig-group', 'table-wrap-group', 'disp-formula', 'supplementary-material', 'label', 'list', 'def-list', 'fn', 'graphic', 'media', 'alternatives']);

/**
 * The text of mixed content as a reader sees it: inline markup (italic, sub, sup) flattened,
 * numeric reference markers ("[3]", superscript "3,4") reduced to a citation mark, author-year
 * references kept as words and marked, spaces normalised.
 */
export function inlineText(node: AnyNode | Document | undefined, options: InlineOptions = {}): string {
  if (!node) return '';
  const skip = options.skip ?? DEFAULT_SKIP;
  const parts: string[] = [];
  const walk = (n: AnyNode | Document) => {
    if (isText(n)) {
      parts.push(n.data);
      return;
    }
    if (!isTag(n) && !('children' in n && n.type === 'root')) return;
    if (isTag(n)) {
      const tag = tagOf(n);
      if (skip.has(tag)) {
        parts.push(' ');
        return;
      }
      const inner = () => tidy(n.children.map((c) => inlineText(c, options)).join(' '));
      if (tag === 'xref' && attr(n, 'ref-type') === 'bibr') {
        const text = inner();
        parts.push(/^[\d\s,;–-]*$/.test(text) ? CITATION_MARK : `${text}${CITATION_MARK}`);
        return;
      }
      // Footnote markers ("(n = 98 942)ᵃ", "†") point at table notes, not at words.
      if ((tag === 'xref' && /^(table-)?fn$/.test(attr(n, 'ref-type') ?? '')) || (tag === 'sup' && /^(?:[a-f]|[*†‡§¶#]+)$/.test(inner()))) return;
      if (tag === 'ext-link' || tag === 'uri') {
        const text = inner();
        parts.push(text || attr(n, 'href') || '');
        return;
      }
      if (tag === 'break' || tag === 'br') {
        parts.push(' ');
        return;
      }
    }
    for (const c of (n as Element).children) walk(c);
  };
  walk(node);
  return tidy(parts.join(''));
}

const M = CITATION_MARK;

/** Spaces normalised; brackets left holding only reference markers collapse to one mark. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`\\s*[\\[(]\\s*(?:${M}[\\s,;–-]*)+[\\])]`, 'g'), M)
    .replace(new RegExp(`(?:${M}[\\s,;–-]*)+${M}`, 'g'), M)
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(new RegExp(`\\s+(?=[.,;:!?)\\]]|${M}[.,;:!?])`, 'g'), '')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** Text for storing and quoting: citation marks removed. */
export const withoutMarks = (text: string): string => text.replace(new RegExp(`\\s*${M}`, 'g'), '').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim();
