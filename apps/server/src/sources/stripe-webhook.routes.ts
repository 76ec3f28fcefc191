import type { FastifyInstance } from 'fastify';
import Stripe from 'stripe';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import type { EventWriter } from '../events/event-writer.ts';
import { ingestEvents } from '../events/ingest.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { withoutNul } from '../platform/request-body.ts';
import { mapStripeEvent, type StripeEvent } from './stripe-mapping.ts';
import { findStripeIntegration, recordWebhookReceived } from './stripe.queries.ts';

const TOLERANCE_SECONDS = 300;

/**
 * Stripe posts here. The signature is checked with the stripe library on the raw body before
 * anything is parsed or stored; a duplicate delivery maps to the same idempotency keys.
 */
export async function stripeWebhookRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date; eventWriter: EventWriter }): Promise<void> {
  const { db, now, eventWriter } = deps;
  // The signature covers the exact bytes, so this plugin keeps JSON bodies raw.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post('/v1/hooks/stripe/:projectId', {
    config: { csrf: false },
    schema: { tags: ['integrations'], summary: 'Stripe webhook endpoint (signed)', params: z.object({ projectId: z.string().max(64) }) },
  }, async (request) => {
    const { projectId } = request.params as { projectId: string };
    const integration = isUuid(projectId) ? await findStripeIntegration(db, projectId) : undefined;
    if (!integration) throw new AppError('invalid_signature', 'No Stripe signing secret is configured for this project.');
    const signature = request.headers['stripe-signature'];
    if (typeof signature !== 'string' || !Buffer.isBuffer(request.body)) throw new AppError('invalid_signature', 'Missing Stripe-Signature header or body.');
    let event: StripeEvent;
    try {
      event = Stripe.webhooks.constructEvent(request.body, signature, integration.webhook_secret, TOLERANCE_SECONDS, undefined, now().getTime()) as unknown as StripeEvent;
    } catch (error) {
      request.log.warn({ projectId, err: error }, 'stripe webhook signature rejected');
      throw new AppError('invalid_signature', 'The Stripe signature does not match, or the event is older than 5 minutes.');
    }
    const at = now();
    await recordWebhookReceived(db, projectId, event.type, at);
    // Signed by Stripe, so it is stored rather than refused: PostgreSQL cannot hold a NUL, which
    // would otherwise fail the insert with a 500 that Stripe retries for days. Cleaned is what gets
    // stored (the mapped events), not the whole delivery.
    const inputs = mapStripeEvent(event).map(withoutNul);
    if (inputs.length === 0) return { ok: true, data: { eventType: event.type, handled: false, stored: 0, deduplicated: 0 } };
    const outcomes = await ingestEvents(eventWriter, inputs.map((input) => ({ projectId, source: 'stripe' as const, input })), at, request.log);
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) {
      // Stripe retries on 4xx/5xx; a payload we cannot store is reported so the delivery shows as failed.
      request.log.error({ projectId, eventType: event.type, error: failed.error }, 'stripe event could not be stored');
      throw new AppError('validation_error', failed.error.message);
    }
    const stored = outcomes.filter((o) => o.ok && !o.deduplicated).length;
    return { ok: true, data: { eventType: event.type, handled: true, stored, deduplicated: outcomes.length - stored } };
  });
}
