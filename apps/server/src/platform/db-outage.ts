/**
 * Whether an error means PostgreSQL could not be reached or dropped the connection, as opposed to
 * a statement that failed. Such a request is answered 503 `unavailable` with Retry-After: the
 * client did nothing wrong, and retrying is safe (events carry their idempotency key).
 *
 * The network codes say nothing about which peer failed: PostgreSQL is the only connection a
 * request makes today. Code that adds another (SMTP, HTTP) must turn its own failures into errors
 * of its own before they reach the error handler, or they would be reported as the database's.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE']);
// SQLSTATE class 08 (connection exception), the server shutting down or starting, too many clients.
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CLIENT_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

export function isDatabaseOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, syscall } = error as Error & { code?: unknown; syscall?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // A Unix socket that is not there (the embedded server is down).
    if (code === 'ENOENT' && syscall === 'connect') return true;
    if (code.startsWith('08') || SERVER_STATES.has(code)) return true;
  }
  return CLIENT_MESSAGES.some((text) => error.message.startsWith(text));
}
