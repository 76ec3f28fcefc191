import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let projectId: string;
let auth: { authorization: string };
let cookie: string;

beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie, { ...validProject, timezone: 'America/New_York', currency: 'USD' });
  auth = { authorization: `Bearer ${(await createApiKey(t.app, cookie, projectId, 'secret')).key}` };
});
afterAll(() => t.close());

let seq = 0;
const key = () => `key-${Date.now()}-${++seq}`;
const url = () => `/v1/inhouse/projects/${projectId}/business-events`;
const event = (over: Record<string, unknown> = {}) => ({ eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey: key(), ...over });
const post = (payload: unknown, headers: Record<string, string> = auth) => t.app.inject({ method: 'POST', url: url(), headers, payload: payload as object });
const count = async () => Number((await t.db.selectFrom('business_events').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow()).n);

describe('POST business-events', () => {
  it('stores an event with 201, its ids and every field; source is server for a secret key', async () => {
    const body = event({
      eventType: 'payment_succeeded',
      amountCents: 4999,
      currency: 'USD',
      customerEmail: '  Buyer@Example.COM ',
      sessionId: 'sess_1',
      trafficSource: 'paid',
      utmSource: 'google',
      utmCampaign: 'spring',
      entityType: 'payment',
      entityId: 'pi_1',
      payload: { cart_id: 'c1' },
    });
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    const data = res.json().data;
    expect(data).toMatchObject({ deduplicated: false, publicId: expect.stringMatching(/^evt_[A-Za-z0-9]+$/) });
    const row = await t.db.selectFrom('business_events').selectAll().where('id', '=', data.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'server', customer_email: 'buyer@example.com', amount_cents: 4999, currency: 'USD', traffic_source: 'paid', payload: { cart_id: 'c1' } });
    // Fields the event did not carry are stored as NULL.
    expect(row).toMatchObject({ actor_type: null, actor_id: null, anonymous_id: null, correlation_id: null, customer_id: null, utm_medium: null, workflow_run_id: null });
    expect(row.received_at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a replay returns 200 with the same ids and never changes the stored event', async () => {
    const first = event({ customerEmail: 'first@example.com' });
    const a = await post(first);
    const b = await post({ ...first, customerEmail: 'changed@example.com', occurredAt: new Date(Date.now() - 3_600_000).toISOString() });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(200);
    expect(b.json().data).toEqual({ id: a.json().data.id, publicId: a.json().data.publicId, deduplicated: true });
    const row = await t.db.selectFrom('business_events').selectAll().where('id', '=', a.json().data.id).executeTakeFirstOrThrow();
    expect(row.customer_email).toBe('first@example.com');
  });

  it('50 concurrent posts of one key store exactly one row and all answer with its ids', async () => {
    const body = event();
    const before = await count();
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(body)));
    expect(await count()).toBe(before + 1);
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(49);
    expect(new Set(responses.map((r) => r.json().data.publicId)).size).toBe(1);
  });

  it.each([
    ['idempotencyKey of 7 characters', { idempotencyKey: 'a'.repeat(7) }, 400],
    ['idempotencyKey of 8 characters', { idempotencyKey: `8${Date.now()}`.slice(0, 8).padEnd(8, 'x') }, 201],
    ['idempotencyKey of 128 characters', { idempotencyKey: `k${Date.now()}`.padEnd(128, 'x') }, 201],
    ['idempotencyKey of 129 characters', { idempotencyKey: 'k'.padEnd(129, 'x') }, 400],
    ['eventType of 80 characters', { eventType: 'e'.repeat(80) }, 201],
    ['eventType of 81 characters', { eventType: 'e'.repeat(81) }, 400],
    ['an empty eventType', { eventType: '' }, 400],
    ['eventType with capitals or spaces', { eventType: 'Lead Created' }, 400],
    ['eventType with . : -', { eventType: 'shop.order:paid-v2' }, 201],
    ['occurredAt without offset', { occurredAt: '2026-01-01T10:00:00' }, 400],
    ['occurredAt that is not a date', { occurredAt: 'yesterday' }, 400],
    ['occurredAt 4 minutes ahead', { occurredAt: new Date(Date.now() + 4 * 60_000).toISOString() }, 201],
    ['occurredAt 6 minutes ahead', { occurredAt: new Date(Date.now() + 6 * 60_000).toISOString() }, 400],
    ['occurredAt before 2000', { occurredAt: '1999-12-31T23:59:59Z' }, 400],
    ['occurredAt on 2000-01-01', { occurredAt: '2000-01-01T00:00:00Z' }, 201],
    ['a payment without amount', { eventType: 'payment_succeeded', currency: 'USD' }, 400],
    ['a payment without currency', { eventType: 'payment_refunded', amountCents: 100 }, 400],
    ['a negative amount', { eventType: 'payment_succeeded', amountCents: -1, currency: 'USD' }, 400],
    ['a fractional amount', { eventType: 'payment_succeeded', amountCents: 10.5, currency: 'USD' }, 400],
    ['a bad currency', { eventType: 'payment_succeeded', amountCents: 100, currency: 'usd' }, 400],
    ['an unknown field', { colour: 'red' }, 400],
    ['an unknown event type (stored as is)', { eventType: 'custom_thing' }, 201],
  ])('%s → %i', async (_case, over, status) => {
    const res = await post(event(over));
    expect(res.statusCode, res.body).toBe(status);
    if (status === 400) expect(res.json().error.code).toBe('validation_error');
  });

  it('a time without its offset is refused with a message that says what is missing', async () => {
    const res = await post(event({ occurredAt: '2026-01-01T10:00:00' }));
    expect(res.json().error.message).toBe('occurredAt: must be an ISO-8601 date and time with its UTC offset, e.g. 2026-11-29T17:00:00Z or 2026-11-29T18:00:00+01:00');
  });

  it('a payload of exactly 32 KB is stored; one byte more is 413 and nothing is stored', async () => {
    const overhead = JSON.stringify({ p: '' }).length;
    const exact = { p: 'é'.repeat((32 * 1024 - overhead) / 2) };
    expect(Buffer.byteLength(JSON.stringify(exact))).toBe(32 * 1024);
    expect((await post(event({ payload: exact }))).statusCode).toBe(201);
    const before = await count();
    const over = await post(event({ payload: { p: exact.p + 'x' } }));
    expect(over.statusCode).toBe(413);
    expect(over.json().error.code).toBe('payload_too_large');
    expect(await count()).toBe(before);
  });

  it('refuses text holding a NUL character (PostgreSQL cannot store it) with a 400, and stores a written-out \\u0000', async () => {
    const before = await count();
    for (const over of [{ actorId: 'a\u0000b' }, { payload: { note: 'a\u0000b' } }, { payload: { 'k\u0000': 1 } }]) {
      const res = await post(event(over));
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({ code: 'validation_error', message: 'body: text must not contain the NUL character (U+0000)' });
    }
    expect(await count()).toBe(before);
    const literal = await post(event({ actorId: 'a\\u0000b' }));
    expect(literal.statusCode).toBe(201);
    const row = await t.db.selectFrom('business_events').select('actor_id').where('id', '=', literal.json().data.id).executeTakeFirstOrThrow();
    expect(row.actor_id).toBe('a\\u0000b');
  });

  it('a client-side type without sessionId is stored (and logged as a warning)', async () => {
    expect((await post(event({ eventType: 'checkout_started' }))).statusCode).toBe(201);
  });

  it('a public key cannot write (403), nothing at all (401), and members post as admin', async () => {
    const pk = (await createApiKey(t.app, cookie, projectId, 'public')).key;
    const res = await post(event({ eventType: 'payment_succeeded', amountCents: 100, currency: 'USD' }), { authorization: `Bearer ${pk}` });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ url: url(), headers: { authorization: `Bearer ${pk}` } })).statusCode).toBe(403);
    expect((await post(event(), {})).statusCode).toBe(401);
    const byMember = await post(event(), { cookie });
    expect(byMember.statusCode).toBe(201);
    const row = await t.db.selectFrom('business_events').select('source').where('id', '=', byMember.json().data.id).executeTakeFirstOrThrow();
    expect(row.source).toBe('admin');
  });

  it('stored events cannot be updated', async () => {
    const { id } = (await post(event())).json().data;
    await expect(t.db.updateTable('business_events').set({ event_type: 'changed' }).where('id', '=', id).execute()).rejects.toThrow(/append-only/);
  });
});

describe('POST business-events/batch', () => {
  it('answers per item in input order; bad items do not reject good ones', async () => {
    const dup = event();
    await post(dup);
    const res = await t.app.inject({
      method: 'POST',
      url: `${url()}/batch`,
      headers: auth,
      payload: { events: [event(), { eventType: 'x' }, dup, event({ payload: { p: 'x'.repeat(33 * 1024) } }), event({ occurredAt: '2099-01-01T00:00:00Z' }), event()] },
    });
    expect(res.statusCode).toBe(200);
    const { results, stored, deduplicated, rejected } = res.json().data;
    expect(results.map((r: { index: number; ok: boolean }) => [r.index, r.ok])).toEqual([[0, true], [1, false], [2, true], [3, false], [4, false], [5, true]]);
    expect(results[1].error.code).toBe('validation_error');
    expect(results[1].error.message).toContain('occurredAt');
    expect(results[2].deduplicated).toBe(true);
    expect(results[3].error.code).toBe('payload_too_large');
    expect({ stored, deduplicated, rejected }).toEqual({ stored: 2, deduplicated: 1, rejected: 3 });
  });

  it('accepts 500 events and refuses 501 or an empty list', async () => {
    const many = (n: number) => Array.from({ length: n }, () => event());
    const ok = await t.app.inject({ method: 'POST', url: `${url()}/batch`, headers: auth, payload: { events: many(500) } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.stored).toBe(500);
    expect((await t.app.inject({ method: 'POST', url: `${url()}/batch`, headers: auth, payload: { events: many(501) } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `${url()}/batch`, headers: auth, payload: { events: [] } })).statusCode).toBe(400);
  });

  it('a request over 1 MB is 413', async () => {
    const big = Array.from({ length: 40 }, () => event({ payload: { p: 'x'.repeat(30 * 1024) } }));
    const res = await t.app.inject({ method: 'POST', url: `${url()}/batch`, headers: auth, payload: { events: big } });
    expect(res.statusCode).toBe(413);
  });

  it('the same key twice in one batch stores one row', async () => {
    const same = event();
    const res = await t.app.inject({ method: 'POST', url: `${url()}/batch`, headers: auth, payload: { events: [same, same] } });
    const [a, b] = res.json().data.results;
    expect(a.deduplicated).toBe(false);
    expect(b).toMatchObject({ deduplicated: true, id: a.id });
  });
});
