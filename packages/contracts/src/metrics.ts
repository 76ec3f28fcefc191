import { z } from 'zod';
import type { Industry } from './accounts.ts';

/**
 * The metrics dictionary: one definition of every KPI, used by the server (rollups, alerts),
 * the UI (cards, colours) and emails (digests). Money is integer cents in the project's currency.
 */
export const METRIC_IDS = [
  'revenue',
  'refunds',
  'netRevenue',
  'orders',
  'leads',
  'signups',
  'subscribers',
  'bookings',
  'trials',
  'checkoutsStarted',
  'paymentFailures',
  'sessions',
  'conversionRate',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  id: MetricId;
  /** Message key of its label in the UI and email catalogs. */
  labelKey: `metrics.${MetricId}`;
  unit: 'money' | 'count' | 'ratio';
  /** Which way is good news: refunds and payment failures going down is good. */
  goodDirection: 'up' | 'down';
  /** What it is made of, for people. */
  definition: string;
}

const metric = (id: MetricId, unit: MetricDefinition['unit'], goodDirection: MetricDefinition['goodDirection'], definition: string): MetricDefinition => ({
  id,
  labelKey: `metrics.${id}`,
  unit,
  goodDirection,
  definition,
});

export const METRICS: Record<MetricId, MetricDefinition> = {
  revenue: metric('revenue', 'money', 'up', 'Sum of payment_succeeded amounts in the project currency (captured; refunds not deducted)'),
  refunds: metric('refunds', 'money', 'down', 'Sum of payment_refunded amounts in the project currency'),
  netRevenue: metric('netRevenue', 'money', 'up', 'revenue − refunds'),
  orders: metric('orders', 'count', 'up', 'Count of payment_succeeded, any currency'),
  leads: metric('leads', 'count', 'up', 'Count of lead_created + booking_requested'),
  signups: metric('signups', 'count', 'up', 'Count of user_signed_up'),
  subscribers: metric('subscribers', 'count', 'up', 'Count of newsletter_subscribed'),
  bookings: metric('bookings', 'count', 'up', 'Count of booking_confirmed (requested is not confirmed)'),
  trials: metric('trials', 'count', 'up', 'Count of trial_started'),
  checkoutsStarted: metric('checkoutsStarted', 'count', 'up', 'Count of checkout_started'),
  paymentFailures: metric('paymentFailures', 'count', 'down', 'Count of payment_failed'),
  sessions: metric('sessions', 'count', 'up', 'Distinct tracker sessions (page views and client events) per local day'),
  conversionRate: metric('conversionRate', 'ratio', 'up', 'orders ÷ distinct sessions with checkout_started; null when there are none'),
};

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

// ---- vertical packs -------------------------------------------------------------------------
/** Per industry: the KPI cards shown first, in order. */
export const VERTICAL_KPI_CARDS: Record<Industry, MetricId[]> = {
  ecommerce: ['revenue', 'orders', 'conversionRate', 'refunds'],
  services: ['bookings', 'leads', 'revenue', 'refunds'],
  saas: ['signups', 'trials', 'revenue', 'conversionRate'],
  restaurant: ['revenue', 'orders', 'bookings', 'leads'],
  other: ['revenue', 'leads', 'orders', 'sessions'],
};
