import { createRunHubClient, RunHubError } from '@runhub/sdk/server-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let projectId: string;
let secretKey: string;

/** fetch over app.inject: the client's real requests, without a listening socket. */
const injectFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const res = await t.app.inject({
    method: (init?.method ?? 'GET') as 'POST',
    url: url.pathname + url.search,
    headers: init?.headers as Record<string, string>,
    payload: init?.body as string,
  });
  return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? '') } });
};

beforeAll(async () => {
  t = await createTestContext();
  const { cookie } = await signUp(t.app);
  projectId = await createProject(t.app, cookie);
  secretKey = (await createApiKey(t.app, cookie, projectId, 'secret')).key;
});
afterAll(() => t.close());

const client = () => createRunHubClient({ baseUrl: 'https://hub.example/', secretKey, projectId, fetch: injectFetch });
const lead = () => ({ eventType: 'lead_created', occurredAt: new Date().toISOString(), customerEmail: 'ada@example.com' });

describe('@runhub/sdk server client', () => {
  it('track records an event with a generated idempotency key and returns its ids', async () => {
    const result = await client().track(lead());
    expect(result).toMatchObject({ deduplicated: false, publicId: expect.stringMatching(/^evt_/) });
    const row = await t.db.selectFrom('business_events').selectAll().where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'server', event_type: 'lead_created', customer_email: 'ada@example.com' });
    expect(row.idempotency_key).toMatch(/^sdk:[0-9a-f-]{36}$/);
  });

  it('a given idempotency key makes a retry a replay', async () => {
    const event = { ...lead(), idempotencyKey: `order-${Date.now()}` };
    const first = await client().track(event);
    const again = await client().track(event);
    expect(again).toEqual({ ...first, deduplicated: true });
  });

  it('trackBatch answers per item', async () => {
    const data = await client().trackBatch([lead(), { eventType: 'payment_succeeded', occurredAt: new Date().toISOString() }]);
    expect(data).toMatchObject({ stored: 1, rejected: 1 });
    expect(data.results[1]).toMatchObject({ ok: false, error: { code: 'validation_error' } });
  });

  it('throws RunHubError with the code and status of a refusal', async () => {
    const bad = client().track({ eventType: 'payment_succeeded', occurredAt: new Date().toISOString() });
    await expect(bad).rejects.toBeInstanceOf(RunHubError);
    await expect(bad).rejects.toMatchObject({ code: 'validation_error', status: 400 });
    const wrongKey = createRunHubClient({ baseUrl: 'https://hub.example', secretKey: 'sk_nope', projectId, fetch: injectFetch });
    await expect(wrongKey.track(lead())).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('reports an unreachable server and a non-JSON answer', async () => {
    const down = createRunHubClient({ baseUrl: 'https://hub.example', secretKey, projectId, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(down.track(lead())).rejects.toMatchObject({ code: 'network_error', status: 0, message: expect.stringContaining('fetch failed') });
    const proxy = createRunHubClient({ baseUrl: 'https://hub.example', secretKey, projectId, fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }) });
    await expect(proxy.track(lead())).rejects.toMatchObject({ code: 'invalid_response', status: 502 });
  });
});
