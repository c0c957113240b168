import { config as loadDotenv } from 'dotenv';
import { loadConfig, ConfigError, type Config } from './config.js';
import { Engine } from './core/engine.js';
import { DataError, loadLibrary } from './core/library.js';
import { LiveEngine } from './core/live-engine.js';
import { StoreError } from './store/errors.js';

export interface Booted {
  config: Config;
  /** the engine over data/ alone, before any stored paper is added */
  engine: Engine;
  /** the same, rebuilt as papers are added from the chat (main.ts loads the stored ones) */
  live: LiveEngine;
}

/** Config -> library -> engine: the start-up every entry point shares. */
export function boot(env: NodeJS.ProcessEnv = process.env): Booted {
  // A .env file fills in what the real environment leaves unset; quiet keeps stdout for answers.
  // DOTENV_CONFIG_PATH points elsewhere (tests point it at nothing, so a developer's .env cannot leak in).
  if (env === process.env) loadDotenv({ quiet: true, ...(env.DOTENV_CONFIG_PATH ? { path: env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(env);
  const library = loadLibrary(config.dataDir);
  const live = new LiveEngine(
    library,
    (l) => {
      const engine = new Engine(l);
      engine.warmUp();
      return engine;
    },
    // Later rebuilds (a paper added or removed from the chat) run while the bot answers: the index is
    // built a few milliseconds at a time, letting waiting answers through in between.
    async (l) => {
      const engine = await Engine.create(l, () => new Promise((resolve) => setImmediate(resolve)));
      engine.warmUp();
      return engine;
    },
  );
  return { config, engine: live.current, live };
}

/** Start-up errors a user can fix get their message and exit 1; anything else is a bug and keeps its stack. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataError || error instanceof StoreError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Unexpected error during start-up: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}
