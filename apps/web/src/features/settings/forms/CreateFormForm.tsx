import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Form } from '@runhub/contracts/sources';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { DialogActions } from '../../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Field } from '../../../ui/Field.tsx';
import { Input } from '../../../ui/Input.tsx';
import { DEFAULT_FIELDS, FIELD_PRESETS, type FieldPresetName } from './field-presets.ts';
import { useCreateForm } from './forms.api.ts';

interface CreateFormFormProps {
  projectId: string;
  onCreated: (form: Form) => void;
  /** Shown as a Cancel button when given (the dialog); the wizard's inline form has none. */
  onCancel?: () => void;
}

const isWebAddress = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

export function CreateFormForm({ projectId, onCreated, onCancel }: CreateFormFormProps) {
  const intl = useIntl();
  const fieldsetId = useId();
  const createForm = useCreateForm(projectId);
  const describeError = useDescribeError();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<readonly FieldPresetName[]>(DEFAULT_FIELDS);
  const [redirectUrl, setRedirectUrl] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const nameError = showErrors && !name.trim() ? intl.formatMessage({ id: 'settings.forms.nameRequired' }) : undefined;
  const fieldsError = showErrors && chosen.length === 0 ? intl.formatMessage({ id: 'settings.forms.fieldsRequired' }) : undefined;
  const redirectError = showErrors && redirectUrl.trim() && !isWebAddress(redirectUrl.trim()) ? intl.formatMessage({ id: 'settings.forms.redirectInvalid' }) : undefined;

  function toggle(field: FieldPresetName, on: boolean) {
    setChosen((current) => FIELD_PRESETS.map((preset) => preset.name).filter((preset) => (preset === field ? on : current.includes(preset))));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!name.trim() || chosen.length === 0 || (redirectUrl.trim() && !isWebAddress(redirectUrl.trim()))) return;
    const fields = FIELD_PRESETS.filter((preset) => chosen.includes(preset.name)).map((preset) => ({
      name: preset.name,
      type: preset.type,
      required: preset.required,
      // The visitor reads these labels: they are written in the language of whoever creates the form.
      label: intl.formatMessage({ id: preset.label }),
    }));
    createForm.mutate(
      { name: name.trim(), fields, ...(redirectUrl.trim() ? { redirectUrl: redirectUrl.trim() } : {}) },
      {
        onSuccess: (form) => {
          setName('');
          setRedirectUrl('');
          setChosen(DEFAULT_FIELDS);
          setShowErrors(false);
          onCreated(form);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={intl.formatMessage({ id: 'settings.forms.createLabel' })}>
      <Field label={intl.formatMessage({ id: 'settings.forms.name' })} hint={intl.formatMessage({ id: 'settings.forms.nameHint' })} error={nameError}>
        {(control) => <Input {...control} maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <fieldset aria-describedby={fieldsError ? `${fieldsetId}-error` : undefined}>
        <legend className="text-sm font-medium text-zinc-800">{intl.formatMessage({ id: 'settings.forms.fields' })}</legend>
        <div className="mt-1.5 grid gap-2 sm:grid-cols-2">
          {FIELD_PRESETS.map((preset) => (
            <label
              key={preset.name}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-zinc-300 px-3 py-2 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600"
            >
              <input
                type="checkbox"
                checked={chosen.includes(preset.name)}
                onChange={(event) => toggle(preset.name, event.target.checked)}
                className="size-4 shrink-0 accent-accent-600 outline-none"
              />
              <span className="flex-1 font-medium text-zinc-900">{intl.formatMessage({ id: preset.label })}</span>
              {preset.required && <span className="text-xs text-zinc-500">{intl.formatMessage({ id: 'settings.forms.requiredTag' })}</span>}
            </label>
          ))}
        </div>
        <p className="mt-1.5 text-sm text-zinc-500">{intl.formatMessage({ id: 'settings.forms.fieldsHint' })}</p>
        {fieldsError && (
          <p id={`${fieldsetId}-error`} className="mt-1.5 text-sm font-medium text-red-700">
            {fieldsError}
          </p>
        )}
      </fieldset>
      <Field label={intl.formatMessage({ id: 'settings.forms.redirect' })} hint={intl.formatMessage({ id: 'settings.forms.redirectHint' })} error={redirectError}>
        {(control) => (
          <Input
            {...control}
            type="url"
            dir="ltr"
            inputMode="url"
            placeholder="https://"
            maxLength={2048}
            value={redirectUrl}
            onChange={(event) => setRedirectUrl(event.target.value)}
          />
        )}
      </Field>
      {createForm.isError && <ErrorMessage message={describeError(createForm.error)} />}
      <DialogActions>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
        )}
        <Button type="submit" pending={createForm.isPending}>
          {intl.formatMessage({ id: 'settings.forms.submit' })}
        </Button>
      </DialogActions>
    </form>
  );
}
