import { useIntl } from 'react-intl';
import { ApiError } from './api.ts';
import type { MessageId } from './messages.ts';

// Codes whose meaning does not depend on the request get a translated sentence; the rest
// (validation errors above all) carry a specific message from the server, shown as is.
const translatedCodes = new Map<string, MessageId>([
  ['network_error', 'errors.network'],
  ['bad_response', 'errors.unexpected'],
  ['internal_error', 'errors.unexpected'],
  ['not_ready', 'errors.notReady'],
  ['unavailable', 'errors.unavailable'],
  ['invalid_credentials', 'errors.invalidCredentials'],
  ['email_taken', 'errors.emailTaken'],
  ['rate_limited', 'errors.rateLimited'],
  ['forbidden', 'errors.forbidden'],
  ['not_found', 'errors.notFound'],
  ['unauthenticated', 'errors.unauthenticated'],
  ['csrf_rejected', 'errors.csrfRejected'],
]);

/** Returns a function that turns any thrown value into one sentence for the user. */
export function useDescribeError(): (error: unknown) => string {
  const intl = useIntl();
  return (error) => {
    if (error instanceof ApiError) {
      const id = translatedCodes.get(error.code);
      if (id) return intl.formatMessage({ id });
      if (error.message) return error.message;
    }
    return intl.formatMessage({ id: 'errors.unexpected' });
  };
}
