import { HONEYPOT_FIELD, type FormField } from '@runhub/contracts/sources';

export const MAX_FIELD_LENGTH = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ReadSubmission =
  | { ok: true; bot: boolean; data: Record<string, string>; email: string | null }
  | { ok: false; message: string };

function asText(value: unknown): string {
  if (Array.isArray(value)) return asText(value[0]);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Reads a submission against the form's declared fields. Only declared fields are kept (a page
 * can post its submit button or anything else; none of it is stored). The honeypot marks bots.
 */
export function readSubmission(fields: FormField[], raw: Record<string, unknown>): ReadSubmission {
  const bot = asText(raw[HONEYPOT_FIELD]) !== '';
  const data: Record<string, string> = {};
  const problems: string[] = [];
  let email: string | null = null;
  for (const field of fields) {
    const value = asText(raw[field.name]);
    if (value.length > MAX_FIELD_LENGTH) problems.push(`${field.name}: must be at most ${MAX_FIELD_LENGTH} characters`);
    else if (!value) {
      if (field.required) problems.push(`${field.name}: is required`);
      continue;
    } else if (field.type === 'email' && !EMAIL.test(value)) problems.push(`${field.name}: must be a valid email address`);
    else if (field.type === 'number' && !Number.isFinite(Number(value))) problems.push(`${field.name}: must be a number`);
    data[field.name] = value;
    if (email === null && field.type === 'email' && EMAIL.test(value)) email = value.toLowerCase();
  }
  if (problems.length > 0 && !bot) return { ok: false, message: problems.join('; ') };
  return { ok: true, bot, data, email };
}
