import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createEmptyDatabase } from '../../test/template.ts';
import { migrate, readMigrations } from './migrate.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDb() {
  const { url, drop } = await createEmptyDatabase(inject('adminUrl'));
  const pools = [new pg.Pool({ connectionString: url, max: 2 }), new pg.Pool({ connectionString: url, max: 2 })] as const;
  cleanups.push(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await drop();
  });
  return pools;
}

describe('migrations', () => {
  it('apply once; a second run applies nothing', async () => {
    const [pool] = await emptyDb();
    const all = await readMigrations();
    expect((await migrate(pool)).applied).toHaveLength(all.length);
    expect((await migrate(pool)).applied).toEqual([]);
    const rows = await pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
  });

  it('two processes migrating at once apply each file exactly once', async () => {
    const [a, b] = await emptyDb();
    const results = await Promise.all([migrate(a), migrate(b)]);
    const all = await readMigrations();
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, all.length]);
    const count = await a.query('SELECT count(*)::int AS n FROM schema_migrations');
    expect(count.rows[0].n).toBe(all.length);
  });

  it('refuse to run when an applied file was changed', async () => {
    const [pool] = await emptyDb();
    const all = await readMigrations();
    await migrate(pool, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(pool, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('roll back entirely when one fails', async () => {
    const [pool] = await emptyDb();
    const broken = [...(await readMigrations()), { version: 9999, name: 'broken', sql: 'SELECT nonsense FROM nowhere', checksum: 'x' }];
    await expect(migrate(pool, broken)).rejects.toThrow();
    const tables = await pool.query(`SELECT to_regclass('public.users') AS users, to_regclass('public.schema_migrations') AS m`);
    expect(tables.rows[0]).toEqual({ users: null, m: null });
  });
});
