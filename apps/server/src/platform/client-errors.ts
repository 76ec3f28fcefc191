import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { sendError } from './error-handler.ts';
import { AppError } from './errors.ts';

/**
 * Requests Fastify refuses before any route runs still get the API's envelope (its own answers are
 * `{ error, message, statusCode }`): HTTP that does not parse, headers over Node's limit, a request
 * that does not arrive in time, a URL that does not decode.
 */
export function clientErrorAnswer(error: { code?: string }): AppError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new AppError('request_timeout', 'The request did not arrive in time.');
  if (error.code === 'HPE_HEADER_OVERFLOW') return new AppError('headers_too_large', 'The request headers are too large.');
  return new AppError('validation_error', 'The request is not valid HTTP.');
}

/** Answers on the raw socket: the HTTP parser failed, so there is no request to reply to. */
function onClientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  // A reset connection, or one already gone: nobody is left to read an answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer = clientErrorAnswer(error);
  this.log.debug({ err: error }, 'malformed request');
  if (socket.writable) {
    const body = JSON.stringify(answer.envelope());
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** URLs the router cannot take: a path that does not decode, or a path parameter past its limit. */
function frameworkErrorAnswer(error: FastifyError, request: FastifyRequest): AppError {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return new AppError('not_found', 'Nothing exists at this address: a part of it is longer than any id.');
  if (error.code === 'FST_ERR_BAD_URL') return new AppError('validation_error', 'The URL is not valid: it has a malformed %-escape.');
  request.log.error({ err: error }, 'router error');
  return new AppError('internal_error', 'Something went wrong on our side.');
}

function onFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // This reply skips the app's hooks, so it carries its request id itself.
  void sendError(reply.header('x-request-id', request.id), frameworkErrorAnswer(error, request));
}

export const clientErrorOptions = {
  clientErrorHandler: onClientError,
  frameworkErrors: onFrameworkError,
} satisfies Pick<FastifyServerOptions, 'clientErrorHandler' | 'frameworkErrors'>;
