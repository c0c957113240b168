import { describe, expect, it } from 'vitest';
import { healthReport, RECONNECT_GRACE_MS } from '../src/health.js';

const at = (ms: number) => new Date(ms).toISOString();
const base = { accepting: true, papers: 2, claims: 70, now: 100_000 };

describe('/healthz tells the truth', () => {
  it('is 200 when every surface is connected and the store writes', () => {
    const r = healthReport({ ...base, surfaces: { slack: { state: 'connected' } }, store: { state: 'ok', recentFailures: 0 } });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
  });

  it('gives a reconnecting gateway a short grace, then reports it with the reason', () => {
    const brief = healthReport({ ...base, surfaces: { discord: { state: 'reconnecting', since: at(base.now - 5000) } } });
    expect(brief.status).toBe(200);
    const long = healthReport({ ...base, surfaces: { discord: { state: 'reconnecting', reason: 'gateway connection lost; reconnecting', since: at(base.now - RECONNECT_GRACE_MS - 1) } } });
    expect(long.status).toBe(503);
    expect(long.body.problems).toEqual(['discord: gateway connection lost; reconnecting']);
  });

  it('is 503 at once for a gateway that gave up, a failing store, or a shutdown', () => {
    expect(healthReport({ ...base, surfaces: { discord: { state: 'down', reason: 'gateway closed with code 4014 and will not reconnect' } } }).status).toBe(503);
    const store = healthReport({ ...base, surfaces: { slack: { state: 'connected' } }, store: { state: 'failing', reason: 'writes failing: database or disk is full', recentFailures: 12 } });
    expect(store.status).toBe(503);
    expect(store.body.problems).toEqual(['store: writes failing: database or disk is full']);
    expect(healthReport({ ...base, accepting: false, surfaces: {} }).body.status).toBe('stopping');
  });
});
