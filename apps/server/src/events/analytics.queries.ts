import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';

/** Page views are kept this many days; the retention job deletes older ones. */
export const ANALYTICS_RETENTION_DAYS = 90;

export interface NewPageView {
  projectId: string;
  occurredAt: Date;
  sessionId: string;
  anonymousId: string | null;
  url: string;
  path: string;
  referrer: string | null;
  trafficSource: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  props: Record<string, unknown>;
  /** The tracker's id for the event: a second page view with the same id and time is skipped. */
  eventId?: string | null;
}

/**
 * Appends page views in one statement, skipping redeliveries (same project, eventId and time);
 * returns how many were new. Callers keep occurredAt within the retention window.
 */
export async function insertPageViews(db: Db, rows: NewPageView[]): Promise<number> {
  if (rows.length === 0) return 0;
  const c = <K extends keyof NewPageView>(k: K) => rows.map((r) => r[k]);
  const result = await sql`
    INSERT INTO analytics_events (project_id, occurred_at, session_id, anonymous_id, url, path, referrer,
      traffic_source, utm_source, utm_medium, utm_campaign, props, event_id)
    SELECT * FROM unnest(${c('projectId')}::uuid[], ${c('occurredAt')}::timestamptz[], ${c('sessionId')}::text[],
      ${c('anonymousId')}::text[], ${c('url')}::text[], ${c('path')}::text[], ${c('referrer')}::text[],
      ${c('trafficSource')}::text[], ${c('utmSource')}::text[], ${c('utmMedium')}::text[], ${c('utmCampaign')}::text[],
      ${rows.map((r) => JSON.stringify(r.props))}::jsonb[], ${rows.map((r) => r.eventId ?? null)}::text[])
    ON CONFLICT (project_id, event_id, occurred_at) DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Creates partitions from `from` to `to` (months, UTC); returns how many were new. */
export async function ensureAnalyticsPartitions(db: Db, from: Date, to: Date): Promise<number> {
  const result = await sql<{ created: number }>`SELECT ensure_analytics_partitions(${from}::date, ${to}::date) AS created`.execute(db);
  return result.rows[0]?.created ?? 0;
}
