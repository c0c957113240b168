/**
 * Remembers keys for a while so a platform's retries and double deliveries are answered once.
 * Slack retries for about five minutes; ten minutes of memory covers that with room to spare.
 */
export class SeenKeys {
  private readonly expiry = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time any of the keys is seen within the window; marks all of them as seen. */
  firstTime(...keys: string[]): boolean {
    const now = this.now();
    this.sweep(now);
    const seen = keys.some((k) => (this.expiry.get(k) ?? 0) > now);
    for (const k of keys) this.expiry.set(k, now + this.ttlMs);
    return !seen;
  }

  private sweep(now: number): void {
    // Map iteration follows insertion order, which is expiry order: stop at the first live key.
    for (const [key, until] of this.expiry) {
      if (until > now) break;
      this.expiry.delete(key);
    }
  }
}
