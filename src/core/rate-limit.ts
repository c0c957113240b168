/** What a person's requests count against: questions (any command, Share, gaps) or votes. */
export type LimitKind = 'question' | 'feedback';

/**
 * Per-person limits, shared by every instance when they share a database. `take` records one
 * attempt and answers how many ms until the next is allowed (0: this one is).
 */
export interface UserLimits {
  readonly perMinute: number;
  take(kind: LimitKind, key: string): Promise<number>;
}

/**
 * A sliding one-minute window per user, in this process. Platform-neutral: the key is whatever
 * identifies a person on their platform. Bounded memory: users idle for a minute are forgotten.
 * The synchronous `respond` path uses it directly; `handle` uses shared `UserLimits` when given.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns how many ms until the next one is allowed, or 0 when this one is. */
  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    const windowStart = now - 60_000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      return recent[0]! + 60_000 - now;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.forgetIdle(windowStart);
    return 0;
  }

  private forgetIdle(windowStart: number): void {
    for (const [key, times] of this.hits) if (times[times.length - 1]! <= windowStart) this.hits.delete(key);
  }
}

/** `UserLimits` over in-process sliding windows, one per kind: for a single process (terminal, tests). */
export function localLimits(perMinute: number, now: () => number = Date.now): UserLimits {
  const limiters = { question: new RateLimiter(perMinute, now), feedback: new RateLimiter(perMinute, now) };
  return { perMinute, take: async (kind, key) => limiters[kind].take(key) };
}
