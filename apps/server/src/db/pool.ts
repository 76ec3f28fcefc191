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
 * Any client can be cut off by the server (restart, failover, shutdown); the pool replaces it.
 * An idle client's 'error' reaches the pool and is reported. A checked-out one has no listener of
 * the pool's (pg-pool removes it for the loan), so a connection lost mid-query would throw an
 * unhandled 'error' and end the process: every client gets a listener of its own for its whole
 * life. Its query fails anyway, and the pool drops the client when it comes back.
 */
export function createPool(connectionString: string, max: number, onIdleError: (err: Error) => void = () => undefined): pg.Pool {
  // TCP keep-alive: a connection whose peer vanished without a FIN or RST (a dropped route, a
  // failover behind a NAT) is found dead by the kernel's probes instead of waiting forever, and
  // with it the statement waiting on it (probes start after 10 s idle; their interval and count
  // are the system's). Unix sockets ignore it.
  const pool = new pg.Pool({ connectionString, max, application_name: 'runhub', keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
  pool.on('error', onIdleError);
  pool.on('connect', (client) => client.on('error', ignoreLostConnection));
  return pool;
}

// The failed query reports the error to whoever ran it; an idle client's reaches the pool's listener.
function ignoreLostConnection(): void {}

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}
