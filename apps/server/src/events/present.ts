import type { BusinessEvent } from '@runhub/contracts/events';
import type { Selectable } from 'kysely';
import type { BusinessEventsTable } from './events.tables.ts';
import { toPublicId } from './public-id.ts';

export function presentEvent(e: Selectable<BusinessEventsTable>): BusinessEvent {
  return {
    id: e.id,
    publicId: toPublicId(e.id),
    projectId: e.project_id,
    eventType: e.event_type,
    occurredAt: e.occurred_at.toISOString(),
    receivedAt: e.received_at.toISOString(),
    source: e.source,
    actorType: e.actor_type,
    actorId: e.actor_id,
    entityType: e.entity_type,
    entityId: e.entity_id,
    sessionId: e.session_id,
    anonymousId: e.anonymous_id,
    correlationId: e.correlation_id,
    customerId: e.customer_id,
    customerEmail: e.customer_email,
    amountCents: e.amount_cents,
    currency: e.currency,
    trafficSource: e.traffic_source,
    utmSource: e.utm_source,
    utmMedium: e.utm_medium,
    utmCampaign: e.utm_campaign,
    workflowRunId: e.workflow_run_id,
    payload: e.payload,
    idempotencyKey: e.idempotency_key,
  };
}
