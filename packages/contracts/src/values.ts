import { z } from 'zod';

function isValidTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'must be a valid IANA time zone, e.g. Europe/Paris' });

export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be a 3-letter ISO 4217 code in capitals, e.g. USD', abort: true })
  .refine((c) => currencies.has(c), { message: 'is not an ISO 4217 currency code' });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be a valid email address' }));

export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time with its UTC offset, e.g. 2026-11-29T17:00:00Z or 2026-11-29T18:00:00+01:00' });

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as YYYY-MM-DD (a day in some time zone, not an instant). */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { message: 'is not a real calendar date' });
