import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyPayload, loginBody, signupBody, updateMeBody, userPayload } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { AppDeps } from '../app-deps.ts';
import { clearSessionCookie, requireUser, sessionCookieName, sessionExpiry, setSessionCookie, type SessionUser } from '../platform/auth.ts';
import { AppError } from '../platform/errors.ts';
import { enforceRateLimit } from '../platform/rate-limit.ts';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';
import { presentUser } from './present.ts';
import { deleteSession, insertSession } from './sessions.queries.ts';
import { newSessionToken, sha256 } from './tokens.ts';
import { findUserByEmail, insertUser, updateUser } from './users.queries.ts';

const SIGNUP_LIMIT = { limit: 20, windowSeconds: 3600 };
const LOGIN_LIMIT = { limit: 10, windowSeconds: 900 };

export function authRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, config, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  function toSessionUser(u: { id: string; email: string; name: string; locale: string | null; is_platform_admin: boolean; created_at: Date }): SessionUser {
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      locale: u.locale,
      isPlatformAdmin: u.is_platform_admin || config.adminEmails.includes(u.email),
      createdAt: u.created_at,
    };
  }

  /** A fresh session id on every sign-in; the previous one (if any) dies. */
  async function startSession(userId: string, previousToken: string | undefined) {
    if (previousToken) await deleteSession(db, sha256(previousToken));
    const token = newSessionToken();
    const expiresAt = sessionExpiry(config, now());
    await insertSession(db, { tokenHash: sha256(token), userId, expiresAt });
    return { token, expiresAt };
  }

  r.post('/v1/auth/signup', {
    schema: { tags: ['auth'], summary: 'Create an account and sign in', body: signupBody, response: { 201: okEnvelope(userPayload) } },
  }, async (request, reply) => {
    await enforceRateLimit(db, `signup:${request.ip}`, SIGNUP_LIMIT, now());
    const { email, password, name, locale } = request.body;
    const user = await insertUser(db, { email, name, passwordHash: await hashPassword(password), locale: locale ?? null });
    if (!user) throw new AppError('email_taken', 'An account with this email already exists. Sign in instead.');
    const session = await startSession(user.id, request.cookies[sessionCookieName(config)]);
    setSessionCookie(reply, config, session.token, session.expiresAt);
    return reply.status(201).send({ ok: true as const, data: { user: presentUser(toSessionUser(user)) } });
  });

  r.post('/v1/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in with email and password', body: loginBody, response: { 200: okEnvelope(userPayload) } },
  }, async (request, reply) => {
    const { email, password } = request.body;
    await enforceRateLimit(db, `login:${request.ip}:${email}`, LOGIN_LIMIT, now());
    const user = await findUserByEmail(db, email);
    const valid = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
    if (!user || !valid) throw new AppError('invalid_credentials', 'Email or password is incorrect.');
    const session = await startSession(user.id, request.cookies[sessionCookieName(config)]);
    setSessionCookie(reply, config, session.token, session.expiresAt);
    return { ok: true as const, data: { user: presentUser(toSessionUser(user)) } };
  });

  r.post('/v1/auth/logout', {
    schema: { tags: ['auth'], summary: 'End the current session', response: { 200: okEnvelope(emptyPayload) } },
  }, async (request, reply) => {
    const token = request.cookies[sessionCookieName(config)];
    if (token) await deleteSession(db, sha256(token));
    clearSessionCookie(reply, config);
    return { ok: true as const, data: {} };
  });

  r.get('/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: okEnvelope(userPayload) } },
  }, async (request) => {
    return { ok: true as const, data: { user: presentUser(requireUser(request)) } };
  });

  r.patch('/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'Update name or language', body: updateMeBody, response: { 200: okEnvelope(userPayload) } },
  }, async (request) => {
    const me = requireUser(request);
    const updated = await updateUser(db, me.id, request.body);
    return { ok: true as const, data: { user: presentUser(toSessionUser(updated)) } };
  });
}
