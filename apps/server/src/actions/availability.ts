import { VERTICAL_NEXT_ACTIONS } from '@runhub/contracts/action-definitions';
import { ACTION_IDS, type ActionReasonCode, type ActionRequirement, type ActionStatus } from '@runhub/contracts/actions';
import { INDUSTRIES, type Industry, type Role } from '@runhub/contracts/accounts';
import type { IntegrationState } from '../sources/integration-status.ts';
import type { ActionDefinition } from './registry.ts';

/**
 * Whether each action can be used now, and if not why and how to fix it (spec: available /
 * blocked / soon). Pure: the facts about the project's data are gathered elsewhere.
 */

/** What is known about a project's recent data (a 30-day window) and connections. */
export interface ActionFacts {
  hasEvents: boolean;
  /** lead_created + booking_requested. */
  leads: number;
  bookingRequests: number;
  checkouts: number;
  /** Distinct customer emails. */
  recipients: number;
  tracking: IntegrationState;
  payments: IntegrationState;
}

interface Check {
  holds: (facts: ActionFacts, role: Role) => boolean;
  reasonCode: ActionReasonCode;
  reasonText: string;
  fixCta?: { label: string; href: string };
}

const SETUP = { label: 'Set up tracking', href: 'setup' };
const FORMS = { label: 'Add a form', href: 'forms' };

const CHECKS: Record<ActionRequirement, Check> = {
  hasEvents: { holds: (f) => f.hasEvents, reasonCode: 'NO_EVENTS', reasonText: 'No tracking data yet: install the tracker to start collecting', fixCta: SETUP },
  hasLeads: { holds: (f) => f.leads > 0, reasonCode: 'NO_LEADS', reasonText: 'No leads in the last 30 days', fixCta: FORMS },
  hasBookingRequests: { holds: (f) => f.bookingRequests > 0, reasonCode: 'NO_BOOKINGS', reasonText: 'No booking requests in the last 30 days', fixCta: { label: 'Send booking events', href: 'setup' } },
  hasCheckouts: { holds: (f) => f.checkouts > 0, reasonCode: 'NO_CHECKOUTS', reasonText: 'No checkouts in the last 30 days', fixCta: SETUP },
  hasRecipients: { holds: (f) => f.recipients > 0, reasonCode: 'NO_RECIPIENTS', reasonText: 'No customer emails in the last 30 days', fixCta: FORMS },
  payments: { holds: (f) => f.payments !== 'not_connected', reasonCode: 'PAYMENTS_NOT_CONNECTED', reasonText: 'Connect payments to enable this', fixCta: { label: 'Connect Stripe', href: 'settings?section=stripe' } },
  tracking: { holds: (f) => f.tracking !== 'not_connected', reasonCode: 'TRACKING_NOT_CONNECTED', reasonText: 'Install the tracker to enable this', fixCta: SETUP },
  'role:admin': { holds: (_f, role) => role === 'owner' || role === 'admin', reasonCode: 'INSUFFICIENT_ROLE', reasonText: 'Only owners and admins can do this' },
};

function statusOf(definition: ActionDefinition, facts: ActionFacts, role: Role): ActionStatus {
  const base = { actionId: definition.id, type: definition.type, requires: [...definition.requires], ...(definition.target === undefined ? {} : { target: definition.target }) };
  if (!definition.built) return { ...base, status: 'soon', reasonCode: 'NOT_BUILT', reasonText: 'Email workflows are not available in this version yet.' };
  const failed = definition.requires.map((r) => CHECKS[r]).find((check) => !check.holds(facts, role));
  if (!failed) return { ...base, status: 'available' };
  return { ...base, status: 'blocked', reasonCode: failed.reasonCode, reasonText: failed.reasonText, ...(failed.fixCta ? { fixCta: { ...failed.fixCta } } : {}) };
}

/** One status per definition, in the definitions' order. An API key (no role) counts as a member. */
export function computeAvailability(definitions: readonly ActionDefinition[], facts: ActionFacts, role: Role | null): ActionStatus[] {
  return definitions.map((d) => statusOf(d, facts, role ?? 'member'));
}

/** The industry's next actions first, in its pack's order; then every other action in registry order. */
export function orderForVertical(actions: ActionStatus[], industry: string): ActionStatus[] {
  const pack = VERTICAL_NEXT_ACTIONS[(INDUSTRIES as readonly string[]).includes(industry) ? (industry as Industry) : 'other'];
  const rank = (a: ActionStatus) => {
    const i = pack.indexOf(a.actionId);
    return i === -1 ? pack.length + ACTION_IDS.indexOf(a.actionId) : i;
  };
  return [...actions].sort((a, b) => rank(a) - rank(b));
}
