import { describe, expect, it } from 'vitest';
import { Deliveries } from '../../src/core/deliveries.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { tempDatabase } from '../helpers/process.js';

/**
 * The two dedupe layers, each on its own: removing either one must fail a test here. The window
 * answers a repeat in this process with no I/O (and while the database is down); the store's claim
 * catches a repeat that reaches another instance, or this one after its window has passed.
 */
describe('the in-process window', () => {
  it('refuses a repeat even when the store would say "first" every time (a database that is down)', async () => {
    const errors: unknown[] = [];
    const unreachable = { claimDelivery: async () => Promise.reject(new Error('connection refused')) };
    const deliveries = new Deliveries({ store: unreachable, onStoreError: (e) => errors.push(e) });
    expect(await deliveries.claim('slack:message:C1:1')).toBe(true);
    expect(await deliveries.claim('slack:message:C1:1')).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it('knows a delivery by any of its names (a Slack event id and the message it carries)', async () => {
    const alwaysFirst = { claimDelivery: async () => true };
    const deliveries = new Deliveries({ store: alwaysFirst });
    expect(await deliveries.claim('slack:message:C1:2', 'slack:event:Ev1')).toBe(true);
    expect(await deliveries.claim('slack:message:C1:3', 'slack:event:Ev1')).toBe(false);
  });

  it('forgets after its window, so memory stays bounded', async () => {
    let now = 0;
    const deliveries = new Deliveries({ windowMs: 1000, now: () => now });
    expect(await deliveries.claim('k')).toBe(true);
    now = 1001;
    expect(await deliveries.claim('k')).toBe(true);
  });
});

describe("the store's claim", () => {
  it('refuses a repeat that reaches another instance sharing the store', async () => {
    const store = openSqliteStore(tempDatabase());
    try {
      const instanceA = new Deliveries({ store });
      const instanceB = new Deliveries({ store });
      expect(await instanceA.claim('discord:message:1')).toBe(true);
      expect(await instanceB.claim('discord:message:1')).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('refuses a repeat in this instance after its window has forgotten it', async () => {
    const store = openSqliteStore(tempDatabase());
    let now = Date.now();
    try {
      const deliveries = new Deliveries({ store, windowMs: 1000, now: () => now });
      expect(await deliveries.claim('slack:request:abc')).toBe(true);
      now += 5000;
      expect(await deliveries.claim('slack:request:abc')).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('a stalled store', () => {
  it('holds a claim no longer than the claim timeout, then counts it as first (the window still guards repeats)', async () => {
    const stalled = { claimDelivery: () => new Promise<boolean>(() => undefined) };
    const errors: unknown[] = [];
    const deliveries = new Deliveries({ store: stalled, claimTimeoutMs: 50, onStoreError: (e) => errors.push(e) });
    const started = Date.now();
    expect(await deliveries.claim('slack:request:stalled')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(String(errors[0])).toMatch(/within 50 ms/);
    expect(await deliveries.claim('slack:request:stalled')).toBe(false);
  });
});
