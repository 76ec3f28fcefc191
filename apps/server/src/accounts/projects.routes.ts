import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createProjectBody, projectParams, projectPayload, projectsPayload, updateProjectBody } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { AppDeps } from '../app-deps.ts';
import { markProjectDirty } from '../kpis/rollup.queries.ts';
import type { RollupScheduler } from '../kpis/rollup-scheduler.ts';
import { requireUser } from '../platform/auth.ts';
import { findBuildStatusesByProject } from '../sources/build-status.queries.ts';
import { accessedProject, projectAccessOf } from './access.ts';
import { presentProject } from './present.ts';
import { findProject, insertProjectWithOwner, listProjectsForUser, updateProject } from './projects.queries.ts';

export function projectRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date; rollups: RollupScheduler }): void {
  const { db, now, rollups } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/projects', {
    schema: { tags: ['projects'], summary: 'Create a project (you become its owner)', body: createProjectBody, response: { 201: okEnvelope(projectPayload) } },
  }, async (request, reply) => {
    const me = requireUser(request);
    const project = await insertProjectWithOwner(db, request.body, me.id);
    // A new project has not reported a build yet.
    return reply.status(201).send({ ok: true as const, data: { project: presentProject(project, 'owner', null) } });
  });

  r.get('/v1/projects', {
    schema: { tags: ['projects'], summary: 'Projects you are a member of', response: { 200: okEnvelope(projectsPayload) } },
  }, async (request) => {
    const me = requireUser(request);
    const rows = await listProjectsForUser(db, me.id);
    const builds = await findBuildStatusesByProject(db, rows.map((p) => p.id));
    return { ok: true as const, data: { projects: rows.map((p) => presentProject(p, p.role, builds.get(p.id) ?? null)) } };
  });

  r.get('/v1/projects/:projectId', {
    config: { permission: 'read' },
    schema: { tags: ['projects'], summary: 'One project', params: projectParams, response: { 200: okEnvelope(projectPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const [project, builds] = await Promise.all([accessedProject(db, request), findBuildStatusesByProject(db, [access.projectId])]);
    return { ok: true as const, data: { project: presentProject(project, access.role, builds.get(project.id) ?? null) } };
  });

  r.patch('/v1/projects/:projectId', {
    config: { permission: 'manage_project' },
    schema: { tags: ['projects'], summary: 'Change name, industry, timezone, currency or locale', params: projectParams, body: updateProjectBody, response: { 200: okEnvelope(projectPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const before = await findProject(db, access.projectId);
    const project = await updateProject(db, access.projectId, request.body);
    if (before && (before.timezone !== project.timezone || before.currency !== project.currency)) {
      // Days and revenue depend on both: the next rollup of this project recomputes its history.
      await markProjectDirty(db, project.id, now().toISOString().slice(0, 10));
      rollups.request([project.id]);
    }
    const builds = await findBuildStatusesByProject(db, [project.id]);
    return { ok: true as const, data: { project: presentProject(project, access.role, builds.get(project.id) ?? null) } };
  });
}
