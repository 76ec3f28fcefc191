import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiKeyKind, Role } from '@runhub/contracts/accounts';
import type { Config } from '../config.ts';
import type { Db } from '../db/pool.ts';
import type { ApiKeyCache } from '../accounts/api-key-cache.ts';
import { resolveApiKey } from '../accounts/api-key-lookup.ts';
import type { ProjectRow } from '../accounts/projects.queries.ts';
import { findLiveSession, findLiveSessionInProject, touchSession } from '../accounts/sessions.queries.ts';
import { apiKeyKindOf, sha256 } from '../accounts/tokens.ts';
import { AppError, unauthenticated } from './errors.ts';
import { isUuid } from './ids.ts';

const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  createdAt: Date;
}

/** The signed-in user's standing in the project a route names, read with the session. */
export interface SessionProject {
  projectId: string;
  /** Null when the user is not a member (the project may still exist). */
  membership: { role: Role; project: ProjectRow } | null;
}

export type Principal =
  | { kind: 'user'; user: SessionUser; tokenHash: Buffer; inProject?: SessionProject }
  | { kind: 'key'; keyId: string; projectId: string; keyKind: ApiKeyKind };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** false for endpoints that other sites call by design (tracker, forms, webhooks). */
    csrf?: boolean;
  }
}

export function sessionCookieName(config: Config): string {
  return isSecure(config) ? '__Host-runhub_session' : 'runhub_session';
}

export function isSecure(config: Config): boolean {
  return config.publicUrl?.startsWith('https://') ?? false;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expires: Date): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(config),
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(config) });
}

export function sessionExpiry(config: Config, now: Date): Date {
  return new Date(now.getTime() + config.sessionTtlDays * 86_400_000);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers send Sec-Fetch-Site (modern) or Origin on every cross-site mutating request; one whose
 * origin is not ours is refused before any cookie is looked at (this covers login CSRF too).
 * Requests with neither header do not come from a browser page, so a forged one cannot look like them.
 */
function checkCsrf(request: FastifyRequest, config: Config): void {
  if (SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    if (site === 'same-origin' || site === 'none') return;
    throw new AppError('csrf_rejected', 'Cross-site request refused.');
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const allowed = new Set([`${request.protocol}://${request.host}`]);
  if (config.publicUrl) allowed.add(new URL(config.publicUrl).origin);
  if (!allowed.has(origin)) throw new AppError('csrf_rejected', 'Cross-site request refused.');
}

/** Resolves `request.principal` from `Authorization: Bearer pk_/sk_…` or the session cookie. */
export function installAuth(app: FastifyInstance, deps: { db: Db; config: Config; now: () => Date; apiKeyCache: ApiKeyCache }): void {
  const { db, config, now, apiKeyCache } = deps;
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const token = match?.[1];
      if (!token || !apiKeyKindOf(token)) throw new AppError('unauthenticated', 'Authorization must be "Bearer pk_…" or "Bearer sk_…".');
      const key = await resolveApiKey(db, apiKeyCache, token, now(), request.log);
      if (!key) throw new AppError('unauthenticated', 'This API key is not valid or has been revoked.');
      request.principal = { kind: 'key', keyId: key.keyId, projectId: key.projectId, keyKind: key.kind };
      return;
    }
    checkCsrf(request, config);
    const token = request.cookies[sessionCookieName(config)];
    if (!token) return;
    const tokenHash = sha256(token);
    const at = now();
    // A route about one project (it declares a permission) gets the user's membership in it from
    // the same statement; installProjectAccess then needs no query of its own.
    const { projectId } = request.params as { projectId?: string };
    const scope = request.routeOptions.config.permission !== undefined && projectId !== undefined && isUuid(projectId) ? projectId : undefined;
    const inScope = scope ? await findLiveSessionInProject(db, tokenHash, at, scope) : undefined;
    const session = scope ? inScope : await findLiveSession(db, tokenHash, at);
    if (!session) return;
    request.principal = {
      kind: 'user',
      tokenHash,
      ...(scope && inScope ? { inProject: { projectId: scope, membership: inScope.membership } } : {}),
      user: {
        id: session.id,
        email: session.email,
        name: session.name,
        locale: session.locale,
        isPlatformAdmin: session.is_platform_admin || config.adminEmails.includes(session.email),
        createdAt: session.created_at,
      },
    };
    // The sliding expiry moves at most once a minute (touchSession's own guard); asking only when
    // it is due saves a write statement on nearly every request.
    if (at.getTime() - session.last_seen_at.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
      touchSession(db, tokenHash, at, sessionExpiry(config, at)).catch((err: unknown) => request.log.warn({ err }, 'could not extend session'));
    }
  });
}

export function requireUser(request: FastifyRequest): SessionUser & { tokenHash: Buffer } {
  const p = request.principal;
  if (p?.kind === 'user') return { ...p.user, tokenHash: p.tokenHash };
  if (p?.kind === 'key') throw new AppError('forbidden', 'This endpoint needs a signed-in user, not an API key.');
  throw unauthenticated();
}

/** Platform operators only (RUNHUB_ADMIN_EMAILS or granted with the CLI). */
export function requirePlatformAdmin(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (!user.isPlatformAdmin) throw new AppError('forbidden', 'Only platform admins can do this.');
  return user;
}
