/**
 * Keys remembered for a while, in this process only: a platform's retries and double deliveries,
 * replayed requests, notices already given. Bounded: expired keys are swept on every call.
 */
export class RecentKeys {
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
    for (const k of keys) {
      // Re-inserting keeps the Map in expiry order, which is what lets the sweep stop early.
      this.expiry.delete(k);
      this.expiry.set(k, now + this.ttlMs);
    }
    return !seen;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.expiry) {
      if (until > now) break;
      this.expiry.delete(key);
    }
  }
}
