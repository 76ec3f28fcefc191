/**
 * Calendar dates ('YYYY-MM-DD') in a project's IANA zone. Pure: instants and zones are arguments.
 * Date arithmetic is done on the calendar (UTC noon), so DST never shifts a day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatterFor(timeZone).format(instant);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from start to end, both included (1 for the same day). */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T12:00:00Z`) - Date.parse(`${start}T12:00:00Z`)) / 86_400_000) + 1;
}

export function dateRange(start: string, end: string): string[] {
  const n = daysBetween(start, end);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(start, i));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The local days a UTC calendar day overlaps in a zone (two, or one in UTC itself). */
export function localDatesOfUtcDay(utcDate: string, timeZone: string): string[] {
  const first = localDateOf(new Date(`${utcDate}T00:00:00Z`), timeZone);
  const last = localDateOf(new Date(`${utcDate}T23:59:59.999Z`), timeZone);
  return dateRange(first, last);
}
