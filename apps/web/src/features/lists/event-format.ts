import type { IntlShape } from 'react-intl';
import type { BusinessEvent } from '@runhub/contracts/events';
import { formatMoney } from '../run/kpi-format.ts';
import { dayAsUtcDate, LAST_DAYS, localDateIn, type DateChoice, type DayRange } from './project-days.ts';

/** An event's time on a row, in the project's zone: "Mar 12, 2:05 PM" (with the year when it is not this one). */
export function formatRowTime(intl: IntlShape, iso: string, timeZone: string, thisYear: string): string {
  const sameYear = localDateIn(timeZone, Date.parse(iso)).slice(0, 4) === thisYear;
  return intl.formatDate(iso, {
    timeZone,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** An event's time in full, in the project's zone, to the second: for the detail drawer. */
export function formatFullTime(intl: IntlShape, iso: string, timeZone: string): string {
  return intl.formatDate(iso, { timeZone, dateStyle: 'full', timeStyle: 'medium' });
}

/** Integer cents to the currency's amount, in the UI's locale; null when the event has none. */
export function formatAmount(intl: IntlShape, event: Pick<BusinessEvent, 'amountCents' | 'currency'>): string | null {
  if (event.amountCents === null || !event.currency) return null;
  try {
    return formatMoney(intl, event.amountCents, event.currency);
  } catch {
    return `${intl.formatNumber(event.amountCents / 100)} ${event.currency}`;
  }
}

export function formatDay(intl: IntlShape, day: string, style: 'long' | 'short' = 'long'): string {
  return intl.formatDate(dayAsUtcDate(day), {
    timeZone: 'UTC',
    ...(style === 'long' ? { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' } : { month: 'short', day: 'numeric', year: 'numeric' }),
  });
}

/** The days on screen, in words: "All dates, newest first" or "Tuesday, March 11, 2026, newest first". */
export function periodText(intl: IntlShape, when: DateChoice, range: DayRange | null): string {
  if (!range || when.kind === 'all') return intl.formatMessage({ id: 'lists.period.all' });
  const period =
    range.startDate === range.endDate
      ? formatDay(intl, range.startDate)
      : intl.formatDateTimeRange(dayAsUtcDate(range.startDate), dayAsUtcDate(range.endDate), { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  return intl.formatMessage({ id: 'lists.period.newestFirst' }, { period });
}

/** What the empty-state sentences select on, with their values. */
export function emptyValues(intl: IntlShape, when: DateChoice) {
  return {
    when: when.kind,
    days: LAST_DAYS,
    date: when.kind === 'day' ? formatDay(intl, when.date, 'short') : '',
  };
}
