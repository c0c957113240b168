import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitKind, UserLimits } from '../core/rate-limit.js';
import type { StoreConfig } from './open.js';

/** A limiter call waits this long for PostgreSQL before this process's own count decides. */
const SHARED_TIMEOUT_MS = 300;

export interface OpenedLimits {
  limits: UserLimits;
  close(): Promise<void>;
}

/**
 * Per-user limits with rate-limiter-flexible: counted in PostgreSQL when the instances share one
 * (so a user cannot multiply their allowance by the number of instances), otherwise in memory. A
 * database that is slow or down never holds up a question: the in-memory count stands in for it.
 */
export async function openUserLimits(config: StoreConfig, perMinute: number): Promise<OpenedLimits> {
  const memory = (prefix: string) => new RateLimiterMemory({ keyPrefix: prefix, points: perMinute, duration: 60 });
  const local = { question: memory('question'), feedback: memory('feedback') };
  if (perMinute <= 0) return { limits: { perMinute, take: async () => 0 }, close: async () => undefined };
  if (!config.databaseUrl) return { limits: limitsOver(perMinute, local), close: async () => undefined };
  // A pool of its own: a burst of question-log writes never queues the limit checks behind it.
  // The driver is loaded only here: with SQLite, start-up does not pay for it.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, connectionTimeoutMillis: 1000, statement_timeout: 1000, query_timeout: 1500 });
  pool.on('error', () => undefined);
  const shared = (prefix: string) =>
    new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: prefix, points: perMinute, duration: 60, clearExpiredByTimeout: false });
  const remote = { question: shared('question'), feedback: shared('feedback') };
  return {
    limits: limitsOver(perMinute, remote, local),
    close: async () => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pool.end().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)))]);
      clearTimeout(timer);
    },
  };
}

function limitsOver(perMinute: number, primary: Record<LimitKind, RateLimiterAbstract>, fallback?: Record<LimitKind, RateLimiterAbstract>): UserLimits {
  return {
    perMinute,
    take: async (kind, key) => {
      try {
        await withTimeout(primary[kind].consume(key), SHARED_TIMEOUT_MS);
        return 0;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return Math.max(1, outcome.msBeforeNext);
        if (!fallback) throw outcome;
        try {
          await fallback[kind].consume(key);
          return 0;
        } catch (local) {
          if (local instanceof RateLimiterRes) return Math.max(1, local.msBeforeNext);
          throw local;
        }
      }
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`rate limit store: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
