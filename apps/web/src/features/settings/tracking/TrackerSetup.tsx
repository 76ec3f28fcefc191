import { FormattedMessage, useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { useApiKeys, useCreateApiKey } from '../api-keys/api-keys.api.ts';
import { CodeSnippet } from '../CodeSnippet.tsx';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageKeys } from '../permissions.ts';
import { trackerTag, truncatedKey, trackUsage } from './tracker-snippet.ts';

/**
 * The tracker tag with the project's public key, ready to paste; the Settings tab and the setup
 * wizard show the same one. Public keys are listed in full (they are published in the tag); only a
 * key created before that was kept appears cut, with a one-click way to a complete snippet.
 */
export function TrackerSetup({ project, showUsage = true }: { project: Project; showUsage?: boolean }) {
  const intl = useIntl();
  const allowed = canManageKeys(project);
  const apiKeys = useApiKeys(project.id, allowed);
  const createKey = useCreateApiKey(project.id);
  const describeError = useDescribeError();
  const origin = window.location.origin;
  const tagLabel = intl.formatMessage({ id: 'settings.tracking.tagLabel' });

  const usage = showUsage && (
    <div className="mt-6">
      <p className="mb-3 text-sm text-zinc-600">{intl.formatMessage({ id: 'settings.tracking.usageIntro' })}</p>
      <CodeSnippet label={intl.formatMessage({ id: 'settings.tracking.usageLabel' })} code={trackUsage} />
    </div>
  );

  if (!allowed) {
    return (
      <div className="flex flex-col gap-4">
        <NoAccessNote>{intl.formatMessage({ id: 'settings.tracking.noAccess' })}</NoAccessNote>
        <CodeSnippet label={tagLabel} code={trackerTag(origin, 'pk_…')} />
        {usage}
      </div>
    );
  }
  if (apiKeys.isPending) {
    return (
      <div aria-hidden="true">
        <Skeleton className="mb-1.5 h-11 w-full" />
        <Skeleton className="h-[4.5rem] rounded-lg" />
      </div>
    );
  }
  if (apiKeys.isError) {
    return <ErrorMessage message={describeError(apiKeys.error)} onRetry={() => void apiKeys.refetch()} retrying={apiKeys.isFetching} />;
  }

  const active = apiKeys.data.filter((key) => key.kind === 'public' && key.revokedAt === null);
  const readable = active.find((key) => key.publishableKey !== null);
  const full = readable?.publishableKey ?? null;
  const create = () => createKey.mutate({ kind: 'public', label: intl.formatMessage({ id: 'settings.tracking.newKeyLabel' }) });
  const createError = createKey.isError && <ErrorMessage message={describeError(createKey.error)} />;

  if (active.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 rounded-lg border border-dashed border-zinc-300 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <p className="text-sm font-medium text-zinc-900">{intl.formatMessage({ id: 'settings.tracking.noKeyTitle' })}</p>
            <p className="mt-0.5 text-sm text-zinc-600">{intl.formatMessage({ id: 'settings.tracking.noKeyBody' })}</p>
          </div>
          <Button className="shrink-0" onClick={create} pending={createKey.isPending}>
            {intl.formatMessage({ id: 'settings.tracking.createKey' })}
          </Button>
        </div>
        {createError}
        {usage}
      </div>
    );
  }

  const shown = readable ?? active[0];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-zinc-600">
        <FormattedMessage id="settings.tracking.tagIntro" values={{ head: <code className="font-mono text-[13px] text-zinc-800">{'<head>'}</code> }} />
      </p>
      <CodeSnippet label={tagLabel} code={trackerTag(origin, full ?? truncatedKey(shown?.prefix ?? 'pk_'))} />
      {!full && (
        <div className="-mt-2 flex flex-col gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-amber-900">
            <FormattedMessage
              id="settings.tracking.keyHidden"
              values={{
                prefix: <bdi className="font-mono">{truncatedKey(shown?.prefix ?? 'pk_')}</bdi>,
                label: <bdi>{shown?.label ?? ''}</bdi>,
              }}
            />
          </p>
          <Button variant="secondary" className="shrink-0" onClick={create} pending={createKey.isPending}>
            {intl.formatMessage({ id: 'settings.tracking.createAnotherKey' })}
          </Button>
        </div>
      )}
      {createError}
      {usage}
    </div>
  );
}
