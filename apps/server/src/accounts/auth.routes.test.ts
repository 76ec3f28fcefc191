import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionCookieFrom, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const signupBody = (email: string) => ({ email, password: 'correct horse battery', name: 'Ada' });

describe('signup', () => {
  it('creates the user, normalizes the email and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/signup', payload: signupBody('  Ada@Example.COM ') });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ok: true, data: { user: { email: 'ada@example.com', name: 'Ada', isPlatformAdmin: false } } });
    const cookie = res.cookies.find((c) => c.name === 'runhub_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const stored = await t.db.selectFrom('users').select(['email', 'password_hash']).where('email', '=', 'ada@example.com').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.password_hash).not.toContain('correct horse');
  });

  it('refuses a taken email with 409 email_taken', async () => {
    await signUp(t.app, 'taken@example.com');
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/signup', payload: signupBody('TAKEN@example.com') });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
  });

  it.each([
    ['a short password', { email: 'x@example.com', password: 'short', name: 'X' }, 'password'],
    ['a bad email', { email: 'not-an-email', password: 'long enough pass', name: 'X' }, 'email'],
    ['a missing name', { email: 'x@example.com', password: 'long enough pass' }, 'name'],
    ['an unknown field', { ...{ email: 'x@example.com', password: 'long enough pass', name: 'X' }, isPlatformAdmin: true }, 'isPlatformAdmin'],
  ])('rejects %s with 400 validation_error naming the field', async (_case, payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/signup', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation_error' } });
    expect(res.json().error.message).toContain(field);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/signup', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().ok).toBe(false);
  });
});

describe('login, session rotation and logout', () => {
  it('gives a new session id at login and the old one stops working', async () => {
    const first = await signUp(t.app, 'rotate@example.com');
    const login = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: 'rotate@example.com', password: 'correct horse battery' },
    });
    expect(login.statusCode).toBe(200);
    const second = sessionCookieFrom(login);
    expect(second).not.toBe(first.cookie);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { cookie: second } })).statusCode).toBe(200);
    const old = await t.app.inject({ url: '/v1/auth/me', headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('unauthenticated');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    await signUp(t.app, 'pw@example.com');
    for (const payload of [{ email: 'pw@example.com', password: 'wrong password!' }, { email: 'nobody@example.com', password: 'whatever123' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'invalid_credentials', message: 'Email or password is incorrect.' });
    }
  });

  it('logout deletes the session server-side', async () => {
    const { cookie } = await signUp(t.app);
    const before = await t.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const after = await t.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) - 1);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('an expired session is no session', async () => {
    const { cookie } = await signUp(t.app);
    t.clock.now = new Date(Date.now() + 31 * 86_400_000);
    try {
      expect((await t.app.inject({ url: '/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      t.clock.now = new Date();
    }
  });

  it('rate limits repeated logins with 429 and Retry-After', async () => {
    await signUp(t.app, 'limited@example.com');
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 11; i++) {
      last = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'limited@example.com', password: 'wrong password!' } });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(last?.json().error.code).toBe('rate_limited');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('PATCH /v1/auth/me changes the language', async () => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/auth/me', headers: { cookie }, payload: { locale: 'ar-EG' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.user.locale).toBe('ar-EG');
    const bad = await t.app.inject({ method: 'PATCH', url: '/v1/auth/me', headers: { cookie }, payload: { locale: 'xx' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('platform admins', () => {
  it('are the users listed in RUNHUB_ADMIN_EMAILS', async () => {
    const admin = await createTestContext({ RUNHUB_ADMIN_EMAILS: 'Boss@Example.com, other@example.com' });
    try {
      const res = await admin.app.inject({ method: 'POST', url: '/v1/auth/signup', payload: signupBody('boss@example.com') });
      expect(res.json().data.user.isPlatformAdmin).toBe(true);
    } finally {
      await admin.close();
    }
  });
});

describe('over HTTPS', () => {
  it('uses a Secure __Host- cookie', async () => {
    const https = await createTestContext({ RUNHUB_PUBLIC_URL: 'https://hub.example.com' });
    try {
      const res = await https.app.inject({ method: 'POST', url: '/v1/auth/signup', payload: signupBody('secure@example.com') });
      const cookie = res.cookies.find((c) => c.name === '__Host-runhub_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/' });
    } finally {
      await https.close();
    }
  });
});
