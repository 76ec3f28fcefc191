import type { OverviewPayload } from '@runhub/contracts/kpis';
import { addDays, daysBetween, weekdayOf } from './local-dates.ts';

/** Which days a range name means, and what it is compared with. Pure; "today" is an argument. */

export const RANGE_NAMES = ['today', 'yesterday', 'last7', 'last30', 'custom'] as const;
export type RangeName = (typeof RANGE_NAMES)[number];
export const MAX_RANGE_DAYS = 366;

export interface Period {
  startDate: string;
  endDate: string;
}

export type PeriodError = { message: string };

export function resolveRange(range: RangeName, today: string, custom: Partial<Period>): Period | PeriodError {
  switch (range) {
    case 'today':
      return { startDate: today, endDate: today };
    case 'yesterday':
      return { startDate: addDays(today, -1), endDate: addDays(today, -1) };
    case 'last7':
      return { startDate: addDays(today, -6), endDate: today };
    case 'last30':
      return { startDate: addDays(today, -29), endDate: today };
    case 'custom': {
      if (!custom.startDate || !custom.endDate) return { message: 'startDate and endDate: both are required with range=custom' };
      return checkPeriod(custom.startDate, custom.endDate);
    }
  }
}

export function checkPeriod(startDate: string, endDate: string): Period | PeriodError {
  if (startDate > endDate) return { message: 'startDate: must not be after endDate' };
  if (daysBetween(startDate, endDate) > MAX_RANGE_DAYS) return { message: `endDate: a range may span at most ${MAX_RANGE_DAYS} days` };
  return { startDate, endDate };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface Comparison extends Period {
  /** English, for the API reader; the UI uses labelKey + labelParams. */
  label: string;
  labelKey: OverviewPayload['comparison']['labelKey'];
  labelParams: { weekday?: number; days?: number };
}

/**
 * A single day compares with the same weekday a week earlier (Tuesdays are not Sundays); today, a
 * day still under way, with that weekday up to the same time of day (a whole Tuesday against this
 * morning would show a drop every morning that is only the clock). Any longer period compares with
 * the equal-length period right before it; when it ends today, that period's last day counts up to
 * the same time of day too, so both sides hold the same stretch of time.
 */
export function comparisonFor(period: Period, today: string): Comparison {
  const days = daysBetween(period.startDate, period.endDate);
  if (days === 1) {
    const weekday = weekdayOf(period.startDate);
    const soFar = period.startDate === today;
    return {
      startDate: addDays(period.startDate, -7),
      endDate: addDays(period.endDate, -7),
      label: `vs last ${WEEKDAYS[weekday]}${soFar ? ' at this time' : ''}`,
      labelKey: soFar ? 'comparison.sameWeekdaySoFar' : 'comparison.sameWeekday',
      labelParams: { weekday },
    };
  }
  const soFar = period.endDate === today;
  return {
    startDate: addDays(period.startDate, -days),
    endDate: addDays(period.startDate, -1),
    label: `vs previous ${days} days${soFar ? ' at this time' : ''}`,
    labelKey: soFar ? 'comparison.previousDaysSoFar' : 'comparison.previousDays',
    labelParams: { days },
  };
}

/** Whether the comparison's last day counts only up to the current time of day (see above). */
export function comparesSoFar(comparison: Comparison): boolean {
  return comparison.labelKey === 'comparison.sameWeekdaySoFar' || comparison.labelKey === 'comparison.previousDaysSoFar';
}
