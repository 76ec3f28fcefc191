import { en } from '@runhub/i18n/ui/en';
import type { UiLocale } from '@runhub/i18n/languages';

export type MessageId = keyof typeof en;
export type Catalog = Record<MessageId, string>;

/**
 * Every catalog but English loads on demand, so a page carries only the language it shows.
 * Each file is checked against en.ts by `npm run i18n:check` (part of `npm test`).
 */
const loaders: Record<UiLocale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  ar: () => import('@runhub/i18n/ui/ar').then((m) => m.ar),
  'ar-EG': () => import('@runhub/i18n/ui/ar-EG').then((m) => m.arEG),
  'ar-SA': () => import('@runhub/i18n/ui/ar-SA').then((m) => m.arSA),
  'ar-AE': () => import('@runhub/i18n/ui/ar-AE').then((m) => m.arAE),
  fr: () => import('@runhub/i18n/ui/fr').then((m) => m.fr),
  'fr-MA': () => import('@runhub/i18n/ui/fr-MA').then((m) => m.frMA),
  es: () => import('@runhub/i18n/ui/es').then((m) => m.es),
  de: () => import('@runhub/i18n/ui/de').then((m) => m.de),
};

export function loadMessages(locale: UiLocale): Promise<Catalog> {
  return loaders[locale]();
}

export const englishMessages: Catalog = en;
