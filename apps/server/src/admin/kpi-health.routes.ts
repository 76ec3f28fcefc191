import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okEnvelope } from '@runhub/contracts/envelope';
import { findProject } from '../accounts/projects.queries.ts';
import type { AppDeps } from '../app-deps.ts';
import { markProjectDirty, resetRollupState } from '../kpis/rollup.queries.ts';
import { runRollupCycle } from '../kpis/rollup.ts';
import { requirePlatformAdmin } from '../platform/auth.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';

const triggerBody = z.strictObject({ projectId: z.string().max(64).optional(), reason: z.string().trim().min(1).max(200) });
const triggerResult = z.object({
  runId: z.number().int(),
  projects: z.number().int(),
  rows: z.number().int(),
  durationMs: z.number().int(),
  errors: z.array(z.object({ projectId: z.string(), message: z.string() })),
});

export function kpiHealthRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  app.withTypeProvider<ZodTypeProvider>().post('/v1/admin/inhouse/kpi-health/trigger-rollup', {
    schema: {
      tags: ['admin'],
      summary: 'Run a KPI rollup now: one project recomputed in full, or every project with new events',
      body: triggerBody,
      response: { 200: okEnvelope(triggerResult) },
    },
  }, async (request) => {
    const admin = requirePlatformAdmin(request);
    const { projectId, reason } = request.body;
    if (projectId !== undefined) {
      if (!isUuid(projectId) || !(await findProject(db, projectId))) throw notFound('Project');
      // Forgetting the rollup state makes the next rollup of this project a full recompute.
      await resetRollupState(db, projectId);
      await markProjectDirty(db, projectId, now().toISOString().slice(0, 10));
    }
    request.log.info({ adminId: admin.id, projectId, reason }, 'admin triggered a KPI rollup');
    const cycle = await runRollupCycle(db, { trigger: 'admin', reason, projectIds: projectId ? [projectId] : undefined, now });
    return { ok: true as const, data: cycle };
  });
}
