import { useIntl } from 'react-intl';
import type { Member } from '@runhub/contracts/accounts';
import { ApiError } from '../../../app/api.ts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { DialogActions } from '../../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
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
  return (
    <Dialog
      open={member !== null}
      onClose={close}
      title={intl.formatMessage({ id: 'settings.members.removeTitle' }, { name: member?.name ?? '' })}
      description={intl.formatMessage({ id: 'settings.members.removeBody' }, { name: member?.name ?? '' })}
    >
      {failure && (
        <div className="mb-4">
          <ErrorMessage
            message={
              failure instanceof ApiError && failure.code === 'last_owner' ? intl.formatMessage({ id: 'settings.members.lastOwner' }) : describeError(failure)
            }
          />
        </div>
      )}
      {/* Cancel first, so it is what the dialog focuses: the safe choice is the default. */}
      <DialogActions>
        <Button variant="secondary" onClick={close}>
          {intl.formatMessage({ id: 'common.cancel' })}
        </Button>
        <Button variant="danger" pending={remove.isPending} onClick={() => member && remove.mutate(member.userId, { onSuccess: close })}>
          {intl.formatMessage({ id: 'settings.members.removeConfirm' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
