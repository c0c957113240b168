import { getDocumentProxy } from 'unpdf';
import { emptyMeta, type Article } from './article.js';
import { splitHeadline } from './press.js';

/**
 * Best-effort text of a PDF (unpdf: Mozilla's pdf.js, pure JavaScript), as numbered paragraphs.
 * A line gap wider than the text's usual line spacing starts a paragraph; lines are joined, words
 * hyphenated across lines rejoined. Layouts vary (columns, headers, footnotes), so everything
 * read from a PDF stays a draft for a curator to check.
 */

export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

interface Line {
  text: string;
  y: number;
  height: number;
}

async function linesOf(data: Uint8Array): Promise<{ pages: Line[][]; title?: string }> {
  let doc;
  try {
    doc = await getDocumentProxy(data);
  } catch (error) {
    throw new PdfError(`not a readable PDF (${(error as Error).message})`);
  }
  const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
  const pages: Line[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const lines: Line[] = [];
    let current: Line | undefined;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = item.transform[5] as number;
      const height = Math.abs((item.transform[3] as number) || item.height || 10);
      if (!current || Math.abs(current.y - y) > height * 0.5) {
        if (current && current.text.trim()) lines.push(current);
        current = { text: item.str, y, height };
      } else {
        current.text += item.str;
      }
      if (item.hasEOL && current.text.trim()) {
        lines.push(current);
        current = undefined;
      }
    }
    if (current && current.text.trim()) lines.push(current);
    pages.push(lines);
  }
  await doc.destroy();
  return { pages, ...(info?.Title?.trim() ? { title: info.Title.trim() } : {}) };
}

/** The usual distance between lines of one paragraph: the lower quartile of the gaps (paragraph gaps are the larger ones). */
function lineSpacing(gaps: number[]): number {
  const sorted = [...gaps].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)] ?? 0;
}

export async function readPdf(data: Uint8Array): Promise<Article> {
  const { pages, title } = await linesOf(data);
  const paragraphs: string[] = [];
  for (const lines of pages) {
    const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
    const spacing = lineSpacing(gaps) || 14;
    let current = '';
    lines.forEach((line, i) => {
      const text = line.text.replace(/\s+/g, ' ').trim();
      const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
      if (current && (gap > spacing * 1.4 || gap < 0)) {
        paragraphs.push(current);
        current = '';
      }
      current = !current ? text : /\p{L}-$/u.test(current) && /^\p{Ll}/u.test(text) ? `${current.slice(0, -1)}${text}` : `${current} ${text}`;
    });
    if (current) paragraphs.push(current);
  }
  const kept = paragraphs.filter((p) => !/^\d{1,4}$/.test(p)); // page numbers
  if (kept.length === 0) throw new PdfError('no text found: the PDF may be scanned images (it needs OCR first) or empty');
  const split = title ? { headline: title, paragraphs: kept[0] === title ? kept.slice(1) : kept } : splitHeadline(kept);
  const meta = { ...emptyMeta(), ...(split.headline ? { title: split.headline } : {}) };
  return {
    kind: 'paper',
    format: 'pdf',
    meta,
    passages: split.paragraphs.map((p, i) => ({ locator: `¶${i + 1}`, section: 'Text', kind: 'body', text: p, marked: p, candidates: true })),
  };
}
