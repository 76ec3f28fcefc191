import type { ErrorCode } from '@runhub/contracts/envelope';

const STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  invalid_signature: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  last_owner: 409,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  headers_too_large: 431,
  rate_limited: 429,
  internal_error: 500,
  not_ready: 503,
  unavailable: 503,
};

/** A failure the client can act on: carries its machine code, HTTP status and a human message. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }

  /** The response body: the API's error envelope. */
  envelope(): { ok: false; error: { code: ErrorCode; message: string } } {
    return { ok: false, error: { code: this.code, message: this.message } };
  }
}

/** Try again shortly (503 with Retry-After): the database is out of reach, or the server is restarting. */
export const unavailable = (message: string) => new AppError('unavailable', message, { 'retry-after': '5' });

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found.`);
export const noRoute = (method: string, url: string) => new AppError('not_found', `No route for ${method} ${url.split('?')[0]}.`);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in, or send a valid API key.');
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', message);
