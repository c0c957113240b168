import type { Document } from 'domhandler';
import { emptyMeta, type Article, type ArticleMeta, type ArticlePassage, type PartialDate, type PassageKind } from './article.js';
import { attr, child, childElements, childrenNamed, descendants, inlineText, parseXml, path, tagOf, withoutMarks, type Element } from './xml.js';

/**
 * Reads a JATS article (the XML PMC and Europe PMC serve, and publishers deposit): the
 * bibliographic record from <front>, and the text as passages located the way a reader cites
 * them: "Abstract (Results)", "Results ¶3", "Figure 2 legend".
 */

export class JatsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JatsError';
  }
}

/** Sections with nothing to claim: links to reviews, lists of files, lists of abbreviations. */
const NO_CANDIDATES = /pre-?publication history|supplementary|electronic supplementary|^abbreviations?$|data availability|availability of (data|supporting)/i;

export function readJats(xml: string): Article {
  const doc = parseXml(xml);
  const article = descendants(doc, 'article')[0];
  if (!article) {
    throw new JatsError(/<html|<!doctype html/i.test(xml.slice(0, 500)) ? 'this is an HTML page, not JATS XML' : 'no <article> element: this is not a JATS article');
  }
  const front = child(article, 'front');
  const articleMeta = path(front, 'article-meta');
  if (!articleMeta) throw new JatsError('no <front><article-meta>: the article has no bibliographic record');
  const meta = readMeta(article, front!, articleMeta);
  const passages = [...readAbstract(articleMeta), ...readBody(article), ...readFloats(doc), ...readBack(article)];
  return { kind: 'paper', format: 'jats', meta, passages };
}

const text = (el: Element | undefined): string | undefined => {
  const t = el ? withoutMarks(inlineText(el)) : '';
  return t || undefined;
};

function readMeta(article: Element, front: Element, articleMeta: Element): ArticleMeta {
  const meta = emptyMeta();
  const journalMeta = child(front, 'journal-meta');
  const title = text(path(articleMeta, 'title-group', 'article-title'));
  const subtitle = text(path(articleMeta, 'title-group', 'subtitle'));
  if (title) meta.title = subtitle ? `${title}: ${subtitle}` : title;
  readContributors(articleMeta, meta);
  meta.journal = text(descendants(journalMeta, 'journal-title')[0]);
  meta.publisher = text(descendants(journalMeta, 'publisher-name')[0]);
  meta.volume = text(child(articleMeta, 'volume'));
  meta.issue = text(child(articleMeta, 'issue'));
  const first = text(child(articleMeta, 'fpage'));
  const last = text(child(articleMeta, 'lpage'));
  if (first) meta.pages = last && last !== first ? `${first}–${last}` : first;
  meta.elocation = text(child(articleMeta, 'elocation-id'));
  for (const id of childrenNamed(articleMeta, 'article-id')) {
    const value = text(id);
    const type = attr(id, 'pub-id-type');
    if (!value) continue;
    if (type === 'doi') meta.doi = value.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
    else if (type === 'pmid') meta.pmid = value;
    else if (type === 'pmc' || type === 'pmcid') meta.pmcid = value.toUpperCase().startsWith('PMC') ? value.toUpperCase() : `PMC${value}`;
  }
  readDates(articleMeta, meta);
  const license = descendants(child(articleMeta, 'permissions'), 'license')[0];
  if (license) {
    const url = attr(license, 'href') ?? text(descendants(license, 'license_ref')[0]) ?? null;
    const licenceText = withoutMarks(inlineText(license, { skip: new Set(['license_ref']) })) || null;
    if (url || licenceText) meta.licence = { url: url && /^https?:\/\//.test(url) ? url : null, text: licenceText };
    if (meta.licence && !meta.licence.url && !meta.licence.text) delete meta.licence;
  }
  const keywords = childrenNamed(articleMeta, 'kwd-group').find((g) => !/abbrev/i.test(attr(g, 'kwd-group-type') ?? ''));
  meta.keywords = childrenNamed(keywords, 'kwd').map((k) => text(k)).filter((k): k is string => !!k);
  meta.articleType = attr(article, 'article-type');
  return meta;
}

function personName(contrib: Element): { name: string; surname: string } | undefined {
  const name = child(contrib, 'name', 'string-name');
  if (name) {
    const given = text(child(name, 'given-names'));
    const surname = text(child(name, 'surname'));
    const full = [given, surname].filter(Boolean).join(' ') || text(name);
    return full ? { name: full, surname: surname ?? full.split(' ').at(-1)! } : undefined;
  }
  const collab = text(child(contrib, 'collab'));
  return collab ? { name: collab, surname: collab } : undefined;
}

function readContributors(articleMeta: Element, meta: ArticleMeta): void {
  const affById = new Map<string, string>();
  const affName = (aff: Element) => withoutMarks(inlineText(aff)).replace(/^[\d*†‡§,\s]+(?=\S)/, '').replace(/\s+,/g, ',').trim();
  const affs = descendants(articleMeta, 'aff');
  for (const aff of affs) {
    const id = attr(aff, 'id');
    if (id) affById.set(id, affName(aff));
  }
  const byAffiliation = new Map<string, string[]>();
  const contribs = descendants(articleMeta, 'contrib').filter((c) => (attr(c, 'contrib-type') ?? 'author') === 'author');
  for (const contrib of contribs) {
    const person = personName(contrib);
    if (!person) continue;
    const { name } = person;
    meta.authors.push(name);
    meta.surnames.push(person.surname);
    const xrefs = childrenNamed(contrib, 'xref');
    if (attr(contrib, 'corresp') === 'yes' || xrefs.some((x) => attr(x, 'ref-type') === 'corresp')) meta.correspondingAuthors.push(name);
    const places = [
      ...xrefs.filter((x) => attr(x, 'ref-type') === 'aff').flatMap((x) => (attr(x, 'rid') ?? '').split(/\s+/)).map((id) => affById.get(id)),
      ...childrenNamed(contrib, 'aff').map(affName),
    ].filter((p): p is string => !!p);
    for (const place of places) byAffiliation.set(place, [...(byAffiliation.get(place) ?? []), name]);
  }
  // One affiliation and no links to it: everyone is there.
  if (byAffiliation.size === 0 && affs.length === 1 && meta.authors.length > 0) byAffiliation.set(affName(affs[0]!), [...meta.authors]);
  meta.affiliations = [...byAffiliation].map(([name, authors]) => ({ name, authors: [...new Set(authors)] }));
}

function partialDate(el: Element): PartialDate | undefined {
  const year = Number(text(child(el, 'year')));
  if (!Number.isInteger(year) || year < 1000) return undefined;
  const month = Number(text(child(el, 'month')));
  const day = Number(text(child(el, 'day')));
  return { year, ...(month >= 1 && month <= 12 ? { month } : {}), ...(day >= 1 && day <= 31 && month >= 1 ? { day } : {}) };
}

function readDates(articleMeta: Element, meta: ArticleMeta): void {
  for (const el of childrenNamed(articleMeta, 'pub-date')) {
    const type = attr(el, 'pub-type') ?? attr(el, 'date-type') ?? '';
    const format = attr(el, 'publication-format') ?? '';
    const date = partialDate(el);
    if (!date) continue;
    if (type === 'ppub' || type === 'epub-ppub' || (type === 'pub' && format === 'print')) meta.published.print ??= date;
    else if (type === 'epub' || (type === 'pub' && format === 'electronic')) meta.published.online ??= date;
    else if (type === 'collection') meta.published.collection ??= date;
    else if (type === 'pub' || type === '') meta.published.online ??= date;
  }
}

/** "introduction" -> "Introduction"; "2.1. Patients" -> "Patients"; a trailing full stop dropped. */
export function sectionName(raw: string | undefined, fallback: string): string {
  const cleaned = (raw ?? '').replace(/^(?:[\dIVX]+[.)]?)+\s+/, '').replace(/[.:]\s*$/, '').trim();
  if (!cleaned) return fallback;
  return cleaned === cleaned.toLowerCase() ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
}

/** Paragraphs of a container in reading order: nested sections, lists and boxed text included; figures and tables left to readFloats. */
function paragraphsIn(container: Element): string[] {
  return paragraphsAmong(childElements(container));
}

const CONTAINERS = new Set(['sec', 'list', 'list-item', 'boxed-text', 'disp-quote', 'statement', 'def-list', 'def-item', 'def', 'app', 'fn-group', 'fn', 'notes']);

function paragraphsAmong(elements: Element[]): string[] {
  const out: string[] = [];
  const walk = (els: Element[]) => {
    for (const c of els) {
      const tag = tagOf(c);
      if (tag === 'p') {
        const marked = inlineText(c);
        if (withoutMarks(marked)) out.push(marked);
        walk(childElements(c)); // lists inside a paragraph follow it
      } else if (CONTAINERS.has(tag)) {
        walk(childElements(c));
      }
    }
  };
  walk(elements);
  return out;
}

function passage(locator: string, section: string, kind: PassageKind, marked: string, candidates = true): ArticlePassage {
  return { locator, section, kind, text: withoutMarks(marked), marked, candidates };
}

/** Numbers a section's paragraphs: "Results ¶1", "Results ¶2"... and gives each section name once. */
function numbered(name: string, paragraphs: string[], kind: PassageKind, used: Map<string, number>, candidates = true): ArticlePassage[] {
  const count = (used.get(name) ?? 0) + 1;
  used.set(name, count);
  const unique = count > 1 ? `${name} (${count})` : name;
  return paragraphs.map((p, i) => passage(`${unique} ¶${i + 1}`, unique, kind, p, candidates));
}

function readAbstract(articleMeta: Element): ArticlePassage[] {
  const abstracts = childrenNamed(articleMeta, 'abstract');
  const main = abstracts.find((a) => !attr(a, 'abstract-type')) ?? abstracts.find((a) => !/graphical|teaser|toc/i.test(attr(a, 'abstract-type') ?? ''));
  if (!main) return [];
  const secs = childrenNamed(main, 'sec');
  if (secs.length === 0) {
    const paragraphs = paragraphsIn(main);
    return paragraphs.map((p, i) => passage(paragraphs.length === 1 ? 'Abstract' : `Abstract ¶${i + 1}`, 'Abstract', 'abstract', p));
  }
  return secs.flatMap((sec, n) => {
    const name = sectionName(text(child(sec, 'title')), `part ${n + 1}`);
    const paragraphs = paragraphsIn(sec);
    return paragraphs.map((p, i) => passage(paragraphs.length === 1 ? `Abstract (${name})` : `Abstract (${name}) ¶${i + 1}`, 'Abstract', 'abstract', p));
  });
}

function readBody(article: Element): ArticlePassage[] {
  const body = child(article, 'body');
  if (!body) return [];
  const used = new Map<string, number>();
  const out: ArticlePassage[] = [];
  const sections = childrenNamed(body, 'sec');
  // Paragraphs before the first section are the introduction in most journals' layouts.
  const firstSection = childElements(body).findIndex((c) => tagOf(c) === 'sec');
  const leading = paragraphsAmong(childElements(body).slice(0, firstSection === -1 ? undefined : firstSection));
  if (leading.length > 0) out.push(...numbered(sections.length > 0 ? 'Introduction' : 'Main text', leading, 'body', used));
  sections.forEach((sec, n) => {
    const name = sectionName(text(child(sec, 'title')), sectionName(attr(sec, 'sec-type')?.split('|')[0], `Section ${n + 1}`));
    if (attr(sec, 'sec-type') === 'supplementary-material' || /^supplementary/i.test(name)) return;
    out.push(...numbered(name, paragraphsIn(sec), 'body', used, !NO_CANDIDATES.test(name)));
  });
  return out;
}

/** Figure legends and table captions, wherever the XML puts them (inline, or a floats group at the end). */
function readFloats(doc: Document): ArticlePassage[] {
  const out: ArticlePassage[] = [];
  const article = descendants(doc, 'article')[0]!;
  const front = child(article, 'front');
  const floats = descendants(article, 'fig', 'table-wrap').filter((f) => !front || !descendants(front, tagOf(f)).includes(f));
  let figures = 0;
  let tables = 0;
  for (const float of floats) {
    const isFigure = tagOf(float) === 'fig';
    const index = isFigure ? ++figures : ++tables;
    const label = text(child(float, 'label'))?.replace(/[.:]\s*$/, '').replace(/^Fig\.?\s/i, 'Figure ') ?? `${isFigure ? 'Figure' : 'Table'} ${index}`;
    const caption = child(float, 'caption');
    if (!caption) continue;
    const parts = [text(child(caption, 'title')) ? inlineText(child(caption, 'title')) : '', ...childrenNamed(caption, 'p').map((p) => inlineText(p))].filter((p) => withoutMarks(p));
    if (parts.length === 0) continue;
    const marked = parts.map((p) => (/[.!?]$/.test(withoutMarks(p)) ? p : `${p}.`)).join(' ');
    out.push(passage(`${label} ${isFigure ? 'legend' : 'caption'}`, label, isFigure ? 'figure' : 'table', marked));
  }
  return out;
}

function readBack(article: Element): ArticlePassage[] {
  const back = child(article, 'back');
  if (!back) return [];
  const used = new Map<string, number>();
  const out: ArticlePassage[] = [];
  for (const c of childElements(back)) {
    const tag = tagOf(c);
    if (tag === 'ack') out.push(...numbered('Acknowledgements', paragraphsIn(c), 'back', used));
    else if (tag === 'sec' || tag === 'app-group' || tag === 'app') {
      const name = sectionName(text(child(c, 'title')), tag === 'sec' ? 'Notes' : 'Appendix');
      out.push(...numbered(name, paragraphsIn(c), 'back', used, !NO_CANDIDATES.test(name)));
    } else if (tag === 'fn-group' || tag === 'notes') {
      out.push(...numbered('Notes', paragraphsIn(c), 'back', used));
    }
  }
  return out;
}
