import { randomBytes } from 'node:crypto';
import { eventType, TRACKER_EVENT_TYPES, type BusinessEventInput } from '@runhub/contracts/events';
import { isoDateTime } from '@runhub/contracts/values';
import { z } from 'zod';
import type { NewPageView } from '../events/analytics.queries.ts';
import { deriveTrafficSource } from './traffic-source.ts';

/** What the browser tracker may send to POST /v1/track, and how it becomes stored rows. Pure. */

export const TRACK_MAX_EVENTS = 50;
export const PROPS_MAX_BYTES = 4 * 1024;
export const URL_MAX_LENGTH = 2048;
/** Browser clocks drift and beacons can be queued: a claimed time is trusted only within this window. */
export const OCCURRED_AT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const OCCURRED_AT_MAX_AHEAD_MS = 5 * 60 * 1000;

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const id = z.string().trim().min(1).max(128);

export const trackerEvent = z.strictObject({
  eventType,
  sessionId: id,
  anonymousId: id.optional(),
  url: z.string().max(URL_MAX_LENGTH, `must be at most ${URL_MAX_LENGTH} characters`).refine(isHttpUrl, 'must be an absolute http(s) URL'),
  referrer: z.string().max(URL_MAX_LENGTH, `must be at most ${URL_MAX_LENGTH} characters`).optional(),
  occurredAt: isoDateTime.optional(),
  eventId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A–Z, a–z, 0–9, _ and -').optional(),
  props: z
    .record(z.string(), z.unknown())
    .refine((props) => Buffer.byteLength(JSON.stringify(props), 'utf8') <= PROPS_MAX_BYTES, `must be at most ${PROPS_MAX_BYTES} bytes as JSON (UTF-8)`)
    .optional(),
});
export type TrackerEvent = z.infer<typeof trackerEvent>;

export const trackBody = z.strictObject({
  key: z.string().min(1).max(200),
  events: z.array(trackerEvent).min(1).max(TRACK_MAX_EVENTS),
});

export const trackResult = z.object({ accepted: z.number().int(), dropped: z.number().int() });

export function isTrackerEventType(type: string): boolean {
  return (TRACKER_EVENT_TYPES as readonly string[]).includes(type);
}

/** The event's own time when it is plausible, else the time it reached us. */
export function resolveOccurredAt(given: string | undefined, now: Date): Date {
  const at = given === undefined ? Number.NaN : Date.parse(given);
  if (Number.isNaN(at) || at < now.getTime() - OCCURRED_AT_MAX_AGE_MS || at > now.getTime() + OCCURRED_AT_MAX_AHEAD_MS) return now;
  return new Date(at);
}

export function newEventId(): string {
  return randomBytes(16).toString('base64url');
}

export function toPageView(projectId: string, event: TrackerEvent, now: Date): NewPageView {
  const attribution = deriveTrafficSource(event.url, event.referrer);
  return {
    projectId,
    occurredAt: resolveOccurredAt(event.occurredAt, now),
    sessionId: event.sessionId,
    anonymousId: event.anonymousId ?? null,
    url: event.url,
    path: new URL(event.url).pathname,
    referrer: event.referrer || null,
    ...attribution,
    props: event.props ?? {},
    eventId: event.eventId ?? null,
  };
}

/** add_to_cart / checkout_started as a business event; the eventId makes a redelivery a replay. */
export function toBusinessEventInput(event: TrackerEvent, now: Date): BusinessEventInput {
  const { trafficSource, utmSource, utmMedium, utmCampaign } = deriveTrafficSource(event.url, event.referrer);
  return {
    eventType: event.eventType,
    occurredAt: resolveOccurredAt(event.occurredAt, now).toISOString(),
    idempotencyKey: `trk:${event.eventId ?? newEventId()}`,
    sessionId: event.sessionId,
    ...(event.anonymousId ? { anonymousId: event.anonymousId } : {}),
    trafficSource,
    ...(utmSource ? { utmSource } : {}),
    ...(utmMedium ? { utmMedium } : {}),
    ...(utmCampaign ? { utmCampaign } : {}),
    payload: { ...event.props, url: event.url },
  };
}
