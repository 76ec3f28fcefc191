import type { FastifyBaseLogger } from 'fastify';
import { businessEventInput, type BusinessEventInput, type EventSource } from '@runhub/contracts/events';
import type { z } from 'zod';
import { checkEventRules, lacksSessionId, type EventRuleViolation } from './event-rules.ts';
import type { EventWriter, WriteResult } from './event-writer.ts';
import type { NewEventRow } from './events.queries.ts';

/** The one way events enter Run Hub, whatever their source (API, tracker, forms, Stripe, demo). */

export interface IngestItem {
  projectId: string;
  source: EventSource;
  input: BusinessEventInput;
}

export type IngestOutcome = ({ ok: true } & WriteResult) | { ok: false; error: EventRuleViolation };

export function toEventRow({ projectId, source, input }: IngestItem): NewEventRow {
  return {
    projectId,
    eventType: input.eventType,
    occurredAt: new Date(input.occurredAt),
    source,
    actorType: input.actorType,
    actorId: input.actorId,
    entityType: input.entityType,
    entityId: input.entityId,
    sessionId: input.sessionId,
    anonymousId: input.anonymousId,
    correlationId: input.correlationId,
    customerId: input.customerId,
    customerEmail: input.customerEmail,
    amountCents: input.amountCents,
    currency: input.currency,
    trafficSource: input.trafficSource,
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    workflowRunId: input.workflowRunId,
    payload: input.payload ?? {},
    idempotencyKey: input.idempotencyKey,
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
}

/** Parses one untrusted item (batch endpoints validate per item, so one bad item rejects only itself). */
export function parseEventInput(raw: unknown): { ok: true; input: BusinessEventInput } | { ok: false; error: EventRuleViolation } {
  const parsed = businessEventInput.safeParse(raw);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, error: { code: 'validation_error', message: describeIssues(parsed.error) } };
}

/**
 * Checks the rules that need the clock, then writes the valid items together. Results come back
 * in input order; an item that breaks a rule is reported and not written.
 */
export async function ingestEvents(writer: EventWriter, items: IngestItem[], now: Date, log: FastifyBaseLogger): Promise<IngestOutcome[]> {
  const outcomes: (IngestOutcome | undefined)[] = items.map((item) => {
    const violation = checkEventRules(item.input, now);
    return violation ? { ok: false, error: violation } : undefined;
  });
  const accepted = items.filter((_, i) => outcomes[i] === undefined);
  for (const item of accepted) {
    if (lacksSessionId(item.input)) log.warn({ projectId: item.projectId, eventType: item.input.eventType }, 'client-side event without sessionId');
  }
  const written = await writer.write(accepted.map(toEventRow));
  let next = 0;
  return outcomes.map((outcome) => outcome ?? { ok: true as const, ...written[next++]! });
}
