import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

const SECRET = 'whsec_test_5f1c0a9e2b7d4c3a';
let t: TestContext;
let projectId: string;
let cookie: string;

beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie);
  const res = await t.app.inject({ method: 'PUT', url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { cookie }, payload: { webhookSecret: SECRET } });
  expect(res.statusCode).toBe(200);
});
afterAll(() => t.close());

let n = 0;
function stripeEvent(type: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { id: `evt_${Date.now()}_${++n}`, object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object, ...extra } };
}

async function deliver(event: object, opts: { secret?: string; timestamp?: number; tamper?: boolean; signature?: string | null } = {}) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? SECRET, ...(opts.timestamp ? { timestamp: opts.timestamp } : {}) });
  const body = opts.tamper ? payload.replace('"amount', '"amount_x') : payload;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.signature !== null) headers['stripe-signature'] = opts.signature ?? header;
  return await t.app.inject({ method: 'POST', url: `/v1/hooks/stripe/${projectId}`, headers, payload: body });
}

const paymentsFor = (intent: string) =>
  t.db.selectFrom('business_events').selectAll().where('project_id', '=', projectId).where('idempotency_key', '=', `stripe:pi:${intent}`).execute();

const checkoutCompleted = (pi: string) =>
  stripeEvent('checkout.session.completed', {
    id: `cs_${pi}`,
    object: 'checkout.session',
    payment_status: 'paid',
    amount_total: 8500,
    currency: 'eur',
    payment_intent: pi,
    customer_details: { email: 'Buyer@Example.com' },
    metadata: { wid: 'run_123', cart_id: 'cart_9' },
  });

describe('Stripe integration settings', () => {
  it('never returns the secret, only its last 4 characters', async () => {
    const res = await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { cookie } });
    expect(res.json().data.stripe).toMatchObject({ connected: true, secretLast4: SECRET.slice(-4), webhookPath: `/v1/hooks/stripe/${projectId}` });
    expect(res.body).not.toContain(SECRET);
  });

  it('rejects a value that is not a signing secret', async () => {
    const res = await t.app.inject({ method: 'PUT', url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { cookie }, payload: { webhookSecret: 'sk_live_oops' } });
    expect(res.statusCode).toBe(400);
  });
});

describe('POST /v1/hooks/stripe/:projectId', () => {
  it('a signed checkout.session.completed becomes payment_succeeded with amount, currency, email and metadata', async () => {
    const res = await deliver(checkoutCompleted('pi_good'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual({ eventType: 'checkout.session.completed', handled: true, stored: 1, deduplicated: 0 });
    const [row] = await paymentsFor('pi_good');
    expect(row).toMatchObject({ event_type: 'payment_succeeded', source: 'stripe', amount_cents: 8500, currency: 'EUR', customer_email: 'buyer@example.com', workflow_run_id: 'run_123' });
    expect(row!.payload).toMatchObject({ cart_id: 'cart_9' });
    const settings = (await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { cookie } })).json().data.stripe;
    expect(settings).toMatchObject({ lastWebhookType: 'checkout.session.completed', lastWebhookAt: expect.any(String) });
  });

  it('stores an event whose text holds a NUL character, without it', async () => {
    const event = checkoutCompleted('pi_nul');
    event.data.object.metadata = { wid: 'run_\u0000nul', cart_id: 'cart\u00009', 'note\u0000': 'a\u0000b' };
    const res = await deliver(event);
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await paymentsFor('pi_nul');
    expect(row).toMatchObject({ workflow_run_id: 'run_nul' });
    expect(row!.payload).toMatchObject({ cart_id: 'cart9', metadata: { wid: 'run_nul', cart_id: 'cart9', note: 'ab' } });
  });

  it('checkout.session.completed and payment_intent.succeeded for one payment count once', async () => {
    await deliver(checkoutCompleted('pi_both'));
    const res = await deliver(stripeEvent('payment_intent.succeeded', { id: 'pi_both', object: 'payment_intent', amount: 8500, amount_received: 8500, currency: 'eur' }));
    expect(res.json().data).toMatchObject({ stored: 0, deduplicated: 1 });
    expect(await paymentsFor('pi_both')).toHaveLength(1);
  });

  it('a duplicate delivery of the same event is a no-op', async () => {
    const event = stripeEvent('payment_intent.succeeded', { id: 'pi_dup', object: 'payment_intent', amount: 100, amount_received: 100, currency: 'usd' });
    expect((await deliver(event)).json().data.stored).toBe(1);
    expect((await deliver(event)).json().data).toMatchObject({ stored: 0, deduplicated: 1 });
    expect(await paymentsFor('pi_dup')).toHaveLength(1);
  });

  it.each([
    ['a tampered body', { tamper: true }],
    ['a signature made with another secret', { secret: 'whsec_someone_else_123' }],
    ['an expired signature (older than 300 s)', { timestamp: Math.floor(Date.now() / 1000) - 301 }],
    ['no signature header', { signature: null }],
    ['a garbage signature header', { signature: 't=1,v1=abc' }],
  ])('refuses %s with 400 and stores nothing', async (_case, opts) => {
    const pi = `pi_bad_${++n}`;
    const res = await deliver(stripeEvent('payment_intent.succeeded', { id: pi, object: 'payment_intent', amount: 100, amount_received: 100, currency: 'usd' }), opts);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_signature');
    expect(await paymentsFor(pi)).toHaveLength(0);
  });

  it('maps failures, refunds (the newly refunded amount) and expired checkouts', async () => {
    await deliver(stripeEvent('payment_intent.payment_failed', { id: 'pi_f', object: 'payment_intent', amount: 2500, currency: 'usd', receipt_email: 'f@example.com', last_payment_error: { code: 'card_declined' } }));
    await deliver(stripeEvent('charge.refunded', { id: 'ch_1', object: 'charge', amount: 8500, amount_refunded: 3000, currency: 'eur', payment_intent: 'pi_good' }, { previous_attributes: { amount_refunded: 1000 } }));
    await deliver(stripeEvent('checkout.session.expired', { id: 'cs_exp', object: 'checkout.session', amount_total: 4200, currency: 'usd', customer_email: 'gone@example.com', metadata: { cart_id: 'c7' } }));
    const rows = await t.db.selectFrom('business_events').select(['event_type', 'amount_cents', 'customer_email']).where('project_id', '=', projectId).where('event_type', 'in', ['payment_failed', 'payment_refunded', 'checkout_abandoned']).orderBy('event_type').execute();
    expect(rows).toEqual([
      { event_type: 'checkout_abandoned', amount_cents: 4200, customer_email: 'gone@example.com' },
      { event_type: 'payment_failed', amount_cents: 2500, customer_email: 'f@example.com' },
      { event_type: 'payment_refunded', amount_cents: 2000, customer_email: null },
    ]);
  });

  it('an unpaid checkout session and unknown event types answer 200 and store nothing', async () => {
    const unpaid = await deliver(stripeEvent('checkout.session.completed', { id: 'cs_unpaid', object: 'checkout.session', payment_status: 'unpaid', amount_total: 100, currency: 'usd', payment_intent: 'pi_unpaid' }));
    expect(unpaid.json().data).toMatchObject({ handled: false, stored: 0 });
    const other = await deliver(stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }));
    expect(other.statusCode).toBe(200);
    expect(other.json().data.handled).toBe(false);
  });

  it('a project without a secret (or unknown) refuses webhooks', async () => {
    const other = await createProject(t.app, cookie);
    const payload = JSON.stringify(stripeEvent('payment_intent.succeeded', { id: 'pi_x', object: 'payment_intent', amount: 1, currency: 'usd' }));
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
    for (const id of [other, 'not-a-project']) {
      const res = await t.app.inject({ method: 'POST', url: `/v1/hooks/stripe/${id}`, headers: { 'content-type': 'application/json', 'stripe-signature': header }, payload });
      expect(res.statusCode).toBe(400);
    }
  });

  it('a public key cannot configure Stripe', async () => {
    const { key } = await createApiKey(t.app, cookie, projectId, 'public');
    const res = await t.app.inject({ method: 'PUT', url: `/v1/inhouse/projects/${projectId}/integrations/stripe`, headers: { authorization: `Bearer ${key}` }, payload: { webhookSecret: SECRET } });
    expect(res.statusCode).toBe(403);
  });
});
