import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Industry, Project } from '@runhub/contracts/accounts';
import type { UiLocale } from '@runhub/i18n/languages';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Field } from '../../../ui/Field.tsx';
import { Input } from '../../../ui/Input.tsx';
import { Select } from '../../../ui/Select.tsx';
import { commonCurrencies } from '../../projects/currencies.ts';
import { CurrencyOptions, IndustryOptions, LocaleOptions } from '../../projects/ProjectFieldOptions.tsx';
import { TimeZonePicker } from '../../projects/TimeZonePicker.tsx';
import { useUpdateProject, type UpdateProjectInput } from './project-settings.api.ts';

type Values = Required<Pick<Project, 'name' | 'industry' | 'timezone' | 'currency' | 'locale'>>;

const valuesOf = (project: Project): Values => ({
  name: project.name,
  industry: project.industry,
  timezone: project.timezone,
  currency: project.currency,
  locale: project.locale,
});

/** Only what changed is sent, so saving a new name never touches the zone (and its recomputation). */
function changesOf(saved: Values, edited: Values): UpdateProjectInput {
  const changes: UpdateProjectInput = {};
  if (edited.name.trim() !== saved.name) changes.name = edited.name.trim();
  if (edited.industry !== saved.industry) changes.industry = edited.industry;
  if (edited.timezone !== saved.timezone) changes.timezone = edited.timezone;
  if (edited.currency !== saved.currency) changes.currency = edited.currency;
  if (edited.locale !== saved.locale) changes.locale = edited.locale;
  return changes;
}

export function ProjectForm({ project }: { project: Project }) {
  const intl = useIntl();
  const update = useUpdateProject(project.id);
  const describeError = useDescribeError();
  const saved = valuesOf(project);
  const [values, setValues] = useState<Values>(saved);
  const [showErrors, setShowErrors] = useState(false);

  const changes = changesOf(saved, values);
  const dirty = Object.keys(changes).length > 0;
  const recomputes = changes.timezone !== undefined || changes.currency !== undefined;
  const nameError = showErrors && !values.name.trim() ? intl.formatMessage({ id: 'projects.form.nameRequired' }) : undefined;
  const currencies = (commonCurrencies as readonly string[]).includes(project.currency) ? commonCurrencies : [project.currency, ...commonCurrencies];

  function change<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    update.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!values.name.trim() || !dirty) return;
    update.mutate(changes, { onSuccess: (updated) => setValues(valuesOf(updated)) });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={intl.formatMessage({ id: 'projects.form.name' })} error={nameError}>
          {(control) => <Input {...control} maxLength={100} value={values.name} onChange={(event) => change('name', event.target.value)} />}
        </Field>
        <Field label={intl.formatMessage({ id: 'projects.form.industry' })} hint={intl.formatMessage({ id: 'settings.project.industryHint' })}>
          {(control) => (
            <Select {...control} value={values.industry} onChange={(event) => change('industry', event.target.value as Industry)}>
              <IndustryOptions />
            </Select>
          )}
        </Field>
      </div>
      <Field label={intl.formatMessage({ id: 'projects.form.timezone' })} hint={intl.formatMessage({ id: 'settings.project.timezoneHint' })}>
        {(control) => <TimeZonePicker {...control} value={values.timezone} onChange={(zone) => change('timezone', zone)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={intl.formatMessage({ id: 'projects.form.currency' })}>
          {(control) => (
            <Select {...control} value={values.currency} onChange={(event) => change('currency', event.target.value)}>
              <CurrencyOptions codes={currencies} />
            </Select>
          )}
        </Field>
        <Field label={intl.formatMessage({ id: 'projects.form.locale' })} hint={intl.formatMessage({ id: 'projects.form.localeHint' })}>
          {(control) => (
            <Select {...control} value={values.locale} onChange={(event) => change('locale', event.target.value as UiLocale)}>
              <LocaleOptions />
            </Select>
          )}
        </Field>
      </div>
      {recomputes && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {intl.formatMessage({ id: 'settings.project.recomputeWarning' })}
        </p>
      )}
      {update.isError && <ErrorMessage message={describeError(update.error)} />}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
        <p role="status" className={update.isSuccess ? 'flex items-center gap-1.5 text-sm font-medium text-emerald-700' : 'sr-only'}>
          {update.isSuccess && (
            <>
              <svg className="size-4" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                <path
                  fillRule="evenodd"
                  d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
                  clipRule="evenodd"
                />
              </svg>
              {intl.formatMessage({ id: 'settings.project.saved' })}
            </>
          )}
        </p>
        {dirty && (
          <Button variant="ghost" onClick={() => setValues(saved)}>
            {intl.formatMessage({ id: 'settings.project.discard' })}
          </Button>
        )}
        <Button type="submit" pending={update.isPending} disabled={!dirty}>
          {intl.formatMessage({ id: 'settings.project.save' })}
        </Button>
      </div>
    </form>
  );
}
