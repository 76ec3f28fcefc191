import { FormattedMessage } from 'react-intl';
import type { ApiKey } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { DialogActions } from '../../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useRevokeApiKey } from './api-keys.api.ts';

interface RevokeApiKeyDialogProps {
  projectId: string;
  /** The key to confirm revoking; null keeps the dialog closed. */
  apiKey: ApiKey | null;
  onClose: () => void;
}

export function RevokeApiKeyDialog({ projectId, apiKey, onClose }: RevokeApiKeyDialogProps) {
  const revoke = useRevokeApiKey(projectId);
  const describeError = useDescribeError();

  function close() {
    revoke.reset();
    onClose();
  }

  return (
    <Dialog
      open={apiKey !== null}
      onClose={close}
      title={<FormattedMessage id="apiKeys.revoke.title" values={{ label: apiKey?.label ?? '' }} />}
      description={<FormattedMessage id="apiKeys.revoke.description" />}
    >
      {revoke.isError && (
        <div className="mb-4">
          <ErrorMessage message={describeError(revoke.error)} />
        </div>
      )}
      {/* Cancel comes first so it is what the dialog focuses: the safe choice is the default. */}
      <DialogActions>
        <Button variant="secondary" onClick={close}>
          <FormattedMessage id="common.cancel" />
        </Button>
        <Button variant="danger" pending={revoke.isPending} onClick={() => apiKey && revoke.mutate(apiKey.id, { onSuccess: close })}>
          <FormattedMessage id="apiKeys.revoke.confirm" />
        </Button>
      </DialogActions>
    </Dialog>
  );
}
