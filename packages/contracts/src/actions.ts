import { z } from 'zod';

/**
 * Actions: what the Run page offers a business to do next. `navigate` actions open a view of
 * Run Hub that works today; `workflow` actions send email and run as workflow runs.
 */
export const NAVIGATE_ACTION_IDS = ['follow_up_leads', 'follow_up_orders', 'confirm_bookings', 'check_payments', 'check_tracking'] as const;
export const WORKFLOW_ACTION_IDS = ['recover_abandoned', 'send_promo', 'post_update', 'onboard_users'] as const;
export const ACTION_IDS = [...NAVIGATE_ACTION_IDS, ...WORKFLOW_ACTION_IDS] as const;
export type ActionId = (typeof ACTION_IDS)[number];
export const actionId = z.enum(ACTION_IDS);

export const ACTION_TYPES = ['navigate', 'workflow'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** available: can be used now; blocked: something is missing (see fixCta); soon: not built yet. */
export const ACTION_STATUSES = ['available', 'blocked', 'soon'] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

/** What an action needs before it can be used. */
export const ACTION_REQUIREMENTS = [
  'hasEvents',
  'hasLeads',
  'hasBookingRequests',
  'hasCheckouts',
  'hasRecipients',
  'payments',
  'tracking',
  'role:admin',
] as const;
export type ActionRequirement = (typeof ACTION_REQUIREMENTS)[number];

/** Machine-readable reasons, for the UI to translate (`actions.reasons.<CODE>`). */
export const ACTION_REASON_CODES = [
  'NO_EVENTS',
  'NO_LEADS',
  'NO_BOOKINGS',
  'NO_CHECKOUTS',
  'NO_RECIPIENTS',
  'PAYMENTS_NOT_CONNECTED',
  'TRACKING_NOT_CONNECTED',
  'INSUFFICIENT_ROLE',
  'NOT_BUILT',
] as const;
export type ActionReasonCode = (typeof ACTION_REASON_CODES)[number];

export const actionStatus = z.object({
  actionId,
  type: z.enum(ACTION_TYPES),
  status: z.enum(ACTION_STATUSES),
  reasonCode: z.enum(ACTION_REASON_CODES).optional(),
  /** The API's English message; the UI translates reasonCode instead. */
  reasonText: z.string().optional(),
  /** Where to fix what blocks it; href is relative to the project in the app, e.g. 'settings?section=stripe'. */
  fixCta: z.object({ label: z.string(), href: z.string() }).optional(),
  requires: z.array(z.enum(ACTION_REQUIREMENTS)),
  /** For navigate actions: the view it opens, relative to the project, e.g. 'leads?filter=recent'. */
  target: z.string().optional(),
});
export type ActionStatus = z.infer<typeof actionStatus>;

/** `data` of GET /v1/inhouse/projects/:projectId/run/actions, in the project's vertical order. */
export const actionsPayload = z.object({ actions: z.array(actionStatus) });
export type ActionsPayload = z.infer<typeof actionsPayload>;
