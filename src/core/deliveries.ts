import { RecentKeys } from './recent.js';
import type { Store } from './store.js';

export interface DeliveriesOptions {
  /** shared by every instance; without one, only this process's window guards against repeats */
  store?: Pick<Store, 'claimDelivery'>;
  /** how long this process remembers a delivery (Slack retries for about 5 minutes) */
  windowMs?: number;
  /** how long a claim waits for the store before counting as first (a stalled database must not eat Slack's 3 s) */
  claimTimeoutMs?: number;
  now?: () => number;
  onStoreError?: (error: unknown, what: string) => void;
}

/**
 * Acting on a platform delivery once: a retried event, a message delivered both as a mention and a
 * DM, a replayed signed request, a button clicked twice. Two layers, each catching what the other
 * cannot: this process's window answers a repeat with no I/O (and still works while the database is
 * down); the store's claim catches a repeat that reaches another instance behind a load balancer.
 */
export class Deliveries {
  private readonly window: RecentKeys;

  constructor(private readonly options: DeliveriesOptions = {}) {
    this.window = new RecentKeys(options.windowMs ?? 10 * 60_000, options.now);
  }

  /**
   * True only for the first sighting of `key` (or any of its aliases: other names for the same
   * delivery, such as a Slack event id) here and in every instance sharing the store. Only `key` is
   * claimed in the store: claiming several could let two instances each win one and both stay silent.
   */
  async claim(key: string, ...aliases: string[]): Promise<boolean> {
    if (!this.window.firstTime(key, ...aliases)) return false;
    const { store } = this.options;
    if (!store) return true;
    const ms = this.options.claimTimeoutMs ?? 500;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from the store within ${ms} ms`)), ms)));
      return await Promise.race([store.claimDelivery(key, new Date((this.options.now ?? Date.now)())), timeout]);
    } catch (error) {
      // Better a rare duplicate than a lost answer while the database is unreachable or stalled.
      this.options.onStoreError?.(error, 'claiming a delivery');
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
