import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '@runhub/contracts/accounts';
import type { Db } from '../db/pool.ts';
import { AppError, forbidden, notFound, unauthenticated } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { keyAllows, roleAllows, type Permission } from './access-rules.ts';
import { findRole } from './members.queries.ts';
import { findProject, type ProjectRow } from './projects.queries.ts';

export type { Permission };

export interface ProjectAccess {
  projectId: string;
  /** The member's role; null when the caller is an API key. */
  role: Role | null;
  userId: string | null;
  /** The project, when the access check already read it (a member's session does). */
  project: ProjectRow | null;
}

/**
 * The gate of every project-scoped route. A project the caller cannot see answers 404 whether
 * or not it exists, so ids cannot be probed; a visible project with too little right answers 403.
 */
export async function requireProjectAccess(db: Db, request: FastifyRequest, projectId: string, permission: Permission): Promise<ProjectAccess> {
  const p = request.principal;
  if (!p) throw unauthenticated();
  if (!isUuid(projectId)) throw notFound('Project');
  if (p.kind === 'key') {
    if (p.projectId !== projectId.toLowerCase()) throw notFound('Project');
    if (!keyAllows(p.keyKind, permission)) {
      throw new AppError('forbidden', p.keyKind === 'public' ? 'A public key may only send tracker events.' : 'API keys cannot do this; sign in as an owner.');
    }
    return { projectId: p.projectId, role: null, userId: null, project: null };
  }
  // The sign-in check reads the membership of the route's project with the session; a caller
  // asking about another project (none today) gets it from its own statement.
  const known = p.inProject?.projectId === projectId ? p.inProject.membership : undefined;
  const role = known === undefined ? await findRole(db, projectId, p.user.id) : known?.role;
  if (!role) throw notFound('Project');
  if (!roleAllows(role, permission)) throw forbidden(`Your role (${role}) cannot do this.`);
  return { projectId, role, userId: p.user.id, project: known?.project ?? null };
}

declare module 'fastify' {
  interface FastifyRequest {
    projectAccess: ProjectAccess | null;
  }
  interface FastifyContextConfig {
    /** Set on every route under /v1/projects/:projectId: what the caller must be allowed to do. */
    permission?: Permission;
  }
}

/**
 * Checks project access before the body is validated, so a caller who cannot see a project gets
 * the same 404 whatever they send.
 */
export function installProjectAccess(app: FastifyInstance, db: Db): void {
  app.decorateRequest('projectAccess', null);
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    const { projectId } = request.params as { projectId?: string };
    request.projectAccess = await requireProjectAccess(db, request, projectId ?? '', permission);
  });
}

/** The project a route was let into: read with the caller's session, or now (API keys). */
export async function accessedProject(db: Db, request: FastifyRequest): Promise<ProjectRow> {
  const access = projectAccessOf(request);
  const project = access.project ?? (await findProject(db, access.projectId));
  if (!project) throw notFound('Project');
  return project;
}

/** The access checked by the hook; a route that forgot `config.permission` fails loudly. */
export function projectAccessOf(request: FastifyRequest): ProjectAccess {
  if (!request.projectAccess) throw new Error(`route ${request.routeOptions.url ?? ''} has no config.permission`);
  return request.projectAccess;
}
