import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { Input } from '../../ui/Input.tsx';
import { useSignup } from './auth.api.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { TextLink } from './TextLink.tsx';

const MIN_PASSWORD_LENGTH = 10;

export function SignupPage() {
  const intl = useIntl();
  const signup = useSignup();
  const describeError = useDescribeError();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const emailError = showErrors && !email.trim() ? <FormattedMessage id="auth.field.emailRequired" /> : undefined;
  const nameError = showErrors && !name.trim() ? <FormattedMessage id="auth.signup.nameRequired" /> : undefined;
  const passwordError =
    showErrors && password.length < MIN_PASSWORD_LENGTH ? (
      <FormattedMessage id="auth.signup.passwordTooShort" values={{ min: MIN_PASSWORD_LENGTH }} />
    ) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!name.trim() || !email.trim() || password.length < MIN_PASSWORD_LENGTH) return;
    // No language is chosen for the account: the UI follows the project's, then the browser's,
    // until the person picks one with the switcher.
    signup.mutate({ name: name.trim(), email: email.trim(), password });
  }

  return (
    <AuthLayout
      title={<FormattedMessage id="auth.signup.title" />}
      subtitle={<FormattedMessage id="auth.signup.subtitle" />}
      footer={
        <FormattedMessage
          id="auth.signup.haveAccount"
          values={{ link: (chunks) => <TextLink to="/login">{chunks}</TextLink> }}
        />
      }
    >
      <title>{intl.formatMessage({ id: 'auth.signup.documentTitle' })}</title>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        <Field label={<FormattedMessage id="auth.field.name" />} error={nameError}>
          {(control) => <Input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={<FormattedMessage id="auth.field.email" />} error={emailError}>
          {(control) => <Input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field
          label={<FormattedMessage id="auth.field.password" />}
          hint={<FormattedMessage id="auth.signup.passwordHint" values={{ min: MIN_PASSWORD_LENGTH }} />}
          error={passwordError}
        >
          {(control) => (
            <Input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        {signup.isError && <ErrorMessage message={describeError(signup.error)} />}
        <Button type="submit" pending={signup.isPending} className="w-full">
          <FormattedMessage id="auth.signup.submit" />
        </Button>
      </form>
    </AuthLayout>
  );
}
