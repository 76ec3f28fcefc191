import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { sha256 } from './tokens.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('API keys', () => {
  it('returns the key once, stores only its hash and lists it by prefix', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const res = await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/api-keys`, headers: { cookie }, payload: { kind: 'secret', label: 'Backend' } });
    expect(res.statusCode).toBe(201);
    const created = res.json().data.apiKey;
    expect(created.key).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));

    const row = await t.db.selectFrom('api_keys').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.key_hash.equals(sha256(created.key))).toBe(true);
    expect(JSON.stringify(row)).not.toContain(created.key);

    const list = await t.app.inject({ url: `/v1/projects/${projectId}/api-keys`, headers: { cookie } });
    expect(list.body).not.toContain(created.key);
    expect(list.json().data.apiKeys).toEqual([expect.objectContaining({ id: created.id, kind: 'secret', label: 'Backend', prefix: created.prefix, revokedAt: null })]);
  });

  it('a public key starts with pk_ and stays readable for the tracker tag; a secret key never does', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const publicKey = (await createApiKey(t.app, cookie, projectId, 'public')).key;
    expect(publicKey).toMatch(/^pk_/);
    const secretKey = (await createApiKey(t.app, cookie, projectId, 'secret')).key;
    const list = await t.app.inject({ url: `/v1/projects/${projectId}/api-keys`, headers: { cookie } });
    const byKind = Object.fromEntries(list.json().data.apiKeys.map((k: { kind: string }) => [k.kind, k]));
    expect(byKind.public).toMatchObject({ publishableKey: publicKey });
    expect(byKind.secret).toMatchObject({ publishableKey: null });
    expect(list.body).not.toContain(secretKey);
  });

  it('a secret key calls its project’s server API and its use is recorded', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const { id, key } = await createApiKey(t.app, cookie, projectId, 'secret');
    const res = await t.app.inject({ url: `/v1/projects/${projectId}`, headers: { authorization: `Bearer ${key}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.project).toMatchObject({ id: projectId, role: null });
    await expect.poll(async () => (await t.db.selectFrom('api_keys').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow()).last_used_at).not.toBeNull();
  });

  it('a revoked key answers 401 at once', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const { id, key } = await createApiKey(t.app, cookie, projectId, 'secret');
    const revoke = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/api-keys/${id}`, headers: { cookie } });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().data.apiKey.revokedAt).not.toBeNull();
    const res = await t.app.inject({ url: `/v1/projects/${projectId}`, headers: { authorization: `Bearer ${key}` } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('a public key can read nothing (403); a key never manages keys', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const pub = await createApiKey(t.app, cookie, projectId, 'public');
    const sec = await createApiKey(t.app, cookie, projectId, 'secret');
    const read = await t.app.inject({ url: `/v1/projects/${projectId}`, headers: { authorization: `Bearer ${pub.key}` } });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.message).toContain('public key');
    for (const key of [pub.key, sec.key]) {
      const res = await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/api-keys`, headers: { authorization: `Bearer ${key}` }, payload: { kind: 'secret', label: 'x' } });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: '/v1/projects', headers: { authorization: `Bearer ${sec.key}` } })).statusCode).toBe(403);
  });

  it('a key of another project answers 404, and junk tokens 401', async () => {
    const { cookie } = await signUp(t.app);
    const mine = await createProject(t.app, cookie);
    const theirs = await createProject(t.app, cookie);
    const { key } = await createApiKey(t.app, cookie, mine, 'secret');
    expect((await t.app.inject({ url: `/v1/projects/${theirs}`, headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(404);
    for (const authorization of ['Bearer sk_not_a_real_key', 'Basic abc', 'Bearer ']) {
      expect((await t.app.inject({ url: `/v1/projects/${mine}`, headers: { authorization } })).statusCode).toBe(401);
    }
  });

  it('plain members cannot create or list keys; admins can', async () => {
    const owner = await signUp(t.app);
    const admin = await signUp(t.app);
    const member = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    for (const [who, role] of [[admin, 'admin'], [member, 'member']] as const) {
      await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/members`, headers: { cookie: owner.cookie }, payload: { email: who.email, role } });
    }
    const denied = await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/api-keys`, headers: { cookie: member.cookie }, payload: { kind: 'secret', label: 'x' } });
    expect(denied.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/v1/projects/${projectId}/api-keys`, headers: { cookie: member.cookie } })).statusCode).toBe(403);
    const allowed = await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/api-keys`, headers: { cookie: admin.cookie }, payload: { kind: 'public', label: 'site' } });
    expect(allowed.statusCode).toBe(201);
  });

  it('revoking an unknown key → 404', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    for (const keyId of ['7d0e1c3a-1111-4222-8333-944455556666', 'nope']) {
      expect((await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/api-keys/${keyId}`, headers: { cookie } })).statusCode).toBe(404);
    }
  });
});

describe('API key cache across processes', () => {
  it('a key revoked through one process stops working in another at once', async () => {
    const other = await createTestContext({}, t);
    try {
      const { cookie } = await signUp(t.app);
      const projectId = await createProject(t.app, cookie);
      const { id, key } = await createApiKey(t.app, cookie, projectId, 'secret');
      const read = () => other.app.inject({ url: `/v1/projects/${projectId}`, headers: { authorization: `Bearer ${key}` } });
      expect((await read()).statusCode).toBe(200); // now cached in the other process
      await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/api-keys/${id}`, headers: { cookie } });
      await expect.poll(async () => (await read()).statusCode, { timeout: 5000, interval: 50 }).toBe(401);
    } finally {
      await other.close();
    }
  });
});
