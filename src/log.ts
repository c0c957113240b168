import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

// Authorization headers first (they swallow the token after them), then Slack tokens (xoxb-, xapp-, ...)
// and Discord bot tokens (three dot-separated base64 parts).
const SECRET_PATTERNS = [/\b(?:Bearer|Bot)\s+[A-Za-z0-9._-]{20,}/g, /\bxox[abposr]-[A-Za-z0-9-]+/g, /\bxapp-[A-Za-z0-9-]+/g, /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g];

/** The configured secrets, by value: whatever their shape, they are never written anywhere. */
const configured = new Set<string>();

/**
 * Registers secrets from the configuration (tokens, the signing secret, a database password) so
 * every later log line and scrubbed message drops them, whether or not they look like a token.
 */
export function registerSecrets(secrets: Array<string | undefined>): void {
  // Very short values would scrub ordinary words; the configuration never accepts secrets that short.
  for (const s of secrets) if (s && s.length >= 8) configured.add(s);
}

/** Removes the configured secrets and anything shaped like a token from a string; error messages and stacks can carry request headers. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const secret of configured) if (out.includes(secret)) out = out.split(secret).join('[redacted]');
  return SECRET_PATTERNS.reduce((acc, pattern) => acc.replace(pattern, '[redacted]'), out);
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

/**
 * Every line passes through the scrubber on its way out: fields by name are redacted by pino, and
 * any configured secret anywhere in the line (a message, a nested value, a library's own text) too.
 */
function scrubbing(destination: pino.DestinationStream): pino.DestinationStream {
  const flushable = destination as pino.DestinationStream & { flushSync?: () => void; flush?: (cb?: () => void) => void };
  return {
    write: (line: string) => destination.write(configured.size > 0 ? scrubSecrets(line) : line),
    ...(flushable.flushSync ? { flushSync: () => flushable.flushSync!() } : {}),
    ...(flushable.flush ? { flush: (cb?: () => void) => flushable.flush!(cb) } : {}),
  } as pino.DestinationStream;
}

/** JSON lines on stderr (stdout belongs to the terminal chat and the CLI); secrets never written. */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination({ dest: 2, sync: true })): Logger {
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
    scrubbing(destination),
  );
}
