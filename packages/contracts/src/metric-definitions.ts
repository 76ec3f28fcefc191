import type { Industry } from './accounts.ts';

// No zod here: the web app imports these tables without pulling a validator into its bundle.

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

// ---- vertical packs -------------------------------------------------------------------------
/** Per industry: the KPI cards shown first, in order. */
export const VERTICAL_KPI_CARDS: Record<Industry, MetricId[]> = {
  ecommerce: ['revenue', 'orders', 'conversionRate', 'refunds'],
  services: ['bookings', 'leads', 'revenue', 'refunds'],
  saas: ['signups', 'trials', 'revenue', 'conversionRate'],
  restaurant: ['revenue', 'orders', 'bookings', 'leads'],
  other: ['revenue', 'leads', 'orders', 'sessions'],
};
