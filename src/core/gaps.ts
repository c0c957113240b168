import type { Engine } from './engine.js';
import type { Store } from './store.js';

const GAP_ROWS = 10;
/** a report is reused this long: the curator's view does not need to be fresher, and a crowd asking at once costs one query */
const REPORT_REUSE_MS = 30_000;

/**
 * The curator's view of the question log: the questions most often declined or only partly
 * answered (grouped by their content words), then answer counts and feedback per paper.
 */
export async function gapReport(store: Pick<Store, 'gaps' | 'activity'>, engine: Engine, days: number, now = new Date()): Promise<{ text: string; rows: number }> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const [rows, activity] = await Promise.all([store.gaps(since, GAP_ROWS), store.activity(since)]);
  const title = (id: string) => engine.paper(id)?.data.shortTitle ?? id;
  const lines = [
    rows.length > 0
      ? `Questions the claims could not fully answer, last ${days} days, most asked first (add claims for these next):`
      : `No declined or partly answered questions in the last ${days} days.`,
    ...rows.map((r, i) => `${i + 1}. "${r.example}": asked ${r.asked}×, ${r.declined} declined, ${r.partial} partly answered`),
  ];
  if (activity.length > 0) {
    lines.push('', 'Per paper:');
    for (const a of activity) lines.push(`- ${title(a.paperId)}: ${a.questions} questions, ${a.answered} answered, ${a.declined} declined; feedback 👍 ${a.up} / 👎 ${a.down}`);
  }
  return { text: lines.join('\n'), rows: rows.length };
}

/**
 * Gap reports for chat users: one query at a time per period however many ask at once, and the
 * result reused for 30 s. A report scans the whole log for the period, so it must not be something
 * a few people (or one) can make the database repeat on demand.
 */
export class GapReports {
  private readonly reports = new Map<number, { at: number; text: Promise<string> }>();

  constructor(
    private readonly store: Pick<Store, 'gaps' | 'activity'>,
    /** the engine of the moment: a library change swaps it */
    private readonly engine: () => Engine,
    private readonly now: () => number = Date.now,
  ) {}

  text(days: number): Promise<string> {
    const now = this.now();
    const cached = this.reports.get(days);
    if (cached && now - cached.at < REPORT_REUSE_MS) return cached.text;
    const text = gapReport(this.store, this.engine(), days, new Date(now)).then((r) => r.text);
    this.reports.set(days, { at: now, text });
    // A failed report is not reused: the next ask tries again.
    text.catch(() => this.reports.get(days)?.text === text && this.reports.delete(days));
    return text;
  }
}
