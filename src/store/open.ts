import type { Store } from '../core/store.js';

export interface StoreConfig {
  databaseUrl?: string;
  databasePath: string;
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the SQLite file at DATABASE_PATH. Each driver is
 * loaded only when it is the one used: start-up does not pay for the other.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) return (await import('./postgres.js')).openPostgresStore(config.databaseUrl);
  return (await import('./sqlite.js')).openSqliteStore(config.databasePath);
}
