import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Industry } from '@runhub/contracts/accounts';
import type { UiLocale } from '@runhub/i18n/languages';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { Input } from '../../ui/Input.tsx';
import { Select } from '../../ui/Select.tsx';
import { commonCurrencies } from './currencies.ts';
import { CurrencyOptions, IndustryOptions, LocaleOptions } from './ProjectFieldOptions.tsx';
import { useCreateProject } from './projects.api.ts';
import { browserTimeZone } from './time-zones.ts';
import { TimeZonePicker } from './TimeZonePicker.tsx';

interface NewProjectFormProps {
  onDone: () => void;
  onCancel: () => void;
}

export function NewProjectForm({ onDone, onCancel }: NewProjectFormProps) {
  const intl = useIntl();
  const createProject = useCreateProject();
  const describeError = useDescribeError();
  const [name, setName] = useState('');
  const [industry, setIndustry] = useState<Industry>('ecommerce');
  // Sensible guesses from this browser; a business abroad changes them here once.
  const [timezone, setTimezone] = useState(browserTimeZone);
  const [currency, setCurrency] = useState('USD');
  const [locale, setLocale] = useState<UiLocale>(intl.locale);
  const [showErrors, setShowErrors] = useState(false);

  const nameError = showErrors && !name.trim() ? <FormattedMessage id="projects.form.nameRequired" /> : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!name.trim()) return;
    createProject.mutate({ name: name.trim(), industry, timezone, currency, locale }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <Field label={<FormattedMessage id="projects.form.name" />} error={nameError}>
        {(control) => <Input {...control} maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={<FormattedMessage id="projects.form.industry" />}>
        {(control) => (
          <Select {...control} value={industry} onChange={(e) => setIndustry(e.target.value as Industry)}>
            <IndustryOptions />
          </Select>
        )}
      </Field>
      <Field label={<FormattedMessage id="projects.form.timezone" />} hint={<FormattedMessage id="projects.form.timezoneHint" />}>
        {(control) => <TimeZonePicker {...control} value={timezone} onChange={setTimezone} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={<FormattedMessage id="projects.form.currency" />}>
          {(control) => (
            <Select {...control} value={currency} onChange={(e) => setCurrency(e.target.value)}>
              <CurrencyOptions codes={commonCurrencies} />
            </Select>
          )}
        </Field>
        <Field label={<FormattedMessage id="projects.form.locale" />} hint={<FormattedMessage id="projects.form.localeHint" />}>
          {(control) => (
            <Select {...control} value={locale} onChange={(e) => setLocale(e.target.value as UiLocale)}>
              <LocaleOptions />
            </Select>
          )}
        </Field>
      </div>
      {createProject.isError && <ErrorMessage message={describeError(createProject.error)} />}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </Button>
        <Button type="submit" pending={createProject.isPending}>
          <FormattedMessage id="projects.form.submit" />
        </Button>
      </DialogActions>
    </form>
  );
}
