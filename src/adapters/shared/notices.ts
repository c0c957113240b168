import { RecentKeys } from '../../core/recent.js';

/**
 * "Slow down" notices, at most one per person per window: a flood of over-limit messages must not
 * turn into a flood of replies (each one an API call that can be rate-limited for everyone).
 */
export class OverLimitNotices {
  private readonly given: RecentKeys;

  constructor(windowMs = 60_000, now?: () => number) {
    this.given = new RecentKeys(windowMs, now);
  }

  /** True when this person has not been told within the window (and marks them as told). */
  shouldTell(personKey: string): boolean {
    return this.given.firstTime(personKey);
  }
}
