import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@runhub/contracts/accounts';
import { VERTICAL_NEXT_ACTIONS } from '@runhub/contracts/action-definitions';
import { ACTION_IDS, NAVIGATE_ACTION_IDS, WORKFLOW_ACTION_IDS, actionStatus, type ActionRequirement, type ActionStatus } from '@runhub/contracts/actions';
import { computeAvailability, orderForVertical, type ActionFacts } from './availability.ts';
import { ACTION_DEFINITIONS, type ActionDefinition } from './registry.ts';

/** A project with everything: data in every window, tracker and Stripe both sending. */
const FULL: ActionFacts = { hasEvents: true, leads: 12, bookingRequests: 3, checkouts: 40, recipients: 25, tracking: 'connected', payments: 'connected' };
/** A brand-new project. */
const EMPTY: ActionFacts = { hasEvents: false, leads: 0, bookingRequests: 0, checkouts: 0, recipients: 0, tracking: 'not_connected', payments: 'not_connected' };

const byId = (statuses: ActionStatus[]) => Object.fromEntries(statuses.map((s) => [s.actionId, s]));
const builtNeeding = (...requires: ActionRequirement[]): ActionDefinition => ({ id: 'send_promo', type: 'workflow', requires, built: true });
const one = (def: ActionDefinition, facts: Partial<ActionFacts>, role: 'owner' | 'admin' | 'member' | null = 'owner') => computeAvailability([def], { ...FULL, ...facts }, role)[0]!;

describe('the registry', () => {
  it('defines every action id exactly once; navigate actions have a target and are built, workflows are not built yet', () => {
    expect(ACTION_DEFINITIONS.map((d) => d.id).sort()).toEqual([...ACTION_IDS].sort());
    for (const d of ACTION_DEFINITIONS) {
      const navigate = (NAVIGATE_ACTION_IDS as readonly string[]).includes(d.id);
      expect(d.type).toBe(navigate ? 'navigate' : 'workflow');
      expect(d.built).toBe(navigate);
      expect(d.target !== undefined).toBe(navigate);
    }
  });
});

describe('computeAvailability', () => {
  it('with everything in place, an owner can use every navigate action; workflows are honestly soon', () => {
    const statuses = computeAvailability(ACTION_DEFINITIONS, FULL, 'owner');
    for (const s of statuses) expect(actionStatus.parse(s)).toEqual(s);
    const s = byId(statuses);
    for (const id of NAVIGATE_ACTION_IDS) expect(s[id]).toMatchObject({ status: 'available', type: 'navigate' });
    for (const id of NAVIGATE_ACTION_IDS) expect(s[id]).not.toHaveProperty('reasonCode');
    for (const id of WORKFLOW_ACTION_IDS) expect(s[id]).toMatchObject({ status: 'soon', type: 'workflow', reasonCode: 'NOT_BUILT', reasonText: 'Email workflows are not available in this version yet.' });
    expect(s.recover_abandoned!.requires).toEqual(['role:admin', 'tracking', 'payments', 'hasCheckouts', 'hasRecipients']);
    expect(s.follow_up_leads).toEqual({ actionId: 'follow_up_leads', type: 'navigate', status: 'available', requires: ['hasLeads'], target: 'leads?filter=recent' });
  });

  it('a new project: navigate actions are blocked with a reason and a fix, except check_tracking', () => {
    const s = byId(computeAvailability(ACTION_DEFINITIONS, EMPTY, 'owner'));
    expect(s.follow_up_leads).toMatchObject({ status: 'blocked', reasonCode: 'NO_LEADS', fixCta: { href: 'forms' } });
    expect(s.follow_up_orders).toMatchObject({ status: 'blocked', reasonCode: 'NO_CHECKOUTS', fixCta: { href: 'setup' } });
    expect(s.confirm_bookings).toMatchObject({ status: 'blocked', reasonCode: 'NO_BOOKINGS', reasonText: 'No booking requests in the last 30 days' });
    expect(s.check_payments).toMatchObject({ status: 'blocked', reasonCode: 'PAYMENTS_NOT_CONNECTED', reasonText: 'Connect payments to enable this', fixCta: { label: 'Connect Stripe', href: 'settings?section=stripe' } });
    expect(s.check_tracking).toEqual({ actionId: 'check_tracking', type: 'navigate', status: 'available', requires: [], target: 'setup' });
    // Not built wins over missing data: the honest answer is "soon", not "fix this first".
    for (const id of WORKFLOW_ACTION_IDS) expect(s[id]).toMatchObject({ status: 'soon', reasonCode: 'NOT_BUILT' });
  });

  it.each([
    ['hasEvents', { hasEvents: false }, 'NO_EVENTS', 'setup'],
    ['hasLeads', { leads: 0 }, 'NO_LEADS', 'forms'],
    ['hasBookingRequests', { bookingRequests: 0 }, 'NO_BOOKINGS', 'setup'],
    ['hasCheckouts', { checkouts: 0 }, 'NO_CHECKOUTS', 'setup'],
    ['hasRecipients', { recipients: 0 }, 'NO_RECIPIENTS', 'forms'],
    ['payments', { payments: 'not_connected' }, 'PAYMENTS_NOT_CONNECTED', 'settings?section=stripe'],
    ['tracking', { tracking: 'not_connected' }, 'TRACKING_NOT_CONNECTED', 'setup'],
  ] as const)('%s unmet → blocked %s with a fix in %s; met → available', (requirement, unmet, reasonCode, href) => {
    const def = builtNeeding(requirement);
    const blocked = one(def, unmet);
    expect(blocked).toMatchObject({ status: 'blocked', reasonCode, reasonText: expect.any(String), fixCta: { label: expect.any(String), href }, requires: [requirement] });
    expect(actionStatus.parse(blocked)).toEqual(blocked);
    expect(one(def, {})).toMatchObject({ status: 'available' });
  });

  it('stale connections still count as connected (the action is how you find out why)', () => {
    expect(one(builtNeeding('payments', 'tracking'), { payments: 'stale', tracking: 'stale' }).status).toBe('available');
  });

  it.each([
    ['owner', 'available'],
    ['admin', 'available'],
    ['member', 'blocked'],
    [null, 'blocked'],
  ] as const)('role:admin for %s → %s', (role, status) => {
    const s = one(builtNeeding('role:admin'), {}, role);
    expect(s.status).toBe(status);
    if (status === 'blocked') {
      expect(s).toMatchObject({ reasonCode: 'INSUFFICIENT_ROLE', reasonText: 'Only owners and admins can do this' });
      expect(s).not.toHaveProperty('fixCta');
    }
  });

  it('gives the first unmet requirement, in the order they are listed', () => {
    expect(one(builtNeeding('payments', 'hasRecipients'), { payments: 'not_connected', recipients: 0 }).reasonCode).toBe('PAYMENTS_NOT_CONNECTED');
    expect(one(builtNeeding('hasRecipients', 'payments'), { payments: 'not_connected', recipients: 0 }).reasonCode).toBe('NO_RECIPIENTS');
  });

  it('returns fix CTAs that callers cannot alter in the shared table', () => {
    const first = one(builtNeeding('payments'), { payments: 'not_connected' });
    first.fixCta!.href = 'changed';
    expect(one(builtNeeding('payments'), { payments: 'not_connected' }).fixCta!.href).toBe('settings?section=stripe');
  });
});

describe('orderForVertical', () => {
  const statuses = computeAvailability(ACTION_DEFINITIONS, FULL, 'owner');

  it.each(INDUSTRIES)('%s: its pack first, in order, then every other action', (industry) => {
    const ids = orderForVertical(statuses, industry).map((a) => a.actionId);
    const pack = VERTICAL_NEXT_ACTIONS[industry];
    expect(ids.slice(0, pack.length)).toEqual(pack);
    expect([...ids].sort()).toEqual([...ACTION_IDS].sort());
    expect(ids.slice(pack.length)).toEqual(ACTION_IDS.filter((id) => !pack.includes(id)));
  });

  it('an unknown industry gets the "other" pack', () => {
    expect(orderForVertical(statuses, 'space_mining').slice(0, 3).map((a) => a.actionId)).toEqual(VERTICAL_NEXT_ACTIONS.other);
  });
});
