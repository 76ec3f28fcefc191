import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { Member, Project } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { useCurrentUser } from '../../accounts/useCurrentUser.ts';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageMembers } from '../permissions.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { useMembers } from './members.api.ts';
import { RemoveMemberDialog } from './RemoveMemberDialog.tsx';
import { roleText } from './roles.ts';

export function MembersSection({ project }: { project: Project }) {
  const intl = useIntl();
  const members = useMembers(project.id);
  const describeError = useDescribeError();
  const me = useCurrentUser();
  const allowed = canManageMembers(project);
  const [removing, setRemoving] = useState<Member | null>(null);

  return (
    <SettingsSection
      section="members"
      title={intl.formatMessage({ id: 'settings.members.title' })}
      description={intl.formatMessage({ id: 'settings.members.description' })}
    >
      <div className="flex flex-col gap-6">
        {members.isPending ? (
          <div className="flex flex-col gap-4" aria-hidden="true">
            <Skeleton className="h-12 rounded-lg" />
            <Skeleton className="h-12 rounded-lg" />
          </div>
        ) : members.isError ? (
          <ErrorMessage message={describeError(members.error)} onRetry={() => void members.refetch()} retrying={members.isFetching} />
        ) : (
          <ul aria-labelledby="settings-members-heading" className="-my-3 divide-y divide-zinc-100">
            {members.data.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                isMe={member.userId === me.id}
                onRemove={allowed && member.userId !== me.id ? () => setRemoving(member) : null}
              />
            ))}
          </ul>
        )}
        <div className="border-t border-zinc-100 pt-5">
          <h3 className="mb-3 text-sm font-semibold text-zinc-900">{intl.formatMessage({ id: 'settings.members.addTitle' })}</h3>
          {allowed ? <AddMemberForm projectId={project.id} /> : <NoAccessNote>{intl.formatMessage({ id: 'settings.members.noAccess' })}</NoAccessNote>}
        </div>
      </div>
      <RemoveMemberDialog projectId={project.id} member={removing} onClose={() => setRemoving(null)} />
    </SettingsSection>
  );
}

function MemberRow({ member, isMe, onRemove }: { member: Member; isMe: boolean; onRemove: (() => void) | null }) {
  const intl = useIntl();
  const initial = [...member.name.trim()][0]?.toUpperCase() ?? '?';
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
      <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-accent-50 text-sm font-semibold text-accent-700" aria-hidden="true">
        {initial}
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 font-medium text-zinc-900">
          <span className="[overflow-wrap:anywhere]">{member.name}</span>
          {isMe && <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600">{intl.formatMessage({ id: 'settings.members.you' })}</span>}
        </p>
        <p className="text-sm text-zinc-500 [overflow-wrap:anywhere]">
          <bdi>{member.email}</bdi>
          <span className="mx-2 text-zinc-300" aria-hidden="true">
            ·
          </span>
          <FormattedMessage id="settings.members.since" values={{ date: <FormattedDate value={member.addedAt} dateStyle="medium" /> }} />
        </p>
      </div>
      <span className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700">{intl.formatMessage({ id: roleText[member.role].label })}</span>
      {onRemove && (
        <Button variant="ghostDanger" aria-label={intl.formatMessage({ id: 'settings.members.removeLabel' }, { name: member.name })} onClick={onRemove}>
          {intl.formatMessage({ id: 'settings.members.remove' })}
        </Button>
      )}
    </li>
  );
}
