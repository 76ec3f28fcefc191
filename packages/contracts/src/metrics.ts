import { z } from 'zod';

/** Revenue in currencies other than the project's: shown apart, never summed into revenue. */
export const otherCurrencyTotals = z.object({ currency: z.string(), revenueCents: z.number().int(), refundsCents: z.number().int(), orders: z.number().int() });
export type OtherCurrencyTotals = z.infer<typeof otherCurrencyTotals>;

/** The values of one day or one range. */
export const kpiValues = z.object({
  revenue: z.number().int(),
  refunds: z.number().int(),
  netRevenue: z.number().int(),
  orders: z.number().int(),
  leads: z.number().int(),
  signups: z.number().int(),
  subscribers: z.number().int(),
  bookings: z.number().int(),
  trials: z.number().int(),
  checkoutsStarted: z.number().int(),
  paymentFailures: z.number().int(),
  sessions: z.number().int(),
  conversionRate: z.number().nullable(),
  /** Distinct sessions with checkout_started: the denominator of conversionRate. */
  checkoutSessions: z.number().int(),
  otherCurrencies: z.array(otherCurrencyTotals),
});
export type KpiValues = z.infer<typeof kpiValues>;

export const kpiDay = kpiValues.extend({ date: z.string() });
export type KpiDay = z.infer<typeof kpiDay>;

export const kpiComparison = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  /** null when previous is 0 or null: a percentage of nothing means nothing. */
  changePercent: z.number().nullable(),
  goodDirection: z.enum(['up', 'down']),
});
export type KpiComparison = z.infer<typeof kpiComparison>;
