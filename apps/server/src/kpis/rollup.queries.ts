import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import type { DailyRow } from './kpi-math.ts';

export interface RollupProject {
  id: string;
  timezone: string;
  currency: string;
}

export interface RecomputeTarget {
  project: RollupProject;
  /** Local calendar days (YYYY-MM-DD) in the project's zone. */
  dates: string[];
}

/**
 * KPI figures per (project, local day) over the events between each day's `start_at` and `end_at`,
 * as CTEs after a `days` CTE the caller defines (project_id, local_date, currency, start_at,
 * end_at); `totals` holds one row per day, zeros for a day without events. The rollup writes them;
 * the overview reads a part of a day with the same definitions.
 */
const DAY_AGGREGATES = sql`
    ev AS (
      -- LATERAL: one index range scan per (project, day). As a plain join over many projects the
      -- planner may hash-join against the whole table, which is a full scan at 10M events.
      SELECT days.project_id, days.local_date, days.currency AS project_currency, e.event_type, e.amount_cents, e.currency, e.session_id
      FROM days
      CROSS JOIN LATERAL (
        SELECT event_type, amount_cents, currency, session_id FROM business_events
        WHERE project_id = days.project_id AND occurred_at >= days.start_at AND occurred_at < days.end_at) e
      UNION ALL
      -- Page views count towards sessions only.
      SELECT days.project_id, days.local_date, days.currency, NULL, NULL, NULL, a.session_id
      FROM days
      CROSS JOIN LATERAL (
        SELECT session_id FROM analytics_events
        WHERE project_id = days.project_id AND occurred_at >= days.start_at AND occurred_at < days.end_at) a
    ),
    -- One pass over the day's events, grouped two ways at once: by kind (type and currency) for the
    -- sums and counts, and by session for the distinct sessions. Both groupings are small whatever
    -- the number of events, so nothing is sorted or spilled (count(DISTINCT …) sorted every event
    -- of the day, on disk past a few hundred thousand).
    grouped AS (
      SELECT project_id, local_date, project_currency, event_type, currency, session_id,
        GROUPING(session_id) = 1 AS per_kind,
        count(*) AS n, sum(amount_cents) AS amount_cents,
        bool_or(event_type = 'checkout_started') AS checked_out
      FROM ev
      GROUP BY GROUPING SETS ((project_id, local_date, project_currency, event_type, currency), (project_id, local_date, session_id))
    ),
    kinds AS (SELECT * FROM grouped WHERE per_kind),
    agg AS (
      SELECT project_id, local_date,
        coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_succeeded' AND currency = project_currency), 0) AS revenue_cents,
        coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_refunded' AND currency = project_currency), 0) AS refunds_cents,
        coalesce(sum(n) FILTER (WHERE event_type = 'payment_succeeded'), 0) AS orders,
        coalesce(sum(n) FILTER (WHERE event_type IN ('lead_created', 'booking_requested')), 0) AS leads,
        coalesce(sum(n) FILTER (WHERE event_type = 'user_signed_up'), 0) AS signups,
        coalesce(sum(n) FILTER (WHERE event_type = 'newsletter_subscribed'), 0) AS subscribers,
        coalesce(sum(n) FILTER (WHERE event_type = 'booking_confirmed'), 0) AS bookings,
        coalesce(sum(n) FILTER (WHERE event_type = 'trial_started'), 0) AS trials,
        coalesce(sum(n) FILTER (WHERE event_type = 'checkout_started'), 0) AS checkouts_started,
        coalesce(sum(n) FILTER (WHERE event_type = 'payment_failed'), 0) AS payment_failures
      FROM kinds GROUP BY project_id, local_date
    ),
    other AS (
      SELECT project_id, local_date, jsonb_agg(jsonb_build_object('currency', currency, 'revenueCents', revenue, 'refundsCents', refunds, 'orders', orders) ORDER BY currency) AS other_currencies
      FROM (
        SELECT project_id, local_date, currency,
          coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_succeeded'), 0) AS revenue,
          coalesce(sum(amount_cents) FILTER (WHERE event_type = 'payment_refunded'), 0) AS refunds,
          coalesce(sum(n) FILTER (WHERE event_type = 'payment_succeeded'), 0) AS orders
        FROM kinds
        WHERE event_type IN ('payment_succeeded', 'payment_refunded') AND currency <> project_currency
        GROUP BY project_id, local_date, currency
      ) per_currency
      GROUP BY project_id, local_date
    ),
    sess AS (
      SELECT project_id, local_date, count(*) AS sessions, count(*) FILTER (WHERE checked_out) AS checkout_sessions
      FROM grouped WHERE NOT per_kind AND session_id IS NOT NULL
      GROUP BY project_id, local_date
    ),
    totals AS (
      SELECT days.project_id, days.local_date,
        coalesce(agg.revenue_cents, 0) AS revenue_cents, coalesce(agg.refunds_cents, 0) AS refunds_cents,
        coalesce(agg.orders, 0) AS orders, coalesce(agg.leads, 0) AS leads, coalesce(agg.signups, 0) AS signups,
        coalesce(agg.subscribers, 0) AS subscribers, coalesce(agg.bookings, 0) AS bookings, coalesce(agg.trials, 0) AS trials,
        coalesce(agg.checkouts_started, 0) AS checkouts_started, coalesce(agg.payment_failures, 0) AS payment_failures,
        coalesce(sess.sessions, 0) AS sessions, coalesce(sess.checkout_sessions, 0) AS checkout_sessions,
        coalesce(other.other_currencies, '[]'::jsonb) AS other_currencies
      FROM days
      LEFT JOIN agg USING (project_id, local_date)
      LEFT JOIN other USING (project_id, local_date)
      LEFT JOIN sess USING (project_id, local_date)
    )`;

/**
 * Recomputes the given local days of one project from the raw events and upserts them (zeros for
 * days without events). A local day runs from its midnight to the next in the project's zone, so
 * DST days are 23 or 25 hours. Returns the number of rows written.
 */
export function recomputeDays(db: Db, project: RollupProject, dates: string[], now: Date): Promise<number> {
  return recomputeDaysOf(db, [{ project, dates }], now);
}

/**
 * The same for any number of projects in one statement: a rollup cycle over a hundred projects
 * costs one plan and one round trip instead of a hundred of each.
 */
export async function recomputeDaysOf(db: Db, targets: RecomputeTarget[], now: Date): Promise<number> {
  const days = targets.flatMap((t) => t.dates.map((date) => ({ ...t.project, date })));
  if (days.length === 0) return 0;
  const result = await sql`
    WITH days AS (
      SELECT t.project_id, t.d AS local_date, t.currency,
             local_day_start(t.d, t.timezone) AS start_at,
             local_day_start(t.d + 1, t.timezone) AS end_at
      FROM unnest(${days.map((d) => d.id)}::uuid[], ${days.map((d) => d.date)}::date[],
                  ${days.map((d) => d.timezone)}::text[], ${days.map((d) => d.currency)}::text[]) AS t(project_id, d, timezone, currency)
    ),
    ${DAY_AGGREGATES}
    INSERT INTO business_kpi_daily AS k (project_id, local_date, revenue_cents, refunds_cents, orders, leads, signups, subscribers,
      bookings, trials, checkouts_started, payment_failures, sessions, checkout_sessions, other_currencies, updated_at)
    SELECT project_id, local_date, revenue_cents, refunds_cents, orders, leads, signups, subscribers,
      bookings, trials, checkouts_started, payment_failures, sessions, checkout_sessions, other_currencies, ${now}
    FROM totals
    ON CONFLICT (project_id, local_date) DO UPDATE SET
      revenue_cents = EXCLUDED.revenue_cents, refunds_cents = EXCLUDED.refunds_cents, orders = EXCLUDED.orders,
      leads = EXCLUDED.leads, signups = EXCLUDED.signups, subscribers = EXCLUDED.subscribers, bookings = EXCLUDED.bookings,
      trials = EXCLUDED.trials, checkouts_started = EXCLUDED.checkouts_started, payment_failures = EXCLUDED.payment_failures,
      sessions = EXCLUDED.sessions, checkout_sessions = EXCLUDED.checkout_sessions,
      other_currencies = EXCLUDED.other_currencies, updated_at = EXCLUDED.updated_at`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * One project's figures for a local day from its midnight up to the local time of day `now` has in
 * the project's zone (a day in the past: "last Sunday by this time"), computed from the raw events
 * and written nowhere, in the shape of a daily row. Prepared: it is asked by "today" overviews, and
 * planning it costs more than running it.
 */
export async function kpisOfDayUntil(db: Db, project: RollupProject, date: string, now: Date): Promise<DailyRow> {
  const result = await executePrepared(db, sql<{ day_so_far: DailyRow }>`
    WITH days AS (
      SELECT ${project.id}::uuid AS project_id, ${date}::date AS local_date, ${project.currency}::text AS currency,
             local_day_start(${date}::date, ${project.timezone}) AS start_at,
             least(local_day_start(${date}::date + 1, ${project.timezone}),
                   (${date}::date + (${now}::timestamptz AT TIME ZONE ${project.timezone})::time) AT TIME ZONE ${project.timezone}) AS end_at
    ),
    ${DAY_AGGREGATES}
    SELECT row_to_json(totals) AS day_so_far FROM totals`);
  return result.rows[0]!.day_so_far;
}

/** Serializes rollups of one project across processes, for the current transaction. */
export async function lockProjectRollup(db: Db, projectId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7245100, hashtext(${projectId}))`.execute(db);
}

/**
 * Serializes rollups of several projects with the single-project lock above, taken in one
 * statement and in a fixed order, so two cycles cannot deadlock each other.
 */
export async function lockProjectRollups(db: Db, projectIds: readonly string[]): Promise<void> {
  await sql`
    SELECT pg_advisory_xact_lock(7245100, h)
    FROM (SELECT DISTINCT hashtext(id) AS h FROM unnest(${[...projectIds]}::text[]) AS id ORDER BY h) ordered`.execute(db);
}

/** Takes (deletes and returns) the UTC days marked dirty for several projects, grouped by project. */
export async function takeDirtyDaysOf(db: Db, projectIds: readonly string[]): Promise<Map<string, string[]>> {
  const taken = new Map<string, Set<string>>();
  if (projectIds.length === 0) return new Map();
  const rows = await db.deleteFrom('kpi_dirty_days').where('project_id', 'in', [...projectIds]).returning(['project_id', 'utc_date']).execute();
  for (const r of rows) taken.set(r.project_id, (taken.get(r.project_id) ?? new Set()).add(r.utc_date));
  return new Map([...taken].map(([id, days]) => [id, [...days]]));
}

export function findRollupStates(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('kpi_rollup_state').selectAll().where('project_id', 'in', [...projectIds]).execute();
}

/** Records several projects as rolled up at `at`, in their current zone and currency. */
export async function saveRollupStates(db: Db, projects: readonly RollupProject[], at: Date): Promise<void> {
  if (projects.length === 0) return;
  await sql`
    INSERT INTO kpi_rollup_state (project_id, timezone, currency, last_rollup_at)
    SELECT id, timezone, currency, ${at}::timestamptz
    FROM unnest(${projects.map((p) => p.id)}::uuid[], ${projects.map((p) => p.timezone)}::text[], ${projects.map((p) => p.currency)}::text[]) AS p(id, timezone, currency)
    ON CONFLICT (project_id) DO UPDATE SET timezone = EXCLUDED.timezone, currency = EXCLUDED.currency, last_rollup_at = EXCLUDED.last_rollup_at`.execute(db);
}

/** Takes (deletes and returns) the UTC days marked dirty for a project, each once. */
export async function takeDirtyDays(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.deleteFrom('kpi_dirty_days').where('project_id', '=', projectId).returning('utc_date').execute();
  return [...new Set(rows.map((r) => r.utc_date))];
}

export async function listDirtyProjects(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('kpi_dirty_days').select('project_id').distinct().execute();
  return rows.map((r) => r.project_id);
}

/** Asks for a project's rollup: a marker the next rollup cycle cannot miss. */
export function markProjectDirty(db: Db, projectId: string, utcDate: string) {
  return db.insertInto('kpi_dirty_days').values({ project_id: projectId, utc_date: utcDate }).execute();
}

export function deleteProjectKpis(db: Db, projectId: string) {
  return db.deleteFrom('business_kpi_daily').where('project_id', '=', projectId).execute();
}

export function findRollupState(db: Db, projectId: string) {
  return db.selectFrom('kpi_rollup_state').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

export function resetRollupState(db: Db, projectId: string) {
  return db.deleteFrom('kpi_rollup_state').where('project_id', '=', projectId).execute();
}

export function saveRollupState(db: Db, s: { projectId: string; timezone: string; currency: string; at: Date; ms: number }) {
  const values = { timezone: s.timezone, currency: s.currency, last_rollup_at: s.at, last_rollup_ms: Math.round(s.ms) };
  return db
    .insertInto('kpi_rollup_state')
    .values({ project_id: s.projectId, ...values })
    .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
    .execute();
}

export function startRun(db: Db, run: { trigger: 'cron' | 'admin' | 'backfill' | 'debounce'; reason: string | null; projectId: string | null; startedAt: Date }) {
  return db
    .insertInto('kpi_rollup_runs')
    .values({ trigger: run.trigger, reason: run.reason, project_id: run.projectId, started_at: run.startedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function finishRun(db: Db, id: number, r: { finishedAt: Date; durationMs: number; projects: number; rows: number; error: string | null }) {
  return db
    .updateTable('kpi_rollup_runs')
    .set({ finished_at: r.finishedAt, duration_ms: r.durationMs, projects_count: r.projects, rows_count: r.rows, error: r.error })
    .where('id', '=', id)
    .execute();
}
