import { FormattedMessage } from 'react-intl';
import { Dialog } from '../../ui/Dialog.tsx';
import { NewProjectForm } from './NewProjectForm.tsx';

export function NewProjectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={<FormattedMessage id="projects.new.title" />}
      description={<FormattedMessage id="projects.new.description" />}
    >
      <NewProjectForm onDone={onClose} onCancel={onClose} />
    </Dialog>
  );
}
