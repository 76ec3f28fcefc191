import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import type { DailyRow } from './kpi-math.ts';

const DAILY_COLUMNS = [
  'local_date', 'revenue_cents', 'refunds_cents', 'orders', 'leads', 'signups', 'subscribers', 'bookings', 'trials',
  'checkouts_started', 'payment_failures', 'sessions', 'checkout_sessions', 'other_currencies',
] as const;

export function listDailyRows(db: Db, projectId: string, startDate: string, endDate: string): Promise<DailyRow[]> {
  return db
    .selectFrom('business_kpi_daily')
    .select(DAILY_COLUMNS)
    .where('project_id', '=', projectId)
    .where('local_date', '>=', startDate)
    .where('local_date', '<=', endDate)
    .orderBy('local_date')
    .execute();
}

export interface KpiWindow {
  rows: DailyRow[];
  lastRollupAt: Date | null;
}

export interface KpiWindowRow {
  last_rollup_at: Date | null;
  rows: DailyRow[] | null;
}

/** The statement behind readKpiWindow, for callers that ask it together with other questions. */
export function kpiWindowStatement(db: Db, projectId: string, startDate: string, endDate: string) {
  const days = db
    .selectFrom('business_kpi_daily')
    .select(DAILY_COLUMNS)
    .where('project_id', '=', projectId)
    .where('local_date', '>=', startDate)
    .where('local_date', '<=', endDate);
  return sql<KpiWindowRow>`
    SELECT (SELECT last_rollup_at FROM kpi_rollup_state WHERE project_id = ${projectId}) AS last_rollup_at,
           (SELECT json_agg(d ORDER BY d.local_date) FROM (${days}) d) AS rows`;
}

export function kpiWindowOf(row: KpiWindowRow | undefined): KpiWindow {
  return { rows: row?.rows ?? [], lastRollupAt: row?.last_rollup_at ?? null };
}

/**
 * A project's daily rows between two local dates and when they were last recomputed, in one
 * statement: what every KPI endpoint reads, at one round trip instead of two.
 */
export async function readKpiWindow(db: Db, projectId: string, startDate: string, endDate: string): Promise<KpiWindow> {
  return kpiWindowOf((await executePrepared(db, kpiWindowStatement(db, projectId, startDate, endDate))).rows[0]);
}
