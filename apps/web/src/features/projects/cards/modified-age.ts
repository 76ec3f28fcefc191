import { ageOf } from '../../run/freshness.ts';

export type ModifiedAge = { unit: 'now' } | { unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'; value: number };

const DAYS_PER_MONTH = 30.4375;

/**
 * How long ago a project changed, for Intl.RelativeTimeFormat: the overview's freshness ages
 * (now, minutes, hours, days), then weeks, months and years, so an old project reads "2 years ago".
 */
export function modifiedAge(iso: string, now: number): ModifiedAge {
  const age = ageOf(iso, now);
  if (age.unit !== 'day') return age;
  const days = age.value;
  if (days < 14) return age;
  if (days < 60) return { unit: 'week', value: Math.floor(days / 7) };
  if (days < 365) return { unit: 'month', value: Math.floor(days / DAYS_PER_MONTH) };
  return { unit: 'year', value: Math.floor(days / 365.25) };
}
