import type { Db } from '../db/pool.ts';
import type { DailyRow } from './kpi-math.ts';

export function listDailyRows(db: Db, projectId: string, startDate: string, endDate: string): Promise<DailyRow[]> {
  return db
    .selectFrom('business_kpi_daily')
    .select([
      'local_date', 'revenue_cents', 'refunds_cents', 'orders', 'leads', 'signups', 'subscribers', 'bookings', 'trials',
      'checkouts_started', 'payment_failures', 'sessions', 'checkout_sessions', 'other_currencies',
    ])
    .where('project_id', '=', projectId)
    .where('local_date', '>=', startDate)
    .where('local_date', '<=', endDate)
    .orderBy('local_date')
    .execute();
}

/** When this project's KPIs were last recomputed (null: never). */
export async function lastRollupAt(db: Db, projectId: string): Promise<Date | null> {
  const row = await db.selectFrom('kpi_rollup_state').select('last_rollup_at').where('project_id', '=', projectId).executeTakeFirst();
  return row?.last_rollup_at ?? null;
}
