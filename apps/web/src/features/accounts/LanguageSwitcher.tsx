import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { UI_LOCALES, isUiLocale } from '@runhub/i18n/languages';
import { focusRing } from '../../ui/focus-ring.ts';
import { useUpdateLocale } from './auth.api.ts';

/** Each language named in itself ("Deutsch", "العربية (مصر)"), so anyone can find their own. */
function nativeName(locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

export function LanguageSwitcher() {
  const intl = useIntl();
  const id = useId();
  const update = useUpdateLocale();
  return (
    <div className="flex items-center">
      <label htmlFor={id} className="sr-only">
        <FormattedMessage id="layout.language" />
      </label>
      <select
        id={id}
        value={intl.locale}
        disabled={update.isPending}
        onChange={(event) => isUiLocale(event.target.value) && update.mutate(event.target.value)}
        className={`min-h-11 max-w-32 rounded-lg border border-zinc-300 bg-white px-2 text-sm text-zinc-700 sm:max-w-none ${focusRing}`}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {nativeName(locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
