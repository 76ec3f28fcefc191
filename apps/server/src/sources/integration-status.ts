import type { Db } from '../db/pool.ts';
import { hasAnyTrackerEvent, hasTrackerEventSince } from '../events/event-facts.queries.ts';
import { findPaymentsConnection, hasAnyForm } from './integration-status.queries.ts';

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

async function trackingState(db: Db, projectId: string, now: Date): Promise<IntegrationState> {
  if (await hasTrackerEventSince(db, projectId, daysBefore(now, TRACKING_FRESH_DAYS))) return 'connected';
  return (await hasAnyTrackerEvent(db, projectId)) ? 'stale' : 'not_connected';
}

async function paymentsState(db: Db, projectId: string, now: Date): Promise<IntegrationState> {
  const stripe = await findPaymentsConnection(db, projectId);
  if (!stripe) return 'not_connected';
  return stripe.last_webhook_at && stripe.last_webhook_at >= daysBefore(now, PAYMENTS_FRESH_DAYS) ? 'connected' : 'stale';
}

/** What is connected to a project, judged from the data that actually arrives. */
export async function getIntegrationStatus(db: Db, projectId: string, now: Date): Promise<IntegrationStatus> {
  const [tracking, payments, forms] = await Promise.all([
    trackingState(db, projectId, now),
    paymentsState(db, projectId, now),
    hasAnyForm(db, projectId).then((found): IntegrationState => (found ? 'connected' : 'not_connected')),
  ]);
  return { tracking, payments, forms };
}
