import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The environment, read once and validated here; everything else receives typed objects. */

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/papers', import.meta.url));

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
});

export type Config = {
  dataDir: string;
  logLevel: (typeof logLevels)[number];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== '').map(([k, v]) => [k, v!.trim()]));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return { dataDir: e.DATA_DIR, logLevel: e.LOG_LEVEL };
}
