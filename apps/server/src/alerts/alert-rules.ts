import { ALERT_SEVERITIES, ALERT_TYPES, type Alert, type AlertInput } from '@runhub/contracts/alerts';

/**
 * Rule-based alerts (spec Priority 8). Pure: the clock and every number are in the input.
 * Each alert carries a message key with params and an action that works today.
 */

/** Thresholds, in percent of the previous 7 days; a drop must be strictly greater to alert. */
export const LEAD_DROP_PERCENT = 50;
export const REVENUE_DROP_PERCENT = 40;
export const CONVERSION_DROP_PERCENT = 30;

// Minimum volumes: below them a drop is noise, not news.
export const MIN_PREVIOUS_LEADS = 5;
/** In the project currency's minor units. */
export const MIN_PREVIOUS_REVENUE_CENTS = 5000;
export const MIN_PREVIOUS_ORDERS = 3;
export const MIN_PREVIOUS_CHECKOUT_SESSIONS = 10;
export const MIN_CURRENT_CHECKOUT_SESSIONS = 5;

/** Checkout issues: more than this many checkouts in 24 h, and paid orders under this percent of them. */
export const CHECKOUT_ISSUES_MIN_CHECKOUTS = 5;
export const CHECKOUT_ISSUES_PAID_PERCENT = 30;
export const PAYMENT_FAILURES_MIN = 3;
/** No event for longer than this: the data, not the business, has stopped. */
export const STALE_AFTER_MS = 24 * 3_600_000;

/**
 * How much `current` fell below `previous`, in percent (negative for a rise). Rounded to 1e-6 so
 * that float noise (0.1 → 0.07 is 30.000000000000004 %) never tips a boundary.
 */
export function dropPercent(previous: number, current: number): number {
  return Math.round(((previous - current) / previous) * 100 * 1e6) / 1e6;
}

function isTrackingStale(input: AlertInput): boolean {
  return input.trackingStale || hoursSinceLastEvent(input) !== null;
}

/** Whole hours since the last event when that is more than 24 h; null when fresh or never. */
function hoursSinceLastEvent({ now, lastEventAt }: AlertInput): number | null {
  if (!lastEventAt) return null;
  const age = now.getTime() - lastEventAt.getTime();
  return age > STALE_AFTER_MS ? Math.floor(age / 3_600_000) : null;
}

function leadDrop({ current, previous }: AlertInput): Alert | null {
  if (previous.leads < MIN_PREVIOUS_LEADS) return null;
  const percent = dropPercent(previous.leads, current.leads);
  if (percent <= LEAD_DROP_PERCENT) return null;
  return { type: 'lead_drop', severity: 'high', messageKey: 'alerts.leadDrop', params: { percent: Math.round(percent) }, action: { kind: 'action', actionId: 'follow_up_leads' } };
}

function revenueDrop({ current, previous }: AlertInput): Alert | null {
  if (previous.revenue < MIN_PREVIOUS_REVENUE_CENTS || previous.orders < MIN_PREVIOUS_ORDERS) return null;
  const percent = dropPercent(previous.revenue, current.revenue);
  if (percent <= REVENUE_DROP_PERCENT) return null;
  return {
    type: 'revenue_drop',
    severity: 'high',
    messageKey: 'alerts.revenueDrop',
    params: { percent: Math.round(percent) },
    action: { kind: 'navigate', target: 'transactions', labelKey: 'alerts.actions.reviewOrders' },
  };
}

function conversionDrop({ current, previous }: AlertInput): Alert | null {
  if (current.conversionRate === null || previous.conversionRate === null) return null;
  if (previous.checkoutSessions < MIN_PREVIOUS_CHECKOUT_SESSIONS || current.checkoutSessions < MIN_CURRENT_CHECKOUT_SESSIONS) return null;
  if (previous.conversionRate <= 0) return null;
  const percent = dropPercent(previous.conversionRate, current.conversionRate);
  if (percent <= CONVERSION_DROP_PERCENT) return null;
  return {
    type: 'conversion_drop',
    severity: 'medium',
    messageKey: 'alerts.conversionDrop',
    params: { percent: Math.round(percent) },
    action: { kind: 'navigate', target: 'transactions?filter=pending', labelKey: 'alerts.actions.reviewCheckouts' },
  };
}

function checkoutIssues({ last24h }: AlertInput): Alert | null {
  const { checkoutsStarted, orders } = last24h;
  if (checkoutsStarted <= CHECKOUT_ISSUES_MIN_CHECKOUTS || orders * 100 >= checkoutsStarted * CHECKOUT_ISSUES_PAID_PERCENT) return null;
  return { type: 'checkout_issues', severity: 'high', messageKey: 'alerts.checkoutIssues', params: { checkouts: checkoutsStarted, orders }, action: { kind: 'action', actionId: 'check_payments' } };
}

function paymentFailures({ last24h }: AlertInput): Alert | null {
  if (last24h.paymentFailures < PAYMENT_FAILURES_MIN) return null;
  return {
    type: 'payment_failures',
    severity: 'high',
    messageKey: 'alerts.paymentFailures',
    params: { count: last24h.paymentFailures },
    action: { kind: 'navigate', target: 'transactions?filter=failed', labelKey: 'alerts.actions.viewFailedPayments' },
  };
}

function staleTracking(input: AlertInput): Alert {
  const hours = hoursSinceLastEvent(input);
  const action = { kind: 'action', actionId: 'check_tracking' } as const;
  return hours === null
    ? { type: 'stale_tracking', severity: 'high', messageKey: 'alerts.trackerSilent', params: {}, action }
    : { type: 'stale_tracking', severity: 'high', messageKey: 'alerts.staleTracking', params: { hours }, action };
}

const severityRank = (a: Alert) => ALERT_SEVERITIES.indexOf(a.severity);
const typeRank = (a: Alert) => ALERT_TYPES.indexOf(a.type);

/**
 * The alerts that hold, most severe first (ties in ALERT_TYPES order). While tracking is stale,
 * the drop alerts are replaced by one stale_tracking alert: the data dropped, not the business.
 */
export function evaluateAlerts(input: AlertInput): Alert[] {
  const stale = isTrackingStale(input);
  const found = [paymentFailures(input), checkoutIssues(input)];
  if (stale) found.push(staleTracking(input));
  else found.push(leadDrop(input), revenueDrop(input), conversionDrop(input));
  return found.filter((a): a is Alert => a !== null).sort((a, b) => severityRank(a) - severityRank(b) || typeRank(a) - typeRank(b));
}
