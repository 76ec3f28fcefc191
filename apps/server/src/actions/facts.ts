import type { Db } from '../db/pool.ts';
import { countCustomerEmailsSince, countEventsByTypeSince, hasAnyEvent } from '../events/event-facts.queries.ts';
import { getIntegrationStatus } from '../sources/integration-status.ts';
import type { ActionFacts } from './availability.ts';

/** Actions look at the last 30 days: older leads and customers are not worth a follow-up. */
export const FACTS_WINDOW_DAYS = 30;

/** The facts availability is decided on, from the project's real data. */
export async function gatherActionFacts(db: Db, projectId: string, now: Date): Promise<ActionFacts> {
  const since = new Date(now.getTime() - FACTS_WINDOW_DAYS * 86_400_000);
  const [hasEvents, counts, recipients, integrations] = await Promise.all([
    hasAnyEvent(db, projectId),
    countEventsByTypeSince(db, projectId, ['lead_created', 'booking_requested', 'checkout_started'], since),
    countCustomerEmailsSince(db, projectId, since),
    getIntegrationStatus(db, projectId, now),
  ]);
  const count = (type: string) => counts.get(type) ?? 0;
  return {
    hasEvents,
    leads: count('lead_created') + count('booking_requested'),
    bookingRequests: count('booking_requested'),
    checkouts: count('checkout_started'),
    recipients,
    tracking: integrations.tracking,
    payments: integrations.payments,
  };
}
