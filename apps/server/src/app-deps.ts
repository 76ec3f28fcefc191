import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Config } from './config.ts';
import type { Db } from './db/pool.ts';
import type { Migration } from './db/migrate.ts';

/** What the HTTP app needs from the outside world; tests pass their own. */
export interface AppDeps {
  config: Config;
  pool: pg.Pool;
  db: Db;
  migrations: Migration[];
  /** Present when jobs are running (absent in HTTP-only tests). */
  boss?: PgBoss;
  now?: () => Date;
}
