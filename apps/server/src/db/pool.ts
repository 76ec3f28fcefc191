import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { preparingPool } from './prepared.ts';
import type { Database } from './schema.ts';

// int8 (bigint) columns hold ids and counts that fit in a double for our ranges; parse them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// A DATE is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;

/**
 * An idle client can be cut off by the server (restart, failover, shutdown); the pool replaces it.
 * Without a listener that 'error' event would crash the process, so it is reported instead.
 */
export function createPool(connectionString: string, max: number, onIdleError: (err: Error) => void = () => undefined): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'runhub' });
  pool.on('error', onIdleError);
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}
