import { keepPreviousData, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { normalizeLocale, textDirection, type UiLocale } from '@runhub/i18n/languages';
import { useMe } from '../features/accounts/auth.api.ts';
import { fetchProject, projectQueryKey } from '../features/projects/projects.api.ts';
import { browserLocale, projectIdInPath, subscribeToLocation } from './browser-locale.ts';
import { FullPageSpinner } from './FullPageSpinner.tsx';
import { englishMessages, loadMessages, type Catalog } from './messages.ts';

/**
 * The UI language: the user's own choice; else, on a project's pages (`/projects/:id…`), the
 * project's language; else the browser's. It also sets <html lang dir> to match. The first paint
 * waits for the choice and its catalog (one small file) rather than flashing another language;
 * later switches keep the current page on screen until the new catalog is in.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const pathname = usePathname();
  const user = me.data;
  // A project page's project, asked for alongside the session rather than after it: it may decide
  // the language, and the page needs it anyway (the same cached query), so this costs no request.
  // Not for a visitor known to be signed out.
  const projectId = me.data === null ? null : projectIdInPath(pathname);
  const project = useQuery({
    queryKey: projectQueryKey(projectId ?? ''),
    queryFn: projectId
      ? ({ signal }) => fetchProject(projectId, signal)
      : skipToken,
  });

  // null while it cannot be known yet: the session, or the project whose language it is, is loading.
  let locale: UiLocale | null;
  if (me.isPending) locale = null;
  else if (user?.locale) locale = normalizeLocale(user.locale);
  else if (user && projectId && project.isPending) locale = null;
  else locale = user && projectId && project.data ? normalizeLocale(project.data.locale) : browserLocale();

  const messages = useQuery({
    queryKey: ['messages', locale],
    queryFn: locale ? async (): Promise<{ locale: UiLocale; catalog: Catalog }> => ({ locale, catalog: await loadMessages(locale) }) : skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const shown = messages.data;

  // Layout effect: the direction must flip before paint, or RTL users see a mirrored flash.
  useLayoutEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown.locale;
    document.documentElement.dir = textDirection(shown.locale);
  }, [shown]);

  if (!shown) {
    // A catalog that failed to load (offline, a stale deploy) falls back to English rather than nothing.
    if (messages.isError) return <IntlProvider locale="en" messages={englishMessages}>{children}</IntlProvider>;
    return (
      <IntlProvider locale="en" messages={englishMessages}>
        <FullPageSpinner />
      </IntlProvider>
    );
  }
  return (
    <IntlProvider locale={shown.locale} defaultLocale="en" messages={shown.catalog}>
      {children}
    </IntlProvider>
  );
}

/**
 * The browser's path. This provider sits above the router, so it cannot use the router's location;
 * besides the browser's own signals, a change in which queries are in use (pages mount their queries)
 * re-reads the path in browsers without the Navigation API.
 */
function usePathname(): string {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => subscribeToLocation(onChange, (notify) => queryClient.getQueryCache().subscribe(notify)),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
