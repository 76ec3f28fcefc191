import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { EventWriter } from '../events/event-writer.ts';
import { installErrorHandling } from '../platform/error-handler.ts';
import { trackerRoutes } from './tracker.routes.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

let t: TestContext;
let cookie: string;
let projectId: string;
let pk: string;

beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie);
  pk = (await createApiKey(t.app, cookie, projectId, 'public')).key;
});
afterAll(() => t.close());
beforeEach(() => {
  t.clock.now = new Date();
});

let seq = 0;
const eventId = () => `evt${Date.now()}${++seq}`.padEnd(12, '0');
const pageView = (over: Record<string, unknown> = {}) => ({
  eventType: 'page_view',
  sessionId: 'sess-1',
  anonymousId: 'anon-1',
  url: 'https://shop.example/',
  occurredAt: t.clock.now.toISOString(),
  eventId: eventId(),
  ...over,
});
const addToCart = (over: Record<string, unknown> = {}) => pageView({ eventType: 'add_to_cart', url: 'https://shop.example/products/a', props: { sku: 'A1' }, ...over });

function post(body: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/track',
    headers: { 'content-type': 'application/json', 'user-agent': BROWSER, origin: 'https://shop.example', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const pageViews = () => t.db.selectFrom('analytics_events').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
const businessEvents = () => t.db.selectFrom('business_events').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
async function counts() {
  return { views: (await pageViews()).length, events: (await businessEvents()).length };
}

describe('POST /v1/track', () => {
  it('takes JSON sent as text/plain (as sendBeacon sends it) and answers 202 with CORS for any origin', async () => {
    const view = pageView({ url: 'https://shop.example/plain' });
    const res = await post({ key: pk, events: [view] }, { 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ ok: true, data: { accepted: 1, dropped: 0 } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect((await pageViews()).map((v) => v.path)).toContain('/plain');
  });

  it('answers the CORS preflight without credentials', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/track',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toContain('content-type');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('is not subject to the CSRF check: a cross-site browser post is accepted', async () => {
    const res = await post({ key: pk, events: [pageView()] }, { 'sec-fetch-site': 'cross-site' });
    expect(res.statusCode, res.body).toBe(202);
  });

  it('stores a page view in analytics_events with its traffic source and utm from the URL', async () => {
    const view = pageView({
      sessionId: 'sess-paid',
      url: 'https://shop.example/landing?utm_source=google&utm_medium=cpc&utm_campaign=spring',
      referrer: 'https://www.google.com/',
      props: { title: 'Landing' },
    });
    expect((await post({ key: pk, events: [view] })).statusCode).toBe(202);
    const row = (await pageViews()).find((v) => v.session_id === 'sess-paid');
    expect(row).toMatchObject({
      event_type: 'page_view',
      anonymous_id: 'anon-1',
      url: view.url,
      path: '/landing',
      referrer: 'https://www.google.com/',
      traffic_source: 'paid',
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'spring',
      props: { title: 'Landing' },
    });
    expect(row!.occurred_at.toISOString()).toBe(view.occurredAt);
  });

  it.each([
    ['a search engine referrer', 'https://www.bing.com/search?q=x', 'organic'],
    ['another site', 'https://blog.example.org/post', 'referral'],
    ['no referrer', undefined, 'direct'],
  ])('derives the traffic source from %s', async (_case, referrer, expected) => {
    const sessionId = `sess-${expected}`;
    expect((await post({ key: pk, events: [pageView({ sessionId, referrer })] })).statusCode).toBe(202);
    const row = (await pageViews()).find((v) => v.session_id === sessionId);
    expect(row).toMatchObject({ traffic_source: expected, referrer: referrer ?? null, utm_source: null });
  });

  it('stores add_to_cart as a business event from the tracker, with session, attribution and props', async () => {
    const event = addToCart({ sessionId: 'sess-cart', url: 'https://shop.example/products/a?utm_source=newsletter', referrer: 'https://mail.example/' });
    expect((await post({ key: pk, events: [event] })).statusCode).toBe(202);
    const row = (await businessEvents()).find((e) => e.session_id === 'sess-cart');
    expect(row).toMatchObject({
      event_type: 'add_to_cart',
      source: 'tracker',
      anonymous_id: 'anon-1',
      traffic_source: 'email',
      utm_source: 'newsletter',
      payload: { sku: 'A1', url: event.url },
      idempotency_key: `trk:${event.eventId}`,
    });
    expect(row!.occurred_at.toISOString()).toBe(event.occurredAt);
  });

  it('a replayed eventId stores the business event once, and generates an id when none is sent', async () => {
    const event = addToCart({ sessionId: 'sess-replay', eventType: 'checkout_started' });
    const before = await counts();
    expect((await post({ key: pk, events: [event] })).statusCode).toBe(202);
    expect((await post({ key: pk, events: [event] })).statusCode).toBe(202);
    expect((await post({ key: pk, events: [event, event] })).json().data).toEqual({ accepted: 2, dropped: 0 });
    const { eventId: _omitted, ...anonymous } = addToCart({ sessionId: 'sess-replay' });
    expect((await post({ key: pk, events: [anonymous] })).statusCode).toBe(202);
    const rows = (await businessEvents()).filter((e) => e.session_id === 'sess-replay');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.idempotency_key).toMatch(/^trk:[A-Za-z0-9_-]{16,}$/);
    expect((await counts()).events).toBe(before.events + 2);
  });

  it('a page view sent twice in one request is stored once', async () => {
    const view = pageView({ sessionId: 'sess-twice' });
    expect((await post({ key: pk, events: [view, view] })).statusCode).toBe(202);
    expect((await pageViews()).filter((v) => v.session_id === 'sess-twice')).toHaveLength(1);
  });

  it('a page view delivered again in a later request is stored once; one without an eventId each time', async () => {
    const view = pageView({ sessionId: 'sess-redelivered' });
    expect((await post({ key: pk, events: [view] })).statusCode).toBe(202);
    const again = await post({ key: pk, events: [view, pageView({ sessionId: 'sess-redelivered', url: 'https://shop.example/next' })] });
    expect(again.statusCode).toBe(202);
    expect((await pageViews()).filter((v) => v.session_id === 'sess-redelivered').map((v) => [v.path, v.event_id])).toEqual([
      ['/', view.eventId],
      ['/next', expect.any(String)],
    ]);

    const { eventId: _, ...anonymous } = pageView({ sessionId: 'sess-no-id' });
    await post({ key: pk, events: [anonymous] });
    await post({ key: pk, events: [anonymous] });
    expect((await pageViews()).filter((v) => v.session_id === 'sess-no-id')).toHaveLength(2);
  });

  it('uses occurredAt within [now − 24 h, now + 5 min], otherwise the time of receipt', async () => {
    const now = t.clock.now.getTime();
    const at = (ms: number) => new Date(now + ms).toISOString();
    const cases = [
      ['sess-t-old-ok', at(-23 * 3_600_000), at(-23 * 3_600_000)],
      ['sess-t-too-old', at(-25 * 3_600_000), at(0)],
      ['sess-t-ahead-ok', at(4 * 60_000), at(4 * 60_000)],
      ['sess-t-too-far', at(6 * 60_000), at(0)],
      ['sess-t-missing', undefined, at(0)],
    ] as const;
    const events = cases.map(([sessionId, occurredAt]) => pageView({ sessionId, occurredAt }));
    expect((await post({ key: pk, events })).statusCode).toBe(202);
    const rows = await pageViews();
    for (const [sessionId, , expected] of cases) {
      expect(rows.find((v) => v.session_id === sessionId)?.occurred_at.toISOString(), sessionId).toBe(expected);
    }
  });

  it('refuses a secret key with 403 and a hint to use the public key', async () => {
    const sk = (await createApiKey(t.app, cookie, projectId, 'secret')).key;
    const before = await counts();
    const res = await post({ key: sk, events: [pageView()] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(res.json().error.message).toMatch(/public key \(pk_…\)/);
    expect(await counts()).toEqual(before);
  });

  it('answers 401 for an unknown, malformed or revoked public key', async () => {
    const revoked = await createApiKey(t.app, cookie, projectId, 'public');
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/api-keys/${revoked.id}`, headers: { cookie } });
    expect(del.statusCode).toBe(200);
    const before = await counts();
    for (const key of [`pk_${'x'.repeat(32)}`, 'not-a-key', revoked.key]) {
      const res = await post({ key, events: [pageView()] });
      expect(res.statusCode, key).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    expect(await counts()).toEqual(before);
  });

  it.each(['payment_succeeded', 'payment_refunded', 'lead_created', 'custom_thing'])('refuses %s from a public key with 403 and stores nothing of the request', async (eventType) => {
    const before = await counts();
    const res = await post({ key: pk, events: [pageView(), addToCart(), pageView({ eventType, props: { amountCents: 100, currency: 'EUR' } })] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(await counts()).toEqual(before);
  });

  it('takes 1 to 50 events; 0 or 51 is a 400 envelope', async () => {
    const many = (n: number) => Array.from({ length: n }, () => pageView({ sessionId: `sess-many-${n}` }));
    expect((await post({ key: pk, events: many(50) })).json().data).toEqual({ accepted: 50, dropped: 0 });
    const before = await counts();
    for (const n of [0, 51]) {
      const res = await post({ key: pk, events: many(n) });
      expect(res.statusCode, String(n)).toBe(400);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation_error', message: expect.stringContaining('events') } });
    }
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['props over 4 KB', { props: { p: 'x'.repeat(4 * 1024) } }, 'props'],
    ['a url over 2048 characters', { url: `https://shop.example/${'a'.repeat(2048)}` }, 'url'],
    ['a url that is not http(s)', { url: 'javascript:alert(1)' }, 'url'],
    ['a missing sessionId', { sessionId: undefined }, 'sessionId'],
    ['a malformed occurredAt', { occurredAt: 'yesterday' }, 'occurredAt'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('answers 400 for %s', async (_case, over, field) => {
    const res = await post({ key: pk, events: [pageView(over)] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_error', message: expect.stringContaining(field) });
  });

  it('props of exactly 4 KB are accepted', async () => {
    const overhead = JSON.stringify({ p: '' }).length;
    const res = await post({ key: pk, events: [pageView({ props: { p: 'x'.repeat(4 * 1024 - overhead) } })] });
    expect(res.statusCode, res.body).toBe(202);
  });

  it('answers 400 for a beacon whose text holds a NUL character', async () => {
    const res = await post(JSON.stringify({ key: pk, events: [pageView({ url: 'https://shop.example/\u0000' })] }), { 'content-type': 'text/plain' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });

  it('answers 400 for a text/plain body that is not JSON', async () => {
    const res = await post('{"key":', { 'content-type': 'text/plain' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'validation_error', message: 'body: must be JSON (sent as application/json or text/plain)' });
  });

  it.each([
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['a headless browser', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36'],
    ['Lighthouse', 'Mozilla/5.0 (Linux; Android 11) Chrome/126.0 Mobile Safari/537.36 Chrome-Lighthouse'],
    ['curl', 'curl/8.5.0'],
    ['python-requests', 'python-requests/2.32.3'],
    ['no user agent', ''],
  ])('drops events from %s with 202 and stores nothing', async (_case, userAgent) => {
    const before = await counts();
    const res = await post({ key: pk, events: [pageView(), addToCart()] }, { 'user-agent': userAgent });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true, data: { accepted: 0, dropped: 2 } });
    expect(await counts()).toEqual(before);
  });

  it('limits each key and address to 600 requests a minute', async () => {
    t.clock.now = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 10_000);
    const key = await createApiKey(t.app, cookie, projectId, 'public');
    await t.db.insertInto('rate_limit_hits').values({ bucket: `track:${key.id}:127.0.0.1`, window_start: new Date(Math.floor(t.clock.now.getTime() / 60_000) * 60_000), hits: 599 }).execute();
    expect((await post({ key: key.key, events: [pageView()] })).statusCode).toBe(202);
    const limited = await post({ key: key.key, events: [pageView()] });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBe('50');
    expect((await post({ key: pk, events: [pageView()] })).statusCode).toBe(202);
  });
});

describe('GET /sdk/runhub.js', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../../../packages/sdk/build.mjs', import.meta.url))], { stdio: 'pipe' });
  });

  it('serves the built tracker as JavaScript to any origin, cached a few minutes', async () => {
    const res = await t.app.inject({ url: '/sdk/runhub.js', headers: { origin: 'https://shop.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toContain('/v1/track');
    const again = await t.app.inject({ url: '/sdk/runhub.js', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('answers 404 with how to build it when it is not built', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandling(app);
    const deps = { db: t.db, now: () => new Date(), eventWriter: new EventWriter(t), trackerBundle: '/nonexistent/runhub.js' } as unknown as Parameters<typeof trackerRoutes>[1];
    await app.register((tracker) => trackerRoutes(tracker, deps));
    const res = await app.inject({ url: '/sdk/runhub.js' });
    await app.close();
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', message: expect.stringContaining('npm run build -w packages/sdk') });
  });
});
