import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ApiKey, CreatedApiKey } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { EmptyState } from '../../../ui/EmptyState.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { useApiKeys } from './api-keys.api.ts';
import { ApiKeyRow } from './ApiKeyRow.tsx';
import { CreateApiKeyDialog } from './CreateApiKeyDialog.tsx';
import { NewKeyNotice } from './NewKeyNotice.tsx';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog.tsx';

export function ApiKeysSection({ projectId }: { projectId: string }) {
  const headingId = useId();
  const apiKeys = useApiKeys(projectId);
  const describeError = useDescribeError();
  const [creating, setCreating] = useState(false);
  // Held only in component state: leaving the page forgets the full key for good.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <section aria-labelledby={headingId}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h2 id={headingId} className="text-lg font-semibold text-zinc-900">
            <FormattedMessage id="apiKeys.title" />
          </h2>
          <p className="mt-1 text-sm text-zinc-600">
            <FormattedMessage id="apiKeys.description" />
          </p>
        </div>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          <FormattedMessage id="apiKeys.create.button" />
        </Button>
      </div>

      {/* Dialogs come before the notice on purpose: a closing dialog hands focus back to its
          opener, and the notice's effect, running after it, then takes focus to the new key. */}
      <CreateApiKeyDialog projectId={projectId} open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <RevokeApiKeyDialog projectId={projectId} apiKey={revoking} onClose={() => setRevoking(null)} />

      {created && <NewKeyNotice apiKey={created} onDismiss={() => setCreated(null)} />}

      {apiKeys.isPending ? (
        <div className="flex flex-col gap-3">
          <Skeleton className="h-24 rounded-xl" />
          <Skeleton className="h-24 rounded-xl" />
        </div>
      ) : apiKeys.isError ? (
        <ErrorMessage message={describeError(apiKeys.error)} onRetry={() => void apiKeys.refetch()} retrying={apiKeys.isFetching} />
      ) : apiKeys.data.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={<FormattedMessage id="apiKeys.empty.title" />}
          body={<FormattedMessage id="apiKeys.empty.body" />}
        />
      ) : (
        <ul aria-labelledby={headingId} className="flex flex-col gap-3">
          {apiKeys.data.map((apiKey) => (
            <ApiKeyRow key={apiKey.id} apiKey={apiKey} onRevoke={() => setRevoking(apiKey)} />
          ))}
        </ul>
      )}
    </section>
  );
}
