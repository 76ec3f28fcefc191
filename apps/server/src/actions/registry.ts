import type { ActionId, ActionRequirement, ActionType } from '@runhub/contracts/actions';

/** One action as data: what it does and what it needs. The UI asks /run/actions whether it can be used. */
export interface ActionDefinition {
  id: ActionId;
  type: ActionType;
  /** navigate: the view it opens, relative to the project in the app. */
  target?: string;
  /** Checked in order; the first that fails is the reason given. */
  requires: ActionRequirement[];
  /** false until the action really runs: reported as 'soon', never as available. */
  built: boolean;
}

export const ACTION_DEFINITIONS: readonly ActionDefinition[] = [
  { id: 'follow_up_leads', type: 'navigate', target: 'leads?filter=recent', requires: ['hasLeads'], built: true },
  { id: 'follow_up_orders', type: 'navigate', target: 'transactions?filter=pending', requires: ['hasCheckouts'], built: true },
  { id: 'confirm_bookings', type: 'navigate', target: 'leads?filter=booking_requested', requires: ['hasBookingRequests'], built: true },
  { id: 'check_payments', type: 'navigate', target: 'transactions?filter=failed', requires: ['payments'], built: true },
  // Always there: it is where a project without data starts.
  { id: 'check_tracking', type: 'navigate', target: 'setup', requires: [], built: true },
  // Workflows send email to customers, so only owners and admins may start them. Not built yet.
  { id: 'recover_abandoned', type: 'workflow', requires: ['role:admin', 'tracking', 'payments', 'hasCheckouts', 'hasRecipients'], built: false },
  { id: 'send_promo', type: 'workflow', requires: ['role:admin', 'hasRecipients'], built: false },
  { id: 'post_update', type: 'workflow', requires: ['role:admin', 'hasRecipients'], built: false },
  { id: 'onboard_users', type: 'workflow', requires: ['role:admin', 'hasEvents', 'hasRecipients'], built: false },
];
