import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseOutage } from './db-outage.ts';
import { AppError, noRoute, unavailable } from './errors.ts';

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
 * What the client is told about a failure: client mistakes get their code and 4xx, a database that
 * cannot be reached a 503 to retry, anything unexpected is logged and becomes a bare 500.
 */
export function toAppError(thrown: FastifyError | AppError, request: FastifyRequest): AppError {
  if (thrown instanceof AppError) return thrown;
  if (isDatabaseOutage(thrown)) {
    request.log.warn({ err: thrown }, 'database unavailable');
    return unavailable('The database cannot be reached right now. Try again in a moment.');
  }
  if (thrown.validation) return new AppError('validation_error', describeValidation(thrown));
  // Fastify's own client errors, raised before the handler runs.
  if (thrown.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload_too_large', 'The request body is too large.');
  if (thrown.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = request.headers['content-type']?.split(';')[0]?.trim().slice(0, 100) || '(none)';
    return new AppError('unsupported_media_type', `This endpoint does not take a body of type ${type}.`);
  }
  const status = thrown.statusCode ?? 500;
  if (status === 404) return noRoute(request.method, request.url);
  // The rest (malformed JSON, an empty JSON body, a length that does not match the body…) are 400s.
  if (status >= 400 && status < 500) return new AppError('validation_error', thrown.message);
  request.log.error({ err: thrown }, 'unhandled error');
  return new AppError('internal_error', 'Something went wrong on our side.');
}

/** Sends a failure with its status and headers: the API's envelope, unless a body is given. */
export function sendError(reply: FastifyReply, error: AppError, body: unknown = error.envelope()): FastifyReply {
  return reply.status(error.status).headers(error.headers).send(body);
}

/** One place turns every failure into the envelope `{ ok: false, error: { code, message } }`. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError | AppError, request, reply) => sendError(reply, toAppError(thrown, request)));

  app.setNotFoundHandler((request, reply) => sendError(reply, noRoute(request.method, request.url)));
}
