import pg from 'pg';
import type { TestContext } from './harness.ts';

/**
 * Holds an event's idempotency key in another, uncommitted transaction, so the app's insert of
 * that key waits on the row lock until `release` rolls the transaction back: a write kept in
 * flight for as long as a test needs.
 */
export async function holdEventKey(t: TestContext, projectId: string, idempotencyKey: string): Promise<{ release: () => Promise<void> }> {
  const blocker = new pg.Client({ connectionString: t.url });
  // Dropped with the test database if the test fails before releasing it.
  blocker.on('error', () => undefined);
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query(
    `INSERT INTO business_events (project_id, event_type, occurred_at, source, idempotency_key) VALUES ($1, 'lead_created', now(), 'server', $2)`,
    [projectId, idempotencyKey],
  );
  return {
    release: async () => {
      await blocker.query('ROLLBACK');
      await blocker.end();
    },
  };
}

/**
 * How many sessions of the test database wait on a lock. Asked on the pool, never inside a
 * transaction: there pg_stat_activity stays the snapshot its first read took.
 */
export async function lockWaits(t: TestContext): Promise<number> {
  const result = await t.pool.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  return Number(result.rows[0]!.n);
}
