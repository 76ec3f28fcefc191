import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Field } from '../../../ui/Field.tsx';
import { Input } from '../../../ui/Input.tsx';
import { useSaveStripeSecret, WEBHOOK_SECRET_PATTERN } from './stripe.api.ts';

/** The signing secret goes in once; afterwards only its last 4 characters are ever shown. */
export function StripeSecretForm({ projectId, replacing }: { projectId: string; replacing: boolean }) {
  const intl = useIntl();
  const save = useSaveStripeSecret(projectId);
  const describeError = useDescribeError();
  const [secret, setSecret] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const trimmed = secret.trim();
  const problem = !trimmed ? 'settings.stripe.secretRequired' : WEBHOOK_SECRET_PATTERN.test(trimmed) ? null : 'settings.stripe.secretInvalid';
  const error = showErrors && problem ? intl.formatMessage({ id: problem }) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (problem) return;
    save.mutate(trimmed, {
      onSuccess: () => {
        // The field forgets the secret at once: the page never holds it longer than needed.
        setSecret('');
        setShowErrors(false);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <Field label={intl.formatMessage({ id: 'settings.stripe.secretLabel' })} hint={intl.formatMessage({ id: 'settings.stripe.secretHint' })} error={error}>
            {(control) => (
              <Input
                {...control}
                type="password"
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                placeholder="whsec_…"
                value={secret}
                onChange={(event) => {
                  setSecret(event.target.value);
                  save.reset();
                }}
                className="font-mono"
              />
            )}
          </Field>
        </div>
        <Button type="submit" pending={save.isPending} className="sm:mt-7">
          {intl.formatMessage({ id: replacing ? 'settings.stripe.replaceSecret' : 'settings.stripe.saveSecret' })}
        </Button>
      </div>
      {save.isError && <ErrorMessage message={describeError(save.error)} />}
      <p role="status" className={save.isSuccess ? 'text-sm font-medium text-emerald-700' : 'sr-only'}>
        {save.isSuccess && intl.formatMessage({ id: 'settings.stripe.saved' })}
      </p>
    </form>
  );
}
