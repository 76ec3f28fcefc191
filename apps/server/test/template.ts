import { createHash } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { migrate, readMigrations } from '../src/db/migrate.ts';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (once per set of migrations) a template database with every migration and pg-boss's
 * schema applied. Its name carries a hash of the migrations, so changing one builds a new template.
 */
export async function prepareTemplate(adminUrl: string): Promise<string> {
  const migrations = await readMigrations();
  const bossVersion = (await import('pg-boss/package.json', { with: { type: 'json' } })).default.version as string;
  const hash = createHash('sha256')
    .update(migrations.map((m) => m.checksum).join(',') + bossVersion)
    .digest('hex')
    .slice(0, 12);
  const name = `runhub_tpl_${hash}`;
  return await withClient(adminUrl, async (admin) => {
    // Serialize concurrent test runs against the same server.
    await admin.query('SELECT pg_advisory_lock(7245002)');
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return name;
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = databaseUrl(adminUrl, building);
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      await migrate(pool, migrations);
      await pool.end();
      const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: false, schedule: false, max: 2 });
      await boss.start();
      await boss.stop({ graceful: false, wait: true });
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(7245002)');
    }
  });
}

let counter = 0;

/** A fresh database cloned from the template; returns its URL and how to drop it. */
export async function cloneTemplate(adminUrl: string, template: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `runhub_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for tests of migrating and booting. */
export async function createEmptyDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `runhub_e_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
