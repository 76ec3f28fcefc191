import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../kpis/local-dates.ts';
import { hourSlotsOf, localPartsOf, zonedTimeToUtc } from './zoned-time.ts';

const utc = (localDate: string, hour: number, minute: number, zone: string) => zonedTimeToUtc(localDate, hour, minute, 0, zone).toISOString();
const hoursLong = (localDate: string, zone: string) => (zonedTimeToUtc(addDays(localDate, 1), 0, 0, 0, zone).getTime() - zonedTimeToUtc(localDate, 0, 0, 0, zone).getTime()) / 3_600_000;

describe('zonedTimeToUtc', () => {
  it('converts ordinary wall times in New York and Cairo', () => {
    expect(utc('2026-01-15', 9, 30, 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(utc('2026-07-15', 9, 30, 'America/New_York')).toBe('2026-07-15T13:30:00.000Z');
    expect(utc('2026-01-15', 9, 30, 'Africa/Cairo')).toBe('2026-01-15T07:30:00.000Z');
    expect(utc('2026-07-15', 9, 30, 'Africa/Cairo')).toBe('2026-07-15T06:30:00.000Z');
  });

  it('New York springs forward on 2026-03-08: 02:xx does not exist and the day has 23 hours', () => {
    expect(utc('2026-03-08', 1, 59, 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(utc('2026-03-08', 2, 30, 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // moved on to 03:30 EDT
    expect(utc('2026-03-08', 3, 0, 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(hoursLong('2026-03-08', 'America/New_York')).toBe(23);
    expect(hourSlotsOf('2026-03-08', 'America/New_York').map((s) => s.hour)).not.toContain(2);
  });

  it('New York falls back on 2026-11-01: 01:xx happens twice (the earlier is taken) and the day has 25 hours', () => {
    expect(utc('2026-11-01', 1, 30, 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(utc('2026-11-01', 2, 0, 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
    expect(hoursLong('2026-11-01', 'America/New_York')).toBe(25);
    const one = hourSlotsOf('2026-11-01', 'America/New_York').find((s) => s.hour === 1)!;
    expect([one.start.toISOString(), one.end.toISOString()]).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z']);
  });

  it('Cairo starts summer time at midnight on 2026-04-24: the day begins at 01:00 and has 23 hours', () => {
    expect(utc('2026-04-24', 0, 0, 'Africa/Cairo')).toBe('2026-04-23T22:00:00.000Z');
    expect(localPartsOf(new Date('2026-04-23T22:00:00Z'), 'Africa/Cairo')).toEqual({ date: '2026-04-24', hour: 1, minute: 0, second: 0 });
    expect(hoursLong('2026-04-24', 'Africa/Cairo')).toBe(23);
    expect(hourSlotsOf('2026-04-24', 'Africa/Cairo')[0]!.hour).toBe(1);
  });

  it('Cairo ends summer time at midnight after 2026-10-29: 23:xx happens twice and the day has 25 hours', () => {
    expect(utc('2026-10-29', 23, 30, 'Africa/Cairo')).toBe('2026-10-29T20:30:00.000Z');
    expect(hoursLong('2026-10-29', 'Africa/Cairo')).toBe(25);
    const last = hourSlotsOf('2026-10-29', 'Africa/Cairo').at(-1)!;
    expect([last.hour, last.start.toISOString(), last.end.toISOString()]).toEqual([23, '2026-10-29T20:00:00.000Z', '2026-10-29T22:00:00.000Z']);
  });

  it('round-trips every 7 minutes across DST weeks in both zones', () => {
    for (const [zone, from] of [['America/New_York', '2026-03-06T00:00:00Z'], ['America/New_York', '2026-10-30T00:00:00Z'], ['Africa/Cairo', '2026-04-22T00:00:00Z'], ['Africa/Cairo', '2026-10-28T00:00:00Z']] as const) {
      for (let t = Date.parse(from); t < Date.parse(from) + 4 * 86_400_000; t += 7 * 60_000) {
        const local = localPartsOf(new Date(t), zone);
        const back = zonedTimeToUtc(local.date, local.hour, local.minute, local.second, zone).getTime();
        // A repeated wall time maps back to its first occurrence, one hour earlier.
        expect([0, 3_600_000]).toContain(t - back);
        expect(localPartsOf(new Date(back), zone)).toEqual(local);
      }
    }
  });
});

describe('calendar dates', () => {
  it('adds days across months and years and knows the weekday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-03-08')).toBe(0);
    expect(weekdayOf('2026-04-24')).toBe(5);
  });
});
