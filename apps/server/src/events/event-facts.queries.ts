import { sql } from 'kysely';
import { TRACKER_EVENT_TYPES } from '@runhub/contracts/events';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import { ANALYTICS_RETENTION_DAYS } from './analytics.queries.ts';

/**
 * Small yes/no and count questions other areas ask about a project's events (integration
 * status, action availability). Each is bounded by an index: EXISTS stops at the first row,
 * and counts only cover a recent window.
 */

// Page views go to analytics_events; the tracker's other events are business events with source 'tracker'.
const TRACKER_BUSINESS_TYPES = TRACKER_EVENT_TYPES.filter((t) => t !== 'page_view');

/** Page views older than this are gone (retention), so no query needs to look at older partitions. */
const analyticsWindowStart = (now: Date) => new Date(now.getTime() - (ANALYTICS_RETENTION_DAYS + 1) * 86_400_000);

// Fragments shared by the statements below. Bounding analytics_events by the retention window lets
// the planner skip old monthly partitions: planning, not execution, is what these questions cost.
const trackerEventSince = (projectId: string, since: Date) => sql<boolean>`(
  EXISTS (SELECT 1 FROM analytics_events WHERE project_id = ${projectId} AND occurred_at >= ${since})
  OR EXISTS (SELECT 1 FROM business_events WHERE project_id = ${projectId} AND occurred_at >= ${since} AND source = 'tracker'))`;
// The event-type filter lets business events use their type index.
const anyTrackerEvent = (projectId: string, now: Date) => sql<boolean>`(
  EXISTS (SELECT 1 FROM analytics_events WHERE project_id = ${projectId} AND occurred_at >= ${analyticsWindowStart(now)})
  OR EXISTS (SELECT 1 FROM business_events
             WHERE project_id = ${projectId} AND event_type = ANY(${TRACKER_BUSINESS_TYPES}::text[]) AND source = 'tracker'))`;

export interface TrackerFacts {
  /** A tracker event since the asked time. */
  recent: boolean;
  /** A tracker event ever (page views: within retention). */
  ever: boolean;
}

/** Whether the tracker has sent anything since `since`, and ever: one statement. */
export async function findTrackerFacts(db: Db, projectId: string, since: Date, now: Date): Promise<TrackerFacts> {
  const result = await sql<TrackerFacts>`SELECT ${trackerEventSince(projectId, since)} AS recent, ${anyTrackerEvent(projectId, now)} AS ever`.execute(db);
  return result.rows[0] ?? { recent: false, ever: false };
}

export interface OverviewEventFacts {
  lastEventAt: Date | null;
  tracker: TrackerFacts;
  /** Events of each asked type since `countSince`; types with none are absent. */
  counts: Map<string, number>;
}

export interface OverviewEventFactsRow {
  last_event_at: Date | null;
  recent: boolean;
  ever: boolean;
  counts: Record<string, number> | null;
}

export interface OverviewEventFactsQuestion {
  countTypes: readonly string[];
  countSince: Date;
  trackerSince: Date;
  now: Date;
}

/**
 * Everything the overview asks of the events in one statement (one round trip, one plan): the last
 * event of any kind, the tracker's recent and past activity, and recent counts by type.
 */
export function overviewEventFactsStatement(projectId: string, q: OverviewEventFactsQuestion) {
  return sql<OverviewEventFactsRow>`
    SELECT
      greatest(
        (SELECT max(occurred_at) FROM business_events WHERE project_id = ${projectId}),
        (SELECT max(occurred_at) FROM analytics_events WHERE project_id = ${projectId} AND occurred_at >= ${analyticsWindowStart(q.now)})) AS last_event_at,
      ${trackerEventSince(projectId, q.trackerSince)} AS recent,
      ${anyTrackerEvent(projectId, q.now)} AS ever,
      (SELECT json_object_agg(event_type, n) FROM (
         SELECT event_type, count(*)::int AS n FROM business_events
         WHERE project_id = ${projectId} AND event_type = ANY(${[...q.countTypes]}::text[]) AND occurred_at >= ${q.countSince}
         GROUP BY event_type) c) AS counts`;
}

export function overviewEventFactsOf(row: OverviewEventFactsRow | undefined): OverviewEventFacts {
  return {
    lastEventAt: row?.last_event_at ?? null,
    tracker: { recent: row?.recent ?? false, ever: row?.ever ?? false },
    counts: new Map(Object.entries(row?.counts ?? {})),
  };
}

export async function findOverviewEventFacts(db: Db, projectId: string, q: OverviewEventFactsQuestion): Promise<OverviewEventFacts> {
  return overviewEventFactsOf((await executePrepared(db, overviewEventFactsStatement(projectId, q))).rows[0]);
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
