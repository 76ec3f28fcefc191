import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('health', () => {
  it('/healthz says the process is up; /readyz that the database is migrated', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ ok: true, data: { status: 'up' } });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().data.status).toBe('ready');
  });

  it('/readyz answers 503 when a migration is missing', async () => {
    await t.db.deleteFrom('schema_migrations' as never).where('version' as never, '=', 2 as never).execute();
    try {
      const res = await t.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('not_ready');
    } finally {
      await t.db.insertInto('schema_migrations' as never).values({ version: 2, name: 'rate_limits', checksum: 'restored' } as never).execute();
    }
  });
});

describe('envelope and limits', () => {
  it('unknown API routes answer the JSON 404 envelope', async () => {
    const res = await t.app.inject({ url: '/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ ok: false, error: { code: 'not_found', message: 'No route for GET /v1/nothing-here.' } });
  });

  it('a body over 1 MB answers 413 payload_too_large', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/auth/me', headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('a body of a type the endpoint does not take answers 415 unsupported_media_type', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/auth/me', headers: { cookie, 'content-type': 'application/xml' }, payload: '<name>x</name>' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ ok: false, error: { code: 'unsupported_media_type', message: 'This endpoint does not take a body of type application/xml.' } });
  });

  it('malformed JSON answers 400 validation_error in the envelope', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/auth/me', headers: { cookie, 'content-type': 'application/json' }, payload: '{"name":' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation_error' } });
  });

  it('echoes a request id, generating one when none is sent', async () => {
    const given = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc12345-trace' } });
    expect(given.headers['x-request-id']).toBe('abc12345-trace');
    const generated = await t.app.inject({ url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('OpenAPI', () => {
  it('is generated from the route schemas and served at /docs', async () => {
    const spec = (await t.app.inject({ url: '/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/v1/auth/signup', '/v1/projects', '/v1/projects/{projectId}/api-keys']));
    const signup = spec.paths['/v1/auth/signup'].post;
    expect(signup.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['email', 'password', 'name']));
    expect((await t.app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });
});
