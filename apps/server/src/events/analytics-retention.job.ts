import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/pool.ts';
import { defineJob } from '../jobs/job.ts';
import { ANALYTICS_RETENTION_DAYS, ensureAnalyticsPartitions } from './analytics.queries.ts';

const MONTHS_AHEAD = 3;
// ensure_analytics_partitions names every partition after the UTC month it holds.
const PARTITION_NAME = /^analytics_events_(\d{4})_(\d{2})$/;

interface Partition {
  name: string;
  /** Exclusive upper bound: the first instant of the next month (UTC). */
  end: Date;
}

async function listAnalyticsPartitions(db: Db): Promise<Partition[]> {
  const result = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'analytics_events'::regclass`.execute(db);
  return result.rows.flatMap(({ name }) => {
    const match = PARTITION_NAME.exec(name);
    return match ? [{ name, end: new Date(Date.UTC(Number(match[1]), Number(match[2]), 1)) }] : [];
  });
}

/**
 * Dropping a partition locks the parent exclusively; waiting behind a long read would stall every
 * insert queued after it, so give up after a few seconds (the job retries). IF EXISTS makes reruns no-ops.
 */
async function dropAnalyticsPartition(db: Db, name: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL lock_timeout = '5s'`.execute(trx);
    await sql`DROP TABLE IF EXISTS ${sql.table(name)}`.execute(trx);
  });
}

/** After the drops only the partition straddling the cutoff holds older rows; pruning keeps this to it. */
async function deletePageViewsBefore(db: Db, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom('analytics_events').where('occurred_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Page views are kept 90 days. Whole months past the cutoff are dropped (cheap, no dead rows); the
 * month that straddles it loses its older rows. Partitions for the coming months are made ahead so
 * inserts never miss one.
 */
export const analyticsRetentionJob = defineJob({
  name: 'events.analytics-retention',
  payload: z.object({}).passthrough(),
  policy: 'singleton',
  async handle(_payload, { db, log, now }) {
    const at = now();
    const thisMonth = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
    const created = await ensureAnalyticsPartitions(db, thisMonth, new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + MONTHS_AHEAD, 1)));
    const cutoff = new Date(at.getTime() - ANALYTICS_RETENTION_DAYS * 86_400_000);
    const expired = (await listAnalyticsPartitions(db)).filter((p) => p.end.getTime() <= cutoff.getTime());
    for (const partition of expired) await dropAnalyticsPartition(db, partition.name);
    const deletedRows = await deletePageViewsBefore(db, cutoff);
    const result = { createdPartitions: created, droppedPartitions: expired.length, deletedRows };
    log.info({ ...result, cutoff }, 'analytics retention applied');
    return result;
  },
});
