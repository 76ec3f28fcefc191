import { z } from 'zod';
import { currencyCode, isoDateTime, localDate } from './values.ts';

/** Business event types Run Hub understands. Others are accepted and stored as they are. */
export const BUSINESS_EVENT_TYPES = [
  'lead_created',
  'form_submitted',
  'booking_requested',
  'booking_confirmed',
  'user_signed_up',
  'newsletter_subscribed',
  'trial_started',
  'checkout_started',
  'checkout_abandoned',
  'add_to_cart',
  'payment_succeeded',
  'payment_failed',
  'payment_refunded',
  'recovery_email_sent',
  'promo_email_sent',
  'onboarding_email_sent',
] as const;

/** Events that carry money must say how much (integer cents) and in which currency. */
export const MONEY_EVENT_TYPES = ['payment_succeeded', 'payment_failed', 'payment_refunded'] as const;

/** Sent from browsers: without a sessionId they are still stored, but a warning is logged. */
export const CLIENT_EVENT_TYPES = ['page_view', 'checkout_started', 'add_to_cart'] as const;

/** What a public (browser) key may send through the tracker. */
export const TRACKER_EVENT_TYPES = ['page_view', 'add_to_cart', 'checkout_started'] as const;

export const EVENT_SOURCES = ['server', 'tracker', 'form', 'stripe', 'admin'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];
export const TRAFFIC_SOURCES = ['organic', 'paid', 'direct', 'referral', 'email'] as const;

export const PAYLOAD_MAX_BYTES = 32 * 1024;
export const BATCH_MAX_EVENTS = 500;

const text = (max: number) => z.string().trim().min(1).max(max);

export const eventType = z
  .string()
  .min(1, 'must be 1–80 characters')
  .max(80, 'must be 1–80 characters')
  .regex(/^[a-z0-9_.:-]+$/, 'may only contain a–z, 0–9 and _ . : -');

export const idempotencyKey = z.string().min(8, 'must be 8–128 characters').max(128, 'must be 8–128 characters');

/** One business event as a site's server (or a member) sends it. */
export const businessEventInput = z.strictObject({
  eventType,
  occurredAt: isoDateTime,
  idempotencyKey,
  actorType: text(40).optional(),
  actorId: text(200).optional(),
  entityType: text(40).optional(),
  entityId: text(200).optional(),
  sessionId: text(128).optional(),
  anonymousId: text(128).optional(),
  correlationId: text(128).optional(),
  customerId: text(200).optional(),
  customerEmail: z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be a valid email address' })).optional(),
  amountCents: z.number().int('must be an integer number of cents').min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  currency: currencyCode.optional(),
  trafficSource: z.enum(TRAFFIC_SOURCES).optional(),
  utmSource: text(200).optional(),
  utmMedium: text(200).optional(),
  utmCampaign: text(200).optional(),
  workflowRunId: text(64).optional(),
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type BusinessEventInput = z.infer<typeof businessEventInput>;

export const businessEvent = z.object({
  id: z.number().int(),
  publicId: z.string(),
  projectId: z.uuid(),
  eventType: z.string(),
  occurredAt: isoDateTime,
  receivedAt: isoDateTime,
  source: z.enum(EVENT_SOURCES),
  actorType: z.string().nullable(),
  actorId: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  sessionId: z.string().nullable(),
  anonymousId: z.string().nullable(),
  correlationId: z.string().nullable(),
  customerId: z.string().nullable(),
  customerEmail: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  currency: z.string().nullable(),
  trafficSource: z.enum(TRAFFIC_SOURCES).nullable(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  workflowRunId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string(),
});
export type BusinessEvent = z.infer<typeof businessEvent>;

export const ingestResult = z.object({ id: z.number().int(), publicId: z.string(), deduplicated: z.boolean() });
export type IngestResult = z.infer<typeof ingestResult>;

export const batchItemResult = z.union([
  z.object({ index: z.number().int(), ok: z.literal(true), id: z.number().int(), publicId: z.string(), deduplicated: z.boolean() }),
  z.object({ index: z.number().int(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export const batchBody = z.strictObject({ events: z.array(z.unknown()).min(1).max(BATCH_MAX_EVENTS) });
export const batchPayload = z.object({ results: z.array(batchItemResult), stored: z.number().int(), deduplicated: z.number().int(), rejected: z.number().int() });

export const listEventsQuery = z.strictObject({
  eventType: z.string().max(1000).optional(),
  startDate: localDate.optional(),
  endDate: localDate.optional(),
  customerEmail: z.string().trim().toLowerCase().max(254).optional(),
  cursor: z.string().max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  orderBy: z.enum(['timeline', 'ingestion']).default('timeline'),
  includeTotal: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
export type ListEventsQuery = z.infer<typeof listEventsQuery>;

export const eventsPage = z.object({
  events: z.array(businessEvent),
  nextCursor: z.string().nullable(),
  hasMore: z.boolean(),
  total: z.number().int().optional(),
});
export type EventsPage = z.infer<typeof eventsPage>;
