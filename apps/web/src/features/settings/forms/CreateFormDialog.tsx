import { useIntl } from 'react-intl';
import type { Form } from '@runhub/contracts/sources';
import { Dialog } from '../../../ui/Dialog.tsx';
import { CreateFormForm } from './CreateFormForm.tsx';

interface CreateFormDialogProps {
  projectId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (form: Form) => void;
}

export function CreateFormDialog({ projectId, open, onClose, onCreated }: CreateFormDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: 'settings.forms.createTitle' })}
      description={intl.formatMessage({ id: 'settings.forms.createDescription' })}
    >
      <CreateFormForm
        projectId={projectId}
        onCancel={onClose}
        onCreated={(form) => {
          onCreated(form);
          onClose();
        }}
      />
    </Dialog>
  );
}
