import type { KpiValues } from '@runhub/contracts/metrics';

/**
 * KpiValues for tests: zeros, then the overrides. conversionRate follows orders ÷ checkoutSessions
 * (null without checkout sessions) unless it is given.
 */
export function kpiValuesWith(overrides: Partial<KpiValues> = {}): KpiValues {
  const base: KpiValues = {
    revenue: 0,
    refunds: 0,
    netRevenue: 0,
    orders: 0,
    leads: 0,
    signups: 0,
    subscribers: 0,
    bookings: 0,
    trials: 0,
    checkoutsStarted: 0,
    paymentFailures: 0,
    sessions: 0,
    conversionRate: null,
    checkoutSessions: 0,
    otherCurrencies: [],
    ...overrides,
  };
  if (!('conversionRate' in overrides)) base.conversionRate = base.checkoutSessions > 0 ? base.orders / base.checkoutSessions : null;
  if (!('netRevenue' in overrides)) base.netRevenue = base.revenue - base.refunds;
  return base;
}
