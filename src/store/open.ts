import type { Store } from '../core/store.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';

export interface StoreConfig {
  databaseUrl?: string;
  databasePath: string;
}

/** PostgreSQL when DATABASE_URL is set, otherwise the SQLite file at DATABASE_PATH. */
export function openStore(config: StoreConfig): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : Promise.resolve(openSqliteStore(config.databasePath));
}
