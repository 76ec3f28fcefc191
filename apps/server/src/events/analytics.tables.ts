import type { ColumnType, Generated } from 'kysely';

export interface AnalyticsEventsTable {
  project_id: string;
  id: Generated<number>;
  event_type: Generated<string>;
  occurred_at: Date;
  received_at: ColumnType<Date, Date | undefined, never>;
  session_id: string;
  anonymous_id: string | null;
  url: string;
  path: string;
  referrer: string | null;
  traffic_source: 'organic' | 'paid' | 'direct' | 'referral' | 'email' | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  props: ColumnType<Record<string, unknown>, string | undefined, never>;
  /** The tracker's id for the event; unique with project and time. */
  event_id: string | null;
}
