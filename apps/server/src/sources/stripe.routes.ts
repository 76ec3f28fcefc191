import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import { putStripeBody, stripePayload, type StripeIntegration } from '@runhub/contracts/sources';
import { projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { deleteStripeIntegration, findStripeIntegration, upsertStripeSecret } from './stripe.queries.ts';

function present(projectId: string, row: Awaited<ReturnType<typeof findStripeIntegration>>): StripeIntegration {
  return {
    connected: row !== undefined,
    secretLast4: row ? row.webhook_secret.slice(-4) : null,
    webhookPath: `/v1/hooks/stripe/${projectId}`,
    updatedAt: row?.updated_at.toISOString() ?? null,
    lastWebhookAt: row?.last_webhook_at?.toISOString() ?? null,
    lastWebhookType: row?.last_webhook_type ?? null,
  };
}

export function stripeRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date }): void {
  const { db, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const path = '/v1/inhouse/projects/:projectId/integrations/stripe';

  r.put(path, {
    config: { permission: 'manage_project' },
    schema: { tags: ['integrations'], summary: 'Store the Stripe webhook signing secret', params: projectParams, body: putStripeBody, response: { 200: okEnvelope(stripePayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const row = await upsertStripeSecret(db, projectId, request.body.webhookSecret, now());
    return { ok: true as const, data: { stripe: present(projectId, row) } };
  });

  r.get(path, {
    config: { permission: 'read' },
    schema: { tags: ['integrations'], summary: 'Stripe connection: last 4 of the secret, the last webhook received', params: projectParams, response: { 200: okEnvelope(stripePayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    return { ok: true as const, data: { stripe: present(projectId, await findStripeIntegration(db, projectId)) } };
  });

  r.delete(path, {
    config: { permission: 'manage_project' },
    schema: { tags: ['integrations'], summary: 'Disconnect Stripe (webhooks are refused afterwards)', params: projectParams, response: { 200: okEnvelope(stripePayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    await deleteStripeIntegration(db, projectId);
    return { ok: true as const, data: { stripe: present(projectId, undefined) } };
  });
}
