import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ RUNHUB_PUBLIC_URL: 'http://hub.example.com' });
});
afterAll(() => t.close());

describe('CSRF protection for cookie sessions', () => {
  it('refuses a cross-site request (Sec-Fetch-Site) and stores nothing', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/projects',
      headers: { cookie, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      payload: validProject,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_rejected');
    expect(await t.db.selectFrom('projects').selectAll().execute()).toHaveLength(0);
  });

  it('refuses a foreign Origin when Sec-Fetch-Site is absent', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie, origin: 'https://evil.example' }, payload: validProject });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_rejected');
  });

  it('refuses a cross-site login (login CSRF)', async () => {
    await signUp(t.app, 'victim@example.com');
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { email: 'victim@example.com', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('accepts same-origin requests and the configured public origin', async () => {
    const { cookie } = await signUp(t.app);
    const sameSite = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie, 'sec-fetch-site': 'same-origin' }, payload: validProject });
    expect(sameSite.statusCode).toBe(201);
    const publicOrigin = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie, origin: 'http://hub.example.com' }, payload: validProject });
    expect(publicOrigin.statusCode).toBe(201);
  });

  it('does not apply to reads', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ url: '/v1/projects', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(200);
  });
});
