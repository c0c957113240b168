import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

// Authorization headers first (they swallow the token after them), then Slack tokens (xoxb-, xapp-, ...)
// and Discord bot tokens (three dot-separated base64 parts).
const SECRET_PATTERNS = [/\b(?:Bearer|Bot)\s+[A-Za-z0-9._-]{20,}/g, /\bxox[abposr]-[A-Za-z0-9-]+/g, /\bxapp-[A-Za-z0-9-]+/g, /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g];

/** Removes anything shaped like a token from a string; error messages and stacks can carry request headers. */
export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((acc, pattern) => acc.replace(pattern, '[redacted]'), text);
}

function serializeError(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; message?: string; stack?: string; code?: unknown };
  return {
    type: e?.name ?? typeof error,
    message: scrubSecrets(String(e?.message ?? error)),
    ...(e?.stack ? { stack: scrubSecrets(e.stack) } : {}),
    ...(e?.code !== undefined ? { code: e.code } : {}),
  };
}

/** JSON lines on stderr (stdout belongs to the terminal chat and the CLI); secrets never written. */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', 'botToken', 'appToken', 'signingSecret', '*.token', '*.botToken', '*.appToken', '*.signingSecret', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}
