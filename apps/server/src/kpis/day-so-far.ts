import type { Db } from '../db/pool.ts';
import type { DailyRow } from './kpi-math.ts';
import { kpisOfDayUntil, type RollupProject } from './rollup.queries.ts';

const MINUTE_MS = 60_000;
const MAX_ENTRIES = 5_000;
const cache = new Map<string, DailyRow>();

/**
 * A past local day's figures up to the time of day of `now` (to the minute), for today's
 * comparison. Counting them reads that day's raw events, so the answer is kept per process for the
 * minute: it cannot change within it unless events for that day arrive late, and those are rolled
 * up, which moves the project's `lastRollupAt`, part of the key, so the next overview counts again.
 */
export async function dayUntilNow(db: Db, project: RollupProject, date: string, now: Date, lastRollupAt: Date | null): Promise<DailyRow> {
  const cutoff = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  const key = `${project.id}|${project.timezone}|${project.currency}|${date}|${cutoff.getTime()}|${lastRollupAt?.getTime() ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const row = await kpisOfDayUntil(db, project, date, cutoff);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, row);
  return row;
}
