import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createProjectBody, projectParams, projectPayload, projectsPayload, updateProjectBody } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { AppDeps } from '../app-deps.ts';
import { requireUser } from '../platform/auth.ts';
import { notFound } from '../platform/errors.ts';
import { projectAccessOf } from './access.ts';
import { presentProject } from './present.ts';
import { findProject, insertProjectWithOwner, listProjectsForUser, updateProject } from './projects.queries.ts';

export function projectRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/projects', {
    schema: { tags: ['projects'], summary: 'Create a project (you become its owner)', body: createProjectBody, response: { 201: okEnvelope(projectPayload) } },
  }, async (request, reply) => {
    const me = requireUser(request);
    const project = await insertProjectWithOwner(db, request.body, me.id);
    return reply.status(201).send({ ok: true as const, data: { project: presentProject(project, 'owner') } });
  });

  r.get('/v1/projects', {
    schema: { tags: ['projects'], summary: 'Projects you are a member of', response: { 200: okEnvelope(projectsPayload) } },
  }, async (request) => {
    const me = requireUser(request);
    const rows = await listProjectsForUser(db, me.id);
    return { ok: true as const, data: { projects: rows.map((p) => presentProject(p, p.role)) } };
  });

  r.get('/v1/projects/:projectId', {
    config: { permission: 'read' },
    schema: { tags: ['projects'], summary: 'One project', params: projectParams, response: { 200: okEnvelope(projectPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const project = await findProject(db, access.projectId);
    if (!project) throw notFound('Project');
    return { ok: true as const, data: { project: presentProject(project, access.role) } };
  });

  r.patch('/v1/projects/:projectId', {
    config: { permission: 'manage_project' },
    schema: { tags: ['projects'], summary: 'Change name, industry, timezone, currency or locale', params: projectParams, body: updateProjectBody, response: { 200: okEnvelope(projectPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const project = await updateProject(db, access.projectId, request.body);
    return { ok: true as const, data: { project: presentProject(project, access.role) } };
  });
}
