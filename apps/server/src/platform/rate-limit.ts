import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { AppError } from './errors.ts';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against `bucket` in a fixed window shared by every process (PostgreSQL), and
 * throws 429 with Retry-After once the window's limit is passed.
 */
export async function enforceRateLimit(db: Db, bucket: string, { limit, windowSeconds }: RateLimit, now: Date): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  if (row.hits > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
    throw new AppError('rate_limited', `Too many attempts. Try again in ${retryAfter} s.`, { 'retry-after': String(retryAfter) });
  }
}

export async function deleteOldRateLimitWindows(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hits').where('window_start', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
