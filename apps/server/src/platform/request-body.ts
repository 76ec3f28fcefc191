import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * PostgreSQL's text and jsonb cannot hold U+0000, so a body carrying it could be accepted by every
 * schema and still fail at the insert (a 500). Bodies are checked as they are parsed instead, and
 * refused with a 400 that says why.
 */
export const nulRefused = () => new AppError('validation_error', 'body: text must not contain the NUL character (U+0000)');

// In JSON text a NUL can only be written as the escape \u0000; one preceded by an odd number of
// backslashes is a literal backslash followed by "u0000", which is harmless text.
const NUL_IN_JSON = /(?:^|[^\\])(?:\\\\)*\\u0000/;

export function jsonHasNul(text: string): boolean {
  return text.includes('\\u0000') && NUL_IN_JSON.test(text);
}

/**
 * A parsed value with every NUL removed from its strings and keys: for signed payloads from
 * another system (Stripe), which cannot be refused without the sender retrying them for days.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutNul(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutNul(key), withoutNul(item)])) as T;
  }
  return value;
}

/** In a urlencoded body a NUL is %00 (or, from a careless client, the raw byte). */
export function urlencodedHasNul(text: string): boolean {
  return text.includes('\u0000') || /%00/i.test(text);
}

type BodyDone = (err: Error | null, body?: unknown) => void;

/**
 * JSON text parsed the way every JSON body is: NULs refused first, then Fastify's own parser
 * (prototype-poisoning checks included). `invalid`, when given, replaces the error for text that
 * is not JSON at all.
 */
export function jsonTextParser(app: FastifyInstance, invalid?: () => Error) {
  const parse = app.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: string | Buffer, done: BodyDone) => {
    if (jsonHasNul(body as string)) return done(nulRefused(), undefined);
    parse(request, body as string, invalid ? (err, value) => done(err ? invalid() : null, value) : done);
  };
}

export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, jsonTextParser(app));
}
