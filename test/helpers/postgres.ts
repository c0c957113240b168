import pg from 'pg';

/** The PostgreSQL server the store tests use (TEST_DATABASE_URL); undefined when none is configured. */
export const PG_URL = process.env.TEST_DATABASE_URL;

/**
 * A fresh database of its own next to TEST_DATABASE_URL's (named after it plus `suffix`), so tests
 * never depend on each other's rows and the contract tests resetting theirs cannot interfere.
 */
export async function freshDatabase(suffix: string): Promise<string> {
  const base = new URL(PG_URL!);
  const name = `${base.pathname.replace(/^\//, '')}_${suffix}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  base.pathname = `/${name}`;
  return base.toString();
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
