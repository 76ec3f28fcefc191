import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Role } from '@runhub/contracts/accounts';
import { ApiError } from '../../../app/api.ts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Field } from '../../../ui/Field.tsx';
import { Input } from '../../../ui/Input.tsx';
import { Select } from '../../../ui/Select.tsx';
import { useAddMember, useMembers } from './members.api.ts';
import { roles, roleText } from './roles.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function AddMemberForm({ projectId }: { projectId: string }) {
  const intl = useIntl();
  const addMember = useAddMember(projectId);
  const describeError = useDescribeError();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [showErrors, setShowErrors] = useState(false);
  const [added, setAdded] = useState<{ userId: string; name: string } | null>(null);
  // The confirmation stays only while it is true: removing that member takes it away.
  const { data: members } = useMembers(projectId);
  const addedName = added && members?.some((member) => member.userId === added.userId) ? added.name : null;

  const emailProblem = !email.trim() ? 'settings.members.emailRequired' : EMAIL.test(email.trim()) ? null : 'settings.members.emailInvalid';
  const emailError = showErrors && emailProblem ? intl.formatMessage({ id: emailProblem }) : undefined;

  // The API's two expected refusals get sentences of their own; anything else reads as usual.
  const failure = addMember.error;
  const failureText =
    failure instanceof ApiError && failure.code === 'not_found'
      ? intl.formatMessage({ id: 'settings.members.noAccount' })
      : failure instanceof ApiError && failure.code === 'conflict'
        ? intl.formatMessage({ id: 'settings.members.alreadyMember' })
        : failure
          ? describeError(failure)
          : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    setAdded(null);
    if (emailProblem) return;
    addMember.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (member) => {
          setAdded({ userId: member.userId, name: member.name });
          setEmail('');
          setRole('member');
          setShowErrors(false);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={intl.formatMessage({ id: 'settings.members.addLabel' })} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start">
        <Field label={intl.formatMessage({ id: 'settings.members.email' })} error={emailError}>
          {(control) => (
            <Input
              {...control}
              type="email"
              dir="ltr"
              autoComplete="off"
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                addMember.reset();
              }}
            />
          )}
        </Field>
        <Field label={intl.formatMessage({ id: 'settings.members.role' })}>
          {(control) => (
            <Select {...control} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {roles.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: roleText[value].label })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" pending={addMember.isPending} className="sm:mt-7">
          {intl.formatMessage({ id: 'settings.members.add' })}
        </Button>
      </div>
      <p className="text-sm text-zinc-500">{intl.formatMessage({ id: roleText[role].description })}</p>
      {failureText && <ErrorMessage message={failureText} />}
      <p role="status" className={addedName ? 'text-sm font-medium text-emerald-700' : 'sr-only'}>
        {addedName && intl.formatMessage({ id: 'settings.members.added' }, { name: addedName })}
      </p>
    </form>
  );
}
