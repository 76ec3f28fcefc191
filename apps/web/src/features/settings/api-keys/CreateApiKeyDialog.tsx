import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ApiKeyKind, CreatedApiKey } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { DialogActions } from '../../../ui/DialogActions.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Field } from '../../../ui/Field.tsx';
import { Input } from '../../../ui/Input.tsx';
import { useCreateApiKey } from './api-keys.api.ts';
import { KeyKindChoice } from './KeyKindChoice.tsx';

interface CreateApiKeyDialogProps {
  projectId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (apiKey: CreatedApiKey) => void;
}

export function CreateApiKeyDialog({ projectId, open, onClose, onCreated }: CreateApiKeyDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={<FormattedMessage id="apiKeys.create.title" />}>
      <CreateApiKeyForm
        projectId={projectId}
        onCancel={onClose}
        onCreated={(apiKey) => {
          onCreated(apiKey);
          onClose();
        }}
      />
    </Dialog>
  );
}

function CreateApiKeyForm({ projectId, onCancel, onCreated }: Omit<CreateApiKeyDialogProps, 'open' | 'onClose'> & { onCancel: () => void }) {
  const createApiKey = useCreateApiKey(projectId);
  const describeError = useDescribeError();
  const [kind, setKind] = useState<ApiKeyKind>('public');
  const [label, setLabel] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const labelError = showErrors && !label.trim() ? <FormattedMessage id="apiKeys.form.labelRequired" /> : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!label.trim()) return;
    createApiKey.mutate({ kind, label: label.trim() }, { onSuccess: onCreated });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <KeyKindChoice value={kind} onChange={setKind} />
      <Field label={<FormattedMessage id="apiKeys.form.label" />} hint={<FormattedMessage id="apiKeys.form.labelHint" />} error={labelError}>
        {(control) => <Input {...control} maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      {createApiKey.isError && <ErrorMessage message={describeError(createApiKey.error)} />}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </Button>
        <Button type="submit" pending={createApiKey.isPending}>
          <FormattedMessage id="apiKeys.form.submit" />
        </Button>
      </DialogActions>
    </form>
  );
}
