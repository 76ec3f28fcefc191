import { addDays } from '../run/run-search.ts';

/**
 * Days as the project counts them: "today" is the calendar day in the project's time zone,
 * whatever the browser's zone. The API reads startDate / endDate in that same zone.
 */
export const LAST_DAYS = 7;

export type DateChoice = { kind: 'all' } | { kind: 'today' } | { kind: 'yesterday' } | { kind: 'last7' } | { kind: 'day'; date: string };

export interface DayRange {
  startDate: string;
  endDate: string;
}

/** `YYYY-MM-DD` of an instant in a time zone (an unknown zone falls back to UTC rather than failing the page). */
export function localDateIn(timeZone: string, at: number): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The days a choice covers, counting back from the project's today; null for every date. */
export function dayRangeOf(choice: DateChoice, today: string): DayRange | null {
  switch (choice.kind) {
    case 'all':
      return null;
    case 'today':
      return { startDate: today, endDate: today };
    case 'yesterday': {
      const yesterday = addDays(today, -1);
      return { startDate: yesterday, endDate: yesterday };
    }
    case 'last7':
      return { startDate: addDays(today, -(LAST_DAYS - 1)), endDate: today };
    case 'day':
      return { startDate: choice.date, endDate: choice.date };
  }
}

/** A local day as a Date at UTC midnight, to be formatted with timeZone 'UTC' (so no zone can shift it). */
export function dayAsUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
