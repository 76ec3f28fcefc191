import { useIntl } from 'react-intl';
import { UI_LOCALES } from '@runhub/i18n/languages';
import { industries, industryLabels } from './industries.ts';

/** The `<option>`s of a project's industry, currency and language selects, shared by the new-project and settings forms. */
export function IndustryOptions() {
  const intl = useIntl();
  return industries.map((value) => (
    <option key={value} value={value}>
      {intl.formatMessage({ id: industryLabels[value] })}
    </option>
  ));
}

export function CurrencyOptions({ codes }: { codes: readonly string[] }) {
  const intl = useIntl();
  return codes.map((code) => (
    <option key={code} value={code}>
      {intl.formatMessage({ id: 'projects.form.currencyOption' }, { code, name: intl.formatDisplayName(code, { type: 'currency' }) ?? code })}
    </option>
  ));
}

export function LocaleOptions() {
  const intl = useIntl();
  return UI_LOCALES.map((value) => (
    <option key={value} value={value}>
      {intl.formatDisplayName(value, { type: 'language' }) ?? value}
    </option>
  ));
}
