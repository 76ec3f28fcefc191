import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { Input } from '../../ui/Input.tsx';
import { useLogin } from './auth.api.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { TextLink } from './TextLink.tsx';

export function LoginPage() {
  const intl = useIntl();
  const login = useLogin();
  const describeError = useDescribeError();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const emailError = showErrors && !email.trim() ? <FormattedMessage id="auth.field.emailRequired" /> : undefined;
  const passwordError = showErrors && !password ? <FormattedMessage id="auth.login.passwordRequired" /> : undefined;

  // No navigation here: once the session exists, GuestOnly moves the user on.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!email.trim() || !password) return;
    login.mutate({ email: email.trim(), password });
  }

  return (
    <AuthLayout
      title={<FormattedMessage id="auth.login.title" />}
      subtitle={<FormattedMessage id="auth.login.subtitle" />}
      footer={
        <FormattedMessage
          id="auth.login.noAccount"
          values={{ link: (chunks) => <TextLink to="/signup">{chunks}</TextLink> }}
        />
      }
    >
      <title>{intl.formatMessage({ id: 'auth.login.documentTitle' })}</title>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        <Field label={<FormattedMessage id="auth.field.email" />} error={emailError}>
          {(control) => <Input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={<FormattedMessage id="auth.field.password" />} error={passwordError}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {login.isError && <ErrorMessage message={describeError(login.error)} />}
        <Button type="submit" pending={login.isPending} className="w-full">
          <FormattedMessage id="auth.login.submit" />
        </Button>
      </form>
    </AuthLayout>
  );
}
