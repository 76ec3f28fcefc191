import type { IntlShape } from 'react-intl';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { localDateToUtcMs } from './run-search.ts';

type Comparison = OverviewPayload['comparison'];

// 7 January 2024 was a Sunday, and the API numbers weekdays from Sunday = 0.
const SUNDAY_MS = Date.UTC(2024, 0, 7);

/**
 * "vs last Tuesday" / "vs last Tuesday at this time" (today) / "vs previous 7 days" / "vs previous 7
 * days at this time" (a period ending today), from the API's key and params, in the active locale.
 */
export function comparisonText(intl: IntlShape, comparison: Comparison): string {
  const { labelKey, labelParams } = comparison;
  if ((labelKey === 'comparison.sameWeekday' || labelKey === 'comparison.sameWeekdaySoFar') && labelParams.weekday !== undefined) {
    const weekday = intl.formatDate(SUNDAY_MS + labelParams.weekday * 86_400_000, { weekday: 'long', timeZone: 'UTC' });
    return intl.formatMessage({ id: labelKey }, { weekday });
  }
  if ((labelKey === 'comparison.previousDays' || labelKey === 'comparison.previousDaysSoFar') && labelParams.days !== undefined) {
    return intl.formatMessage({ id: labelKey }, { days: labelParams.days });
  }
  // A shape this UI does not know yet: the API's own English label beats a blank.
  return comparison.label;
}

/** A span of the project's local days, e.g. "Nov 16 – 22, 2026" (a single day reads as one date). */
export function periodText(intl: IntlShape, startDate: string, endDate: string): string {
  const start = localDateToUtcMs(startDate);
  const end = localDateToUtcMs(endDate);
  if (start === null || end === null) return `${startDate} – ${endDate}`;
  // The dates are already the project's local days: format them in UTC so nothing shifts.
  return intl.formatDateTimeRange(start, end, { dateStyle: 'medium', timeZone: 'UTC' });
}
