import type { AnyNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { paragraphsOf } from '../core/paragraphs.js';
import { emptyMeta, type Article, type ArticleMeta } from './article.js';
import { descendants, parseHtml, tagOf } from './xml.js';

/**
 * A press article (or any article saved as text or HTML) as numbered paragraphs ¶1, ¶2, …:
 * paragraphs split on blank lines with hard-wrapped lines joined, HTML reduced to its text, and a
 * first line that is a headline kept as the article's title rather than counted as ¶1.
 */

export const looksLikeHtml = (text: string): boolean => /<(?:!doctype html|html|body|p|div|article|br|h[1-6])\b[^>]*>/i.test(text.slice(0, 5000));

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt', 'figcaption', 'td', 'th']);
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'select']);

/** Visible text of an HTML page, one block a paragraph, separated by blank lines; the page's headline apart. */
export function htmlToText(html: string): { text: string; headline?: string } {
  const doc = parseHtml(html);
  const h1 = descendants(doc, 'h1')[0];
  const title = descendants(doc, 'title')[0];
  const textOf = (node: AnyNode): string => {
    if (isText(node)) return node.data;
    if (!isTag(node) || DROPPED.has(tagOf(node))) return '';
    if (tagOf(node) === 'br') return '\n';
    return node.children.map(textOf).join('');
  };
  const blocks: string[] = [];
  const walk = (node: AnyNode) => {
    if (!isTag(node) || DROPPED.has(tagOf(node)) || tagOf(node) === 'head') return;
    if (BLOCKS.has(tagOf(node))) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text && node !== h1) blocks.push(text);
      return;
    }
    const before = blocks.length;
    node.children.forEach(walk);
    // Text sitting directly in a <div> with no block inside it is a paragraph too.
    if (blocks.length === before && ['div', 'section', 'article', 'main', 'body'].includes(tagOf(node))) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text && node !== h1) blocks.push(text);
    }
  };
  doc.children.forEach(walk);
  const headline = (h1 ? textOf(h1) : title ? textOf(title) : '').replace(/\s+/g, ' ').trim();
  return { text: blocks.join('\n\n'), ...(headline ? { headline } : {}) };
}

/** A first paragraph that is short, unpunctuated and followed by the article is its headline. */
export function splitHeadline(paragraphs: string[]): { headline?: string; paragraphs: string[] } {
  const [first, ...rest] = paragraphs;
  if (!first || rest.length === 0) return { paragraphs };
  const words = first.split(/\s+/).length;
  if (first.length <= 160 && words <= 25 && !/[.:;,]$/.test(first)) return { headline: first, paragraphs: rest };
  return { paragraphs };
}

export interface PressOptions {
  /** what the curator says about the paper the article reports on */
  meta?: Partial<ArticleMeta>;
  publisher?: string;
  date?: string;
  url?: string;
}

export function readPress(raw: string, options: PressOptions = {}): Article {
  const html = looksLikeHtml(raw);
  const page = html ? htmlToText(raw) : { text: raw, headline: undefined };
  let headline = page.headline;
  let paragraphs = paragraphsOf(page.text);
  if (headline) {
    if (paragraphs[0] === headline) paragraphs = paragraphs.slice(1);
  } else {
    ({ headline, paragraphs } = splitHeadline(paragraphs));
  }
  const meta: ArticleMeta = { ...emptyMeta(), ...options.meta };
  return {
    kind: 'press',
    format: html ? 'html' : 'text',
    meta,
    passages: paragraphs.map((p, i) => ({ locator: `¶${i + 1}`, section: 'Press article', kind: 'press', text: p, marked: p, candidates: true })),
    press: {
      ...(headline ? { headline } : {}),
      ...(options.publisher ? { publisher: options.publisher } : {}),
      ...(options.date ? { date: options.date } : {}),
      ...(options.url ? { url: options.url } : {}),
    },
  };
}
