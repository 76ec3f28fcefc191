import type { ColumnType, Generated } from 'kysely';
import type { OtherCurrencyTotals } from '@runhub/contracts/metrics';

export interface BusinessKpiDailyTable {
  project_id: string;
  /** A calendar date; read back as 'YYYY-MM-DD' (see the DATE type parser in db/pool.ts). */
  local_date: string;
  revenue_cents: number;
  refunds_cents: number;
  orders: number;
  leads: number;
  signups: number;
  subscribers: number;
  bookings: number;
  trials: number;
  checkouts_started: number;
  payment_failures: number;
  sessions: number;
  checkout_sessions: number;
  other_currencies: ColumnType<OtherCurrencyTotals[], string, string>;
  updated_at: Date;
}

export interface KpiDirtyDaysTable {
  id: Generated<number>;
  project_id: string;
  utc_date: string;
}

export interface KpiRollupStateTable {
  project_id: string;
  timezone: string;
  currency: string;
  last_rollup_at: Date;
  /** Duration of the last incremental single-project rollup (0 until one ran, and after a full recompute): spaces the debounced ones. */
  last_rollup_ms: Generated<number>;
}

export interface KpiRollupRunsTable {
  id: Generated<number>;
  trigger: 'cron' | 'admin' | 'backfill' | 'debounce';
  reason: string | null;
  project_id: string | null;
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  projects_count: ColumnType<number, number | undefined, number>;
  rows_count: ColumnType<number, number | undefined, number>;
  error: string | null;
}
