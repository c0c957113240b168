import type { Engine } from './engine.js';
import type { Store } from './store.js';

const GAP_ROWS = 10;

/**
 * The curator's view of the question log: the questions most often declined or only partly
 * answered (grouped by their content words), then answer counts and feedback per paper.
 */
export async function gapReport(store: Store, engine: Engine, days: number, now = new Date()): Promise<{ text: string; rows: number }> {
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
