import { postToBot, slashCommandBody } from './slack-standin.js';

/**
 * Signed slash commands, `concurrency` at a time, until `stop()` says so or `total` were sent. Each
 * question is numbered, so rows in the question log can be matched to the answers the caller saw.
 */
export async function slashBurst(options: {
  port: number;
  secret: string;
  responseUrl: string;
  total: number;
  concurrency: number;
  question: (i: number) => string;
  stop?: () => boolean;
  onAcknowledged?: (question: string) => void;
}): Promise<{ acknowledged: string[]; failed: number; latencies: number[] }> {
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < options.total && !options.stop?.()) {
      const i = next++;
      const question = options.question(i);
      try {
        const res = await postToBot(options.port, slashCommandBody(question, options.responseUrl, '/claims', `U-BURST${i}`), 'application/x-www-form-urlencoded', { secret: options.secret });
        latencies.push(res.ms);
        // An answer in the acknowledgement is what the user saw: that is what must be in the log.
        if (res.status === 200 && res.text.includes('"blocks"') && !res.text.includes('restarting')) {
          acknowledged.push(question);
          options.onAcknowledged?.(question);
        }
        else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { acknowledged, failed, latencies };
}
