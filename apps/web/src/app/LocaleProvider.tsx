import { useLayoutEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { textDirection } from '@runhub/i18n/languages';
import { useMe } from '../features/accounts/auth.api.ts';
import { browserLocale } from './browser-locale.ts';
import { messagesFor } from './messages.ts';

/** The user's chosen locale, else the browser's; also sets <html lang dir> to match. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const locale = user?.locale ?? browserLocale();

  // Layout effect: the direction must flip before paint, or RTL users see a mirrored flash.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={messagesFor(locale)}>
      {children}
    </IntlProvider>
  );
}
