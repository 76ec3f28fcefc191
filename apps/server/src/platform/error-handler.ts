import type { FastifyError, FastifyInstance } from 'fastify';
import { isDatabaseOutage } from './db-outage.ts';
import { AppError, unavailable } from './errors.ts';

function describeValidation(error: FastifyError): string {
  const issues = error.validation ?? [];
  if (issues.length === 0) return error.message;
  return issues
    .map((issue) => {
      const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || (error.validationContext ?? 'request');
      return `${field}: ${issue.message ?? 'is invalid'}`;
    })
    .join('; ');
}

/**
 * One place turns every failure into the envelope `{ ok: false, error: { code, message } }`:
 * client mistakes get their 4xx, a database that cannot be reached a 503 to retry, anything
 * unexpected is logged and answered with a bare 500.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError, request, reply) => {
    let error: FastifyError | AppError = thrown;
    if (isDatabaseOutage(thrown)) {
      request.log.warn({ err: thrown }, 'database unavailable');
      error = unavailable('The database cannot be reached right now. Try again in a moment.');
    }
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .headers(error.headers)
        .send(error.envelope());
    }
    if (error.validation) {
      return reply.status(400).send({ ok: false, error: { code: 'validation_error', message: describeValidation(error) } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ ok: false, error: { code: 'payload_too_large', message: 'The request body is too large.' } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, unsupported media type, empty body…
      const code = status === 404 ? 'not_found' : 'validation_error';
      return reply.status(status).send({ ok: false, error: { code, message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ ok: false, error: { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}.` } });
  });
}
