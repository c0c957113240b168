import type { Store } from './store.js';

export interface StoreHealth {
  state: 'ok' | 'failing';
  /** the latest failure, when failing */
  reason?: string;
  /** failed writes in the last minute */
  recentFailures: number;
}

const WRITE_MEMORY_MS = 60_000;
const PING_EVERY_MS = 10_000;
const PING_TIMEOUT_MS = 2_000;

type Outcome = { ok: boolean; at: number; error?: string };

/**
 * The store's real state for /healthz: failing when its latest write failed (a full disk, a dropped
 * server, a stalled one timing out), or when a probe fails while nothing is being written. Writes
 * are what the question log needs; a read that still works does not make a failing disk healthy.
 */
export class StoreMonitor {
  private lastWrite: Outcome | undefined;
  private lastPing: Outcome | undefined;
  private failures: number[] = [];
  private pinging: Promise<void> | undefined;
  /** the same store, with every write's outcome recorded here; reads pass through */
  readonly store: Store;

  constructor(
    private readonly inner: Store,
    private readonly now: () => number = Date.now,
  ) {
    this.store = this.watch(inner);
  }

  private watch(store: Store): Store {
    const write =
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          const result = await fn(...args);
          this.lastWrite = { ok: true, at: this.now() };
          return result;
        } catch (error) {
          this.failed(error);
          throw error;
        }
      };
    return {
      ...store,
      kind: store.kind,
      logQuestion: write(store.logQuestion.bind(store)),
      recordFeedback: write(store.recordFeedback.bind(store)),
      rememberAnswerMessage: write(store.rememberAnswerMessage.bind(store)),
      claimDelivery: write(store.claimDelivery.bind(store)),
      setChannelPaper: write(store.setChannelPaper.bind(store)),
      ping: () => this.probe(),
    };
  }

  /** The state now; probes the store first when nothing was written lately. */
  async health(): Promise<StoreHealth> {
    const now = this.now();
    if (!this.lastWrite || now - this.lastWrite.at > PING_EVERY_MS) {
      if (!this.lastPing || now - this.lastPing.at > PING_EVERY_MS) await this.probe().catch(() => undefined);
    }
    return this.current();
  }

  current(): StoreHealth {
    const now = this.now();
    this.failures = this.failures.filter((t) => t > now - WRITE_MEMORY_MS);
    const recentFailures = this.failures.length;
    const write = this.lastWrite;
    if (write && !write.ok && now - write.at < WRITE_MEMORY_MS) return { state: 'failing', reason: `writes failing: ${write.error}`, recentFailures };
    const ping = this.lastPing;
    if (ping && !ping.ok && (!write || write.at < ping.at)) return { state: 'failing', reason: `not answering: ${ping.error}`, recentFailures };
    return { state: 'ok', recentFailures };
  }

  private failed(error: unknown): void {
    const at = this.now();
    this.lastWrite = { ok: false, at, error: describe(error) };
    this.failures.push(at);
  }

  private probe(): Promise<void> {
    this.pinging ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS / 1000} s`)), PING_TIMEOUT_MS)));
        await Promise.race([this.inner.ping(), timeout]);
        this.lastPing = { ok: true, at: this.now() };
      } catch (error) {
        this.lastPing = { ok: false, at: this.now(), error: describe(error) };
        throw error;
      } finally {
        clearTimeout(timer);
        this.pinging = undefined;
      }
    })();
    return this.pinging;
  }
}

const describe = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 200);
