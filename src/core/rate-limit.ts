/**
 * A sliding one-minute window per user. Platform-neutral: the key is whatever identifies a person
 * on their platform. Bounded memory: users idle for a minute are forgotten.
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
