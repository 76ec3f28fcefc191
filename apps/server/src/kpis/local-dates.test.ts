import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateRange, daysBetween, localDateOf, localDatesOfUtcDay, weekdayOf } from './local-dates.ts';

const at = (iso: string) => new Date(iso);

describe('localDateOf', () => {
  it.each([
    // New York, spring forward on 2026-03-08 (a 23-hour day: 05:00Z → 04:00Z).
    ['America/New_York', '2026-03-08T04:59:59.999Z', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T03:59:59.999Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T04:00:00.000Z', '2026-03-09'],
    // New York, fall back on 2026-11-01 (a 25-hour day: 04:00Z → 05:00Z).
    ['America/New_York', '2026-11-01T03:59:59.999Z', '2026-10-31'],
    ['America/New_York', '2026-11-01T04:00:00.000Z', '2026-11-01'],
    ['America/New_York', '2026-11-02T04:59:59.999Z', '2026-11-01'],
    ['America/New_York', '2026-11-02T05:00:00.000Z', '2026-11-02'],
    // London: 2026-03-29 is 23 hours (00:00Z → 23:00Z), 2026-10-25 is 25 (Oct 24 23:00Z → Oct 26 00:00Z).
    ['Europe/London', '2026-03-29T00:00:00.000Z', '2026-03-29'],
    ['Europe/London', '2026-03-29T22:59:59.999Z', '2026-03-29'],
    ['Europe/London', '2026-03-29T23:00:00.000Z', '2026-03-30'],
    ['Europe/London', '2026-10-24T22:59:59.999Z', '2026-10-24'],
    ['Europe/London', '2026-10-24T23:00:00.000Z', '2026-10-25'],
    ['Europe/London', '2026-10-25T23:59:59.999Z', '2026-10-25'],
    ['Europe/London', '2026-10-26T00:00:00.000Z', '2026-10-26'],
    // Lord Howe shifts by 30 minutes: 2026-04-05 lasts 24.5 hours, 2026-10-04 lasts 23.5.
    ['Australia/Lord_Howe', '2026-04-04T12:59:59.999Z', '2026-04-04'],
    ['Australia/Lord_Howe', '2026-04-04T13:00:00.000Z', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-04-05T13:29:59.999Z', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-04-05T13:30:00.000Z', '2026-04-06'],
    ['Australia/Lord_Howe', '2026-10-03T13:29:59.999Z', '2026-10-03'],
    ['Australia/Lord_Howe', '2026-10-03T13:30:00.000Z', '2026-10-04'],
    ['Australia/Lord_Howe', '2026-10-04T12:59:59.999Z', '2026-10-04'],
    ['Australia/Lord_Howe', '2026-10-04T13:00:00.000Z', '2026-10-05'],
    // Kathmandu is UTC+5:45 all year, across the year end.
    ['Asia/Kathmandu', '2025-12-31T18:14:59.999Z', '2025-12-31'],
    ['Asia/Kathmandu', '2025-12-31T18:15:00.000Z', '2026-01-01'],
    ['Asia/Kathmandu', '2026-06-30T18:15:00.000Z', '2026-07-01'],
    ['UTC', '2026-12-31T23:59:59.999Z', '2026-12-31'],
  ])('%s: %s is on %s', (zone, instant, date) => {
    expect(localDateOf(at(instant), zone)).toBe(date);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-03-15', -400, '2025-02-08'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-03-08', '2026-03-08', 1],
    ['2026-03-01', '2026-03-31', 31],
    ['2026-10-01', '2026-11-30', 61],
    ['2026-12-31', '2027-01-01', 2],
    ['2026-01-01', '2026-12-31', 365],
    ['2028-01-01', '2028-12-31', 366],
    ['2026-03-02', '2026-03-01', 0],
  ])('daysBetween(%s, %s) = %i', (start, end, n) => {
    expect(daysBetween(start, end)).toBe(n);
  });

  it('dateRange lists every day, both ends included, across DST and the year end', () => {
    expect(dateRange('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(dateRange('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(dateRange('2026-03-08', '2026-03-08')).toEqual(['2026-03-08']);
    expect(dateRange('2026-03-09', '2026-03-08')).toEqual([]);
  });

  it.each([
    ['2026-03-08', 0],
    ['2026-11-22', 0],
    ['2026-01-01', 4],
    ['2026-10-31', 6],
    ['2000-02-29', 2],
  ])('weekdayOf(%s) = %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('addDays, daysBetween and dateRange agree with each other (property)', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (start, n) => {
        const end = addDays(start, n);
        expect(addDays(end, -n)).toBe(start);
        expect(daysBetween(start, end)).toBe(n + 1);
        const range = dateRange(start, end);
        expect(range).toHaveLength(Math.max(0, n + 1));
        if (range.length > 0) expect([range[0], range.at(-1)]).toEqual([start, end]);
        expect(weekdayOf(end)).toBe((((weekdayOf(start) + n) % 7) + 7) % 7);
      }),
    );
  });
});

describe('localDatesOfUtcDay', () => {
  it.each([
    ['UTC', '2026-03-08', ['2026-03-08']],
    ['UTC', '2026-12-31', ['2026-12-31']],
    // UTC+5:45: the UTC day ends at 05:45 on the next local day.
    ['Asia/Kathmandu', '2026-03-08', ['2026-03-08', '2026-03-09']],
    ['Asia/Kathmandu', '2026-12-31', ['2026-12-31', '2027-01-01']],
    // UTC−3:30 in winter (UTC−2:30 in summer): the UTC day starts on the previous local day.
    ['America/St_Johns', '2026-01-15', ['2026-01-14', '2026-01-15']],
    ['America/St_Johns', '2026-07-15', ['2026-07-14', '2026-07-15']],
    ['America/St_Johns', '2026-01-01', ['2025-12-31', '2026-01-01']],
    ['Pacific/Kiritimati', '2026-02-28', ['2026-02-28', '2026-03-01']],
    ['Europe/London', '2026-03-29', ['2026-03-29', '2026-03-30']],
    ['Europe/London', '2026-01-10', ['2026-01-10']],
  ])('%s: UTC day %s overlaps %j', (zone, utcDate, expected) => {
    expect(localDatesOfUtcDay(utcDate, zone)).toEqual(expected);
  });

  // The dirty-day mechanism relies on this: every instant's local day is among those of its UTC day.
  it('contains the local day of every instant of the UTC day, and nothing else (property)', () => {
    const zones = ['UTC', 'America/New_York', 'America/St_Johns', 'America/Havana', 'Atlantic/Azores', 'Europe/London', 'Africa/Cairo',
      'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (zone, ms) => {
        const utcDate = new Date(ms).toISOString().slice(0, 10);
        const dates = localDatesOfUtcDay(utcDate, zone);
        expect(dates).toContain(localDateOf(new Date(ms), zone));
        const dayStart = Date.parse(`${utcDate}T00:00:00Z`);
        const seen = new Set<string>();
        for (let m = 0; m < 24 * 60; m += 15) seen.add(localDateOf(new Date(dayStart + m * 60_000), zone));
        seen.add(localDateOf(new Date(dayStart + 86_400_000 - 1), zone));
        expect(dates).toEqual([...seen].sort());
      }),
    );
  });
});
