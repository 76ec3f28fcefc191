import { METRICS, METRIC_IDS, type MetricId } from '@runhub/contracts/metric-definitions';
import type { KpiComparison, KpiDay, KpiValues, OtherCurrencyTotals } from '@runhub/contracts/metrics';
import type { Selectable } from 'kysely';
import type { BusinessKpiDailyTable } from './kpis.tables.ts';
import { dateRange } from './local-dates.ts';

/** Pure arithmetic over daily KPI rows: totals, zero-filled series, comparisons. */

/** A stored day, as the queries return it. */
export type DailyRow = Omit<Selectable<BusinessKpiDailyTable>, 'project_id' | 'updated_at'>;

export function conversionRate(orders: number, checkoutSessions: number): number | null {
  return checkoutSessions > 0 ? orders / checkoutSessions : null;
}

function mergeCurrencies(rows: DailyRow[]): OtherCurrencyTotals[] {
  const byCurrency = new Map<string, OtherCurrencyTotals>();
  for (const row of rows) {
    for (const c of row.other_currencies) {
      const t = byCurrency.get(c.currency) ?? { currency: c.currency, revenueCents: 0, refundsCents: 0, orders: 0 };
      t.revenueCents += c.revenueCents;
      t.refundsCents += c.refundsCents;
      t.orders += c.orders;
      byCurrency.set(c.currency, t);
    }
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Totals of any number of days. Sessions add up per day (a session across midnight counts on both). */
export function totalsOf(rows: DailyRow[]): KpiValues {
  const sum = (pick: (r: DailyRow) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
  const revenue = sum((r) => r.revenue_cents);
  const refunds = sum((r) => r.refunds_cents);
  const orders = sum((r) => r.orders);
  const checkoutSessions = sum((r) => r.checkout_sessions);
  return {
    revenue,
    refunds,
    netRevenue: revenue - refunds,
    orders,
    leads: sum((r) => r.leads),
    signups: sum((r) => r.signups),
    subscribers: sum((r) => r.subscribers),
    bookings: sum((r) => r.bookings),
    trials: sum((r) => r.trials),
    checkoutsStarted: sum((r) => r.checkouts_started),
    paymentFailures: sum((r) => r.payment_failures),
    sessions: sum((r) => r.sessions),
    conversionRate: conversionRate(orders, checkoutSessions),
    checkoutSessions,
    otherCurrencies: mergeCurrencies(rows),
  };
}

const EMPTY: Omit<DailyRow, 'local_date'> = {
  revenue_cents: 0, refunds_cents: 0, orders: 0, leads: 0, signups: 0, subscribers: 0, bookings: 0, trials: 0,
  checkouts_started: 0, payment_failures: 0, sessions: 0, checkout_sessions: 0, other_currencies: [],
};

/** One entry per day from start to end; days without a row are zeros. */
export function zeroFilledDays(rows: DailyRow[], start: string, end: string): KpiDay[] {
  const byDate = new Map(rows.map((r) => [r.local_date, r]));
  return dateRange(start, end).map((date) => ({ date, ...totalsOf([byDate.get(date) ?? { local_date: date, ...EMPTY }]) }));
}

export function compareMetric(metric: MetricId, current: number | null, previous: number | null): KpiComparison {
  const change = current !== null && previous !== null ? current - previous : null;
  const changePercent = change !== null && previous ? Math.round((change / Math.abs(previous)) * 1000) / 10 : null;
  return { current, previous, change, changePercent, goodDirection: METRICS[metric].goodDirection };
}

export function compareAll(current: KpiValues, previous: KpiValues): Record<MetricId, KpiComparison> {
  return Object.fromEntries(METRIC_IDS.map((m) => [m, compareMetric(m, current[m], previous[m])])) as Record<MetricId, KpiComparison>;
}

/** Per metric, the day-by-day values (a sparkline). */
export function seriesOf(days: KpiDay[]): Record<MetricId, (number | null)[]> {
  return Object.fromEntries(METRIC_IDS.map((m) => [m, days.map((d) => d[m])])) as Record<MetricId, (number | null)[]>;
}
