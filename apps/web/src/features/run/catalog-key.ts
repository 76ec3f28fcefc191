import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../app/messages.ts';

/** A message key that came from the API, if this UI's catalog has it (a newer server may send new ones). */
export function knownMessageId(intl: IntlShape, key: string): MessageId | null {
  return Object.hasOwn(intl.messages, key) ? (key as MessageId) : null;
}
