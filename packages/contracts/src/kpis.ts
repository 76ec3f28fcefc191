import { z } from 'zod';
import { METRIC_IDS } from './metric-definitions.ts';
import { kpiComparison, kpiDay, kpiValues } from './metrics.ts';
import { isoDateTime, localDate } from './values.ts';

export const dailyQuery = z.strictObject({ date: localDate });
export const rangeQuery = z.strictObject({ startDate: localDate, endDate: localDate });
export const trendQuery = z.strictObject({ days: z.coerce.number().int().min(1, 'must be 1–90').max(90, 'must be 1–90').default(7) });

export const dailyPayload = z.object({ date: z.string(), kpis: kpiValues, lastRollupAt: isoDateTime.nullable() });
export const rangePayload = z.object({ startDate: z.string(), endDate: z.string(), totals: kpiValues, days: z.array(kpiDay), lastRollupAt: isoDateTime.nullable() });
export const trendPayload = z.object({ startDate: z.string(), endDate: z.string(), days: z.array(kpiDay) });

export const overviewQuery = z.strictObject({
  range: z.enum(['today', 'yesterday', 'last7', 'last30', 'custom']).default('today'),
  startDate: localDate.optional(),
  endDate: localDate.optional(),
});

const metricRecord = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(METRIC_IDS.map((m) => [m, value])) as Record<(typeof METRIC_IDS)[number], T>);

export const INTEGRATION_STATES = ['connected', 'not_connected', 'stale'] as const;
export const integrations = z.object({ tracking: z.enum(INTEGRATION_STATES), payments: z.enum(INTEGRATION_STATES), forms: z.enum(INTEGRATION_STATES) });
export type Integrations = z.infer<typeof integrations>;

export const overviewPayload = z.object({
  range: z.object({ name: z.string(), startDate: z.string(), endDate: z.string() }),
  comparison: z.object({
    startDate: z.string(),
    endDate: z.string(),
    label: z.string(),
    labelKey: z.enum(['comparison.sameWeekday', 'comparison.sameWeekdaySoFar', 'comparison.previousDays', 'comparison.previousDaysSoFar']),
    labelParams: z.object({ weekday: z.number().int().optional(), days: z.number().int().optional() }),
  }),
  currency: z.string(),
  timezone: z.string(),
  kpis: metricRecord(kpiComparison),
  /** Revenue in other currencies during the range, never summed into revenue. */
  otherCurrencies: kpiValues.shape.otherCurrencies,
  /** The last 7 local days ending with the range's last day, per metric. */
  trends: metricRecord(z.array(z.number().nullable())),
  lastEventAt: isoDateTime.nullable(),
  lastRollupAt: isoDateTime.nullable(),
  // The optional parts: null when they could not be computed (the failure is logged).
  alerts: z.array(z.unknown()).nullable(),
  alertCounts: z.object({ paymentFailedCount: z.number().int(), checkoutStartedCount: z.number().int() }).nullable(),
  integrations: integrations.nullable(),
});
export type OverviewPayload = z.infer<typeof overviewPayload>;
