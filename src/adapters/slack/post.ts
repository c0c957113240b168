import bolt from '@slack/bolt';

const { webApi } = bolt;

/** How many times one call waits out a 429 before giving up on it. */
const RATE_LIMIT_TRIES = 5;

/**
 * Runs one Web API call, waiting out Slack's 429s for that call alone. The Web API client's own
 * handling pauses its whole queue on a 429, so one flooded channel would hold up every other
 * person's reply; the client is made with rejectRateLimitedCalls and the wait happens here instead.
 * 5xx and network failures are still retried by the client.
 */
export async function withRateLimitRetry<T>(call: () => Promise<T>, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const e = error as { code?: string; retryAfter?: number };
      if (e.code !== webApi.ErrorCode.RateLimitedError || attempt >= RATE_LIMIT_TRIES) throw error;
      // A little jitter, so replies held by the same 429 do not all come back in the same instant.
      await sleep(Math.max(1, e.retryAfter ?? 1) * 1000 + Math.random() * 250);
    }
  }
}
