import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../src/log.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), text: () => lines.join('') };
}

const SLACK_TOKEN = 'xoxb-12345-67890-AbCdEfGhIjKl';
const APP_TOKEN = 'xapp-1-A111-222-abcdef';
const DISCORD_TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.abcdefghijklmnopqrstuvwxyz012';

describe('logs never contain secrets', () => {
  it('redacts token fields by name', () => {
    const { logger, text } = capture();
    logger.info({ botToken: SLACK_TOKEN, config: { signingSecret: 'deadbeefdeadbeef', token: DISCORD_TOKEN } }, 'starting');
    expect(text()).not.toContain(SLACK_TOKEN);
    expect(text()).not.toContain('deadbeefdeadbeef');
    expect(text()).not.toContain(DISCORD_TOKEN);
    expect(text()).toContain('[redacted]');
  });

  it('scrubs tokens from error messages and stacks', () => {
    const { logger, text } = capture();
    const error = new Error(`request failed: Authorization: Bearer ${SLACK_TOKEN} (app ${APP_TOKEN}, bot ${DISCORD_TOKEN})`);
    logger.error({ err: error }, 'post failed');
    const line = JSON.parse(text());
    expect(line.err.message).toBe('request failed: Authorization: [redacted] (app [redacted], bot [redacted])');
    expect(line.err.stack).not.toContain(SLACK_TOKEN);
  });

  it('leaves ordinary text alone', () => {
    expect(scrubSecrets('IL26 activated JAK-STAT3 in 2025.')).toBe('IL26 activated JAK-STAT3 in 2025.');
  });
});

describe('configured secrets are scrubbed whatever their shape', () => {
  it('removes a registered signing secret and database password from every part of every line', async () => {
    const { registerSecrets } = await import('../src/log.js');
    const signingSecret = 'f00dfeedf00dfeedf00dfeed12345678';
    const password = 'correct-horse-battery';
    registerSecrets([signingSecret, password]);
    const { logger, text } = capture();
    logger.warn({ request: { header: `v0:${signingSecret}` }, url: `postgres://u:${password}@db/claims` }, `verifying with ${signingSecret}`);
    logger.error({ err: new Error(`auth failed for ${password}`) }, 'store');
    expect(text()).not.toContain(signingSecret);
    expect(text()).not.toContain(password);
    expect(scrubSecrets(`a ${signingSecret} b`)).toBe('a [redacted] b');
  });
});
