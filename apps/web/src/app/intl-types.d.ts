import type { UiLocale } from '@runhub/i18n/languages';
import type { MessageId } from './messages.ts';

// Registers the catalog's keys with react-intl so a mistyped message id fails type-checking.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
    interface IntlConfig {
      locale: UiLocale;
    }
  }
}
