import { FormattedMessage } from 'react-intl';
import type { ApiKey } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
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
    <ConfirmDialog
      open={apiKey !== null}
      onClose={close}
      title={<FormattedMessage id="apiKeys.revoke.title" values={{ label: apiKey?.label ?? '' }} />}
      description={<FormattedMessage id="apiKeys.revoke.description" />}
      confirmLabel={<FormattedMessage id="apiKeys.revoke.confirm" />}
      onConfirm={() => apiKey && revoke.mutate(apiKey.id, { onSuccess: close })}
      pending={revoke.isPending}
      error={revoke.isError ? describeError(revoke.error) : null}
    />
  );
}
