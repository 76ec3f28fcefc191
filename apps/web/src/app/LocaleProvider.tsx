import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { normalizeLocale, textDirection } from '@runhub/i18n/languages';
import { useMe } from '../features/accounts/auth.api.ts';
import { browserLocale } from './browser-locale.ts';
import { FullPageSpinner } from './FullPageSpinner.tsx';
import { englishMessages, loadMessages } from './messages.ts';

/**
 * The user's chosen locale, else the browser's; also sets <html lang dir> to match. The page
 * waits for its catalog (one small file) rather than flashing English first.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const locale = normalizeLocale(user?.locale ?? browserLocale());
  const messages = useQuery({ queryKey: ['messages', locale], queryFn: () => loadMessages(locale), staleTime: Infinity, gcTime: Infinity });

  // Layout effect: the direction must flip before paint, or RTL users see a mirrored flash.
  useLayoutEffect(() => {
    if (!messages.data) return;
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale, messages.data]);

  if (messages.isPending) {
    return (
      <IntlProvider locale="en" messages={englishMessages}>
        <FullPageSpinner />
      </IntlProvider>
    );
  }
  // A catalog that failed to load (offline, a stale deploy) falls back to English rather than nothing.
  const catalog = messages.data ?? englishMessages;
  return (
    <IntlProvider locale={messages.data ? locale : 'en'} defaultLocale="en" messages={catalog}>
      {children}
    </IntlProvider>
  );
}
