import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import { overviewPayload, overviewQuery } from '@runhub/contracts/kpis';
import { accessedProject } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../platform/errors.ts';
import { localDateOf } from './local-dates.ts';
import { buildOverview } from './overview.ts';
import { resolveRange } from './periods.ts';

export function overviewRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  app.withTypeProvider<ZodTypeProvider>().get('/v1/inhouse/projects/:projectId/run/overview', {
    config: { permission: 'read' },
    schema: {
      tags: ['kpis'],
      summary: 'The Run Hub overview: KPIs vs the comparison period, trends, freshness, alerts, integrations',
      params: projectParams,
      querystring: overviewQuery,
      response: { 200: okEnvelope(overviewPayload) },
    },
  }, async (request) => {
    const project = await accessedProject(db, request);
    const at = now();
    const { range, startDate, endDate } = request.query;
    if (range !== 'custom' && (startDate || endDate)) throw new AppError('validation_error', 'startDate and endDate: only with range=custom');
    const period = resolveRange(range, localDateOf(at, project.timezone), { startDate, endDate });
    if ('message' in period) throw new AppError('validation_error', period.message);
    return { ok: true as const, data: await buildOverview(db, project, range, period, at, request.log) };
  });
}
