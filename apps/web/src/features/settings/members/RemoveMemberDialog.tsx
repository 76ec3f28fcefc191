import { useIntl } from 'react-intl';
import type { Member } from '@runhub/contracts/accounts';
import { ApiError } from '../../../app/api.ts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useRemoveMember } from './members.api.ts';

interface RemoveMemberDialogProps {
  projectId: string;
  /** The member to confirm removing; null keeps the dialog closed. */
  member: Member | null;
  onClose: () => void;
}

export function RemoveMemberDialog({ projectId, member, onClose }: RemoveMemberDialogProps) {
  const intl = useIntl();
  const remove = useRemoveMember(projectId);
  const describeError = useDescribeError();

  function close() {
    remove.reset();
    onClose();
  }

  const failure = remove.error;
  const name = member?.name ?? '';
  return (
    <ConfirmDialog
      open={member !== null}
      onClose={close}
      title={intl.formatMessage({ id: 'settings.members.removeTitle' }, { name })}
      description={intl.formatMessage({ id: 'settings.members.removeBody' }, { name })}
      confirmLabel={intl.formatMessage({ id: 'settings.members.removeConfirm' })}
      onConfirm={() => member && remove.mutate(member.userId, { onSuccess: close })}
      pending={remove.isPending}
      error={
        failure === null
          ? null
          : failure instanceof ApiError && failure.code === 'last_owner'
            ? intl.formatMessage({ id: 'settings.members.lastOwner' })
            : describeError(failure)
      }
    />
  );
}
