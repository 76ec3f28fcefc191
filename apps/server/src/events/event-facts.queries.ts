import { sql } from 'kysely';
import { TRACKER_EVENT_TYPES } from '@runhub/contracts/events';
import type { Db } from '../db/pool.ts';

/**
 * Small yes/no and count questions other areas ask about a project's events (integration
 * status, action availability). Each is bounded by an index: EXISTS stops at the first row,
 * and counts only cover a recent window.
 */

// Page views go to analytics_events; the tracker's other events are business events with source 'tracker'.
const TRACKER_BUSINESS_TYPES = TRACKER_EVENT_TYPES.filter((t) => t !== 'page_view');

/** Any tracker event since `since` (a range scan of each table's time index). */
export async function hasTrackerEventSince(db: Db, projectId: string, since: Date): Promise<boolean> {
  const result = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM analytics_events WHERE project_id = ${projectId} AND occurred_at >= ${since})
        OR EXISTS (SELECT 1 FROM business_events WHERE project_id = ${projectId} AND occurred_at >= ${since} AND source = 'tracker') AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}

/** Any tracker event ever. The event-type filter lets business events use their type index. */
export async function hasAnyTrackerEvent(db: Db, projectId: string): Promise<boolean> {
  const result = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM analytics_events WHERE project_id = ${projectId})
        OR EXISTS (SELECT 1 FROM business_events
                   WHERE project_id = ${projectId} AND event_type = ANY(${TRACKER_BUSINESS_TYPES}::text[]) AND source = 'tracker') AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}

/** Any event at all, business or page view. */
export async function hasAnyEvent(db: Db, projectId: string): Promise<boolean> {
  const result = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM business_events WHERE project_id = ${projectId})
        OR EXISTS (SELECT 1 FROM analytics_events WHERE project_id = ${projectId}) AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}

/** How many events of each of `types` occurred since `since`; types with none are absent. */
export async function countEventsByTypeSince(db: Db, projectId: string, types: readonly string[], since: Date): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('business_events')
    .select(['event_type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('project_id', '=', projectId)
    .where('event_type', 'in', [...types])
    .where('occurred_at', '>=', since)
    .groupBy('event_type')
    .execute();
  return new Map(rows.map((r) => [r.event_type, Number(r.n)]));
}

/** Distinct customer emails on events since `since`: the people an email could reach. */
export async function countCustomerEmailsSince(db: Db, projectId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('business_events')
    .select(sql<number>`count(DISTINCT customer_email)::int`.as('n'))
    .where('project_id', '=', projectId)
    .where('occurred_at', '>=', since)
    .where('customer_email', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
