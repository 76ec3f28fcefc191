import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import { dailyPayload, dailyQuery, rangePayload, rangeQuery, trendPayload, trendQuery } from '@runhub/contracts/kpis';
import { accessedProject, projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../platform/errors.ts';
import { totalsOf, zeroFilledDays } from './kpi-math.ts';
import { listDailyRows, readKpiWindow } from './kpis.queries.ts';
import { addDays, localDateOf } from './local-dates.ts';
import { checkPeriod } from './periods.ts';

const BASE = '/v1/inhouse/projects/:projectId/business-kpis';

export function kpiRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${BASE}/daily`, {
    config: { permission: 'read' },
    schema: { tags: ['kpis'], summary: 'KPIs of one local day', params: projectParams, querystring: dailyQuery, response: { 200: okEnvelope(dailyPayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const { date } = request.query;
    const { rows, lastRollupAt: rolledUp } = await readKpiWindow(db, projectId, date, date);
    return { ok: true as const, data: { date, kpis: zeroFilledDays(rows, date, date)[0]!, lastRollupAt: rolledUp?.toISOString() ?? null } };
  });

  r.get(`${BASE}/range`, {
    config: { permission: 'read' },
    schema: { tags: ['kpis'], summary: 'Totals and per-day KPIs of a range of local days (≤ 366)', params: projectParams, querystring: rangeQuery, response: { 200: okEnvelope(rangePayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const period = checkPeriod(request.query.startDate, request.query.endDate);
    if ('message' in period) throw new AppError('validation_error', period.message);
    const { rows, lastRollupAt: rolledUp } = await readKpiWindow(db, projectId, period.startDate, period.endDate);
    return {
      ok: true as const,
      data: { ...period, totals: totalsOf(rows), days: zeroFilledDays(rows, period.startDate, period.endDate), lastRollupAt: rolledUp?.toISOString() ?? null },
    };
  });

  r.get(`${BASE}/trend`, {
    config: { permission: 'read' },
    schema: { tags: ['kpis'], summary: 'Exactly N local days ending today (zero-filled), 1 ≤ N ≤ 90', params: projectParams, querystring: trendQuery, response: { 200: okEnvelope(trendPayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const project = await accessedProject(db, request);
    const endDate = localDateOf(now(), project.timezone);
    const startDate = addDays(endDate, -(request.query.days - 1));
    const rows = await listDailyRows(db, projectId, startDate, endDate);
    return { ok: true as const, data: { startDate, endDate, days: zeroFilledDays(rows, startDate, endDate) } };
  });
}
