import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import { buildStatusPayload, putBuildStatusBody } from '@runhub/contracts/sources';
import { projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { findBuildStatuses, upsertBuildStatus } from './build-status.queries.ts';
import { presentBuildStatus } from './present-build-status.ts';

export function buildStatusRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const path = '/v1/inhouse/projects/:projectId/build-status';

  r.put(path, {
    config: { permission: 'write' },
    schema: { tags: ['projects'], summary: 'Report the site’s build/deploy status (secret key)', params: projectParams, body: putBuildStatusBody, response: { 200: okEnvelope(buildStatusPayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const row = await upsertBuildStatus(db, projectId, { status: request.body.status, url: request.body.url ?? null, message: request.body.message ?? null }, now());
    return { ok: true as const, data: { buildStatus: presentBuildStatus(row) } };
  });

  r.get(path, {
    config: { permission: 'read' },
    schema: { tags: ['projects'], summary: 'The last reported build status (null when never reported)', params: projectParams, response: { 200: okEnvelope(buildStatusPayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const [row] = await findBuildStatuses(db, [projectId]);
    return { ok: true as const, data: { buildStatus: row ? presentBuildStatus(row) : null } };
  });
}
