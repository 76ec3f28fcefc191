/** The UI locales Run Hub ships, with their text direction. English is the source catalog. */
export const UI_LOCALES = ['en', 'ar', 'ar-EG', 'ar-SA', 'ar-AE', 'fr', 'fr-MA', 'es', 'de'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Email templates are written in five base languages; regional UI locales fall back to their base. */
export const EMAIL_LOCALES = ['en', 'ar', 'fr', 'es', 'de'] as const;
export type EmailLocale = (typeof EMAIL_LOCALES)[number];

export const DEFAULT_LOCALE: UiLocale = 'en';

export function textDirection(locale: string): 'rtl' | 'ltr' {
  return locale === 'ar' || locale.startsWith('ar-') ? 'rtl' : 'ltr';
}

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * Maps any BCP 47 tag (from a browser, a user or a project) to a supported UI locale:
 * exact match first, then the base language, then English.
 */
export function normalizeLocale(tag: string | null | undefined): UiLocale {
  if (!tag) return DEFAULT_LOCALE;
  const cleaned = tag.trim().replace('_', '-');
  const exact = UI_LOCALES.find((l) => l.toLowerCase() === cleaned.toLowerCase());
  if (exact) return exact;
  const base = cleaned.split('-')[0]?.toLowerCase() ?? '';
  return UI_LOCALES.find((l) => l === base) ?? DEFAULT_LOCALE;
}
