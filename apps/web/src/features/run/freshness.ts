import type { OverviewPayload } from '@runhub/contracts/kpis';

/** Freshness rules for the overview, pure: the clock is an argument. */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The same threshold as the stale_tracking alert (apps/server/src/alerts/alert-rules.ts). */
export const STALE_AFTER_MS = 24 * HOUR_MS;

export type Age = { unit: 'now' } | { unit: 'minute' | 'hour' | 'day'; value: number };

/** How long ago, in the largest whole unit that reads naturally. A time ahead of the clock counts as now. */
export function ageOf(iso: string, now: number): Age {
  const age = Math.max(0, now - Date.parse(iso));
  if (age < 45_000) return { unit: 'now' };
  if (age < HOUR_MS) return { unit: 'minute', value: Math.max(1, Math.round(age / MINUTE_MS)) };
  if (age < 48 * HOUR_MS) return { unit: 'hour', value: Math.floor(age / HOUR_MS) };
  return { unit: 'day', value: Math.floor(age / (24 * HOUR_MS)) };
}

/** Whole hours without any event, when that is more than 24; null when fresh or when there never was one. */
export function silentHours(lastEventAt: string | null, now: number): number | null {
  if (!lastEventAt) return null;
  const age = now - Date.parse(lastEventAt);
  return age > STALE_AFTER_MS ? Math.floor(age / HOUR_MS) : null;
}

/** No event ever and nothing counted: a new project, to be connected rather than shown zeros. */
export function isNewProject(overview: OverviewPayload): boolean {
  return overview.lastEventAt === null && Object.values(overview.kpis).every(({ current }) => !current);
}
