import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/pool.ts';
import { localDateOf } from '../apps/server/src/kpis/local-dates.ts';
import { comparesSoFar, comparisonFor, type Period } from '../apps/server/src/kpis/periods.ts';

/**
 * The overview's KPIs (current period vs its comparison) computed straight from business_events,
 * the way it would be done without daily rollups: one aggregate over both windows of local days.
 * It leaves out trends, alerts and integrations, so it flatters the naive side.
 */
export async function naiveOverviewKpis(db: Db, project: { id: string; timezone: string; currency: string }, period: Period, now = new Date()) {
  const tz = project.timezone;
  const previous = comparisonFor(period, localDateOf(now, tz));
  // local_day_start (migration 0008) is the rollup's own definition of where a local day begins.
  const curStart = sql`local_day_start(${period.startDate}::date, ${tz})`;
  const curEnd = sql`local_day_start(${period.endDate}::date + 1, ${tz})`;
  const prevStart = sql`local_day_start(${previous.startDate}::date, ${tz})`;
  // A period ending today compares up to the same local time on its last day, as the overview does.
  const prevEnd = comparesSoFar(previous)
    ? sql`(${previous.endDate}::date + (${now}::timestamptz AT TIME ZONE ${tz})::time) AT TIME ZONE ${tz}`
    : sql`local_day_start(${previous.endDate}::date + 1, ${tz})`;
  const eventsWithin = (isCurrent: boolean, start: typeof curStart, end: typeof curEnd) => sql`
    SELECT ${isCurrent}::boolean AS is_current, event_type, amount_cents, currency, session_id
    FROM business_events WHERE project_id = ${project.id} AND occurred_at >= ${start} AND occurred_at < ${end}`;
  // Two index range scans (the windows are apart for single days), aggregated per window.
  const result = await sql<Record<string, number | boolean>>`
    SELECT is_current,
      coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_succeeded' AND currency = ${project.currency}), 0) AS revenue,
      coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_refunded' AND currency = ${project.currency}), 0) AS refunds,
      count(*) FILTER (WHERE event_type = 'payment_succeeded') AS orders,
      count(*) FILTER (WHERE event_type IN ('lead_created', 'booking_requested')) AS leads,
      count(*) FILTER (WHERE event_type = 'user_signed_up') AS signups,
      count(*) FILTER (WHERE event_type = 'newsletter_subscribed') AS subscribers,
      count(*) FILTER (WHERE event_type = 'booking_confirmed') AS bookings,
      count(*) FILTER (WHERE event_type = 'trial_started') AS trials,
      count(*) FILTER (WHERE event_type = 'checkout_started') AS checkouts_started,
      count(*) FILTER (WHERE event_type = 'payment_failed') AS payment_failures,
      count(DISTINCT session_id) AS sessions,
      count(DISTINCT session_id) FILTER (WHERE event_type = 'checkout_started') AS checkout_sessions
    FROM (${eventsWithin(true, curStart, curEnd)} UNION ALL ${eventsWithin(false, prevStart, prevEnd)}) AS ev
    GROUP BY is_current`.execute(db);
  return result.rows;
}
