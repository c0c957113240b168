import type { ApplyResult, LiveEngine } from '../core/live-engine.js';
import type { Store, SyncTopic, SyncVersions } from '../core/store.js';

/** How often every instance asks the store whether the library or a channel's paper changed. */
export const SYNC_POLL_MS = 1000;

export interface SyncOptions {
  pollMs?: number;
  /** the engine was rebuilt (or a stored paper could not be loaded): for the log */
  onApplied?: (result: ApplyResult) => void;
  onError?: (error: unknown, what: string) => void;
}

/**
 * Keeps this instance's library and channel choices equal to the store's. A change made here is
 * applied at once (refresh); one made by another instance arrives by notification where the store
 * has them (PostgreSQL LISTEN/NOTIFY) and by a version poll everywhere, which also covers
 * notifications missed while a connection was down. Checks run one at a time.
 */
export class LibrarySync {
  private versions: SyncVersions = { library: -1, channels: -1 };
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private unwatch: (() => void) | undefined;
  private onChannels: ((channels: Map<string, string>) => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly live: LiveEngine,
    private readonly options: SyncOptions = {},
  ) {}

  /** Loads the stored papers once, before the bot takes questions. */
  async load(): Promise<ApplyResult> {
    return this.serial(() => this.reload());
  }

  /** From now on, follows changes made anywhere; channel choices made elsewhere are handed to `onChannels`. */
  follow(onChannels: (channels: Map<string, string>) => void): void {
    this.onChannels = onChannels;
    this.unwatch = this.store.watch?.((topic) => void this.check(topic));
    this.timer = setInterval(() => void this.check(), this.options.pollMs ?? SYNC_POLL_MS);
    this.timer.unref();
  }

  /** After a change made here: the engine reflects the store before the curator's answer is sent. */
  refresh(): Promise<ApplyResult> {
    return this.serial(() => this.reload());
  }

  stop(): void {
    clearInterval(this.timer);
    this.unwatch?.();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async reload(): Promise<ApplyResult> {
    const versions = await this.store.syncVersions();
    const result = await this.live.update(await this.store.storedPaperVersions(), (id) => this.store.storedPaper(id));
    this.versions = { ...this.versions, library: versions.library };
    if (result.added.length > 0 || result.removed.length > 0 || result.problems.length > 0) this.options.onApplied?.(result);
    return result;
  }

  private check(topic?: SyncTopic): Promise<void> {
    return this.serial(async () => {
      try {
        const versions = await this.store.syncVersions();
        if (versions.library !== this.versions.library || topic === 'library') await this.reload();
        if (versions.channels !== this.versions.channels || topic === 'channels') {
          const channels = await this.store.channelPapers();
          this.versions = { ...this.versions, channels: versions.channels };
          this.onChannels?.(channels);
        }
      } catch (error) {
        this.options.onError?.(error, 'checking for library changes');
      }
    });
  }
}
