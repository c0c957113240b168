/** The state a surface reports on /healthz. */
export interface SurfaceHealth {
  state: 'connected' | 'reconnecting' | 'down';
  /** why, when not connected: a close code, an error */
  reason?: string;
  /** when the current state began (ISO time) */
  since?: string;
}

/**
 * What main.ts runs: Slack, Discord and the terminal chat alike. Each owns its connection and its
 * intake; the responder, the in-flight tracker and the logger are handed to it when it is made.
 */
export interface Surface {
  readonly name: 'slack' | 'discord' | 'terminal';
  /** connects and starts taking questions; resolves once it is ready, rejects with a message a person can act on */
  start(): Promise<void>;
  /** stops taking questions, lets those in flight finish (the in-flight tracker bounds the wait), then disconnects */
  stop(): Promise<void>;
  health(): SurfaceHealth;
  /** resolves when the surface ends on its own (the terminal chat's user typed quit) */
  readonly ended?: Promise<void>;
}

/** A state that remembers when it began, for health reports. */
export class StateClock {
  private current: SurfaceHealth;

  constructor(
    initial: SurfaceHealth['state'],
    private readonly now: () => number = Date.now,
  ) {
    this.current = { state: initial, since: new Date(this.now()).toISOString() };
  }

  set(state: SurfaceHealth['state'], reason?: string): void {
    if (state === this.current.state && reason === this.current.reason) return;
    this.current = { state, ...(reason ? { reason } : {}), since: new Date(this.now()).toISOString() };
  }

  get(): SurfaceHealth {
    return this.current;
  }
}
