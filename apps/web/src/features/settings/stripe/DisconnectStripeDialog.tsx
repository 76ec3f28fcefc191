import { useIntl } from 'react-intl';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { DialogActions } from '../../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
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
    <Dialog
      open={open}
      onClose={close}
      title={intl.formatMessage({ id: 'settings.stripe.disconnectTitle' })}
      description={intl.formatMessage({ id: 'settings.stripe.disconnectBody' })}
    >
      {disconnect.isError && <ErrorMessage message={describeError(disconnect.error)} />}
      {/* Cancel first, so it is what the dialog focuses: the safe choice is the default. */}
      <DialogActions>
        <Button variant="secondary" onClick={close}>
          {intl.formatMessage({ id: 'common.cancel' })}
        </Button>
        <Button variant="danger" pending={disconnect.isPending} onClick={() => disconnect.mutate(undefined, { onSuccess: close })}>
          {intl.formatMessage({ id: 'settings.stripe.disconnectConfirm' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
