import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import type { Cursor } from './cursor.ts';

/**
 * An event as the writer stores it. Optional fields an event does not carry are left out (not
 * null): the insert's JSON then holds only what is there, and `json_to_recordset` reads a missing
 * key as NULL.
 */
export interface NewEventRow {
  projectId: string;
  eventType: string;
  occurredAt: Date;
  source: string;
  actorType?: string | null;
  actorId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  sessionId?: string | null;
  anonymousId?: string | null;
  correlationId?: string | null;
  customerId?: string | null;
  customerEmail?: string | null;
  amountCents?: number | null;
  currency?: string | null;
  trafficSource?: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
  workflowRunId?: string | null;
  payload: Record<string, unknown>;
  idempotencyKey: string;
}

export interface StoredKey {
  project_id: string;
  idempotency_key: string;
  id: number;
}

/**
 * Inserts many events in one statement: the rows travel as one JSON parameter, expanded by
 * PostgreSQL (`json_to_recordset`), so the statement text is the same whatever the batch size
 * and runs prepared, and the client serializes a batch with one native `JSON.stringify` instead
 * of building 22 array literals. Rows whose (project, key) exists are skipped; the rows inserted
 * come back.
 */
export async function insertEventsSkippingDuplicates(db: Db, rows: NewEventRow[]): Promise<StoredKey[]> {
  return (await executePrepared(db, insertEventsStatement(rows))).rows;
}

export function insertEventsStatement(rows: NewEventRow[]) {
  return sql<StoredKey>`
    INSERT INTO business_events (
      project_id, event_type, occurred_at, source, actor_type, actor_id, entity_type, entity_id,
      session_id, anonymous_id, correlation_id, customer_id, customer_email, amount_cents, currency,
      traffic_source, utm_source, utm_medium, utm_campaign, workflow_run_id, payload, idempotency_key)
    SELECT "projectId", "eventType", "occurredAt", "source", "actorType", "actorId", "entityType", "entityId",
      "sessionId", "anonymousId", "correlationId", "customerId", "customerEmail", "amountCents", "currency",
      "trafficSource", "utmSource", "utmMedium", "utmCampaign", "workflowRunId", "payload", "idempotencyKey"
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(
      "projectId" uuid, "eventType" text, "occurredAt" timestamptz, "source" text, "actorType" text,
      "actorId" text, "entityType" text, "entityId" text, "sessionId" text, "anonymousId" text,
      "correlationId" text, "customerId" text, "customerEmail" text, "amountCents" bigint, "currency" text,
      "trafficSource" text, "utmSource" text, "utmMedium" text, "utmCampaign" text, "workflowRunId" text,
      "payload" jsonb, "idempotencyKey" text)
    ON CONFLICT (project_id, idempotency_key) DO NOTHING
    RETURNING project_id, idempotency_key, id`;
}

/** The stored rows for (project, key) pairs: what a duplicate delivery is answered with. */
export async function findEventsByKeys(db: Db, keys: { projectId: string; idempotencyKey: string }[]): Promise<StoredKey[]> {
  if (keys.length === 0) return [];
  const result = await executePrepared(db, sql<StoredKey>`
    SELECT e.project_id, e.idempotency_key, e.id
    FROM business_events e
    JOIN unnest(${keys.map((k) => k.projectId)}::uuid[], ${keys.map((k) => k.idempotencyKey)}::text[]) AS k(project_id, idempotency_key)
      ON e.project_id = k.project_id AND e.idempotency_key = k.idempotency_key`);
  return result.rows;
}

export interface EventFilters {
  projectId: string;
  timezone: string;
  eventTypes?: string[];
  customerEmail?: string;
  /** Local calendar dates (YYYY-MM-DD) in `timezone`, both inclusive. */
  startDate?: string;
  endDate?: string;
}

function filterConditions(f: EventFilters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [sql<SqlBool>`project_id = ${f.projectId}`];
  if (f.eventTypes?.length) conditions.push(sql<SqlBool>`event_type = ANY(${f.eventTypes}::text[])`);
  if (f.customerEmail) conditions.push(sql<SqlBool>`customer_email = ${f.customerEmail}`);
  // A local day runs from its midnight to the next one in the project's zone: 23 or 25 hours on DST days.
  if (f.startDate) conditions.push(sql<SqlBool>`occurred_at >= local_day_start(${f.startDate}::date, ${f.timezone})`);
  if (f.endDate) conditions.push(sql<SqlBool>`occurred_at < local_day_start(${f.endDate}::date + 1, ${f.timezone})`);
  return conditions;
}

export function listEvents(db: Db, f: EventFilters, page: { orderBy: 'timeline' | 'ingestion'; cursor?: Cursor; offset?: number; limit: number }) {
  let q = db.selectFrom('business_events').selectAll().where((eb) => eb.and(filterConditions(f)));
  if (page.cursor?.kind === 'timeline') q = q.where(sql<SqlBool>`(occurred_at, id) < (${page.cursor.occurredAt}::timestamptz, ${page.cursor.id}::bigint)`);
  if (page.cursor?.kind === 'ingestion') q = q.where('id', '<', page.cursor.id);
  q = page.orderBy === 'timeline' ? q.orderBy('occurred_at', 'desc').orderBy('id', 'desc') : q.orderBy('id', 'desc');
  if (page.offset) q = q.offset(page.offset);
  return q.limit(page.limit).execute();
}

export async function countEvents(db: Db, f: EventFilters): Promise<number> {
  const row = await db
    .selectFrom('business_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and(filterConditions(f)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findEventById(db: Db, projectId: string, id: number) {
  return db.selectFrom('business_events').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}


/** The first and the last event of any kind (null when there are none), in one statement. */
export async function findEventSpan(db: Db, projectId: string): Promise<{ first: Date | null; last: Date | null }> {
  const row = await sql<{ first: Date | null; last: Date | null }>`
    SELECT
      least((SELECT min(occurred_at) FROM business_events WHERE project_id = ${projectId}),
            (SELECT min(occurred_at) FROM analytics_events WHERE project_id = ${projectId})) AS first,
      greatest((SELECT max(occurred_at) FROM business_events WHERE project_id = ${projectId}),
               (SELECT max(occurred_at) FROM analytics_events WHERE project_id = ${projectId})) AS last`.execute(db);
  return { first: row.rows[0]?.first ?? null, last: row.rows[0]?.last ?? null };
}
