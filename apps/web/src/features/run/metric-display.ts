import type { ActionId, ActionReasonCode } from '@runhub/contracts/actions';
import type { MetricId } from '@runhub/contracts/metric-definitions';
import type { MessageId } from '../../app/messages.ts';

/** The contracts' labelKey (`metrics.<id>`), typed as a catalog key. */
export const metricLabel = (metric: MetricId): MessageId => `metrics.${metric}`;

export const actionTitles: Record<ActionId, MessageId> = {
  follow_up_leads: 'actions.follow_up_leads.title',
  follow_up_orders: 'actions.follow_up_orders.title',
  confirm_bookings: 'actions.confirm_bookings.title',
  check_payments: 'actions.check_payments.title',
  check_tracking: 'actions.check_tracking.title',
  recover_abandoned: 'actions.recover_abandoned.title',
  send_promo: 'actions.send_promo.title',
  post_update: 'actions.post_update.title',
  onboard_users: 'actions.onboard_users.title',
};

// NOT_BUILT is left out on purpose: actions that are not built are not shown at all.
type ShownReason = Exclude<ActionReasonCode, 'NOT_BUILT'>;

export const actionReasons: Record<ShownReason, MessageId> = {
  NO_EVENTS: 'actions.reasons.NO_EVENTS',
  NO_LEADS: 'actions.reasons.NO_LEADS',
  NO_BOOKINGS: 'actions.reasons.NO_BOOKINGS',
  NO_CHECKOUTS: 'actions.reasons.NO_CHECKOUTS',
  NO_RECIPIENTS: 'actions.reasons.NO_RECIPIENTS',
  PAYMENTS_NOT_CONNECTED: 'actions.reasons.PAYMENTS_NOT_CONNECTED',
  TRACKING_NOT_CONNECTED: 'actions.reasons.TRACKING_NOT_CONNECTED',
  INSUFFICIENT_ROLE: 'actions.reasons.INSUFFICIENT_ROLE',
};

/** Labels of the fix links, by the reason they fix (INSUFFICIENT_ROLE has no fix). */
export const actionFixes: Partial<Record<ShownReason, MessageId>> = {
  NO_EVENTS: 'actions.fix.NO_EVENTS',
  NO_LEADS: 'actions.fix.NO_LEADS',
  NO_BOOKINGS: 'actions.fix.NO_BOOKINGS',
  NO_CHECKOUTS: 'actions.fix.NO_CHECKOUTS',
  NO_RECIPIENTS: 'actions.fix.NO_RECIPIENTS',
  PAYMENTS_NOT_CONNECTED: 'actions.fix.PAYMENTS_NOT_CONNECTED',
  TRACKING_NOT_CONNECTED: 'actions.fix.TRACKING_NOT_CONNECTED',
};
