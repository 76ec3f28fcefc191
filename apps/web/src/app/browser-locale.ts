import { normalizeLocale, type UiLocale } from '@runhub/i18n/languages';

/** The best UI locale for this browser, used until the user picks one. */
export function browserLocale(): UiLocale {
  const preferences = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of preferences) {
    // normalizeLocale falls back to English, so only trust 'en' when English was really asked for.
    const locale = normalizeLocale(tag);
    if (locale !== 'en' || tag.toLowerCase().startsWith('en')) return locale;
  }
  return 'en';
}

/** The project a page belongs to, from its path (`/projects/:projectId…`), or null elsewhere. */
export function projectIdInPath(pathname: string): string | null {
  const match = /^\/projects\/([^/]+)/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

// The Navigation API (not yet in TypeScript's DOM types) reports the router's pushState too.
type WindowWithNavigation = Window & { navigation?: EventTarget };

/**
 * Calls back when the browser's location may have changed: back/forward, and in-app navigation
 * where the Navigation API exists. `alsoOn` adds a caller's own signal for the other browsers.
 */
export function subscribeToLocation(onChange: () => void, alsoOn?: (onChange: () => void) => () => void): () => void {
  const navigation = (window as WindowWithNavigation).navigation;
  window.addEventListener('popstate', onChange);
  navigation?.addEventListener('currententrychange', onChange);
  const stopExtra = alsoOn?.(onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    navigation?.removeEventListener('currententrychange', onChange);
    stopExtra?.();
  };
}
