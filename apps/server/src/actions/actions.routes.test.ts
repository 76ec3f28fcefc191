import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_ACTION_IDS, actionsPayload, type ActionId, type ActionStatus } from '@runhub/contracts/actions';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let cookie: string;
beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
});
afterAll(() => t.close());

const daysAgo = (d: number) => new Date(t.clock.now.getTime() - d * 86_400_000).toISOString();

async function actionsOf(projectId: string, headers: Record<string, string> = { cookie }): Promise<Record<ActionId, ActionStatus> & { order: ActionId[] }> {
  const res = await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/run/actions`, headers });
  expect(res.statusCode, res.body).toBe(200);
  const { actions } = actionsPayload.parse(res.json().data);
  return Object.assign(Object.fromEntries(actions.map((a) => [a.actionId, a])) as Record<ActionId, ActionStatus>, { order: actions.map((a) => a.actionId) });
}

let n = 0;
async function postEvent(projectId: string, key: string, eventType: string, occurredAt: string, extra: object = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/inhouse/projects/${projectId}/business-events`,
    headers: { authorization: `Bearer ${key}` },
    payload: { eventType, occurredAt, idempotencyKey: `actions-test-${++n}`, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
}

describe('GET /v1/inhouse/projects/:projectId/run/actions', () => {
  it('a new shop: its pack first; nothing to follow up, payments to connect, tracking to check; workflows soon', async () => {
    const projectId = await createProject(t.app, cookie);
    const a = await actionsOf(projectId);
    expect(a.order.slice(0, 5)).toEqual(['recover_abandoned', 'follow_up_orders', 'check_payments', 'send_promo', 'check_tracking']);
    expect(a.order).toHaveLength(9);
    expect(a.follow_up_orders).toMatchObject({ status: 'blocked', reasonCode: 'NO_CHECKOUTS' });
    expect(a.follow_up_leads).toMatchObject({ status: 'blocked', reasonCode: 'NO_LEADS' });
    expect(a.confirm_bookings).toMatchObject({ status: 'blocked', reasonCode: 'NO_BOOKINGS', reasonText: 'No booking requests in the last 30 days' });
    expect(a.check_payments).toMatchObject({ status: 'blocked', reasonCode: 'PAYMENTS_NOT_CONNECTED', fixCta: { href: 'settings?section=stripe' } });
    expect(a.check_tracking).toMatchObject({ status: 'available', target: 'setup' });
    for (const id of WORKFLOW_ACTION_IDS) expect(a[id]).toMatchObject({ status: 'soon', reasonCode: 'NOT_BUILT', requires: expect.arrayContaining(['role:admin']) });
  });

  it('events sent with a secret key make the follow-ups available; the key can read the actions too', async () => {
    const projectId = await createProject(t.app, cookie);
    const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
    await postEvent(projectId, key, 'checkout_started', daysAgo(2), { sessionId: 'sess-1', customerEmail: 'buyer@example.com' });
    await postEvent(projectId, key, 'booking_requested', daysAgo(3), { customerEmail: 'guest@example.com' });
    const a = await actionsOf(projectId, { authorization: `Bearer ${key}` });
    expect(a.follow_up_orders).toMatchObject({ status: 'available', target: 'transactions?filter=pending' });
    expect(a.confirm_bookings).toMatchObject({ status: 'available', target: 'leads?filter=booking_requested' });
    // A booking request is a lead too.
    expect(a.follow_up_leads).toMatchObject({ status: 'available', target: 'leads?filter=recent' });
    expect(a.check_payments.status).toBe('blocked');
  });

  it('storing a Stripe secret makes check_payments available', async () => {
    const projectId = await createProject(t.app, cookie);
    const put = await t.app.inject({ method: 'PUT', url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { cookie }, payload: { webhookSecret: 'whsec_test_actions_0123456789' } });
    expect(put.statusCode, put.body).toBe(200);
    expect((await actionsOf(projectId)).check_payments).toMatchObject({ status: 'available', target: 'transactions?filter=failed' });
  });

  it('a form submission with an email is a lead to follow up', async () => {
    const projectId = await createProject(t.app, cookie, { ...validProject, industry: 'services' });
    const form = await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/forms`, headers: { cookie }, payload: { name: 'Contact', fields: [{ name: 'email', type: 'email', required: true }] } });
    expect(form.statusCode, form.body).toBe(201);
    expect((await actionsOf(projectId)).follow_up_leads.status).toBe('blocked');
    const submitted = await t.app.inject({ method: 'POST', url: form.json().data.form.submitPath, payload: { email: 'ann@example.com' } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const a = await actionsOf(projectId);
    expect(a.order.slice(0, 4)).toEqual(['confirm_bookings', 'follow_up_leads', 'send_promo', 'check_tracking']);
    expect(a.follow_up_leads.status).toBe('available');
    expect(a.confirm_bookings).toMatchObject({ status: 'blocked', reasonCode: 'NO_BOOKINGS' });
  });

  it('leads older than 30 days are not worth a follow-up', async () => {
    const projectId = await createProject(t.app, cookie);
    const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
    await postEvent(projectId, key, 'lead_created', daysAgo(31), { customerEmail: 'old@example.com' });
    expect((await actionsOf(projectId)).follow_up_leads).toMatchObject({ status: 'blocked', reasonCode: 'NO_LEADS' });
    await postEvent(projectId, key, 'lead_created', daysAgo(29), { customerEmail: 'recent@example.com' });
    expect((await actionsOf(projectId)).follow_up_leads.status).toBe('available');
  });

  it('a member can read the actions; without credentials it is 401', async () => {
    const projectId = await createProject(t.app, cookie);
    const member = await signUp(t.app);
    const added = await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/members`, headers: { cookie }, payload: { email: member.email, role: 'member' } });
    expect(added.statusCode, added.body).toBe(201);
    expect((await actionsOf(projectId, { cookie: member.cookie })).check_tracking.status).toBe('available');
    expect((await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/run/actions` })).statusCode).toBe(401);
  });
});
