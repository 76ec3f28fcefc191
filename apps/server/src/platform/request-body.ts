import type { FastifyInstance } from 'fastify';
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

/** In a urlencoded body a NUL is %00 (or, from a careless client, the raw byte). */
export function urlencodedHasNul(text: string): boolean {
  return text.includes('\u0000') || /%00/i.test(text);
}

/** Fastify's own JSON parser (prototype-poisoning checks included), refusing NULs first. */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonHasNul(body as string)) done(nulRefused(), undefined);
    else parse(request, body as string, done);
  });
}
