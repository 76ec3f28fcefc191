import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../apps/server/src/db/embedded.ts';

/**
 * A fresh, empty database for a benchmark run: on BENCH_DATABASE_URL's server when given (it
 * needs CREATEDB), otherwise on a throwaway embedded PostgreSQL.
 */
export async function benchDatabase(): Promise<{ url: string; label: string; stop: () => Promise<void> }> {
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => undefined;
  let label = 'BENCH_DATABASE_URL';
  if (!adminUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runhub-bench-'));
    const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    adminUrl = server.url;
    label = `embedded PostgreSQL (port ${server.port})`;
    stopServer = async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const name = `runhub_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `${label}, PostgreSQL ${version}`,
    stop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await stopServer();
    },
  };
}
