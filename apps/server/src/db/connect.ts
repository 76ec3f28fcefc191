import type pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded.ts';
import { createDb, createPool, type Db } from './pool.ts';

export interface Database {
  url: string;
  pool: pg.Pool;
  db: Db;
  embedded: EmbeddedServer | undefined;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset. */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'runhub' });
    url = embedded.url;
    log(`embedded PostgreSQL listening on 127.0.0.1:${embedded.port}`);
  }
  let closing = false;
  // While closing, connections ending is expected, not news.
  const pool = createPool(url, config.databasePoolSize, (err) => closing || log(`database connection lost (${err.message}); reconnecting on next use`));
  const db = createDb(pool);
  return {
    url,
    pool,
    db,
    embedded,
    async close() {
      closing = true;
      await db.destroy();
      await embedded?.stop();
    },
  };
}
