import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { DialogActions } from './DialogActions.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

interface ConfirmDialogProps {
  open: boolean;
  /** Escape, Cancel, and the caller after a confirmed action succeeded. */
  onClose: () => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  pending: boolean;
  /** What went wrong with the last attempt, already in the reader's words; null when nothing did. */
  error: string | null;
}

/** Asks before a destructive action (revoke, remove, disconnect); Cancel is the default. */
export function ConfirmDialog({ open, onClose, title, description, confirmLabel, onConfirm, pending, error }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {error !== null && (
        <div className="mb-4">
          <ErrorMessage message={error} />
        </div>
      )}
      {/* Cancel comes first so it is what the dialog focuses: the safe choice is the default. */}
      <DialogActions>
        <Button variant="secondary" onClick={onClose}>
          <FormattedMessage id="common.cancel" />
        </Button>
        <Button variant="danger" pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
