import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ApiKey, CreatedApiKey, Project } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageKeys } from '../permissions.ts';
import { SectionEmpty } from '../SectionEmpty.tsx';
import { SettingsSection } from '../SettingsSection.tsx';
import { useApiKeys } from './api-keys.api.ts';
import { ApiKeyRow } from './ApiKeyRow.tsx';
import { CreateApiKeyDialog } from './CreateApiKeyDialog.tsx';
import { NewKeyNotice } from './NewKeyNotice.tsx';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog.tsx';

export function ApiKeysSection({ project }: { project: Project }) {
  const allowed = canManageKeys(project);
  const [creating, setCreating] = useState(false);
  return (
    <SettingsSection
      section="keys"
      title={<FormattedMessage id="apiKeys.title" />}
      description={<FormattedMessage id="apiKeys.description" />}
      aside={
        allowed && (
          <Button variant="secondary" onClick={() => setCreating(true)}>
            <FormattedMessage id="apiKeys.create.button" />
          </Button>
        )
      }
    >
      {allowed ? (
        <ApiKeysBody projectId={project.id} creating={creating} onCreatingChange={setCreating} />
      ) : (
        <NoAccessNote>
          <FormattedMessage id="settings.keys.noAccess" />
        </NoAccessNote>
      )}
    </SettingsSection>
  );
}

interface ApiKeysBodyProps {
  projectId: string;
  creating: boolean;
  onCreatingChange: (creating: boolean) => void;
}

function ApiKeysBody({ projectId, creating, onCreatingChange }: ApiKeysBodyProps) {
  const apiKeys = useApiKeys(projectId);
  const describeError = useDescribeError();
  // Held only in component state: leaving the page forgets the full key for good.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <>
      {/* Dialogs come before the notice on purpose: a closing dialog hands focus back to its
          opener, and the notice's effect, running after it, then takes focus to the new key. */}
      <CreateApiKeyDialog projectId={projectId} open={creating} onClose={() => onCreatingChange(false)} onCreated={setCreated} />
      <RevokeApiKeyDialog projectId={projectId} apiKey={revoking} onClose={() => setRevoking(null)} />

      {created && <NewKeyNotice apiKey={created} onDismiss={() => setCreated(null)} />}

      {apiKeys.isPending ? (
        <div className="flex flex-col gap-4">
          <Skeleton className="h-[4.5rem] rounded-lg" />
          <Skeleton className="h-[4.5rem] rounded-lg" />
        </div>
      ) : apiKeys.isError ? (
        <ErrorMessage message={describeError(apiKeys.error)} onRetry={() => void apiKeys.refetch()} retrying={apiKeys.isFetching} />
      ) : apiKeys.data.length === 0 ? (
        <SectionEmpty title={<FormattedMessage id="apiKeys.empty.title" />} body={<FormattedMessage id="apiKeys.empty.body" />} />
      ) : (
        <ul aria-labelledby="settings-keys-heading" className="-my-4 divide-y divide-zinc-100">
          {apiKeys.data.map((apiKey) => (
            <ApiKeyRow key={apiKey.id} apiKey={apiKey} onRevoke={() => setRevoking(apiKey)} />
          ))}
        </ul>
      )}
    </>
  );
}
