import { addDays } from '../kpis/local-dates.ts';
/**
 * Local calendar dates and wall-clock times in an IANA zone ↔ UTC instants, with Intl only.
 * DST-safe: a local day can be 23 or 25 hours long, and a wall time can be skipped or repeated.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();
const boundaryOffsets = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in milliseconds, asked of Intl (slow: tens of µs). */
function intlOffset(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

function boundaryOffset(epochMs: number, timeZone: string): number {
  let zone = boundaryOffsets.get(timeZone);
  if (!zone) boundaryOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(epochMs);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    offset = intlOffset(epochMs, timeZone);
    zone.set(epochMs, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC at an instant, in milliseconds. Offsets only change at DST and
 * similar transitions, never twice within a day: when a UTC day (then hour) starts and ends with
 * the same offset, that offset holds throughout, and Intl is asked once per boundary.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  for (const size of [DAY_MS, HOUR_MS]) {
    const start = Math.floor(epochMs / size) * size;
    const offset = boundaryOffset(start, timeZone);
    if (offset === boundaryOffset(start + size, timeZone)) return offset;
  }
  return intlOffset(epochMs, timeZone);
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  second: number;
}

export function localPartsOf(instant: Date, timeZone: string): LocalParts {
  const wall = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
}

/**
 * The instant at which clocks in `timeZone` show `localDate` `hour:minute:second`. A time skipped by
 * a DST jump is moved forward by the jump (02:30 → 03:30); a repeated time gives the earlier instant.
 */
export function zonedTimeToUtc(localDate: string, hour: number, minute: number, second: number, timeZone: string): Date {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute, second);
  // Zones change offset at most once within ±12 hours of any wall time.
  const before = offsetAt(wall - 12 * HOUR_MS, timeZone);
  const after = offsetAt(wall + 12 * HOUR_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before);
}

/** Days since 1970-01-01 of a calendar date: a stable index for periodic patterns. */
export function dayNumberOf(localDate: string): number {
  return Math.round(Date.parse(`${localDate}T00:00:00Z`) / 86_400_000);
}

export interface HourSlot {
  hour: number;
  start: Date;
  end: Date;
}

/**
 * The local hours of a day as UTC intervals. An hour skipped by DST is left out; a repeated hour
 * is one two-hour slot (both halves show the same wall-clock hour).
 */
export function hourSlotsOf(localDate: string, timeZone: string): HourSlot[] {
  const slots: HourSlot[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const start = zonedTimeToUtc(localDate, hour, 0, 0, timeZone);
    const end = hour < 23 ? zonedTimeToUtc(localDate, hour + 1, 0, 0, timeZone) : zonedTimeToUtc(addDays(localDate, 1), 0, 0, 0, timeZone);
    if (end.getTime() > start.getTime()) slots.push({ hour, start, end });
  }
  return slots;
}
