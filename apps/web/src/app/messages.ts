import { en } from '@runhub/i18n/ui/en';
import type { UiLocale } from '@runhub/i18n/languages';

export type MessageId = keyof typeof en;

/**
 * Only the English catalog exists so far. Every locale reads it, while the locale itself still
 * drives number and date formatting and the text direction.
 */
export function messagesFor(_locale: UiLocale): Record<MessageId, string> {
  return en;
}
