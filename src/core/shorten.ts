import type { Answer } from './types.js';

/**
 * "Shorter pls, 2 sentences max for a slide": the last answer cut to its first sentences (the
 * authors' conclusion first, when the answer holds it), each still carrying its citations. Nothing
 * is re-asked or reworded, so a shorter answer can only leave things out; it says so, and points
 * back to the full answer.
 */
const SHORTER = /^\W*(?:(?:can|could) (?:you|u) (?:make it |say it |give (?:it|me (?:a|the)) )?|(?:pls|please|plz) )?(?:shorter|briefer|more briefly|tl;?dr|too long|condense (?:it|that)|shorten (?:it|that)|(?:in|as) (?:one|1|two|2|a single) (?:sentences?|lines?)|(?:a |the )?one[- ]liner|(?:the )?short version|sum (?:it|that) up)\b/i;
// "in 2-3 sentences", "two or three lines": the larger number.
const COUNT = /\b(?:(?:one|1|two|2)\s*(?:-|–|to|or)\s*)?(one|1|a single|two|2|three|3)\s+(?:sentences?|lines?|bullets?|bullet points?|points?)\b/i;
/** "Summarise it in 2 sentences", "what's the takeaway, one line": a length asked with the question itself. */
const LENGTH_ASKED = /\b(?:in|as|into|with|max(?:imum)?|at most|within|to|give me|just) (?:(?:one|1|two|2)\s*(?:-|–|to|or)\s*)?(?:one|1|two|2|three|3|a single) (?:sentences?|lines?|bullets?|bullet points?|points?)\b|\b(?:one|1|two|2|three|3) (?:sentences?|lines?|bullets?) (?:max|tops|only|pls|please)\b|(?:^|[,;:(–—-]\s*)(?:one|1|two|2|three|3) (?:sentences?|lines?|bullets?)(?=\s*(?:[,;.)!?]|$))|\bone[- ]liner\b/i;

/** "Summarise the paper in 2 sentences": an answer longer than the length its question names, cut to it; others as they are. */
export function fitToLength(answer: Answer, question: string, note: string): Answer {
  if (!answer.answered || !LENGTH_ASKED.test(question)) return answer;
  return sentencesOf(answer.summary).length > sentencesAllowed(question) ? shorten(answer, question, note) : answer;
}
const WORDS: Record<string, number> = { one: 1, '1': 1, 'a single': 1, two: 2, '2': 2, three: 3, '3': 3 };

// What may come with the request without making it a question of its own ("2 sentences max for a slide").
const FILLER = /\b(?:pls|please|plz|thx|thanks|ty|max(?:imum)?|at most|tops|for (?:a|an|my|the|our) (?:\w+ )?(?:slide|slides|tweet|post|poster|talk|email|newsletter|minutes|channel|summary|update|abstract|handout|agenda)|(?:one|1|two|2|three|3|a single) (?:sentences?|lines?)|in|as|version|again|even|bit|little|lol|ok|okay|now|it|that|this|more|much|way)\b|[^\w]+/gi;

/** A message that only asks for the last answer shorter ("shorter pls", "tl;dr?"), not "tl;dr of the 2017 paper". */
export function asksShorter(question: string): boolean {
  const m = SHORTER.exec(question.trim());
  return m !== null && question.trim().slice(m[0].length).replace(FILLER, '').trim() === '';
}

/** "tl;dr" with nothing before it is a summary, not a request to shorten. */
export const onlyWhenAnswered = (question: string): boolean => /tl;?dr|short version|sum (?:it|that) up|one[- ]liner/i.test(question);

/** How many sentences the request allows: named ("2 sentences max"), one for a one-liner, else two. */
export function sentencesAllowed(question: string): number {
  const named = COUNT.exec(question)?.[1]?.toLowerCase();
  if (named) return WORDS[named] ?? 2;
  return /one[- ]liner|tl;?dr/i.test(question) ? 1 : 2;
}

/** Sentences as the writer ends them: a citation marker, then the stop ("… cisplatin [1]."), or a line break. */
function sentencesOf(summary: string): string[] {
  return summary
    .split(/(?<=\][.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function shorten(answer: Answer, question: string, note: string): Answer {
  const all = sentencesOf(answer.summary);
  const allowed = sentencesAllowed(question);
  // A takeaway in a line is the authors' conclusion, when the answer holds it.
  const conclusion = all.find((s) => answer.citations.some((c) => c.evidence === 'conclusion' && s.includes(c.text.replace(/[.!?]$/, ''))));
  // "Compare the two papers in two lines": a line for each paper, its conclusion where it has one.
  const paperOf = (sentence: string) => answer.citations.find((c) => c.n === Number(/\[(\d+)\]/.exec(sentence)?.[1]))?.paperId;
  const papers = [...new Set(all.map(paperOf).filter((p): p is string => p !== undefined))];
  const concluding = (sentence: string) => answer.citations.some((c) => c.evidence === 'conclusion' && sentence.includes(c.text.replace(/[.!?]$/, '')));
  const perPaper = papers.length > 1 && papers.length <= allowed ? papers.map((p) => all.find((x) => paperOf(x) === p && concluding(x)) ?? all.find((x) => paperOf(x) === p)!) : undefined;
  const keep = perPaper ?? (conclusion && !all.slice(0, allowed).includes(conclusion) ? [conclusion, ...all.filter((s) => s !== conclusion).slice(0, allowed - 1)] : all.slice(0, allowed));
  const kept = keep.join(answer.summary.includes('\n') ? '\n' : ' ');
  // Numbered again in reading order, so the shorter answer reads [1], [2]… with no gaps.
  const order = new Map<number, number>();
  for (const m of kept.matchAll(/\[(\d+)\]/g)) if (!order.has(Number(m[1]))) order.set(Number(m[1]), order.size + 1);
  const summary = kept.replace(/\[(\d+)\]/g, (_, n: string) => `[${order.get(Number(n))}]`);
  // Claims read at one location share its number: of those, the ones whose sentences stayed (a sentence
  // of our own, such as a disagreement note, keeps every claim at its numbers).
  const atKept = answer.citations.filter((c) => order.has(c.n));
  const shown = (c: Answer['citations'][number]) => kept.includes(c.text.replace(/[.!?]$/, ''));
  const citations = atKept
    .filter((c) => shown(c) || !atKept.some((o) => o.n === c.n && shown(o)))
    .map((c) => ({ ...c, n: order.get(c.n)! }))
    .sort((a, b) => a.n - b.n);
  const dropped = all.length - keep.length;
  return {
    ...answer,
    question,
    summary,
    citations,
    papers: answer.papers.filter((p) => citations.some((c) => c.paperId === p.id)),
    // A disagreement or caveat cut here is still one: the full answer is a message up.
    disputed: answer.disputed && citations.length > 0,
    caveats: [],
    notices: dropped > 0 || answer.caveats.length > 0 ? [note] : [],
  };
}
