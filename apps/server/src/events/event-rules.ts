import { CLIENT_EVENT_TYPES, MONEY_EVENT_TYPES, PAYLOAD_MAX_BYTES, type BusinessEventInput } from '@runhub/contracts/events';

/** Ingestion rules that need the clock or look at several fields. Pure: `now` is an argument. */

export const MAX_FUTURE_MS = 5 * 60 * 1000;
export const EARLIEST_OCCURRED_AT = Date.UTC(2000, 0, 1);

export type EventRuleViolation = { code: 'validation_error' | 'payload_too_large'; message: string };

export function checkEventRules(input: BusinessEventInput, now: Date): EventRuleViolation | undefined {
  const occurred = Date.parse(input.occurredAt);
  if (occurred > now.getTime() + MAX_FUTURE_MS) {
    return { code: 'validation_error', message: 'occurredAt: must not be more than 5 minutes in the future' };
  }
  if (occurred < EARLIEST_OCCURRED_AT) {
    return { code: 'validation_error', message: 'occurredAt: must not be before 2000-01-01' };
  }
  if ((MONEY_EVENT_TYPES as readonly string[]).includes(input.eventType) && (input.amountCents === undefined || input.currency === undefined)) {
    return { code: 'validation_error', message: `amountCents and currency: required for ${input.eventType}` };
  }
  if (input.payload !== undefined && Buffer.byteLength(JSON.stringify(input.payload), 'utf8') > PAYLOAD_MAX_BYTES) {
    return { code: 'payload_too_large', message: `payload: must be at most ${PAYLOAD_MAX_BYTES} bytes as JSON (UTF-8)` };
  }
  return undefined;
}

/** Client-side event types should carry a session id; they are stored anyway, with a warning. */
export function lacksSessionId(input: Pick<BusinessEventInput, 'eventType' | 'sessionId'>): boolean {
  return (CLIENT_EVENT_TYPES as readonly string[]).includes(input.eventType) && !input.sessionId;
}
