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
