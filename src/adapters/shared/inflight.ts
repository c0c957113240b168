/**
 * Tracks questions being answered so a shutdown can stop taking new ones and wait for the rest.
 * Handlers run through `track`; once `drain` has begun, new work is refused (the platform retries
 * or the user asks again after the restart) rather than cut off half-way.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;

  get accepting(): boolean {
    return !this.closing;
  }

  get size(): number {
    return this.running.size;
  }

  /** Runs the work unless shutting down; returns undefined when it was refused. */
  track<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.closing) return Promise.resolve(undefined);
    const promise = work();
    this.running.add(promise);
    const done = () => this.running.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Stops accepting work; what is running goes on. */
  close(): void {
    this.closing = true;
  }

  /** Stops accepting work and waits for what is running, at most `timeoutMs`. True when all finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const finished = Promise.allSettled([...this.running]).then(() => true as const);
    const result = await Promise.race([finished, timeout]);
    clearTimeout(timer);
    return result;
  }
}
