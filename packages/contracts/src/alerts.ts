import { z } from 'zod';
import { actionId } from './actions.ts';
import { kpiValues } from './metrics.ts';

/** Rule-based alerts: each says what changed (a message key and its params) and what to do about it. */
export const ALERT_TYPES = ['payment_failures', 'checkout_issues', 'stale_tracking', 'revenue_drop', 'lead_drop', 'conversion_drop'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** Most severe first. */
export const ALERT_SEVERITIES = ['high', 'medium', 'low'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** An action from the registry (its availability comes from /run/actions), or a view to open. */
export const alertAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), actionId }),
  z.object({
    kind: z.literal('navigate'),
    /** Relative to the project in the app, e.g. 'transactions?filter=failed'. */
    target: z.string(),
    labelKey: z.string(),
  }),
]);
export type AlertAction = z.infer<typeof alertAction>;

export const alert = z.object({
  type: z.enum(ALERT_TYPES),
  severity: z.enum(ALERT_SEVERITIES),
  /** Message catalog key, e.g. 'alerts.leadDrop'; never English. */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
  action: alertAction,
});
export type Alert = z.infer<typeof alert>;

export const alertInput = z.object({
  now: z.date(),
  /** The last 7 complete local days (yesterday and the 6 before). */
  current: kpiValues,
  /** The 7 local days before those. */
  previous: kpiValues,
  last24h: z.object({
    checkoutsStarted: z.number().int().min(0),
    orders: z.number().int().min(0),
    paymentFailures: z.number().int().min(0),
  }),
  /** The latest event of any kind; null when the project never had one. */
  lastEventAt: z.date().nullable(),
  /** The tracker sent nothing for days although it did before (integration status 'stale'). */
  trackingStale: z.boolean(),
});
export type AlertInput = z.infer<typeof alertInput>;

export const alertsPayload = z.object({ alerts: z.array(alert) });
export type AlertsPayload = z.infer<typeof alertsPayload>;
