import { useIntl } from 'react-intl';
import { useDescribeError } from '../../../app/describe-error.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useDisconnectStripe } from './stripe.api.ts';

export function DisconnectStripeDialog({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const intl = useIntl();
  const disconnect = useDisconnectStripe(projectId);
  const describeError = useDescribeError();

  function close() {
    disconnect.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      title={intl.formatMessage({ id: 'settings.stripe.disconnectTitle' })}
      description={intl.formatMessage({ id: 'settings.stripe.disconnectBody' })}
      confirmLabel={intl.formatMessage({ id: 'settings.stripe.disconnectConfirm' })}
      onConfirm={() => disconnect.mutate(undefined, { onSuccess: close })}
      pending={disconnect.isPending}
      error={disconnect.isError ? describeError(disconnect.error) : null}
    />
  );
}
