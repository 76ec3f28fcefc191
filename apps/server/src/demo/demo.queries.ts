import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';

/**
 * The local hours (`YYYY-MM-DD:HH` in the project's zone) from `from` to `to` that already hold
 * demo rows: demo events carry their hour in their key, demo page views are tagged `demo` in props.
 * A slot is seeded in one transaction, so any row of it means all of it is there.
 */
export async function findSeededDemoHours(db: Db, project: { id: string; timezone: string }, from: Date, to: Date): Promise<Set<string>> {
  const result = await sql<{ slot: string }>`
    SELECT substr(idempotency_key, 6, 13) AS slot FROM business_events
    WHERE project_id = ${project.id} AND occurred_at >= ${from} AND occurred_at < ${to} AND idempotency_key LIKE 'demo:%'
    UNION
    SELECT to_char(occurred_at AT TIME ZONE ${project.timezone}, 'YYYY-MM-DD:HH24') FROM analytics_events
    WHERE project_id = ${project.id} AND occurred_at >= ${from} AND occurred_at < ${to} AND props @> '{"demo": true}'`.execute(db);
  return new Set(result.rows.map((r) => r.slot));
}

/**
 * Makes seeders that touch the same days of a project (a CLI run during a first boot) take turns
 * until the transaction ends. Locks are taken in date order, so two seeders cannot deadlock.
 */
export async function lockDemoDays(db: Db, projectId: string, localDates: string[]): Promise<void> {
  const keys = [...localDates].sort().map((date) => `runhub:demo-seed:${projectId}:${date}`);
  await sql`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`.execute(db);
}
