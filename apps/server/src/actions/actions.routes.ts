import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { actionsPayload } from '@runhub/contracts/actions';
import { okEnvelope } from '@runhub/contracts/envelope';
import { accessedProject, projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { computeAvailability, orderForVertical } from './availability.ts';
import { gatherActionFacts } from './facts.ts';
import { ACTION_DEFINITIONS } from './registry.ts';

export function actionRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/inhouse/projects/:projectId/run/actions', {
    config: { permission: 'read' },
    schema: {
      tags: ['actions'],
      summary: 'Every action with its status (available, blocked with a reason and a fix, or soon), the project’s vertical pack first',
      params: projectParams,
      response: { 200: okEnvelope(actionsPayload) },
    },
  }, async (request) => {
    const { projectId, role } = projectAccessOf(request);
    const project = await accessedProject(db, request);
    const facts = await gatherActionFacts(db, projectId, now());
    const actions = orderForVertical(computeAvailability(ACTION_DEFINITIONS, facts, role), project.industry);
    return { ok: true as const, data: { actions } };
  });
}
