import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createEmptyDatabase } from '../../test/template.ts';
import { createDb, type Db } from './pool.ts';
import { executePrepared } from './prepared.ts';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createEmptyDatabase(inject('adminUrl'));
  drop = created.drop;
  db = createDb(new pg.Pool({ connectionString: created.url, max: 1 }));
});
afterAll(async () => {
  await db.destroy();
  await drop();
});

const preparedOnConnection = async () =>
  (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(db)).rows.map((r) => r.statement);

describe('executePrepared', () => {
  it('runs a statement as a named prepared statement, parsed once per connection, with its own values each time', async () => {
    const twice = (n: number) => sql<{ twice: number }>`SELECT ${n}::int * 2 AS twice`;
    expect((await executePrepared(db, twice(2))).rows).toEqual([{ twice: 4 }]);
    expect((await executePrepared(db, twice(21))).rows).toEqual([{ twice: 42 }]);
    const statements = await preparedOnConnection();
    expect(statements.filter((s) => s.includes('AS twice'))).toHaveLength(1);
  });

  it('leaves every other statement unprepared', async () => {
    await sql`SELECT 'not hot' AS plain`.execute(db);
    expect((await preparedOnConnection()).some((s) => s.includes('not hot'))).toBe(false);
  });

  it('also takes kysely query builders', async () => {
    const query = db.selectFrom(sql<{ n: number }>`(SELECT 7 AS n)`.as('t')).select('t.n');
    expect((await executePrepared(db, query)).rows).toEqual([{ n: 7 }]);
    expect((await preparedOnConnection()).some((s) => s.includes('SELECT 7 AS n'))).toBe(true);
  });
});
