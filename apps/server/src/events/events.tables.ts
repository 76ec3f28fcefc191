import type { ColumnType, Generated } from 'kysely';
import type { EventSource } from '@runhub/contracts/events';

export interface BusinessEventsTable {
  project_id: string;
  id: Generated<number>;
  event_type: string;
  occurred_at: Date;
  received_at: ColumnType<Date, Date | undefined, never>;
  source: EventSource;
  actor_type: string | null;
  actor_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  session_id: string | null;
  anonymous_id: string | null;
  correlation_id: string | null;
  customer_id: string | null;
  customer_email: string | null;
  amount_cents: number | null;
  currency: string | null;
  traffic_source: 'organic' | 'paid' | 'direct' | 'referral' | 'email' | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  workflow_run_id: string | null;
  payload: ColumnType<Record<string, unknown>, string, never>;
  idempotency_key: string;
}
