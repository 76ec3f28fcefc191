import type { Db } from '../db/pool.ts';
import { findTrackerFacts, type TrackerFacts } from '../events/event-facts.queries.ts';
import { findSourceFacts, type SourceFacts } from './integration-status.queries.ts';

export type IntegrationState = 'connected' | 'not_connected' | 'stale';

export interface IntegrationStatus {
  tracking: IntegrationState;
  payments: IntegrationState;
  forms: IntegrationState;
}

/** A tracker silent this long has stopped (removed from the site, or the site is down). */
export const TRACKING_FRESH_DAYS = 7;
/** Webhooks come with each payment; a month without one means a broken endpoint or a quiet shop. */
export const PAYMENTS_FRESH_DAYS = 30;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Since when a tracker event counts as "connected" (the question asked of the events area). */
export const trackingFreshSince = (now: Date) => daysBefore(now, TRACKING_FRESH_DAYS);

/** What is connected, judged from the data that actually arrives. Pure: the facts and the time are given. */
export function integrationStatusOf(tracker: TrackerFacts, sources: SourceFacts, now: Date): IntegrationStatus {
  const tracking: IntegrationState = tracker.recent ? 'connected' : tracker.ever ? 'stale' : 'not_connected';
  const payments: IntegrationState = !sources.stripeConnected
    ? 'not_connected'
    : sources.lastWebhookAt && sources.lastWebhookAt >= daysBefore(now, PAYMENTS_FRESH_DAYS) ? 'connected' : 'stale';
  return { tracking, payments, forms: sources.hasForm ? 'connected' : 'not_connected' };
}

/** What is connected to a project: two statements, run at once. */
export async function getIntegrationStatus(db: Db, projectId: string, now: Date): Promise<IntegrationStatus> {
  const [tracker, sources] = await Promise.all([findTrackerFacts(db, projectId, trackingFreshSince(now), now), findSourceFacts(db, projectId)]);
  return integrationStatusOf(tracker, sources, now);
}
